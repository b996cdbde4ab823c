"""The vote route against the raw vote record: members, choices, yes or no."""

import pytest

from bot.core.questions.answer import VoteScope
from bot.core.text.models import VoteChoice

CHOICES = {"pour": VoteChoice.FOR, "contre": VoteChoice.AGAINST, "abstention": VoteChoice.ABSTAIN}


def test_router_every_member_vote_matches_the_record(qa, raw_votes):
    """« Comment a voté X ? » gives X's vote as the source's lists state it, for all 47 members."""
    checked = 0
    for choice, names in raw_votes.items():
        for name in names:
            answer = qa.answer(f"Comment a voté {name} ?")
            assert answer.scope is VoteScope.COUNTRY, name
            assert [m.country for m in answer.members] == [name]
            assert answer.members[0].vote is CHOICES[choice]
            checked += 1
    assert checked == 47


@pytest.mark.parametrize(
    ("question", "choice"),
    [("Qui a voté pour ?", "pour"), ("Qui a voté contre ?", "contre"), ("Qui s'est abstenu ?", "abstention")],
)
def test_router_choice_lists_match_the_record(qa, raw_votes, question, choice):
    """Who voted one way: the source's list, in its order."""
    answer = qa.answer(question)
    assert answer.scope is VoteScope.CHOICE
    assert [m.country for m in answer.members] == raw_votes[choice]


def test_router_yes_no_vote(plain):
    """« X a-t-il voté pour ? » answers oui or non from the record."""
    assert plain.question("La France a-t-elle voté pour ?").description.startswith(
        "Non : France a voté contre"
    )
    assert plain.question("Le Qatar a-t-il voté pour ?").description.startswith("Oui : Qatar a voté pour")
