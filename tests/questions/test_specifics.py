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
        ("para 30 calls for six regional seminars", ["OP30"], [("six regional", "cinq régions", "OP30")]),
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


@pytest.mark.parametrize(
    ("question", "ids", "expected"),
    [
        ("le para 36 c'est la resolution 78/197 ?", ["OP36"], [("78/197", "78/199", "OP36", "valeur")]),
        (
            "le para 20 prend note du rapport A/HRC/56/40",
            ["OP20", "FN4"],
            [("A/HRC/56/40", "A/HRC/55/78", "FN4", "valeur")],
        ),
        (
            "le para 29 demande au Secrétaire général de compiler les bonnes pratiques",
            ["OP29"],
            [("Secrétaire général", "Haut-Commissaire, États", "OP29", "partie")],
        ),
        (
            "para 23 urges NGOs to fund the funds",
            ["OP23"],
            [("organisations non gouvernementales", "États", "OP23", "partie")],
        ),
    ],
)
def test_a_symbol_or_party_the_passage_does_not_hold_is_a_gap(resolution, question, ids, expected):
    found = gaps(question, [resolution.get(i) for i in ids])
    assert [(g.said, g.says, g.paragraph, g.kind) for g in found] == expected


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("le para 31 demande au Secrétaire général d'allouer des ressources ?", ["OP31"]),  # it does
        ("que demande le para 29 ?", ["OP29"]),  # no party said
        ("la 2000/22, selon la note 2 ?", ["FN2", "PP8"]),  # PP8, calling the note, holds it
        ("le HCDH doit faire quoi d'après le 29 ?", ["OP29"]),  # asked, not said to be asked
    ],
)
def test_no_symbol_or_party_gap_where_the_passages_agree(resolution, question, ids):
    assert gaps(question, [resolution.get(i) for i in ids]) == ()


def test_a_party_gap_in_english_names_the_parties_in_english(qa, plain):
    answer = qa.answer("para 29 asks the Secretary-General to compile best practices")
    text = " ".join(plain.render_answer(answer).description.split())
    assert text.startswith(
        "Note: OP29 does not name the Secretary-General; it names: the High Commissioner, States."
    )
