"""The metadata route: facts of the document itself, and only when they are what is asked."""

import pytest


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("what's the meeting number?", ("meeting",)),
        ("Which body adopted it?", ("body",)),
        ("la session s'est déroulée de quand à quand ?", ("adopted", "session")),
        ("qqn sait quand elle a été adoptée exactement ? genre la date précise", ("adopted",)),
        ("Which session of the Human Rights Council adopted this text?", ("session",)),
    ],
)
def test_document_facts_asked_in_other_words(qa, question, facts):
    """The meeting, the body, the session's dates: answered from the document's header and end."""
    answer = qa.answer(question)
    assert answer.intent.value == "metadonnees"
    assert answer.facts == facts


@pytest.mark.parametrize(
    "question",
    [
        "Quel droit est rappelé en lien avec le progrès scientifique ?",  # « en lien avec »: no URL
        "which NGOs are named as partners?",  # « named »: not the title
        "How many delegates attended the 34th meeting?",  # the meeting is named, not asked
    ],
)
def test_words_that_look_like_a_fact_do_not_make_a_metadata_question(qa, question):
    assert qa.answer(question).intent.value != "metadonnees"


def test_a_wrong_date_in_a_question_is_corrected_by_the_date(plain):
    """« adopted in March 2024, right? »: « No », then the adoption date, which says otherwise."""
    assert plain.question("the resolution was adopted in March 2024 right?").description.startswith(
        "No, the document says otherwise:\nAdopted on 10 July 2024"
    )


def test_a_link_between_subjects_is_no_request_for_the_url(qa):
    """ "does the operative part link cooperation to racism?" asks about the text, not its address."""
    linked = qa.answer("Does the operative part link cooperation to the fight against racism?")
    assert linked.intent.value != "metadonnees"
    assert "url" in qa.answer("c'est quoi le lien vers le texte officiel ?").facts


def test_the_askers_own_words_do_not_hide_the_adoption_date(qa):
    """« j'ai besoin de la date pour l'intro »: the asker's words, the date still asked."""
    answer = qa.answer("elle a été adoptée quand exactement la reso ? j'ai besoin de la date pour l'intro")
    assert answer.intent.value == "metadonnees"
    assert "adopted" in answer.facts


def test_another_sessions_date_is_not_the_adoption_date(qa, plain):
    answer = qa.answer("la 59e session elle a lieu quand ? la date stp")
    assert answer.intent.value != "metadonnees"
    assert (answer.answered, answer.reason) == (False, "date_session")
    reply = plain.question("la 59e session elle a lieu quand ? la date stp").description
    assert "elle ne donne la date d'aucune autre session que la sienne" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Which General Assembly resolution on the 2030 Agenda is recalled in the preamble, and its title?",
        "whats the symbol of the HC report on intl cooperation that the council takes note of this session",
    ],
)
def test_another_documents_title_or_symbol_is_not_the_resolutions(qa, question):
    """The title of the Assembly's resolution, the symbol of a report: the text's passages, not
    the metadata of A/HRC/RES/56/2."""
    answer = qa.answer(question)
    assert answer.intent.value != "metadonnees"
    assert answer.answered


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("session et point de l'ordre du jour ?", {"session", "agenda"}),
        (
            "Quand la résolution 56/2 a-t-elle été adoptée, et à quelle date a-t-elle été distribuée ?",
            {"adopted", "distributed"},
        ),
    ],
)
def test_two_facts_asked_together_are_both_given(qa, question, facts):
    answer = qa.answer(question)
    assert set(answer.facts) == facts


def test_a_wrong_vote_date_gets_the_adoption_date(qa):
    """ "it was voted on 11 july right?": 11 July is the distribution; the vote was the 10th."""
    answer = qa.answer("it was voted on 11 july right?")
    assert answer.intent.value == "metadonnees"
    assert "adopted" in answer.facts


def test_a_cited_conferences_dates_are_quoted_from_its_paragraph(plain):
    """« la conf de Durban c'était quand ? »: PP10 gives the dates; « conf » is a conference."""
    reply = plain.question("la conf de Durban contre le racisme c'était quand déjà ?")
    assert "PP10" in reply.description or "préambule, alinéa 10" in reply.description
    assert "31 août au 8 septembre 2001" in " ".join(reply.description.split())
