"""Thirty-eighth round: readings found in the batches promoted to tuning (ZZZZZZZ, ZZZZZZZA) and
the gaps the last round's closing note left.

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
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


@pytest.mark.parametrize(
    "message",
    [
        "c la quantieme session ?",
        "pour l'intro : c'était la quantième session du Conseil ?",
    ],
)
def test_which_session_in_so_many_words_is_the_header(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA, (message, answer.intent)
    assert "session" in answer.facts


@pytest.mark.parametrize(
    "message",
    [
        "c quoi la difference entre la 78/197 et la 78/199 selon le texte ?",
        "on confond toujours la 78/197 et la 78/199, le texte les distingue comment ?",
        "difference between resolution 78/197 and 78/199?",
    ],
)
def test_two_cited_texts_compared_get_what_the_text_recalls_of_each(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert {"OP35", "OP36"} <= set(answer.citations)


def test_this_text_compared_with_another_is_still_declined(qa):
    answer = qa.answer("What's the difference between resolution 56/2 and resolution 50/4?")
    assert not answer.answered
    assert answer.reason == "definition"


def test_two_requests_to_two_parties_get_each_its_paragraph(qa):
    answer = qa.answer(
        "deux questions : le HCDH doit faire quoi avec les pays qui ne donnent rien aux fonds ? "
        "et les États on leur demande quoi pour les fonds ?"
    )
    assert answer.answered
    assert [part.citations[0] for part in answer.parts] == ["OP21", "OP23"]


def test_a_second_part_pointing_back_is_not_asked_alone(qa):
    """« là-dessus » points back to the first part's subject: one reading, no parts."""
    answer = qa.answer(
        "le texte veut que la coop nord-sud, sud-sud et triangulaire se complètent ? "
        "et le HCDH doit faire quoi exactement là-dessus"
    )
    assert answer.answered
    assert not answer.parts


@pytest.mark.parametrize(
    "message",
    [
        "Was the summary report presented at the 63rd session?",
        "Was the seminars' report submitted at the sixty-third session, and what did it say?",
    ],
)
def test_a_report_asked_as_delivered_at_a_later_session_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)
    assert answer.reason == "apres_adoption"


def test_a_report_to_be_presented_is_still_the_request(qa):
    answer = qa.answer("Is the summary report to be presented at the 63rd session?")
    assert answer.answered
    assert "OP31" in answer.citations


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("finalement qui a voté contre ?", "contre"),
        ("finalement combien ont voté pour ?", "pour"),
    ],
)
def test_finally_before_a_vote_asks_the_record(qa, message, choice):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.answered
    assert answer.choice == choice


@pytest.mark.parametrize(
    "message", ["le bloc de l'Est a voté comment ?", "les pays de l'Est ont voté quoi ?"]
)
def test_the_eastern_bloc_is_the_eastern_european_group(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert [t.group.code for t in answer.tallies] == ["EEG"]


def test_a_group_named_beside_the_union_gets_the_group(qa):
    answer = qa.answer("The EU is divided on this. How did the Western European and Others Group vote?")
    assert answer.answered, answer.reason
    assert [t.group.code for t in answer.tallies] == ["WEOG"]


def test_the_union_alone_is_still_no_member(qa):
    answer = qa.answer("l'UE a voté comment ?")
    assert not answer.answered
    assert answer.reason == "non_membre"
