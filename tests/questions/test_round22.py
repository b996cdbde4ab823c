"""Twenty-second round: readings found in the batches promoted to tuning (ZZZQ, ZZZR, ZZZS, ZZZT).

Each case is a new wording of a miss, not the batch's own question.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        "elle a été adoptée quand, et à quelle séance a-t-elle eu lieu ?",
        "à quelle séance a-t-elle eu lieu, cette adoption ?",
    ],
)
def test_the_adoptions_meeting_is_the_record_not_a_later_event(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.METADATA
    assert answer.answered


def test_the_adoption_and_its_meeting_are_said_once(qa):
    answer = qa.answer("adoptée à quelle date et à quelle séance ?")
    assert answer.facts == ("adopted",)


@pytest.mark.parametrize(
    "question",
    [
        "on m'a dit que le rapport du Haut-Commissaire est attendu à la soixantième session, vrai ?",
        "le nouveau rapport sera présenté à la soixante et unième session, c'est ça ?",
    ],
)
def test_a_report_said_due_at_another_session_is_checked_against_the_text(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert "OP33" in answer.citations


@pytest.mark.parametrize(
    "question",
    ["que prévoit la résolution pour la soixantième session ?", "qu'a décidé le Conseil à sa 60e session ?"],
)
def test_a_session_the_text_never_names_is_still_declined(qa, question):
    assert not qa.answer(question).answered
