"""Thirty-ninth round: readings found in the tuning batches written this round (ZZZZZZZM, law traps;
ZZZZZZZN, fact-checkers' claims).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.claims import claim_of
from bot.core.questions.routes.metadata_said import said_day, wrong_facts


@pytest.mark.parametrize(
    "message",
    [
        "une amie m'a envoyé un extrait qui parle d'un « nouvel ordre économique international », "
        "mais je crois qu'elle confond avec un autre texte. C'est vraiment dans la résolution ?",
        "on m'a transféré « la coopération n'est pas seulement une question de bon voisinage », "
        "c'est écrit dans le texte ?",
    ],
)
def test_a_phrase_quoted_word_for_word_is_found_whatever_surrounds_it(qa, plain, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert plain.render_answer(answer).description.startswith("Oui")


@pytest.mark.parametrize(
    "message",
    [
        # Something else asked of the phrase: not whether the text says it.
        "les « pays les moins avancés », c'est quoi la liste officielle et les critères ?",
        "le « bon fonctionnement du système international des droits de l'homme » s'est-il amélioré "
        "depuis l'adoption ?",
    ],
)
def test_a_quoted_phrase_is_no_answer_to_another_question_about_it(qa, message):
    assert not qa.answer(message).answered


def test_a_phrase_quoted_that_the_text_lacks_gets_no_yes(qa, plain):
    answer = qa.answer("c'est vrai que le texte dit « sanctions unilatérales » ?")
    assert not plain.render_answer(answer).description.startswith("Oui")


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("quelqu'un dit qu'elle a été adoptée lors de la 54e session, c'est vrai ?", False),
        ("le texte a été voté à la cinquante-cinquième session ?", False),
        ("I read the resolution was passed at the 57th session, right?", True),
    ],
)
def test_this_texts_session_said_wrong_is_corrected(qa, plain, message, english):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA, (message, answer.intent, answer.reason)
    assert "session" in answer.facts
    assert plain.render_answer(answer).description.startswith("No," if english else "Non,")


def test_the_right_session_offered_beside_another_is_no_wrong_claim(resolution):
    assert wrong_facts("c'etait la 55e ou la 56e session ?", resolution.metadata) == ()
    assert wrong_facts("adoptee a la 55e session ?", resolution.metadata) == ("session",)


def test_any_date_said_counts_for_the_distribution(resolution):
    q = "le texte a ete adopte le 10 juillet. non, il est date du 11 juillet. qui a raison ?"
    assert said_day(q, resolution.metadata.distributed)
    assert not said_day("adopte le 10 juillet ?", resolution.metadata.distributed)


@pytest.mark.parametrize(
    "message",
    ["c'est quoi la vraie date, le 10 ou le 11 juillet ?", "la bonne date c'est 10 ou 11 juillet ?"],
)
def test_two_days_of_july_are_dates_not_paragraphs(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA, (message, answer.intent, answer.citations)
    assert "adopted" in answer.facts


def test_two_paragraph_numbers_are_still_paragraphs(qa):
    assert qa.answer("que disent le 10 et le 11 ?").citations == ["OP10", "OP11"]


def test_the_adoption_date_said_with_the_text_between_is_checked(qa, plain):
    answer = qa.answer("ma voisine affirme que le Conseil a adopté ce texte le 9 juillet, exact ?")
    assert answer.intent is Intent.METADATA
    assert plain.render_answer(answer).description.startswith("Non")


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (
            "The text condemns globalisation, according to my cousin. Is that what it says?",
            "The text condemns globalisation ?",
        ),
        (
            "Selon une vidéo TikTok, la résolution crée un nouveau fonds. Vrai ?",
            "la résolution crée un nouveau fonds ?",
        ),
    ],
)
def test_a_claim_with_its_source_after_or_before_a_comma_is_the_claim(message, claim):
    assert claim_of(message) == claim


@pytest.mark.parametrize(
    "message",
    [
        # The text is the source: the question is asked of it, no claim to check.
        "Selon le texte, qui doit organiser les séminaires ?",
        "According to the resolution, who should organise the seminars?",
    ],
)
def test_the_text_as_a_source_is_no_claim(message):
    assert claim_of(message) is None


def test_a_claim_of_the_texts_stance_from_social_media_is_checked_against_it(qa):
    answer = qa.answer("According to a thread on X, the resolution criticises globalisation. True?")
    assert "OP10" in answer.citations, (answer.reason, answer.citations)


def test_others_stance_on_the_text_is_still_declined(qa):
    assert not qa.answer("les syndicats ont-ils critiqué cette résolution ?").answered


@pytest.mark.parametrize(
    "message",
    [
        "tu es basé sur quel modèle ?",
        "est-ce que tu enregistres nos messages ?",
        "does the bot keep our questions somewhere?",
    ],
)
def test_questions_about_the_bot_itself_are_declined_as_such(qa, message):
    answer = qa.answer(message)
    assert not answer.answered
    assert answer.reason == "le_bot", (message, answer.reason)


def test_privacy_in_the_text_is_no_question_about_the_bot(qa):
    answer = qa.answer("la résolution parle de la protection de la vie privée ?")
    assert answer.reason != "le_bot"


@pytest.mark.parametrize(
    "message",
    [
        "Quelles conséquences aura ce vote sur les gens ?",
        "quel effet concret a eu ce vote pour les pays pauvres ?",
        "what effect will this vote have on ordinary people?",
    ],
)
def test_what_a_vote_will_do_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent)


def test_en_effet_is_no_effect_of_the_vote(qa):
    answer = qa.answer("En effet, l'Allemagne a voté contre ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


def test_which_countries_a_cited_declaration_commits_is_declined(qa):
    answer = qa.answer(
        "d'après la déclaration de Kampala, quels pays européens se sont engagés à transférer des "
        "technologies ?"
    )
    assert not answer.answered, answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "la résolution 6/17 visait à permettre à quels pays de participer à l'EPU ?",
        "which countries was the fund of resolution 6/17 meant to help take part in the UPR?",
    ],
)
def test_which_countries_a_cited_fund_helps_is_still_its_kinds(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert "PP26" in answer.citations


def test_a_year_said_of_a_cited_text_then_checked_is_corrected(qa, plain):
    answer = qa.answer("Le Conseil a été créé par la résolution 60/251 en 2007. Cette date est-elle exacte ?")
    assert answer.answered, answer.reason
    assert "PP23" in answer.citations
    assert "15 mars 2006" in plain.render_answer(answer).description


def test_a_possessive_after_the_question_word_points_back_at_the_context(qa):
    answer = qa.answer(
        "En cours on a étudié le rapport A/HRC/56/40. Quelles sont ses conclusions principales ?"
    )
    assert not answer.answered, answer.citations


def test_coming_back_to_the_question_at_another_session_is_op37_corrected(qa, plain):
    answer = qa.answer("le Conseil reviendra sur cette question à sa 58e session ?")
    assert answer.citations == ["OP37"]
    assert "cinquante-neuvième session" in plain.render_answer(answer).description


def test_a_reported_clause_a_later_question_points_back_to_is_kept(qa):
    answer = qa.answer(
        "Ma chargée de TD dit que le texte s'adresse aussi aux titulaires de mandat. Tu confirmes ? "
        "Il leur demande quoi ?"
    )
    assert "OP34" in answer.citations, (answer.reason, answer.citations)


# The review of this round's change (2157190..a91c9aa, 658 probes): what its first rules misread.


@pytest.mark.parametrize(
    "message",
    [
        # A claim about the phrase, not whether the text holds it.
        "La résolution crée un « fonds d'affectation spéciale », c'est vrai ?",
        "La résolution soutient les « mesures coercitives unilatérales », c'est vrai ?",
        'The resolution abolishes the "Universal Periodic Review", is that true?',
        # Denied.
        "Le texte ne parle pas de « coopération triangulaire », c'est vrai ?",
        # Every phrase quoted must be there.
        "Est-ce que « coopération Sud-Sud » et « coopération Nord-Nord » sont dans le texte ?",
    ],
)
def test_no_yes_for_a_quoted_phrase_inside_a_claim_or_a_denial(qa, plain, message):
    answer = qa.answer(message)
    assert not plain.render_answer(answer).description.startswith(("Oui", "Yes")), message


def test_two_phrases_quoted_and_both_there_get_a_yes(qa, plain):
    answer = qa.answer(
        "Est-ce que « coopération Sud-Sud » et « coopération triangulaire » sont dans le texte ?"
    )
    assert plain.render_answer(answer).description.startswith("Oui")


@pytest.mark.parametrize(
    "message", ["Le texte parle de la capture de l'État ?", "Le texte parle des tweets sur la coopération ?"]
)
def test_social_media_nouns_may_be_the_subject(qa, plain, message):
    assert not plain.render_answer(qa.answer(message)).description.startswith("Oui")


def test_the_sessions_dates_are_no_session_number(qa, plain):
    answer = qa.answer("La résolution a été adoptée pendant la session 18 juin-12 juillet 2024 ?")
    assert answer.intent is Intent.METADATA
    assert not plain.render_answer(answer).description.startswith("Non")


@pytest.mark.parametrize(
    "message",
    [
        "So in effect the resolution passed 31 to 14?",
        "Le vote a pris effet quand ?",
        "À cet effet, qui a voté pour ?",
    ],
)
def test_effect_as_an_idiom_keeps_the_vote(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)


@pytest.mark.parametrize(
    "message",
    [
        "On a étudié ce texte en classe. Quel est son but ?",
        "J'ai lu la résolution hier soir. Quelles sont ses idées principales ?",
    ],
)
def test_a_possessive_pointing_at_this_text_asks_the_text(qa, message):
    assert qa.answer(message).answered, message


def test_a_year_before_a_check_of_another_fact_is_no_year_corrected(qa, plain):
    answer = qa.answer(
        "La Conférence d'examen de Durban a eu lieu en 2009, et l'anniversaire en 2011, c'est vrai ?"
    )
    assert "et non « 2011 »" not in plain.render_answer(answer).description


def test_this_session_confused_with_op37s_is_still_declined(qa):
    answer = qa.answer("La résolution a été votée lors de la 59e session du Conseil, comme le dit l'OP37 ?")
    assert not answer.answered
    assert answer.reason == "autre_session"


@pytest.mark.parametrize(
    "message",
    [
        "Les États doivent coopérer, d'après la résolution. Correct ?",
        "Selon cette résolution, qui doit coopérer ?",
    ],
)
def test_the_text_as_a_source_after_or_with_a_demonstrative_is_no_claim(message):
    assert claim_of(message) is None


def test_keeping_a_paragraph_in_mind_is_no_question_about_the_bot(qa):
    answer = qa.answer("Pouvez-vous garder les questions de l'OP25 en tête ?")
    assert answer.reason != "le_bot"


def test_both_dates_said_right_get_no_no(qa, plain):
    answer = qa.answer("La résolution a été adoptée le 10 et distribuée le 11 juillet ?")
    assert answer.intent is Intent.METADATA
    assert not plain.render_answer(answer).description.startswith("Non")


@pytest.mark.parametrize(
    "message", ["Quels pays ont adopté la résolution 56/2 ?", "quels États ont approuvé le texte ?"]
)
def test_the_members_that_adopted_the_text_voted_for_it(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.intent)
    assert answer.answered
    assert len(answer.members) == 31


@pytest.mark.parametrize(
    "message",
    [
        "selon la déclaration de Kampala, quels pays occidentaux ont promis des technologies ?",
        "which Western countries pledged technology at the Kampala summit the preamble recalls?",
    ],
)
def test_another_kind_of_country_than_the_paragraphs_is_declined(qa, message):
    assert not qa.answer(message).answered, message


# A prober's false vote statements (542 vote-trap probes against d52bbb7).


@pytest.mark.parametrize(
    "message",
    [
        "does Germany still support the text today?",
        "la Chine soutient-elle toujours la résolution aujourd'hui ?",
        "would the UK vote yes now?",
        "the vote was rigged, wasn't it?",
        "how did the Secretary-General vote?",
        "how did the Council vote on Ukraine last spring?",
        "Mexico abstained, so it half supports the text?",
    ],
)
def test_what_the_record_cannot_say_gets_no_vote_answer(qa, message):
    assert not qa.answer(message).answered, message


@pytest.mark.parametrize(
    ("message", "named"),
    [("did the DPRK take part in the vote?", "PRK"), ("macedonia voted like albania?", "MKD")],
)
def test_more_names_of_non_members_are_known(qa, service, message, named):
    answer = qa.answer(message)
    assert named in {c.code for c in service.votes.countries.find_in(message)}, message
    assert answer.intent is Intent.VOTE


def test_a_delegate_introducing_themselves_asks_the_vote(qa):
    answer = qa.answer("Lomé delegate here: how did Togo vote?")
    assert answer.intent is Intent.VOTE
    assert answer.reason == "non_membre"


def test_the_margin_of_the_adoption_is_the_tally(qa):
    answer = qa.answer("le texte est passé avec quelle marge ?")
    assert answer.intent is Intent.VOTE
    assert answer.answered


# The second review (323 probes against 0b7142f): what those vote rules misread.


@pytest.mark.parametrize(
    "message",
    [
        "I'm supporting Chile's delegation now, what was Chile's vote?",
        "je soutiens la délégation du Maroc maintenant, le Maroc a voté comment ?",
        "which countries supported the resolution, still confused",
        "I would like the vote of France",
        "le vote sur l'Érythrée ?",
        "la Chine soutient encore la coopération Sud-Sud, elle a voté pour ?",
    ],
)
def test_a_vote_asked_beside_the_askers_words_is_still_the_vote(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.intent)
    assert answer.answered, (message, answer.reason)


@pytest.mark.parametrize(
    "message",
    [
        "le texte adopté laisse-t-il une marge de manœuvre aux États ?",
        "is there any margin of appreciation in the adopted text?",
    ],
)
def test_a_margin_in_the_texts_content_is_no_tally(qa, message):
    assert qa.answer(message).intent is not Intent.VOTE, message


@pytest.mark.parametrize(
    "message",
    [
        "which countries benefit from the fund of resolution 6/17?",
        "quels pays enclavés le fonds 6/17 aide-t-il ?",
    ],
)
def test_a_verb_or_a_synonym_after_countries_is_no_other_kind(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert "PP26" in answer.citations


@pytest.mark.parametrize(
    "message",
    ["maintenant, qui a voté contre ?", "now who voted against?", "ok et maintenant qui s'est abstenu ?"],
)
def test_now_opening_the_next_question_of_a_session_is_no_time_asked(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE
    assert answer.answered, (message, answer.reason)


def test_now_asked_of_a_member_is_still_beyond_the_record(qa):
    assert not qa.answer("la France fait quoi maintenant ?").answered
