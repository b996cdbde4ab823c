"""The asker saying who they are (« je suis chinoise », "As the delegate of Cuba"): the country of
their clause is asked about only when the question refers back to it (« mon pays »)."""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.identity import asker_identity
from bot.core.votes.book import VoteChoice


@pytest.mark.parametrize(
    ("message", "countries", "rest"),
    [
        (
            "Je suis sud-soudanais, est-ce que mon pays a voté pour ?",
            ["Soudan du Sud"],
            "est-ce que mon pays a voté pour ?",
        ),
        (
            "Je suis tchadien et camerounais, comment ont voté mes deux pays ?",
            ["Tchad", "Cameroun"],
            "comment ont voté mes deux pays ?",
        ),
        (
            "As the delegate of Cuba, at which meeting was this resolution adopted?",
            ["Cuba"],
            "at which meeting was this resolution adopted?",
        ),
        ("Canada ? moi je suis canadienne", ["Canada"], "Canada ?"),
        ("I'm Kenyan and the text mentions Kampala, right?", ["Kenya"], "the text mentions Kampala, right?"),
        # After « et », only a country: « la France a voté contre » is what is said.
        ("je suis française et la France a voté contre ?", ["France"], "la France a voté contre ?"),
    ],
)
def test_the_askers_clause_names_their_country(service, message, countries, rest):
    identity = asker_identity(message, service.votes.countries)
    assert identity is not None
    assert [c.name for c in identity.countries] == countries
    assert identity.rest == rest


@pytest.mark.parametrize(
    "message",
    [
        # A demonym outside the asker's clause is a language, an ocean, an adjective.
        "le texte en français dit quoi sur l'océan Indien ?",
        "je suis perdu, c'est quoi l'OP8 ?",
        "I'm not sure the Chinese delegation voted",
        # A city is no country (the asker would have to say which).
        "I'm from Berlin, what does OP3 say?",
    ],
)
def test_no_clause_of_identity_is_read_elsewhere(service, message):
    assert asker_identity(message, service.votes.countries) is None


def test_a_demonym_of_a_non_member_is_no_vote_of_another(qa):
    # « soudanais » inside « sud-soudanais » had named Sudan, a member that voted for.
    answer = qa.answer("Je suis sud-soudanais, est-ce que mon pays a voté pour ?")
    assert answer.intent is Intent.VOTE
    assert answer.reason == "non_membre"
    assert answer.subject == "Soudan du Sud"


def test_two_demonyms_ask_both_votes(qa):
    answer = qa.answer("Je suis tchadienne et camerounaise, comment ont voté mes deux pays ?")
    assert answer.answered
    assert [(m.country, m.vote) for m in answer.members] == [("Cameroun", VoteChoice.FOR)]
    assert answer.data["non_membres"] == ("Tchad",)


def test_a_demonym_then_my_country_is_that_countrys_vote(qa):
    answer = qa.answer("je suis chinoise, mon pays a voté comment ?")
    assert answer.answered
    assert [m.country for m in answer.members] == ["Chine"]


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("moi qui suis malawite, le texte a été adopté quel jour ?", Intent.METADATA),
        ("As the delegate of Cuba, at which meeting was this resolution adopted?", Intent.METADATA),
        ("Canada ? moi je suis canadienne", Intent.VOTE),
    ],
)
def test_a_question_not_about_the_askers_country_is_asked_without_it(qa, message, intent):
    answer = qa.answer(message)
    assert answer.intent is intent
    assert answer.answered or answer.reason == "non_membre"


def test_the_askers_country_as_context_of_a_content_question(qa):
    answer = qa.answer(
        "Je suis cubaine, chez nous l'embargo pèse beaucoup : que dit le texte sur les mesures "
        "coercitives unilatérales ?"
    )
    assert answer.answered
    assert "OP8" in answer.citations


def test_our_official_position_stays_declined(qa):
    answer = qa.answer(
        "slt, je représente la France: c'est quoi notre position officielle sur les mesures coercitives "
        "unilatérales ?"
    )
    assert not answer.answered


