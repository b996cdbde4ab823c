"""The search fallback: passages that cover the question, declines, synonyms credited."""

import pytest

from bot.core.errors import UserError
from bot.core.questions import evidence
from bot.core.questions.answer import Intent
from bot.core.questions.router import QuestionAnswerer
from bot.core.service import Service
from bot.core.text.paraphrases import Paraphrases


def test_router_declines_cite_nothing_and_offer_closest(qa):
    """A declined search answer cites nothing and offers the closest passages as such."""
    answer = qa.answer("Quel est le budget du Fonds de contributions volontaires ?")
    assert not answer.answered
    assert answer.citations == []
    assert "OP20" in [h.id for h in answer.closest]


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


def test_router_search_refusing_a_query_means_declined(resolution, monkeypatch):
    """If search refuses what is left of a question (say, only stop words), and no paraphrase
    names a passage, the answer is a decline."""

    def refuse(*args, **kwargs):
        raise UserError("requete_vide")

    service = Service(resolution, paraphrases=Paraphrases())
    monkeypatch.setattr(service, "search", refuse)
    answer = QuestionAnswerer(service).answer("Que dit le texte sur le terrorisme ?")
    assert not answer.answered
    assert answer.closest == ()


def test_how_many_paragraphs_is_answered_by_the_passages(qa, resolution):
    """« combien de paragraphes parlent de X ? »: the passages are the count; no number needed."""
    answer = qa.answer("combien de paragraphes parlent de l'Examen périodique universel ?")
    assert answer.answered
    holding = [p.id for p in resolution.segments if "Examen périodique universel" in p.text]
    # Every passage, in the text's order, and the heading counts them.
    assert answer.citations == holding
    assert answer.data["every"] == tuple(holding)


def test_how_many_times_in_english_is_a_count_of_passages(qa):
    """« how many times is the UPR mentioned »: the passages, not « rapide » (timely)."""
    answer = qa.answer("In how many preambular paragraphs is the Universal Periodic Review mentioned?")
    assert answer.answered
    assert {"PP25", "PP26"} <= set(answer.citations)


def test_which_countries_is_answered_by_kinds_of_countries_the_text_names(qa):
    """« pour quels pays … ? » is answered by « pays les moins avancés »; a ranking is not."""
    answer = qa.answer("Pour quels pays la coopération est-elle particulièrement importante ?")
    assert answer.answered
    assert any("pays les moins avancés" in h.paragraph.text for h in answer.hits)
    ranking = qa.answer("Quel pays donne le plus au fonds de contributions volontaires ?")
    assert (ranking.answered, ranking.reason) == (False, "pays_cites")


def test_the_members_of_a_set_the_text_only_counts_are_declined(plain):
    """« quelles sont les cinq régions ? »: the text says five, never which; the vote lists stay."""
    reply = plain.question("quelles sont les cinq régions géographiques des séminaires ?")
    assert "elle en donne le nombre, pas la liste." in reply.description
    assert plain.questions.answer("Quels sont les deux pays qui se sont abstenus ?").answered


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("Le texte encourage-t-il le dialogue entre croyances et confessions ?", "PP27"),
        ("La variété des cultures divise-t-elle ou rassemble-t-elle, d'après le texte ?", "PP30"),
    ],
)
def test_a_reviewed_synonym_covers_its_word_in_part(service, resolution, monkeypatch, question, paragraph):
    """« variété » for « diversité »: answered with the paragraph; without near synonyms, declined
    (everyday paraphrases left out too: « croyances » is one of PP27's)."""
    plain = Service(resolution, paraphrases=Paraphrases(service.paraphrases.phrases))
    answer = QuestionAnswerer(plain).answer(question)
    assert answer.answered
    assert paragraph in answer.citations
    monkeypatch.setattr(evidence, "NEAR_CREDIT", 0.0)
    assert not QuestionAnswerer(plain).answer(question).answered


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Which paragraphs mention the Universal Periodic Review?", "Examen périodique universel"),
        ("dans quels paragraphes on parle de l'examen periodique universel", "Examen périodique universel"),
        ("Quels alinéas du préambule parlent de la COVID-19 ?", "COVID-19"),
        (
            "yo 👋 pour mon exposé jdois lister **tous** les paragraphes qui parlent de l'Examen "
            "périodique universel, quelqu'un a la liste ?",
            "Examen périodique universel",
        ),
    ],
)
def test_which_paragraphs_lists_every_passage_in_the_texts_order(qa, plain, resolution, question, words):
    """« dans quels paragraphes … ? » names every passage holding the subject, not the best three."""
    answer = qa.answer(question)
    holding = [p.id for p in resolution.segments if words in p.text]
    if "préambule" in question:
        holding = [i for i in holding if i.startswith("PP")]
    assert len(holding) > 3
    assert answer.citations == holding
    assert ", ".join(holding) in plain.render_answer(answer).description


