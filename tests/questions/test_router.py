"""The question router against the raw text: quotes are verbatim, votes match the record."""

import pytest

from bot.core.errors import UserError
from bot.core.questions.evidence import DECLINE_THRESHOLD
from bot.core.questions.router import QuestionAnswerer
from bot.core.questions.routes.search import RESCUE_SHARE


def test_router_quotes_are_verbatim(plain, service):
    """Every paragraph cited by a routed or searched answer appears word for word in the reply."""
    questions = [
        "Que disent les paragraphes 1 à 5 ?",
        "Où est citée la résolution 70/1 ?",
        "Que dit le texte sur le terrorisme ?",
        "Où parle-t-on de la coopération Sud-Sud ?",
    ]
    for question in questions:
        answer = plain.questions.answer(question)
        reply = plain.render_answer(answer)
        assert answer.citations, question
        for segment_id in answer.citations:
            assert service.resolution.get(segment_id).text in reply.description, (question, segment_id)


def test_router_threshold_changes_the_decision(service):
    """The same question is declined at a strict threshold and answered at a lax one."""
    question = "Où est-il question du dialogue entre les civilisations ?"
    assert QuestionAnswerer(service, threshold=0.0).answer(question).answered
    # (The ranker's own floors are shares of the threshold: past 1/RESCUE_SHARE nothing answers.)
    assert not QuestionAnswerer(service, threshold=1.01 / RESCUE_SHARE).answer(question).answered
    assert 0 < DECLINE_THRESHOLD < 1


def test_router_references_in_links_paragraphs_and_documents(qa):
    """References typed in a message are linked: §29, PP3, and the paragraphs citing 70/1."""
    assert qa.references_in("Voir §29, PP3 et la résolution 70/1") == ["OP29", "PP3", "PP2"]
    assert qa.references_in("rien à lier ici") == []
    assert qa.references_in("le paragraphe 99") == []


@pytest.mark.parametrize("question", ["", "   ", "\n"])
def test_router_empty_question_raises(qa, question):
    """An empty question is bad input, explained by its template."""
    with pytest.raises(UserError) as caught:
        qa.answer(question)
    assert caught.value.code == "question_vide"


def test_router_long_question_raises(qa):
    """A question longer than a search query is refused, not truncated silently."""
    with pytest.raises(UserError) as caught:
        qa.answer("coopération " * 100)
    assert caught.value.code == "requete_trop_longue"


def test_router_hostile_question_is_inert(discord):
    """The question echoed in the title cannot ping anyone or inject markdown."""
    reply = discord.question("@everyone <@123> **gras** que dit le §29 ?")
    assert "@everyone" not in reply.title
    assert "<@123>" not in reply.title
    assert "\\*\\*gras\\*\\*" in reply.title


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("la 78/197 elle date de quand ?", "OP35"),  # its citing paragraph gives the date
        ("Durban world conference against racism: dates?", "PP10"),
    ],
)
def test_the_date_of_a_cited_document_is_in_its_citing_paragraph(qa, question, paragraph):
    """Asked when a cited document dates from: its citing paragraph, which gives the date."""
    answer = qa.answer(question)
    assert answer.answered
    assert paragraph in answer.citations


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("Does it mention the negotiations on a pandemic treaty?", "PP14"),
        ("quelles resolutions du CDH sur l'acces equitable aux vaccins covid sont rappelees ?", "PP12"),
    ],
)
def test_citing_words_with_a_subject_are_a_question_about_the_subject(qa, question, paragraph):
    """A treaty or resolutions « on » something: the passages about it, not the list of documents."""
    answer = qa.answer(question)
    assert answer.intent.value == "recherche"
    assert paragraph in answer.citations


def test_a_bare_listing_of_cited_documents_is_still_the_list(qa):
    answer = qa.answer("Quelles résolutions de l'Assemblée générale sont citées ?")
    assert answer.intent.value == "citations"
    assert answer.documents


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("L'OP14 donne-t-il une définition juridique du terrorisme ?", "OP14"),
        ("Which country drafted OP8?", "OP8"),
    ],
)
def test_a_decline_offers_first_the_paragraph_the_question_names(qa, question, named):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.closest[0].paragraph.id == named
