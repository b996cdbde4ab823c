"""A session, year or count said in a question that the passages quoted say otherwise."""

import pytest

from bot.core.questions.specifics import gaps


def _gaps(resolution, question, ids):
    return [(g.said, g.says, g.paragraph) for g in gaps(question, [resolution.get(i) for i in ids])]


@pytest.mark.parametrize(
    ("question", "ids", "expected"),
    [
        (
            "d'apres le para 31 le rapport sur les seminaires est attendu a la 59e session",
            ["OP31"],
            [("59e session", "soixante-troisième session", "OP31")],
        ),
        (
            "para 33 report is for the 63rd session?",
            ["OP33"],
            [("63e session", "cinquante-neuvième session", "OP33")],
        ),
        ("para 30 calls for six regional seminars", ["OP30"], [("6 regional", "cinq régions", "OP30")]),
        ("la res 60/251 date du 15 mars 2005 ?", ["PP23"], [("2005", "15 mars 2006", "PP23")]),
        (
            "le sommet de kampala c'etait en janvier 2023 ?",
            ["PP9"],
            [("2023", "19 et 20 janvier 2024", "PP9")],
        ),
    ],
)
def test_a_value_the_passage_says_otherwise_is_a_gap(resolution, question, ids, expected):
    assert _gaps(resolution, question, ids) == expected


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("le para 33 dit que le rapport est pour la cinquante-neuvième session", ["OP33"]),  # it does
        ("que dit le para 30 ?", ["OP30"]),  # nothing said
        ("la 56e session a adopté le para 32 ?", ["OP32"]),  # this session: « la session en cours »
        ("en 2030 le para 9 sera atteint ?", ["OP9"]),  # the passage gives no year
        ("en 1992 ou 1993 ?", ["PP5", "PP6"]),  # two dated passages: which date was meant is unclear
    ],
)
def test_no_gap_where_nothing_is_contradicted(resolution, question, ids):
    assert _gaps(resolution, question, ids) == []


def test_the_reply_says_the_gap_before_the_quote(qa, plain):
    answer = qa.answer("d'apres le para 31 le rapport sur les seminaires est attendu a la 59e session")
    text = " ".join(plain.render_answer(answer).description.split())
    assert text.startswith("Attention : OP31 dit « soixante-troisième session », et non « 59e session ».")
    assert "OP31 · Prie le Secrétaire général" in text


def test_the_english_reply_says_it_too(qa, plain):
    answer = qa.answer("the seminars report is due at the 59th session per para 31")
    text = " ".join(plain.render_answer(answer).description.split())
    assert text.startswith(
        "Note: OP31 says “soixante-troisième session” (official French text), not “59e session”."
    )


def test_the_typed_value_is_shown_without_its_markdown(qa, discord):
    # What the student typed is shown back: its markdown never renders.
    answer = qa.answer("le para 30 prevoit 6 **regions** ?")
    text = " ".join(discord.render_answer(answer).description.split())
    assert text.startswith("**Attention** : OP30 dit « cinq régions », et non « 6 regions ».")
