"""The question router against the raw text: quotes are verbatim, votes match the record."""

import re
from pathlib import Path

import pytest

from bot.core.errors import UserError
from bot.core.questions.router import DECLINE_THRESHOLD, Intent, QuestionAnswerer, VoteScope
from bot.core.search.analyzer import analyze
from bot.core.text.models import VoteChoice
from bot.render.replies import Replies
from bot.render.templates import Renderer

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
CHOICES = {"pour": VoteChoice.FOR, "contre": VoteChoice.AGAINST, "abstention": VoteChoice.ABSTAIN}


@pytest.fixture(scope="module")
def qa(service):
    """The answerer at the threshold in use."""
    return QuestionAnswerer(service)


@pytest.fixture(scope="module")
def plain(service):
    """Replies worded as plain text."""
    return Replies(service, Renderer(TEMPLATES, markup=False))


@pytest.fixture(scope="module")
def discord(service):
    """Replies worded with Discord markdown."""
    return Replies(service, Renderer(TEMPLATES, markup=True))


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Que dit le §29 ?", ["OP29"]),
        ("que dit op 12", ["OP12"]),
        ("et le pp 7 ?", ["PP7"]),
        ("Que dit l'alinéa 4 ?", ["PP4"]),
        ("Que dit le paragraphe 2 du préambule ?", ["PP2"]),
        ("Que dit la note 2 ?", ["FN2"]),
        ("Lis-moi les §§ 30-31", ["OP30", "OP31"]),
    ],
)
def test_router_paragraph_references(qa, question, ids):
    """References typed inside a sentence name the right segments."""
    answer = qa.answer(question)
    assert answer.intent is Intent.PARAGRAPH
    assert [p.id for p in answer.paragraphs] == ids


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


def test_router_requests_are_verbatim_clauses(qa):
    """A request clause is a substring of its paragraph and starts with an operative verb."""
    assert qa.requests
    for request in qa.requests:
        text = request.paragraph.text
        assert text[request.start : request.start + len(request.clause)] == request.clause
        assert request.clause.split()[0].casefold() == request.family


def test_router_requests_to_high_commissioner_match_the_text(qa, resolution):
    """The requests to the High Commissioner are the operative paragraphs that « prie » them."""
    pattern = re.compile(r"\bprie(?: à nouveau)? le Haut-Commissaire d", re.IGNORECASE)
    expected = [p.id for p in resolution.operative if pattern.search(p.text)]
    answer = qa.answer("Que demande le Conseil au Haut-Commissaire ?")
    assert answer.citations == expected
    assert len(expected) >= 3
    # The Office (Haut-Commissariat) is another addressee.
    office = qa.answer("Que demande le Conseil au Haut-Commissariat ?")
    assert "OP21" in office.citations
    assert not set(office.citations) & set(expected)


def test_router_request_families(qa):
    """A verb in the question narrows the requests to its family; « demande » means all of them."""
    invited = qa.answer("Qui le Conseil invite-t-il ?")
    assert {r.family for r in invited.requests} == {"invite"}
    urged = qa.answer("Qui est exhorté par le Conseil ?")
    assert {r.family for r in urged.requests} == {"exhorte"}
    states = qa.answer("Que demande le Conseil aux États ?")
    assert {r.family for r in states.requests} >= {"prie", "demande", "exhorte", "invite"}
    assert all("États" in r.addressees for r in states.requests)


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


def test_router_declines_cite_nothing_and_offer_closest(qa):
    """A declined search answer cites nothing and offers the closest passages as such."""
    answer = qa.answer("Quel est le budget du Fonds de contributions volontaires ?")
    assert not answer.answered
    assert answer.citations == []
    assert "OP20" in [h.id for h in answer.closest]


def test_router_unknown_paragraph_is_declined_with_bounds(plain):
    """A paragraph the text does not have is declined, naming the valid range."""
    answer = plain.questions.answer("Que dit le paragraphe 52 ?")
    assert not answer.answered
    assert answer.reason == "paragraphe_inconnu"
    assert "1 à 37" in plain.render_answer(answer).description


def test_router_coverage_weighs_unknown_words(qa, resolution):
    """Coverage is 1 when a paragraph holds every term, lower when a term is absent from the text."""
    op14 = resolution.get("OP14")
    assert qa.coverage(analyze("terrorisme"), op14) == 1.0
    assert qa.coverage(analyze("terrorisme budget"), op14) < 0.5
    # A plural or feminine ending still counts, whatever the analyzer does.
    assert qa.coverage(analyze("changement climatique"), resolution.get("OP26")) == 1.0


def test_router_threshold_changes_the_decision(service):
    """The same question is declined at a strict threshold and answered at a lax one."""
    question = "Où est-il question du dialogue entre les civilisations ?"
    assert QuestionAnswerer(service, threshold=0.0).answer(question).answered
    assert not QuestionAnswerer(service, threshold=1.01).answer(question).answered
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


def test_router_search_answer_says_it_is_not_a_synthesis(plain):
    """Search answers present the passages as matching passages, not as a summary."""
    text = plain.question("Que dit la résolution sur les vaccins ?").description
    assert "pas une synthèse" in text


def test_router_credits_words_search_matched_through_a_synonym(service, monkeypatch):
    """A word search matched through a synonym vouches for half of a missing question word.

    This is the seam through which the thesaurus reaches the answers: here a stand-in search that
    expands a word the text never uses (« zorglub ») to « terrorisme », the word of OP14.
    """
    question = "Que dit la résolution sur le zorglub et les actes ?"
    plain_answer = QuestionAnswerer(service).answer(question)
    original = type(service.index).run

    def expanding(self, query, limit=5, kinds=None):
        return original(self, query.replace("zorglub", "zorglub terrorisme"), limit=limit, kinds=kinds)

    monkeypatch.setattr(type(service.index), "run", expanding)
    answer = QuestionAnswerer(service).answer(question)
    best = answer.hits[0] if answer.hits else answer.closest[0]
    assert best.id == "OP14"
    assert answer.coverage > plain_answer.coverage
    # « actes » is in OP14; « zorglub » is vouched for by half its weight: short of the full answer.
    assert 0.5 < answer.coverage < 1.0


def test_router_public_services_are_not_a_publication_date(qa):
    """« services publics » is a topic of the text, not a question about the publication date."""
    answer = qa.answer("inegalites acces services publics")
    assert answer.intent is Intent.SEARCH
    assert "PP11" in answer.citations


def test_router_search_refusing_a_query_means_declined(service, monkeypatch):
    """If search refuses what is left of a question (say, only stop words), the answer is a decline."""

    def refuse(*args, **kwargs):
        raise UserError("requete_vide")

    monkeypatch.setattr(service, "search", refuse)
    answer = QuestionAnswerer(service).answer("Que dit le texte sur le terrorisme ?")
    assert not answer.answered
    assert answer.closest == ()
