"""Defects a second reviewer found in this round's delegations, corrections and « exemples »."""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "members"),
    [
        # The longest demonym first: South Sudan is no Sudan.
        ("le délégué sud-soudanais a voté pour ?", []),
        ("the Chinese and Japanese delegations voted how?", ["Chine", "Japon"]),
        ("les délégations chinoise et japonaise ont voté comment ?", ["Chine", "Japon"]),
        ("Chinese voted for?", ["Chine"]),
        ("the Japanese rejected it?", ["Japon"]),
        ("the French government voted against?", ["France"]),
        ("the delegate from the Maldives voted?", ["Maldives"]),
    ],
)
def test_demonyms_name_the_members_they_stand_for(qa, question, members):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert [m.country for m in answer.members] == members
    if not members:
        assert answer.reason == "non_membre"
        assert answer.subject == "Soudan du Sud"


def test_a_region_before_a_demonym_is_a_region(qa):
    # "South American" had been read as the United States' "American".
    answer = qa.answer("the South American delegations voted for?")
    assert answer.intent is Intent.VOTE
    assert answer.members == ()
    assert answer.tallies


@pytest.mark.parametrize("question", ["le texte en français dit quoi ?", "the Chinese version says what?"])
def test_a_language_is_no_member(qa, question):
    assert qa.answer(question).intent is not Intent.VOTE


@pytest.mark.parametrize(
    "question",
    ["la délégation américaine a demandé le vote ?", "the Cuban delegation called for a vote?"],
)
def test_who_requested_the_vote_stays_declined_with_a_demonym(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "debats"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("le Chili a voté pour à la trente-troisième séance ?", "meeting"),
        ("Chile voted for at the thirty-third meeting?", "meeting"),
        ("le vote a eu lieu le 12 juillet ?", "adopted"),
    ],
)
def test_spelt_meetings_and_the_tally_are_corrected(qa, plain, question, fact):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert fact in answer.facts
    assert not plain.question(question).description.startswith(("Oui", "Yes"))


def test_a_wrong_choice_beside_a_wrong_date_still_says_no(plain):
    text = plain.question("la France a voté pour le 12 juillet ?").description
    assert text.startswith("Non")
    assert "10 juillet 2024" in text


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « par exemple » is the asker's; examples of what the text or the record holds.
        ("donne-moi par exemple le paragraphe 8", "OP8"),
        ("does the text list any examples of global crises?", "OP26"),
        ("que dit-il en 12 ?", "OP12"),
    ],
)
def test_examples_and_numbers_the_text_holds_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_an_example_of_a_country_that_voted_is_the_record(qa):
    answer = qa.answer("give me an example of a country that voted against")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("where will the regional seminars be?", "liste"),
        ("le rapport de l'OP32, qu'est-ce qu'il contiendra ?", "autre_document"),
        ("la résolution a été rédigée par le Mouvement des non-alignés ?", "auteurs"),
    ],
)
def test_traps_near_the_narrowed_patterns_stay_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_what_is_written_by_the_council_is_no_authors_question(qa):
    answer = qa.answer("what's written by the HRC on vaccines?")
    assert answer.reason != "auteurs"


@pytest.mark.parametrize(
    "question",
    [
        # Who said it and chat words are no country (« « journal » ne figure pas parmi les 47 »).
        "le journal dit que 31 pays ont voté pour",
        "Bref dit moi qui s'est abstenu",
        "les 2 abstentions c'est lesquelles ?",
        "did it go to a vote?",
    ],
)
def test_chat_words_around_a_vote_question_name_no_country(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert answer.reason != "non_membre"


@pytest.mark.parametrize(
    "question",
    [
        "le texte parle de la Chine ?",
        "Est-ce que la résolution mentionne Israël ?",
        "Le texte cite-t-il l'Ukraine ?",
    ],
)
def test_whether_the_text_names_a_country_is_no_vote_question(qa, question):
    # China's vote, or « Israël n'est pas membre », had answered whether the text names them.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent is not Intent.VOTE


@pytest.mark.parametrize(
    "question", ["la France est citée dans le vote ?", "the text mentions France, how did it vote?"]
)
def test_a_vote_asked_beside_a_mention_stays_a_vote(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert [m.country for m in answer.members] == ["France"]
