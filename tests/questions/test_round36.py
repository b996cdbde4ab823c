"""Thirty-sixth round: readings found in the batches promoted to tuning (ZZZZZZJ, ZZZZZZK,
ZZZZZZL) and in the tuning batch written this round (ZZZZZZV).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "message",
    [
        # A later vote: the record holds the adoption of 10 July 2024 only.
        "la résolution a été adoptée par consensus l'année d'après ?",
        "Was it adopted by consensus the following year?",
        "la reso a ete adoptee a l'unanimite un an plus tard ?",
        # Who held an office then: the text names no one (Haitian « Kiyès ki te … »).
        "Kiyès ki te Wo Komisè lè tèks la te adopte ?",
        # What it changed since: news the text cannot give.
        "depuis qu'elle est adoptée, la résolution a changé quelque chose pour les pays pauvres ?",
        "Depuis qu'elle est passée, ce texte a changé qqch sur le terrain pour ceux qui ont voté pour ?",
    ],
)
def test_what_came_after_or_who_held_an_office_is_declined_with_no_tally(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)
    assert not answer.members


@pytest.mark.parametrize(
    "message",
    [
        "la résolution a été adoptée par consensus ?",
        "Kiyès ki te vote kont ?",
        "le HC doit présenter son rapport quand ?",
    ],
)
def test_the_adoption_and_the_texts_own_dates_are_still_answered(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent in (Intent.VOTE, Intent.SEARCH, Intent.METADATA, Intent.REQUESTS)
