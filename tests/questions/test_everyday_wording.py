"""Wordings from this round's tuning batches AE (a lycée class) and AF (English speakers) that
read as another kind of question: each is now answered from the text, or declined, as it should."""

import pytest

from bot.core.questions.answer import Intent


def test_the_first_paragraph_with_no_part_named_is_both_the_texts_first_and_paragraph_1(qa):
    answer = qa.answer("Which bit of the UN Charter does the very first paragraph point to?")
    assert list(answer.citations[:2]) == ["PP1", "OP1"]
    assert list(qa.answer("Que dit le tout premier paragraphe du dispositif ?").citations) == ["OP1"]


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        # The asker's debate is no debate asked about.
        (
            "est-ce qu'un pays a le droit de choisir son propre système politique sans que les autres "
            "s'en mêlent ? on débat là-dessus vendredi",
            "OP13",
        ),
        # A climate deal is no backroom deal; the 2030 Agenda is no other year's session.
        ("is the paris climate deal mentioned anywhere or am i imagining it", "PP3"),
        (
            "yo does this thing bring up the 2030 sustainable development agenda? when was that one adopted",
            "PP2",
        ),
        # Where a recalled conference was held is the text's, not something held since.
        ("Durban follow-up conference — where was it held and on what dates?", "PP10"),
    ],
)
def test_everyday_wordings_are_answered_from_the_text(qa, question, paragraph):
    answer = qa.answer(question)
    assert answer.answered
    assert paragraph in answer.citations


def test_agreeing_with_the_text_is_a_vote(qa):
    answer = qa.answer("Les Allemands, ils étaient d'accord avec le texte ou pas ?")
    assert answer.intent is Intent.VOTE
    assert [m.country for m in answer.members] == ["Allemagne"]


def test_a_sessions_dates_in_brackets_are_still_a_sessions_date(qa):
    answer = qa.answer("c'est quand exactement la 59e session (les dates) ?")
    assert (answer.answered, answer.reason) == (False, "date_session")


def test_a_penalty_the_text_would_set_is_still_declined(qa):
    answer = qa.answer(
        "Quelle sanction le Conseil prévoit-il contre les États qui imposent des mesures coercitives "
        "unilatérales ?"
    )
    assert (answer.answered, answer.reason) == (False, "sanctions")


def test_one_states_penalties_on_another_are_no_penalty_the_text_would_set(qa):
    answer = qa.answer(
        "Does the resolution say anything about one country slapping penalties on another on its own?"
    )
    assert answer.reason != "sanctions"
