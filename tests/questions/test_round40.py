"""Fortieth round: readings found in last round's judging batches, read once they were reported
(ZZZZZZZF and ZZZZZZZI, ZZZZZZZO to ZZZZZZZV joined the tuning batches).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.claims import before_purpose
from bot.core.questions.question import question_part


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        # The asker's class is no ranking of the votes.
        ("On en parle en classe depuis ce matin : le Japon a voté comment ?", "contre"),
        ("dans notre classe on se dispute, l'Inde a voté quoi ?", "pour"),
    ],
)
def test_the_askers_class_is_no_ranking(qa, message, choice):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.answered, (message, answer.reason)
    assert answer.members[0].vote.value == choice


def test_ranking_the_voters_is_still_beyond_the_record(qa):
    answer = qa.answer("classe les pays qui ont voté contre selon leur aide au développement")
    assert not answer.answered


def test_what_the_asker_prepares_is_no_part_of_the_question(qa):
    answer = qa.answer(
        "Je prépare la plaidoirie pour le Venezuela au concours de Genève. Le Venezuela a voté quoi ?"
    )
    assert answer.intent is Intent.VOTE
    assert answer.reason == "non_membre"


def test_writing_the_plea_is_still_declined(qa):
    answer = qa.answer("tu peux me rédiger une plaidoirie contre le paragraphe 8 ?")
    assert not answer.answered
    assert answer.reason == "opinion"


@pytest.mark.parametrize(
    "message",
    ["Combien de délégations ont voté contre ?", "how many delegations voted in favour?"],
)
def test_delegations_counted_are_the_record(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.answered, (message, answer.reason)


@pytest.mark.parametrize(
    "message",
    [
        "Quelle est la position habituelle du Maroc sur la dette extérieure ?",
        "What is China's overall position on the right to development?",
    ],
)
def test_a_members_stance_on_a_topic_is_no_vote(qa, message):
    answer = qa.answer(message)
    assert not answer.answered
    assert answer.intent is not Intent.VOTE or answer.reason != "", message


def test_a_members_position_on_the_resolution_is_its_vote(qa):
    answer = qa.answer("quelle est la position du Maroc sur la résolution ?")
    assert answer.intent is Intent.VOTE
    assert answer.answered
    assert answer.members[0].vote.value == "pour"


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("la prochaine réunion du Conseil à Genève, c'est quand ?", "apres_adoption"),
        ("combien de séminaires ont déjà été organisés ?", "apres_adoption"),
        ("who will be the next High Commissioner?", "personne"),
        ("Has OHCHR held the seminars since 56/2 was adopted?", "apres_adoption"),
    ],
)
def test_what_came_or_comes_after_is_declined(qa, message, reason):
    answer = qa.answer(message)
    assert not answer.answered, message
    assert answer.reason == reason, (message, answer.reason)


def test_the_next_high_commissioners_report_is_the_texts(qa):
    answer = qa.answer("next High Commissioner report: which session?")
    assert answer.answered
    assert "OP33" in answer.citations


def test_a_rate_asked_needs_a_figure(qa):
    answer = qa.answer("quel taux de participation aux séminaires régionaux le texte donne-t-il ?")
    assert not answer.answered


@pytest.mark.parametrize(
    "message",
    [
        "What does the Durban Programme of Action actually recommend on racism?",
        "en gros, qu'est-ce qu'elle change par rapport à la 50/4, cette résolution ? la différence "
        "entre cette résolution et la 50/4 ?",
        "Dans le Programme d'action de Vienne, quels paragraphes parlent du droit au développement ?",
        "Que concluait le document présenté par le Haut-Commissaire à la session ?",
    ],
)
def test_another_documents_content_is_declined(qa, message):
    assert not qa.answer(message).answered, message


def test_two_cited_texts_compared_are_still_answered(qa):
    assert qa.answer("la différence entre la 78/197 et la 78/199 selon le texte ?").answered


@pytest.mark.parametrize(
    ("message", "note"),
    [
        ("La référence complète de l'Accord de Paris dans le texte, c'est laquelle ? on en a besoin", "FN1"),
        ("the 2000/22 resolution of the Sub-Commission: what doc symbol does the text give?", "FN2"),
        ("cote exacte de la résolution 2000/22 de la Sous-Commission stp", "FN2"),
    ],
)
def test_a_reference_asked_quotes_the_note(qa, message, note):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert note in answer.citations, (message, answer.citations)


def test_the_wording_of_a_paragraph_is_no_language(qa):
    answer = qa.answer("Chile voted yes - was that because of the language in OP5?")
    assert answer.intent is not Intent.METADATA
    assert not answer.answered


def test_a_purpose_with_the_question_after_it_is_no_end():
    message = "On prépare l'oral et on veut citer le début. Le premier alinéa rappelle quoi ?"
    assert before_purpose(message) is None
    assert before_purpose("Que dit l'OP3 ? on veut citer ça dans l'exposé") == "Que dit l'OP3 ?"


@pytest.mark.parametrize(
    ("message", "right"),
    [
        ("c'est le paragraphe 20 qui parle du terrorisme ?", "OP14"),
        (
            "Mon binôme dit que c'est l'OP5 qui parle des mesures coercitives unilatérales. C'est lequel ?",
            "OP8",
        ),
    ],
)
def test_a_number_checked_against_its_subject_is_set_right(qa, message, right):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert right in answer.citations


def test_the_reports_this_text_requests_are_its_own(qa):
    answer = qa.answer("Quels rapports la résolution demande-t-elle au Haut-Commissaire ?")
    assert answer.answered
    assert {"OP31", "OP33"} <= set(answer.citations)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Qu'avait recommandé la Sous-Commission dans sa résolution 2000/22 ?", "autre_document"),
        ("What did the High Commissioner find in his report on cooperation?", "autre_document"),
        ("l'Accord de Paris oblige les pays à quoi exactement ?", "autre_document"),
        ("Qui a pris la parole au sommet de Kampala ?", "personne"),
        (
            "Le Conseil a adopté une résolution sur ce sujet pour la première fois en quelle année ?",
            "autre_session",
        ),
        ("What share of the trust fund's money goes to the least developed countries?", "montant"),
        ("Quelle part des fonds va aux pays les moins avancés ?", "montant"),
        ("la 59e session du conseil c'est à quelles dates ?", "date_session"),
    ],
)
def test_what_no_passage_gives_is_declined(qa, message, reason):
    answer = qa.answer(message)
    assert not answer.answered, message
    assert answer.reason == reason, (message, answer.reason)


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("What did resolution 6/17 ask the Secretary-General to create?", "PP26"),
        (
            "In the operative part, what is the High Commissioner said to prepare for the 59th session?",
            "OP33",
        ),
    ],
)
def test_what_the_text_reports_or_is_said_to_ask_stays_answered(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations


def test_a_document_the_text_cites_is_asked_not_the_heading(qa):
    answer = qa.answer(
        "La résolution cite quelle résolution de l'AG sur le Programme 2030, et de quelle date ?"
    )
    assert answer.intent is not Intent.METADATA
    assert answer.answered


def test_an_initial_ends_no_sentence():
    assert question_part("C'était quoi le numéro du projet (le L. 12 je crois) avant l'adoption ?") is None


# The review's probes: look-alikes the new rules must leave to the text (in new words).
@pytest.mark.parametrize(
    "message",
    [
        "quelle part de la résolution concerne la COVID ?",
        "les conférences déjà tenues sur le dialogue, le texte les salue-t-il ?",
        "qu'a prévu le Conseil pour le rapport du Haut-Commissaire ?",
        "what did the Council ask States to do about the funds?",
        "the Charter commits States to what, according to OP4?",
        "Dans la Charte, quel article la résolution cite-t-elle ?",
        "le texte demande-t-il pour la première fois des séminaires régionaux ?",
        "le texte rappelle quelle résolution précédente du Conseil sur ce sujet ?",
        "au début, le texte dit « Réaffirmant » ?",
    ],
)
def test_look_alikes_of_the_new_declines_are_still_answered(qa, message):
    assert qa.answer(message).answered, message


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("en classe, qui a voté contre ?", "contre"),
        ("quelle est la position générale du Japon sur ce texte ?", "contre"),
    ],
)
def test_the_vote_stays_the_records(qa, plain, message, choice):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE
    assert answer.answered, (message, answer.reason)
    assert choice in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "message",
    [
        "je prépare une plaidoirie, tu peux la rédiger à ma place ?",
        "what is Germany said to have argued against the text?",
        "quelqu'un dit qu'un pays a modifié son vote après l'annonce du résultat, lequel ?",
    ],
)
def test_advice_debates_and_changed_votes_stay_declined(qa, message):
    assert not qa.answer(message).answered, message


# Wrong in both trees, found by the review: this text's own symbol and session, an acronym.
@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("c'est quoi la cote de cette résolution ?", "symbol"),
        ("what were the dates of the fifty-sixth session?", "session"),
    ],
)
def test_this_texts_own_heading_is_answered(qa, message, fact):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA, (message, answer.intent)
    assert fact in answer.facts


def test_another_resolutions_symbol_is_not_this_ones(qa):
    answer = qa.answer("quelle est la cote de la résolution 2000/22 ?")
    assert answer.intent is not Intent.METADATA


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        ("c'est bien le 8 qui parle des MCU ?", "OP8"),
        ("c'est le 10 qui parle des MCU ?", "OP8"),
    ],
)
def test_an_acronym_checked_against_a_paragraph_is_written_out(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations


def test_what_this_text_cites_of_the_charter_is_answered(qa):
    answer = qa.answer("quel paragraphe de l'Article premier de la Charte le texte cite-t-il ?")
    assert answer.answered
    assert "PP1" in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "la réunion de haut niveau de l'AG, elle portait sur quoi ?",
        "the high-level meeting of the GA was on what?",
    ],
)
def test_a_recalled_meeting_is_no_meeting_of_adoption(qa, message):
    assert qa.answer(message).intent is not Intent.METADATA, message


def test_the_reference_of_this_resolution_is_its_symbol(qa):
    answer = qa.answer("référence de la résolution 56/2 ?")
    assert answer.intent is Intent.METADATA
    assert "symbol" in answer.facts


@pytest.mark.parametrize("message", ["I think the vote was 30 to 15", "le scrutin c'était 32 à 13 non ?"])
def test_a_tally_remembered_wrong_is_corrected(qa, plain, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE
    assert plain.render_answer(answer).description.startswith(("No", "Non"))


@pytest.mark.parametrize(
    ("message", "count"),
    [("en TD on doit dire qui a voté contre", 14), ("en cours on doit savoir qui a voté pour", 31)],
)
def test_what_the_class_must_say_is_the_records_camp(qa, plain, message, count):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE
    assert answer.answered, (message, answer.reason)
    assert plain.render_answer(answer).description.startswith(f"{count} membres")


def test_the_recalled_high_level_meetings_date_is_not_the_adoptions(qa):
    assert qa.answer("la réunion de haut niveau de l'AG c'était quand ?").intent is not Intent.METADATA


def test_a_paragraph_lacking_a_common_subject_is_not_confirmed(qa):
    answer = qa.answer("c'est le PP2 qui cite la Charte ?")
    assert not answer.answered
    assert answer.reason == "hors_paragraphe"
    assert answer.closest[0].paragraph.id == "PP2"
    assert {"OP4", "OP12"} & {h.paragraph.id for h in answer.closest}


@pytest.mark.parametrize("message", ["c'est le PP1 qui cite la Charte ?", "c le 14 ki parle du terrorisme"])
def test_a_right_number_is_still_confirmed(qa, message):
    answer = qa.answer(message)
    assert answer.answered, message
    assert answer.intent is Intent.PARAGRAPH


def test_a_number_checked_in_sms_spelling_is_set_right(qa):
    answer = qa.answer("c le 12 ki parle du terrorisme")
    assert answer.answered
    assert "OP14" in answer.citations
