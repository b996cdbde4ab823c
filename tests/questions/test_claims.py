"""A claim heard about the text, asked to be checked: the claim alone is what the text answers."""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.claims import claim_of


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (
            "un député a dit a la tv que le texte condamne les sanctions unilatérales... "
            "c vrai ou il exagère ?",
            "le texte condamne les sanctions unilatérales ?",
        ),
        (
            "A pundit said the resolution was adopted unanimously. Is that true?",
            "the resolution was adopted unanimously ?",
        ),
        ("OP21 — tweet says it's about getting more donors. legit?", "OP21 it's about getting more donors ?"),
    ],
)
def test_the_claim_is_read_apart_from_who_said_it(message, claim):
    assert claim_of(message) == claim


@pytest.mark.parametrize(
    "message",
    [
        # What follows asks something of its own: not a request to check.
        "A tweet says the resolution cites 7 million COVID-19 deaths worldwide. Does it give that number?",
        "Mon prof dit que la même résolution avait été adoptée l'an dernier. Combien de voix avait-elle ?",
        # Nobody's claim.
        "le texte dit quoi sur les vaccins ?",
    ],
)
def test_no_claim_without_a_request_to_check_it(message):
    assert claim_of(message) is None


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        (
            "Un député a dit que la résolution invite aussi les ONG à participer au dialogue "
            "sur les droits de l'homme. Vrai ou faux ?",
            "OP24",
        ),
        ("« un député a dit que la résolution appelle à rejeter les doctrines racistes » : vrai ?", "OP7"),
        ("A pundit on TV claimed the resolution even mentions the Paris Agreement. Does it really?", "PP3"),
        ("jpp mon pote dit que le texte parle de vaccins 💉 c vrai ou il invente encore", "PP12"),
    ],
)
def test_a_claim_about_the_text_is_checked_against_it(qa, message, cited):
    # « a dit », "claimed" had sent these to the debates' decline.
    answer = qa.answer(message)
    assert answer.answered
    assert cited in answer.citations
    assert answer.question == message


def test_a_claim_about_the_vote_is_checked_against_the_record(qa, service):
    answer = qa.answer("A pundit said the resolution was adopted unanimously. Is that true?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


def test_what_a_member_said_in_the_debate_stays_declined(qa):
    answer = qa.answer("Qu'est-ce que la délégation française a dit pendant le débat ?")
    assert not answer.answered
    assert answer.reason == "debats"