def test_a_long_list_names_every_passage_and_quotes_the_first_ten(qa, plain):
    answer = qa.answer("quels paragraphes parlent de la coopération internationale ?")
    named = answer.data["every"]
    assert len(named) > len(answer.hits) == 10
    assert [h.id for h in answer.hits] == list(named[:10])
    text = plain.render_answer(answer).description
    assert f"{len(named)} passages du texte correspondent à la question" in text
    assert "Les 10 premiers" in text


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("yo which paragraph is about the seminars?? need it for slide 4", "OP30"),
        ("le texte a un avis sur la mondialisation ?", "OP10"),
        ("Quel paragraphe exprime une préoccupation au sujet des mesures coercitives unilatérales ?", "OP8"),
    ],
)
def test_the_subject_is_weighed_without_the_askers_words(qa, question, paragraph):
    """The words after « sur », « parle de », "about", up to the asker's own (« pour mon exposé »)."""
    answer = qa.answer(question)
    assert answer.answered
    assert paragraph in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "quelle est la position de la France sur la cooperation Sud-Sud",
        "Comment l'Europe s'est-elle prononcée sur ce texte relatif à la coopération internationale ?",
        "que dit le texte sur la guerre en Ukraine ? c'est pour mon exposé",
    ],
)
def test_a_named_actor_or_a_missing_subject_is_still_declined(qa, question):
    """A country or a group named around the subject asks about them; an absent subject stays absent."""
    answer = qa.answer(question)
    assert (answer.answered, answer.intent.value) == (False, "recherche")


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A country the passages never name (outside the vote, the text names none).
        ("est ce que la chine finance les fonds de cooperation technique", "pays_cites"),
        ("ce que l'EPU a recommandé à la France", "pays_cites"),
        # A body set up: the text creates none.
        ("Quel paragraphe crée un nouveau mécanisme de suivi de la coopération ?", "hors_texte"),
        # A body the text never names at all: said so.
        ("Quel paragraphe crée un nouveau rapporteur spécial sur la coopération ?", "organe_absent"),
        ("Does the resolution create a new fund for people displaced by climate disasters?", "hors_texte"),
        # A calendar date: the text names sessions, not their dates.
        ("À quelle date exacte le prochain rapport du Haut-Commissaire doit-il être rendu ?", "date"),
        ("when does the 63rd session of the council take place?", "date_session"),
        # Places by name: the seminars' passages name none.
        ("Dans quelles villes les séminaires régionaux doivent-ils se tenir ?", "liste"),
    ],
)
def test_what_the_best_passages_cannot_give_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)
    assert answer.closest


def test_a_meeting_is_no_reunion_island(qa, service):
    """« la réunion du Conseil », "meetings": La Réunion only when capitalised."""
    countries = service.votes.countries
    assert countries.find_in("présenté à quelle réunion du Conseil ?") == []
    assert [c.name for c in countries.find_in("et La Réunion ?")] == ["Île de la Réunion"]
    answer = qa.answer("Le compte rendu des séminaires doit être présenté à quelle réunion du Conseil ?")
    assert answer.answered
    assert "OP31" in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "quels pays sont des pays les moins avancés selon le texte ?",
        "Which countries are on the list of least developed countries?",
    ],
)
def test_which_countries_are_of_a_kind_is_not_answered_by_the_kind(qa, question):
    """The text names kinds of countries, never their members: « quels pays sont des PMA ? »."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "pays_cites")


def test_a_symbol_asked_of_searched_passages_brings_their_footnote(qa):
    """« la cote du rapport dont le Conseil prend note » : OP32, and FN5 which gives A/HRC/56/40."""
    answer = qa.answer("Quelle est la cote du rapport du Haut-Commissaire soumis à la session en cours ?")
    assert answer.answered
    assert {"OP32", "FN5"} <= set(answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "quels pays imposent des mesures coercitives unilaterales selon le texte",
        "quels pays sont vises par les mesures coercitives unilaterales dans la reso ?",
    ],
)
def test_the_states_affected_are_no_answer_to_which_countries(qa, question):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "pays_cites")
