"""Twenty-fourth round: readings found in the batches promoted to tuning (ZZZY, ZZZZ, ZZZZB).

Each case is a new wording of a miss, not the batch's own question.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        "Warum hat Deutschland dagegen gestimmt ?",
        "Wieso hat Kuba dafür gestimmt ?",
        "weshalb hat Chile dafür gestimmt",
    ],
)
def test_a_german_why_of_a_vote_is_declined_not_confirmed(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert not answer.answered


def test_a_german_yes_or_no_vote_question_is_still_answered(qa):
    answer = qa.answer("Hat Kuba dafür gestimmt ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Fußnote 2, welches Dokument ?", "FN2"),
        ("Fussnote 3 zu Durban ?", "FN3"),
        ("im letzten Absatz der Präambel, c'est quoi ?", "PP33"),
        ("le premier Absatz der Präambel cite quelle déclaration ?", "PP1"),
        ("c'est où le Pandemievertrag ?", "PP14"),
    ],
)
def test_german_words_for_places_in_the_text(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Que demande la résolution au Comité consultatif du Conseil des droits de l'homme ?",
        "Que demande le texte au Comité consultatif des droits de l'homme ?",
    ],
)
def test_a_party_the_text_never_names_gets_no_other_partys_request(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "aucune_demande"


def test_a_party_the_text_names_still_gets_its_requests_with_a_topic(qa):
    answer = qa.answer("que demande le texte aux ONG sur le dialogue ?")
    assert answer.answered
    assert "OP24" in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("la Déclaration de Vienne a été adoptée ayou ?", "PP1"),
        ("la conférence de Durban c'était ayoù ?", "PP10"),
    ],
)
def test_acadian_ayou_is_where(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("the Durban footnote, what does it point to?", "FN3"),
        ("Is there a note on the Paris Agreement? What does it point to?", "FN1"),
    ],
)
def test_what_a_note_points_to_is_what_it_cites(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited", "symbol"),
    [
        (
            "la résolution intitulée Haut-Commissaire chargé de promouvoir et de protéger tous les droits"
            " de l'homme, c'est laquelle ?",
            "PP6",
            "48/141",
        ),
        (
            "c'est quelle reso de l'AG, « Transformer notre monde : le Programme de développement durable"
            " à l'horizon 2030 » ?",
            "PP2",
            "70/1",
        ),
    ],
)
def test_a_cited_documents_long_title_names_it(qa, plain, question, cited, symbol):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.CITATIONS
    assert cited in answer.citations
    reply = plain.render_answer(answer)
    assert symbol in reply.description


def test_a_short_title_is_a_subject_not_a_name(qa):
    # « la Déclaration sur le droit au développement » is 41/128's title, and also a subject the
    # operative part speaks of: « do the seminars cover the right to development? » is about OP30.
    answer = qa.answer("Do the regional seminars also cover the right to development?")
    assert answer.answered
    assert "OP30" in answer.citations


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("14 contre c'est ça ?", "Oui : 14 membres ont voté contre"),
        ("il y a eu 2 abstentions ?", "Oui : 2 membres se sont abstenus"),
        ("c'est bien trente et un pour ?", "Oui : 31 membres ont voté pour"),
        ("adoptée 31 à 14 ?", "Oui : 31 pour et 14 contre."),
        ("le résultat c'est 31 pour ?", "Oui : 31 pour."),
        ("were there 2 abstentions?", "Yes: 2 members abstained"),
        ("it passed 31-14 right?", "Yes: 31 for and 14 against."),
    ],
)
def test_a_count_said_right_is_confirmed_with_yes(qa, plain, question, opening):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("cinq États ont voté contre ?", "Non : le décompte n'est pas 5 contre."),
        ("15 states voted against?", "No: the count was not 15 against."),
        ("le résultat c'est 30 pour ?", "Non : le décompte n'est pas 30 pour."),
    ],
)
def test_a_count_said_wrong_is_denied_with_no(qa, plain, question, opening):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)
    assert "31 pour, 14 contre" in reply or "31 for, 14 against" in reply


@pytest.mark.parametrize("question", ["le résultat c'était quoi ?", "the result was what?"])
def test_the_result_asked_with_a_copula_is_the_tally(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
