"""Thirty-eighth round: readings found in the batches promoted to tuning (ZZZZZZZ, ZZZZZZZA) and
the gaps the last round's closing note left.

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.specifics import gaps


def _gaps(resolution, question, ids):
    return [(g.said, g.says, g.paragraph) for g in gaps(question, [resolution.get(i) for i in ids])]


@pytest.mark.parametrize(
    ("question", "ids", "expected"),
    [
        (
            "l'op30 demande des séminaires nationaux, est-ce exact ?",
            ["OP30"],
            [("séminaires nationaux", "séminaires régionaux", "OP30")],
        ),
        (
            "le para 26 veut une cooperation locale ?",
            ["OP26"],
            [("cooperation locale", "coopération bilatérale, régionale et internationale", "OP26")],
        ),
    ],
)
def test_a_level_the_passage_says_otherwise_is_a_gap(resolution, question, ids, expected):
    assert _gaps(resolution, question, ids) == expected


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # One of the levels a list gives.
        ("le para 26 parle de coopération régionale ?", ["OP26"]),
        # « mondial » is what « international » says.
        ("le para 26 parle de cooperation mondiale ?", ["OP26"]),
        # The level said is the passage's.
        ("l'op30 demande des séminaires régionaux ?", ["OP30"]),
        # A noun the passage never says at a level: nothing to compare.
        ("le para 3 parle de solidarité internationale ?", ["OP3"]),
        # Three passages quoted: which one the level was said of is unclear.
        ("des séminaires nationaux ?", ["OP30", "OP31", "OP26"]),
    ],
)
def test_no_level_gap_where_nothing_is_contradicted(resolution, question, ids):
    assert _gaps(resolution, question, ids) == []


def test_the_reply_sets_the_level_right_before_the_quote(qa, plain):
    answer = qa.answer("l'op30 demande des séminaires nationaux, est-ce exact ?")
    text = " ".join(plain.render_answer(answer).description.split())
    assert text.startswith("Attention : OP30 dit « séminaires régionaux », et non « séminaires nationaux ».")
    assert "OP30 · Prie à nouveau le Haut-Commissaire" in text