def _votes(answer):
    return [(m.country, m.vote) for m in answer.members]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Found in review: where the asker is, is not who they are.
        (
            "je suis aux États-Unis pour mes études mais je suis chinoise, mon pays a voté comment ?",
            [("Chine", VoteChoice.FOR)],
        ),
        ("je suis en France mais je suis marocaine, mon pays a voté comment ?", [("Maroc", VoteChoice.FOR)]),
        # A first name is no nationality; the country represented is the asker's.
        (
            "salut je suis Maurice, je représente le Maroc, mon pays a voté comment ?",
            [("Maroc", VoteChoice.FOR)],
        ),
        ("I'm Georgia and I represent Brazil, how did my country vote?", [("Brésil", VoteChoice.FOR)]),
        # Model UN delegates.
        ("As the delegate of Cuba, how did my country vote?", [("Cuba", VoteChoice.FOR)]),
        ("As a Cuban delegate, how did my country vote?", [("Cuba", VoteChoice.FOR)]),
        ("en tant que déléguée du Chili, mon pays a voté comment ?", [("Chili", VoteChoice.FOR)]),
        ("I'm the US delegate, how did we vote?", [("États-Unis d'Amérique", VoteChoice.AGAINST)]),
        ("je suis francaise, ma delegation a vote quoi", [("France", VoteChoice.AGAINST)]),
    ],
)
def test_the_askers_country_is_the_one_they_are_from(qa, message, expected):
    answer = qa.answer(message)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert _votes(answer) == expected


def test_a_grouping_asked_after_my_country_is_the_groupings_vote(qa):
    # « mon pays est dans l'UE, l'UE a voté comment ? » asks the EU members' votes, not France's.
    answer = qa.answer("je suis française, mon pays est dans l'UE, l'UE a voté comment ?")
    assert answer.answered
    assert len(answer.members) > 1
    assert ("France", VoteChoice.AGAINST) in _votes(answer)


def test_a_meeting_asked_by_a_delegate_is_the_meeting(qa):
    answer = qa.answer("As the delegate of Cuba, at which meeting was it adopted?")
    assert answer.intent is Intent.METADATA


@pytest.mark.parametrize(
    "message",
    [
        # A country's or a paragraph's position is not the history of a body.
        "What is China's position on the resolution?",
        "what is OP8's position on sanctions?",
        # The funds' creation is cited (PP26).
        "le fonds de contributions volontaires a été créé par qui ?",
        # What the text asks for a later year, and a report asked of it (OP33).
        "en 2025 le HCDH doit présenter son rapport à quelle session ?",
        "la résolution établit un nouveau rapport ?",
        # « je viens d' » opens the clause too.
        "je viens d'Algérie, le texte a été adopté quand ?",
    ],
)
def test_what_the_review_found_declined_is_answered(qa, message):
    assert qa.answer(message).answered


def test_half_and_half_names_both_countries(qa):
    answer = qa.answer("I'm half German half Indonesian, how did my countries vote?")
    assert answer.answered
    assert _votes(answer) == [("Allemagne", VoteChoice.AGAINST), ("Indonésie", VoteChoice.FOR)]


@pytest.mark.parametrize(
    ("message", "countries"),
    [
        # A roll call at the start of a message (« X ici », "X here"), and « nous les … ».
        ("délégation du Bangladesh ici 😅 on a voté quel jour exactement ?", ["Bangladesh"]),
        ("kazakhe ici 🙋 vote du Kazakhstan + c'était quel point de l'ordre du jour ?", ["Kazakhstan"]),
        ("tuvalu here 🌊 climate change in the text?", ["Tuvalu"]),
        ("nous les Camerounais on était combien de pays du même avis ?", ["Cameroun"]),
    ],
)
def test_who_speaks_at_the_start_names_their_country(service, message, countries):
    identity = asker_identity(message, service.votes.countries)
    assert identity is not None
    assert [c.name for c in identity.countries] == countries


@pytest.mark.parametrize(
    "message",
    ["qui ici sait ce que dit le 29 ?", "le texte ici dit quoi sur la dette ?", "Nous avons voté pour ?"],
)
def test_here_after_other_words_names_no_one(service, message):
    assert asker_identity(message, service.votes.countries) is None


def test_the_same_side_as_the_askers_country_is_its_vote(qa, service):
    answer = qa.answer("nous les Camerounais on était combien de pays du même avis ?")
    assert answer.intent is Intent.VOTE
    assert answer.answered
    assert [m.country for m in answer.members] == ["Cameroun"]
    assert answer.members[0].vote is service.votes.country("Cameroun").vote


def test_a_roll_call_then_a_content_question_is_answered_from_the_text(qa):
    answer = qa.answer("tuvalu here 🌊 climate change in the text?")
    assert answer.answered
    assert "OP26" in answer.citations
