"""Paragraph references typed inside a question, and paragraphs the text does not have."""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Que dit le §29 ?", ["OP29"]),
        ("que dit op 12", ["OP12"]),
        ("et le pp 7 ?", ["PP7"]),
        ("Que dit l'alinéa 4 ?", ["PP4"]),
        ("Que dit le paragraphe 2 du préambule ?", ["PP2"]),
        ("Que dit la note 2 ?", ["FN2"]),
        ("Lis-moi les §§ 30-31", ["OP30", "OP31"]),
    ],
)
def test_router_paragraph_references(qa, question, ids):
    """References typed inside a sentence name the right segments."""
    answer = qa.answer(question)
    assert answer.intent is Intent.PARAGRAPH
    assert [p.id for p in answer.paragraphs] == ids


def test_router_unknown_paragraph_is_declined_with_bounds(plain):
    """A paragraph the text does not have is declined, naming the valid range."""
    answer = plain.questions.answer("Que dit le paragraphe 52 ?")
    assert not answer.answered
    assert answer.reason == "paragraphe_inconnu"
    assert "1 à 37" in plain.render_answer(answer).description
