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
        "Non\u00a0: la France a voté contre"
    )
    qatar = plain.question("Le Qatar a-t-il voté pour ?").description
    assert qatar.startswith("Oui\u00a0: le Qatar a voté pour")


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("vote russie", "Fédération de Russie"),
        ("qqn sait comment la suisse a voté sur la 56/2 ?", "Suisse"),
        ("how did Italy vote", "Italie"),
        ("the UK voted?", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
    ],
)
def test_vote_non_members_are_named_as_such(plain, question, country):
    """A country without a seat in 2024 is declined as a non-member, in the question's language."""
    answer = plain.questions.answer(question)
    assert (answer.answered, answer.reason, answer.subject) == (False, "non_membre", country)
    text = plain.render_answer(answer).description
    assert "pas membre du Conseil en 2024" in text or "was not a member of the Council in 2024" in text


@pytest.mark.parametrize(
    ("question", "member", "vote"),
    [
        ("how did Germany vote", "Allemagne", "contre"),
        ("les USA ont voté contre ?", "États-Unis d'Amérique", "contre"),
    ],
)
def test_vote_members_found_by_any_name(qa, question, member, vote):
    """English names and capitalised codes find Council members too."""
    answer = qa.answer(question)
    assert [(m.country, m.vote.value) for m in answer.members] == [(member, vote)]


@pytest.mark.parametrize("question", ["pk le japon a voté contre", "pourquoi l'Argentine s'est abstenue ?"])
def test_vote_reasons_are_declined(qa, question):
    """The record says how members voted, never why, however « pourquoi » is typed."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "motifs")


@pytest.mark.parametrize(
    "question", ["Was this adopted by consensus or did it go to a vote?", "how many no votes were there"]
)
def test_vote_leftovers_that_name_no_country_get_the_record(qa, question):
    """Words left over that name no country are not a non-member: the record answers."""
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope in {VoteScope.TALLY, VoteScope.CHOICE}
