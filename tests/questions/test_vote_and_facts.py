"""A member's vote asked with the adoption's facts, and what a delegation is beyond its vote.

« la France a voté à quelle séance ? » asks both the vote and the meeting; « la délégation du
Qatar comptait combien de personnes ? » asks what the record does not hold.
"""

import pytest

from bot.core.questions.answer import Intent, VoteScope


def _said(plain, question: str) -> str:
    return plain.question(question).description


@pytest.mark.parametrize(
    ("question", "member", "said"),
    [
        ("la France a voté à quelle séance ?", "France", "34e séance"),
        (
            "vote du Kazakhstan + c'était quel point de l'ordre du jour ?",
            "Kazakhstan",
            "Point 3 de l'ordre du jour",
        ),
        (
            "I'm Indian and our country voted on this. Which session of the Council was it?",
            "Inde",
            "56th session",
        ),
        (
            "Je représente le Ghana dans notre simulation : à quelle séance le vote a-t-il eu lieu ?",
            "Ghana",
            "34e séance",
        ),
    ],
)
def test_a_members_vote_comes_with_the_facts_asked(qa, plain, service, question, member, said):
    answer = qa.answer(question)
    assert (answer.intent, answer.scope, answer.answered) == (Intent.VOTE, VoteScope.COUNTRY, True)
    assert [(m.country, m.vote) for m in answer.members] == [(member, service.votes.country(member).vote)]
    assert answer.facts
    assert said in _said(plain, question)


def test_a_vote_alone_adds_no_fact(qa):
    answer = qa.answer("La Chine a voté comment ?")
    assert answer.intent is Intent.VOTE
    assert answer.facts == ()


@pytest.mark.parametrize(
    "question",
    [
        "je suis qatarie, la délégation du Qatar au vote elle comptait combien de personnes ?",
        "Je suis bulgare. La Bulgarie a voté contre, c'était sous quel gouvernement ?",
        "how many votes did it need to pass",
        "il fallait combien de voix pour qu'elle passe ?",
    ],
)
def test_what_the_record_does_not_hold_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "hors_vote"


def test_the_tally_is_still_answered(qa):
    answer = qa.answer("combien de pays ont voté pour ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE
