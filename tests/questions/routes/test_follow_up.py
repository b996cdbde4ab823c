"""When the Council takes the question up again: the paragraph deciding so, whatever the words."""

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "quand est-ce que le Conseil revient sur ce thème ?",
        "à quelle session le Conseil réexaminera-t-il la question ?",
        "when does the HRC take this up again?",
        "the council comes back to this topic when?",
    ],
)
def test_when_the_council_resumes_is_the_paragraph_deciding_it(qa, resolution, question):
    """Answered with the operative paragraph that decides to pursue the examination, alone."""
    [deciding] = [p for p in resolution.operative if p.text.startswith("Décide de poursuivre l'examen")]
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == [deciding.id]


@pytest.mark.parametrize(
    "question",
    [
        "Quand le Haut-Commissaire présentera-t-il de nouveau un rapport ?",
        "when will the seminars' summary come back to the Council?",
        "quand se tiendra la prochaine session ?",
    ],
)
def test_other_work_at_later_sessions_is_not_this_route(qa, resolution, question):
    """A report, the seminars, the next session's date: not the decision to go on examining."""
    [deciding] = [p for p in resolution.operative if p.text.startswith("Décide de poursuivre l'examen")]
    assert qa.answer(question).citations != [deciding.id]


def test_a_word_between_which_and_session_still_asks_when(qa, resolution):
    """« at which later session … again? » is the same question."""
    [deciding] = [p for p in resolution.operative if p.text.startswith("Décide de poursuivre l'examen")]
    assert qa.answer("at which later session does the HRC come back to it?").citations == [deciding.id]


def test_reparler_is_taking_it_up_again(qa, resolution):
    """« quand est-ce que le conseil reparle de ce sujet ? »: the paragraph deciding it."""
    [deciding] = [p for p in resolution.operative if p.text.startswith("Décide de poursuivre l'examen")]
    assert qa.answer("quand est ce que le conseil reparle de ce sujet ?").citations == [deciding.id]
