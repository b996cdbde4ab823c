"""Thirty-third round: readings found in the batches promoted to tuning (ZZZZZP, ZZZZZQ, ZZZZZR,
ZZZZZV, ZZZZZW), in the tuning batches written this round (ZZZZZZB, ZZZZZZC), and in probes.

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.text.models import VoteChoice


@pytest.mark.parametrize(
    ("message", "group", "outlier"),
    [
        # Whether a group voted as one, or who broke from it: the group's members, each with its vote.
        ("les Africains ? le groupe africain était tous aligné ou pas ?", "Afrique", "Somalie"),
        ("et le GRULAC, ils ont tous voté pareil ? ils étaient tous alignés ?", "GRULAC", "Argentine"),
        ("were the Asia-Pacific states all aligned?", "APG", "Japon"),
        ("dans le groupe Asie-Pacifique, qui a fait bande à part ?", "APG", "Japon"),
        ("in GRULAC, who were the odd ones out?", "GRULAC", "République dominicaine"),
    ],
)
def test_a_group_voting_as_one_is_answered_with_its_members(qa, message, group, outlier):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is Intent.VOTE
    named = {name for tally in answer.tallies for name in (tally.group.name, tally.group.code)}
    assert group in named, (message, named)
    listed = {m.country for tally in answer.tallies for m in tally.members}
    assert outlier in listed, (message, listed)


@pytest.mark.parametrize(
    ("message", "camp"),
    [
        # A count guessed and « déjà » (remind me) ask the count, nothing beyond the record.
        ("c combien qui ont voté contre déjà ? 14 ou 15 jsp", VoteChoice.AGAINST),
        ("how many voted for already? 31 or 32?", VoteChoice.FOR),
    ],
)
def test_a_camp_counted_in_chat_is_answered(qa, message, camp):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert (answer.scope, answer.choice) == (VoteScope.CHOICE, camp), (message, answer.scope, answer.choice)
    assert len(answer.members) == {VoteChoice.FOR: 31, VoteChoice.AGAINST: 14}[camp]


def test_a_camp_counted_after_a_clause_is_the_groups(qa):
    """« dans le GRULAC ça donne quoi, combien de contre ? »: the group's counts, with no vote word."""
    answer = qa.answer("dans le GRULAC ça donne quoi, combien de contre ?")
    assert answer.scope is VoteScope.GROUP
    assert [(t.group.code, t.totals[VoteChoice.AGAINST]) for t in answer.tallies] == [("GRULAC", 0)]


@pytest.mark.parametrize(
    "message",
    [
        # What a vote says of a country's alignments stays beyond the record.
        "le vote de l'Inde montre qu'elle est alignée sur la Chine ?",
        "is Japan aligned with the US on this vote?",
    ],
)
def test_a_countrys_alignment_stays_beyond_the_record(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, message
