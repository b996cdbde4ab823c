"""Cases found by the review of issue 14's fourth round: each a reading that went wrong."""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.questions.normalise import at_most_twice
from bot.core.text.models import VoteChoice


@pytest.mark.parametrize(
    "question",
    [
        "résume le texte en 2 à 3 phrases",
        "Is there support for group rights in the text?",
    ],
)
def test_counts_and_support_outside_a_vote_are_no_vote(qa, question):
    assert qa.answer(question).intent is not Intent.VOTE


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("le uk a voté pour ?", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
        ("la fra a voté pour ?", "France"),
    ],
)
def test_a_short_name_in_lower_case_still_names_its_country(qa, question, country):
    """Only common words (« fin », « est ») are kept from being read as codes."""
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert country in (answer.subject, *(m.country for m in answer.members))
    assert answer.scope is VoteScope.COUNTRY


def test_names_joined_share_the_choice_said_after_them(qa, plain):
    """« la Chine et la France ont voté contre »: China voted for, and is corrected first."""
    answer = qa.answer("Pourquoi la Chine et la France ont voté contre ?")
    assert (answer.answered, answer.reason, answer.asked_choice) == (False, "motifs", VoteChoice.AGAINST)
    text = plain.render_answer(answer).description
    assert text.startswith("Non\u00a0: la Chine a voté pour")
    assert text.count("Chine") == 1  # corrected once, not listed again with the record
    assert "France a voté contre" in text


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("What exactly does OP8 say?", "OP8"),
        ("What should states do to support the fund according to OP23?", "OP23"),
    ],
)
def test_what_exactly_advice_words_and_custom_are_no_kinds_asked(qa, question, paragraph):
    """« exactly » asks no names, « should states » no advice."""
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == [paragraph]


def test_custom_is_no_cost(qa):
    """« coutumier » is no cost; OP12 speaks of international law, not of custom: it is offered."""
    answer = qa.answer("le paragraphe 12 parle du droit coutumier ?")
    assert answer.reason == "hors_paragraphe"
    assert [h.paragraph.id for h in answer.closest] == ["OP12"]


def test_what_a_document_asked_about_a_subject_it_does_not_touch_is_declined(qa):
    answer = qa.answer("What did resolution 78/199 ask about climate change?")
    assert not answer.answered


def test_a_singular_which_paragraph_is_the_best_passages_not_every_one(qa):
    answer = qa.answer("Which paragraph talks about the Durban conference?")
    assert answer.answered
    assert "every" not in answer.data
    assert answer.citations[0] == "PP10"


def test_a_cited_resolution_on_a_subject_is_no_listing(qa):
    """« réfugiés » is no « référence »: the listing reads whole terms."""
    assert qa.answer("quelles résolutions sur les réfugiés sont citées ?").intent is not Intent.CITATIONS


def test_who_voted_on_a_date_asks_for_the_voters(qa):
    assert qa.answer("who voted on 10 July?").intent is Intent.VOTE


def test_the_askers_report_is_no_other_document(qa):
    answer = qa.answer("what is the title? I need it for my report")
    assert answer.intent is Intent.METADATA
    assert "title" in answer.facts


def test_helping_them_take_part_is_who_benefits(qa):
    answer = qa.answer("Which countries was the UPR trust fund meant to help them participate in?")
    assert answer.reason != "pays_cites"


def test_a_word_pasted_over_and_over_counts_twice():
    assert at_most_twice("a b a c a b a") == "a b a c b"
