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


@pytest.mark.parametrize(
    "question",
    ["combien pour, combien contre ?", "et la reso, c quoi le score final ?", "what's the tally?"],
)
def test_both_camps_counted_or_the_score_is_the_tally(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.answered


def test_a_year_spelled_out_is_read_as_digits(qa):
    answer = qa.answer("la Déclaration de mille neuf cent quatre-vingt-six sur le droit au développement ?")
    assert answer.answered
    assert "PP5" in answer.citations


def test_the_class_debating_is_not_a_debate_asked_about(qa):
    answer = qa.answer("on débat entre nous : le para 13 reconnaît quel droit ?")
    assert answer.answered
    assert answer.citations[0] == "OP13"


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("eske chak peyi gen dwa chwazi sistem ekonomik li ?", "OP13"),
        ("sa k di sou sanksyon ?", "OP8"),
    ],
)
def test_haitian_creole_content_words(qa, question, paragraph):
    answer = qa.answer(question)
    assert answer.answered
    assert paragraph in answer.citations


@pytest.mark.parametrize(
    "question",
    ["How far, abeg when was the text adopted?", "abeg which session adopted it?"],
)
def test_west_african_english_greetings_carry_no_question(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.METADATA
    assert answer.answered


def test_the_club_presidents_request_is_the_askers_context(qa):
    answer = qa.answer("adoptée à quelle séance ? notre présidente demande")
    assert answer.intent is Intent.METADATA


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("le para 13 dit-tu que les États doivent abolir la peine de mort ?", "hors_paragraphe"),
        ("OP29 asks the rich countries to cancel all debts abi?", "hors_paragraphe"),
        ("what did the Kampala summit outcome document say about debt relief", "autre_document"),
        ("qqn sait ce que contient la Déclaration de Vienne ?", "autre_document"),
        ("haut-commissaire actuel son nom ?", "personne"),
        ("le Japon, son prochain mandat au conseil c'est quand ?", "apres_adoption"),
    ],
)
def test_claims_other_documents_names_and_later_terms_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    ["what does OP23 ask states to do with the funds?", "le sujet revient quand au conseil ?"],
)
def test_what_a_paragraph_asks_and_the_next_session_are_still_answered(qa, question):
    assert qa.answer(question).answered


def test_countries_of_a_group_asked_by_name_are_not_in_the_text(qa):
    answer = qa.answer("Which African countries back the pandemic treaty the preamble mentions?")
    assert not answer.answered
    assert answer.reason == "pays_cites"


def test_an_askers_trouble_finding_a_document_is_not_the_question(qa):
    answer = qa.answer("que dit la Déclaration de Vienne ? jsp où la trouver")
    assert answer.reason == "autre_document"


def test_where_the_question_came_up_is_not_a_word_of_it(qa):
    answer = qa.answer("Durban est citée dans le texte ? on en discutait en TD")
    assert answer.answered
    assert "PP10" in answer.citations


def test_what_a_cited_resolution_endorsed_is_its_citing_paragraph(qa):
    answer = qa.answer("What did General Assembly resolution 33/134 endorse?")
    assert answer.answered
    assert "PP7" in answer.citations
