"""Paragraph references as a reviewer typed them (issue 14, eleventh round): each names the
paragraphs a member expects quoted."""

import pytest


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("l'avant dernier paragraphe", ["OP36"]),
        ("second to last paragraph", ["OP36"]),
        ("l'avant-dernier considerant", ["PP32"]),
        ("le dernier paragraphe", ["OP37"]),
        ("le dernier considérant", ["PP33"]),
        ("le 5 du preambule dit quoi", ["PP5"]),
        ("para 17 of the preamble", ["PP17"]),
        ("preambular para 5", ["PP5"]),
        ("5th paragraph of the preamble", ["PP5"]),
        ("parag 24", ["OP24"]),
        ("le 29", ["OP29"]),
        ("29?", ["OP29"]),
        ("et le 13", ["OP13"]),
        ("le 12 c koi", ["OP12"]),
        ("the 29th", ["OP29"]),
        ("le 1 et le 2", ["OP1", "OP2"]),
        ("jai pas compris le 5, tu peux expliquer", ["OP5"]),
        ("paragrpahe 25", ["OP25"]),
        ("pargraph 27", ["OP27"]),
        ("les trois premiers considerants", ["PP1", "PP2", "PP3"]),
        ("les 3 derniers paragraphes", ["OP35", "OP36", "OP37"]),
        ("last two operative paragraphs", ["OP36", "OP37"]),
        ("show me operative paragraphs 30 to 33", ["OP30", "OP31", "OP32", "OP33"]),
        ("paragraphs 5 through 7", ["OP5", "OP6", "OP7"]),
        ("op1 thru op4", ["OP1", "OP2", "OP3", "OP4"]),
        ("ops 21-23", ["OP21", "OP22", "OP23"]),
    ],
)
def test_references_as_students_type_them(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == cited


def test_all_the_footnotes(qa):
    answer = qa.answer("les notes de bas de page")
    assert {"FN1", "FN2", "FN3", "FN4", "FN5"} <= set(answer.citations)


@pytest.mark.parametrize(
    ("question", "not_cited"),
    [
        ("la résolution a été adoptée le 10 juillet ?", "OP10"),
        ("adoptée par 31 voix ?", "OP31"),
        ("la partie 2 du texte parle de quoi ?", "OP2"),
    ],
)
def test_numbers_that_are_not_references_stay_so(qa, question, not_cited):
    # A date, a count and another numbering: the typo and bare-number readings must not take them.
    assert not_cited not in qa.answer(question).citations
