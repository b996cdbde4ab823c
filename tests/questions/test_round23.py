"""Twenty-third round: readings found in the batches promoted to tuning (ZZZU, ZZZV, ZZZW, ZZZX).

Each case is a new wording of a miss, not the batch's own question.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        "Où la résolution a-t-elle été adoptée ?",
        "le vote s'est tenu où ?",
        "dans quelle ville le vote a eu lieu",
        "votee au palais des nations ou a new york la reso ?",
        "c'est à Genève que le Conseil a adopté le texte ?",
    ],
)
def test_the_place_of_the_adoption_is_not_in_the_text(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "lieu"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what were the start and end dates of the session where this passed", Intent.METADATA),
        ("j'habite à Genève, près du Palais des Nations. La Belgique a voté quoi ?", Intent.VOTE),
        ("Genève est mentionnée dans le texte ?", Intent.SEARCH),
    ],
)
def test_a_place_said_beside_the_question_does_not_decline_it(qa, question, intent):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is intent


@pytest.mark.parametrize(
    "question",
    ["vote du Gabon reso droit au developpement ?", "Chine vote resolution mesures coercitives 2024"],
)
def test_a_vote_on_a_text_named_by_another_subject_is_not_this_record(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent is not Intent.VOTE
