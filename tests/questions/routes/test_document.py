"""The cited-documents route: where a document named is cited, and what its paragraph says."""

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "accord de paris note de bas de page -> renvoie a quelle decision ?",
        "Is the Paris climate agreement referenced anywhere? Which COP decision does the footnote point to?",
    ],
)
def test_a_cited_documents_footnote_answers_with_its_paragraph(qa, question):
    """The reference is in the footnote of the citing paragraph (PP3 → FN1): its words count."""
    answer = qa.answer(question)
    assert answer.answered
    assert {"PP3", "FN1"} <= set(answer.citations)


def test_the_citing_paragraphs_everyday_words_count(qa):
    """« c quoi le titre de la 70/1 » : PP2 cites 70/1 and gives its title."""
    answer = qa.answer("c quoi le titre de la 70/1 qu'ils rappellent")
    assert answer.answered
    assert "PP2" in answer.citations


@pytest.mark.parametrize(
    "question",
    ["what exactly did resolution 50/4 decide", "le rapport A/HRC/55/78 il dit koi sur les dons reçus ?"],
)
def test_what_another_document_decided_or_says_is_not_in_the_text(qa, question):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "autre_document")


@pytest.mark.parametrize(
    "question",
    [
        "What did HRC resolution 50/4 actually say? It's recalled in the preamble",
        "What exactly is in GA resolution 76/1?",
        "res 50/4 du cdh elle disait quoi ?",
    ],
)
def test_another_documents_content_asked_with_an_adverb_or_its_body_named(qa, question):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "autre_document")
