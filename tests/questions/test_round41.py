"""Forty-first round: readings found in last round's judging batches, read once they were reported
(ZZZZZZZX, T, Y and Z joined the tuning batches), and in this round's first tuning batches.

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("message", "group"),
    [
        # A group named with no vote word: its split.
        ("bon et le groupe africain ça donne quoi ?", "AFR"),
        ("les asiatiques, tous pour ?", "APG"),
        ("Les latino-américains ont-ils suivi la même ligne ?", "GRULAC"),
        ("le bloc occidental il a fait quoi lors du vote ?", "WEOG"),
    ],
)
def test_a_group_named_without_a_vote_word_gets_its_split(qa, message, group):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.answered, (message, answer.reason)
    assert [g.group.code for g in answer.tallies] == [group]


def test_western_europe_is_not_eastern_europe(qa):
    answer = qa.answer("l'Europe de l'Ouest, tous contre ?")
    assert [g.group.code for g in answer.tallies] == ["WEOG"]


def test_what_the_text_says_of_a_region_is_no_group_split(qa):
    answer = qa.answer("l'Asie ça donne quoi dans le texte ?")
    assert answer.intent is not Intent.VOTE


@pytest.mark.parametrize(
    "message",
    [
        "la précédente résolution du Conseil sur ce thème, c'est quoi ?",
        "what was the previous resolution of the Council on this subject?",
    ],
)
def test_the_previous_resolution_asked_is_the_one_pp4_recalls(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert "PP4" in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "la résolution précédente sur ce thème, elle avait été votée comment ?",
        "what was the vote count on the previous resolution?",
    ],
)
def test_the_previous_resolutions_vote_is_still_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)


def test_what_a_paragraph_said_is_no_debate(qa):
    answer = qa.answer("attends @Sami elle disait quoi le 23 ? j'étais pas là")
    assert answer.answered, answer.reason
    assert answer.citations == ["OP23"]


def test_what_someone_said_on_a_day_is_still_the_debates(qa):
    answer = qa.answer("l'ambassadeur il a dit quoi le 10 juillet ?")
    assert not answer.answered


def test_the_askers_class_today_is_no_later_event(qa):
    answer = qa.answer(
        "Le prof a parlé des ONG en cours aujourd'hui. "
        "La résolution leur donne-t-elle un rôle dans le dialogue ?"
    )
    assert answer.reason != "apres_adoption"


def test_what_came_of_it_today_is_still_declined(qa):
    answer = qa.answer("les fonds sont-ils alimentés aujourd'hui ?")
    assert not answer.answered
    assert answer.reason == "apres_adoption"


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("Durban, ça revient plusieurs fois, c'est dans quels paragraphes ?", "PP10"),
        ("sum up the preambular paragraph about the Durban Declaration", "PP10"),
    ],
)
def test_how_often_or_how_briefly_is_no_subject(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations


def test_a_guess_at_the_answer_does_not_narrow_the_topic(qa):
    answer = qa.answer("sur la coopération Sud-Sud, le Haut-Commissaire doit faire quoi ? genre un rapport ?")
    assert answer.answered, answer.reason
    assert {"OP29", "OP30"} <= set(answer.citations)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("combien il y a d'argent dans les fonds ?", "montant"),
        ("quand est-ce qu'elle commence, la soixante-troisième session ?", "date"),
        ("Quelle rapporteuse spéciale suit l'application du texte ?", "organe_absent"),
        ("What does SDG 16 say about institutions?", "autre_document"),
        ("que dit l'ODD 10 sur les inégalités ?", "autre_document"),
        ("Comment les médias ont-ils accueilli la résolution ?", "apres_adoption"),
        ("how was the text received by civil society?", "apres_adoption"),
        ("on se voit à Genève jeudi, il fera quel temps ?", "le_bot"),
        ("Qu'énonce la Déclaration du Millénaire sur la solidarité ?", "autre_document"),
        ("Quels pays ont reçu une aide du fonds pour l'EPU ?", "pays_cites"),
        ("qu'a adopté le Conseil à sa soixante-troisième session ?", "autre_session"),
        ("Mon club veut aller aux séminaires régionaux, on s'inscrit comment ?", "apres_adoption"),
        ("quel article de l'Accord de Paris le texte cite-t-il ?", "hors_texte"),
    ],
)
def test_what_the_text_does_not_give_is_declined(qa, message, reason):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)
    assert answer.reason == reason, (message, answer.reason)


def test_crazy_weather_is_no_forecast(qa):
    answer = qa.answer("does it mention crazy weather and people fleeing their homes?")
    assert answer.reason != "le_bot"


@pytest.mark.parametrize(
    "message",
    [
        "Quiz, question 4 : combien de paragraphes dans le dispositif ?",
        "Round 2, hard one: how many footnotes does the resolution have?",
    ],
)
def test_a_quiz_label_is_no_part_of_the_question(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA, (message, answer.reason)
    assert answer.answered


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        # Another body's vote set aside, or said as context: this text's vote is asked.
        ("et le Japon il a voté quoi sur la 56/2 ? (pas à l'AG, au Conseil)", None),
        ("Norway voted yes at the GA. How did Norway vote on resolution 56/2?", "non_membre"),
    ],
)
def test_this_texts_vote_asked_by_number_is_the_record(qa, message, reason):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.reason == (reason or ""), (message, answer.reason)


def test_a_later_sessions_vote_is_still_declined(qa):
    answer = qa.answer(
        "le vote sur la 56/2 quand le Conseil l'a réexaminée à la cinquante-neuvième session ?"
    )
    assert not answer.answered
    assert answer.reason == "autre_session"


def test_acting_without_the_security_council_is_op8(qa):
    answer = qa.answer(
        "les sanctions décidées par un pays seul, sans passer par le Conseil de sécurité, "
        "le texte en dit quoi ?"
    )
    assert answer.answered, answer.reason
    assert "OP8" in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "what does article 2(1) of the ICCPR say about equality?",
        "que dit l'article 7 du statut de Rome ?",
    ],
)
def test_another_texts_article_is_no_paragraph(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)


def test_this_texts_article_is_its_paragraph(qa):
    answer = qa.answer("what does article 23 of the resolution say?")
    assert answer.citations == ["OP23"]


def test_the_charters_article_is_still_cited(qa):
    answer = qa.answer("quel article de la Charte la résolution cite-t-elle ?")
    assert answer.answered
    assert "PP1" in answer.citations


def test_a_cited_texts_number_is_no_heading(qa):
    answer = qa.answer(
        "Under which GA resolution number does 56/2 cite the Declaration on the Right to Development?"
    )
    assert answer.intent is not Intent.METADATA, answer.reason
    assert "PP5" in answer.citations


def test_know_how_shared_at_a_low_price_is_technology_transfer(qa):
    answer = qa.answer("est-ce qu'il est question de partager du savoir-faire à prix réduit avec le Sud ?")
    assert answer.answered, answer.reason
    assert "PP9" in answer.citations


def test_a_groups_unanimity_is_the_groups_not_the_councils(qa):
    answer = qa.answer("how did the eastern european group vote, was it unanimous?")
    assert answer.intent is Intent.VOTE
    assert [t.group.code for t in answer.tallies] == ["EEG"]


def test_the_councils_unanimity_is_still_the_tally(qa):
    answer = qa.answer("c'était unanime ?")
    assert answer.intent is Intent.VOTE
    assert answer.tallies == ()


@pytest.mark.parametrize(
    "message",
    [
        "How did the vote on the plastics treaty go at UNESCO?",
        "comment s'est passé le vote sur l'accord sur les pandémies à l'Assemblée mondiale de la santé ?",
    ],
)
def test_another_bodys_or_treatys_vote_is_no_record(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent)
    assert answer.intent is not Intent.VOTE


def test_a_vote_claim_said_after_the_question_is_checked(qa):
    answer = qa.answer("Did Brazil abstain? my friend said so")
    assert answer.intent is Intent.VOTE, answer.reason
    assert answer.members[0].vote.value == "pour"


def test_two_heading_facts_asked_together_are_both_given(qa):
    answer = qa.answer("what is its symbol, and when was it adopted?")
    assert answer.intent is Intent.METADATA
    assert {"symbol", "adopted"} <= set(answer.facts)


def test_the_footnote_one_is_a_pronoun(qa):
    answer = qa.answer(
        "which report does the Council take note of in OP32? the footnote one, I need its symbol"
    )
    assert "FN1" not in answer.citations


def test_footnote_one_is_still_fn1(qa):
    answer = qa.answer("what does footnote one say?")
    assert answer.citations[0] == "FN1"


def test_the_askers_delegation_is_no_subject(qa):
    answer = qa.answer(
        "I'm representing Venezuela and want to push on sanctions. which para mentions unilateral "
        "coercive measures and what does it say about them?"
    )
    assert answer.answered, answer.reason
    assert "OP8" in answer.citations


def test_a_committee_topic_is_the_askers_work(qa):
    answer = qa.answer("so our committee topic is climate. what does 56/2 say about climate change?")
    assert answer.answered, answer.reason


def test_a_paragraph_checked_for_its_number_is_set_right(qa):
    answer = qa.answer(
        "le 30, c'est celui qui prie le Secrétaire général d'allouer des ressources aux séminaires ?"
    )
    assert answer.citations[0] == "OP31", answer.citations


def test_what_a_named_paragraph_says_is_still_its_own(qa):
    answer = qa.answer("mon prof affirme que l'OP16 range l'impartialité parmi ses principes, exact ?")
    assert answer.citations == ["OP16"]


# The review's findings (447 probes, rev_old 3c9281a against rev_new 5b7d553), in new words.


@pytest.mark.parametrize(
    "message",
    [
        "la résolution d'avant sur ce sujet, laquelle c'était et elle est passée par combien de voix ?",
        "what was the previous resolution on this topic, and how many votes did it get?",
    ],
)
def test_the_previous_resolutions_vote_asked_with_it_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent)


def test_what_a_delegation_said_on_a_day_is_the_debates(qa):
    answer = qa.answer("le délégué chinois il disait quoi le 12 en séance ?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("what does article 4 of A/HRC/RES/56/2 say?", "OP4"),
        ("summarise article 17 of HRC resolution 56/2", "OP17"),
        ("l'article 19 du document, il dit quoi ?", "OP19"),
        ("which paragraph of the resolution recalls resolution 60/251?", "PP23"),
        ("which paragraph of the HRC resolution cites the Millennium Declaration?", "PP4"),
    ],
)
def test_this_texts_own_name_after_of_is_no_other_text(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations, (message, answer.citations)


@pytest.mark.parametrize(
    ("message", "cited"), [("what does the op one say?", "OP1"), ("show me the note one", "FN1")]
)
def test_the_word_one_after_a_reference_is_still_1(qa, message, cited):
    assert qa.answer(message).citations[0] == cited


@pytest.mark.parametrize(
    "message",
    [
        "the seminars, who can apply to attend?",
        "les séminaires régionaux s'inscrivent dans quelle démarche ?",
        "when does the text start talking about the funds?",
        "changements climatiques et météo extrême, le texte en parle ?",
        "les pays ont voté pour le texte en accord avec leur groupe ?",
    ],
)
def test_the_reviews_over_reaches_are_narrowed(qa, message):
    answer = qa.answer(message)
    assert answer.reason not in ("apres_adoption", "date", "le_bot", "autre_session", "autre_document"), (
        message,
        answer.reason,
    )


def test_the_agenda_item_is_the_heading(qa):
    answer = qa.answer("what does agenda item 3 say?")
    assert answer.intent is Intent.METADATA


def test_the_askers_agenda_item_is_no_heading(qa):
    answer = qa.answer("our agenda item is development. which paragraph asks the HC for a report?")
    assert answer.intent is not Intent.METADATA
    assert "OP33" in answer.citations or "OP31" in answer.citations


def test_money_in_the_fund_with_an_inversion_is_an_amount(qa):
    answer = qa.answer("combien y a-t-il d'argent dans les fonds de contributions volontaires ?")
    assert not answer.answered
    assert answer.reason == "montant"


@pytest.mark.parametrize(
    ("message", "voted"),
    [("Bonus : qui a voté contre ?", 14), ("Question facile : qui s'est abstenu ?", 2)],
)
def test_a_quiz_label_is_no_country(qa, message, voted):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE
    assert len(answer.members) == voted


def test_a_quiz_question_number_is_no_paragraph(qa):
    answer = qa.answer("Question 6 du quiz : qui a voté pour ?")
    assert "OP6" not in answer.citations


def test_a_country_in_a_work_label_stays(qa):
    answer = qa.answer("Question pour mon exposé Chili : vote ?")
    assert [m.country for m in answer.members] == ["Chili"]


@pytest.mark.parametrize(
    ("message", "group"),
    [("were the Eastern Europeans unanimous?", "EEG"), ("were the Africans unanimous?", "AFR")],
)
def test_a_group_named_in_english_is_that_group(qa, message, group):
    answer = qa.answer(message)
    assert [t.group.code for t in answer.tallies] == [group]


def test_western_europe_without_the_article_is_weog(qa):
    answer = qa.answer("europe ouest, pour ou contre ?")
    assert [t.group.code for t in answer.tallies] == ["WEOG"]


def test_welcoming_a_cited_text_is_no_reception(qa):
    answer = qa.answer("le Conseil a-t-il accueilli avec satisfaction le document final de Kampala ?")
    assert answer.reason != "apres_adoption"


# The second review's findings (218 probes, 5b7d553 against ff1a301), in new words.


@pytest.mark.parametrize(
    "message",
    [
        "l'article 2 du document final de Durban, il dit quoi ?",
        "what does article 4 of HRC resolution 50/4 say?",
        "l'article 6 du projet de convention sur le développement, il prévoit quoi ?",
    ],
)
def test_another_text_named_after_this_texts_word_is_no_paragraph(qa, message):
    answer = qa.answer(message)
    assert answer.intent is not Intent.PARAGRAPH, (message, answer.citations)


def test_unanimous_consent_in_a_paragraph_is_no_tally(qa):
    answer = qa.answer("l'aide technique, il faut l'accord unanime du Conseil ?")
    assert answer.intent is not Intent.VOTE


def test_a_tally_ending_its_sentence_is_no_list_of_paragraphs(qa):
    answer = qa.answer("ça a fini à 31 et 14. la majorité c'était combien ?")
    assert answer.intent is Intent.VOTE


def test_how_the_councils_resolution_was_received_is_declined(qa):
    answer = qa.answer("comment les ONG ont-elles accueilli la résolution du Conseil ?")
    assert answer.reason == "apres_adoption"


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("what's the reference for the text?", Intent.METADATA),
        ("what are the references of the resolution?", Intent.CITATIONS),
    ],
)
def test_the_reference_is_the_symbol_the_references_the_cited_texts(qa, message, intent):
    assert qa.answer(message).intent is intent


@pytest.mark.parametrize(
    "message",
    [
        "what does article 1 of the document on the right to development say?",
        "what does article 6 of the final document of Kampala say?",
    ],
)
def test_the_english_gloss_reads_this_texts_names_as_the_reference_reader_does(qa, message):
    answer = qa.answer(message)
    assert answer.intent is not Intent.PARAGRAPH, (message, answer.citations)


@pytest.mark.parametrize(
    ("message", "cited"),
    [("what does article 8 of the french version say?", "OP8"), ("article 4 of the operative part?", "OP4")],
)
def test_this_texts_parts_are_still_its_paragraphs_in_english(qa, message, cited):
    assert qa.answer(message).citations == [cited]
