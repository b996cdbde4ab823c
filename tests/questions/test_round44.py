"""Forty-fourth round: readings found in last round's judging batches, read once they were reported
(ZZZZZZZZZG, H, I and J joined the tuning batches), and in this round's tuning batches.

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.text.models import VoteChoice


@pytest.mark.parametrize(
    "message",
    [
        "Does the text help governments escape scrutiny of their human rights record?",
        "Is the resolution meant to shield states from scrutiny?",
    ],
)
def test_scrutiny_is_no_ballot(qa, message):
    # « scrutin » is French for a ballot; "scrutiny" is not, and never gets the tally.
    answer = qa.answer(message)
    assert answer.intent is not Intent.VOTE, (message, answer.reason)
    assert answer.scope is not VoteScope.TALLY, message


def test_the_ballot_is_still_the_vote(qa):
    answer = qa.answer("le scrutin, c'était 30 à 15 ?")
    assert answer.intent is Intent.VOTE, answer.reason
    assert answer.answered, answer.reason


@pytest.mark.parametrize(
    ("message", "camp"),
    [
        ("14 contre ok. et pour, y en a eu combien ?", VoteChoice.FOR),
        ("31 pour. et contre, y en avait cb ?", VoteChoice.AGAINST),
        ("bon les contre, ils étaient combien ?", VoteChoice.AGAINST),
        ("et les abstentions, c'était combien ?", VoteChoice.ABSTAIN),
    ],
)
def test_a_camp_named_then_counted_is_the_camp_asked(qa, message, camp):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.answered, (message, answer.reason)
    assert answer.members, message
    assert {m.vote for m in answer.members} == {camp}, (message, answer.members[0].vote)


def test_a_camp_for_a_cause_is_no_count_of_the_vote(qa):
    answer = qa.answer("et contre la peine de mort y en avait combien ?")
    assert answer.intent is not Intent.VOTE, answer.reason


@pytest.mark.parametrize(
    "message",
    [
        "le par 3 vise quelles discriminations exactement ?",
        "le par 3 parle de quelles formes d'intolérance exactement ?",
    ],
)
def test_kinds_a_paragraph_names_by_adjective_are_answered(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.citations == ["OP3"], (message, answer.citations)


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("la decl de Vienne elle date de quand ?", "PP1"),
        ("le prog d'action de Durban adopté en quelle année ?", "PP10"),
    ],
)
def test_cited_documents_abbreviated_are_found(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is Intent.CITATIONS, (message, answer.intent)
    assert cited in answer.citations, (message, answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "on m'a dit que HRC 58 a adopté un texte pareil, il dit quoi ?",
        "à la session 58, ils ont voté quoi sur la coopération ?",
        "What was adopted at HRC 57 on cooperation?",
    ],
)
def test_a_later_session_named_by_its_number_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)
    assert answer.intent is not Intent.VOTE, (message, answer.reason)


def test_a_session_numbered_for_the_report_is_still_answered(qa):
    answer = qa.answer("à la session 59, le HC doit présenter quoi ?")
    assert answer.answered, answer.reason
    assert "OP33" in answer.citations, answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "Kampala revient deux fois dans le préambule : qu'est-ce qui les distingue ?",
        "Kampala is mentioned twice: what are the two mentions about?",
    ],
)
def test_one_document_cited_twice_is_compared_in_its_citings(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert len(answer.citations) >= 2, (message, answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "que prévoit le traité sur les pandémies en négociation ?",
        "what's in the pandemic treaty?",
        "les pourparlers sur le traité ont abouti ?",
        "What did the treaty talks lead to?",
    ],
)
def test_the_pandemic_treaty_content_and_outcome_are_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)


def test_what_the_text_says_of_the_pandemic_treaty_is_answered(qa):
    answer = qa.answer("que dit le texte sur le traité sur les pandémies ?")
    assert answer.answered, answer.reason
    assert "PP14" in answer.citations, answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "mon chargé de TD dit que le traité a été signé l'an dernier. c'est vrai ? il a été signé où ?",
        "Mon prof dit que la conférence de Kampala a eu lieu en mars. C'est vrai ? Elle a fini quand ?",
    ],
)
def test_a_teachers_claim_checked_stays_the_subject(qa, message):
    # Dropping the claim would leave « il a été signé où ? » to be read of this text.
    answer = qa.answer(message)
    assert answer.intent is not Intent.METADATA, (message, answer.reason)


def test_a_teachers_claim_on_a_vote_is_checked(qa):
    answer = qa.answer("ma prof dit que la France a voté pour. c'est vrai ?")
    assert answer.intent is Intent.VOTE, answer.reason
    assert [m.country for m in answer.members] == ["France"]
    assert answer.members[0].vote is VoteChoice.AGAINST


def test_a_list_of_principles_is_the_paragraph_that_lists_them(qa):
    answer = qa.answer("c koi les principes du dialogue sur les droits de l'homme ? la liste")
    assert answer.answered, answer.reason
    assert "PP29" in answer.citations, answer.citations


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("d'après le préambule, que prévoyait la résolution 6/17 ?", "PP26"),
        ("According to the preamble, what did GA resolution 41/128 say about cooperation?", "PP5"),
    ],
)
def test_a_document_per_the_preamble_is_what_the_text_reports(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations, (message, answer.citations)


def test_a_document_recalled_in_the_preamble_is_still_another_text(qa):
    answer = qa.answer("que dit la résolution 50/4, rappelée dans le préambule ?")
    assert not answer.answered, (answer.intent, answer.citations)


def test_a_request_carrying_one_word_of_a_topic_is_not_the_answer(qa):
    # OP21 asks the Office about « pays » that do not contribute; the topic is OP29's.
    answer = qa.answer("le HCDH doit faire quoi pour le partage d'expériences entre pays du Sud ?")
    assert answer.answered, answer.reason
    assert "OP29" in answer.citations, answer.citations


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("que doit faire le SG pour les séminaires ?", "OP31"),
        ("le Haut-Commissariat doit faire quoi pour les pays qui donnent pas d'argent ?", "OP21"),
    ],
)
def test_a_request_carrying_the_topic_is_still_the_answer(qa, message, cited):
    answer = qa.answer(message)
    assert answer.intent is Intent.REQUESTS, (message, answer.intent)
    assert answer.citations == [cited], (message, answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "le gouvernement sénégalais a-t-il appliqué ce que demande le par. 23 ?",
        "Have the Moroccan authorities done what OP 6 says?",
    ],
)
def test_a_state_named_by_its_adjective_is_a_state_the_paragraph_does_not_name(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)


def test_a_demonym_alone_is_no_state(qa):
    answer = qa.answer("que demande le par. 23 aux gouvernements ?")
    assert answer.answered, answer.reason
    assert "OP23" in answer.citations, answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "combien de séminaires le HC a-t-il déjà organisés ?",
        "how many regional seminars have been held so far?",
    ],
)
def test_how_many_were_done_since_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)


def test_how_many_seminars_the_text_plans_is_answered(qa):
    answer = qa.answer("combien de séminaires régionaux sont prévus ?")
    assert answer.answered, answer.reason
    assert "OP30" in answer.citations, answer.citations


# The review of the round's first change (/work/review44/review.md), in new words.


def test_a_camp_counted_after_a_member_named_says_the_members_vote(qa):
    answer = qa.answer("le japon a voté contre. et pour y en avait combien ?")
    assert answer.intent is Intent.VOTE, answer.reason
    assert [m.country for m in answer.members] == ["Japon"]
    assert answer.asked_choice is None or answer.asked_choice is VoteChoice.AGAINST, answer.asked_choice


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("selon le texte, les négociations en cours doivent aboutir à quoi ?", "PP14"),
        ("à la session 59, le conseil a décidé de poursuivre l'examen de la question ?", "OP37"),
        ("la déc 2000/22 de la Sous-Commission, elle est citée où ?", "PP8"),
    ],
)
def test_what_the_text_names_near_the_new_rules_is_still_answered(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations, (message, answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "les ONG de droits de l'homme qui sont citées ? la liste",
        "le texte cite quelles libertés ? la liberté de religion ?",
    ],
)
def test_names_the_text_does_not_give_are_still_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "which council resolution created the fund for the UPR, and when was it adopted?",
        "Which Human Rights Council resolution set up the UPR trust fund? when was it adopted?",
    ],
)
def test_another_texts_adoption_is_no_vote(qa, message):
    answer = qa.answer(message)
    assert answer.intent is not Intent.VOTE, (message, answer.reason)
    assert answer.answered, (message, answer.reason)
    assert "PP26" in answer.citations, (message, answer.citations)


def test_this_texts_vote_and_adoption_are_still_the_record(qa):
    answer = qa.answer("which countries voted for the resolution, and when was it adopted?")
    assert answer.intent is Intent.VOTE, answer.reason
    assert answer.answered, answer.reason


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("c'est quel paragraphe juste avant « Décide de poursuivre l'examen de la question » ?", "OP36"),
        ("quel alinéa vient après « Exhorte les États à continuer d'alimenter les fonds » ?", "OP24"),
        (
            "which paragraph comes right after the one starting "
            "'Prie à nouveau le Haut-Commissaire d'organiser'?",
            "OP31",
        ),
        ("quel paragraphe vient après le 23 ?", "OP24"),
    ],
)
def test_the_neighbour_of_a_quoted_or_bare_numbered_paragraph(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.citations == [cited], (message, answer.citations)


def test_a_quoted_opening_alone_is_still_its_paragraph(qa):
    answer = qa.answer("« Exhorte les États à continuer d'alimenter les fonds » c'est quel paragraphe ?")
    assert answer.citations == ["OP23"], answer.citations


def test_a_date_after_the_number_is_no_paragraph(qa):
    answer = qa.answer("le paragraphe qui vient après le 10 juillet ?")
    assert answer.citations != ["OP11"], answer.citations


def test_a_pronoun_after_a_claim_about_a_treaty_is_the_treaty(qa):
    answer = qa.answer(
        "ma prof dit que l'accord sur les pandémies a été adopté l'an passé. il a été adopté à quelle date ?"
    )
    assert not answer.answered, (answer.intent, answer.citations)
    assert answer.intent is not Intent.METADATA, answer.reason


def test_a_decision_by_its_symbol_is_another_text(qa):
    answer = qa.answer("la décision 1/CP.21 dit quoi sur les émissions ?")
    assert not answer.answered, (answer.intent, answer.citations)
    cited = qa.answer("la décision 1/CP.21, elle est citée où ?")
    assert cited.answered, cited.reason
    assert "PP3" in cited.citations, cited.citations
