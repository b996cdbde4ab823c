"""Twenty-sixth round: readings found in the batches promoted to tuning (ZZZZI to ZZZZL).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.language import language
from bot.core.text.models import VoteChoice
from bot.core.text.spelled import with_digits


@pytest.mark.parametrize(
    "question",
    [
        # Québécois « -tu » of several: « vont-ils ».
        "ceux qui ont voté contre, y vont-tu cesser de financer le fonds ?",
        "ceux qui ont voté contre vont-ils arrêter de payer ?",
        # The same text's earlier votes.
        "before 2020, did this resolution get more or fewer no votes?",
        "la dernière fois qu'elle a été votée, il y avait plus ou moins de voix contre ?",
        # The majority a text needs.
        "ça prend combien de votes au moins pour que la résolution passe ?",
        "combien de voix minimum pour adopter une résolution au Conseil ?",
    ],
)
def test_what_the_record_cannot_say_of_a_vote_is_declined(qa, question):
    assert not qa.answer(question).answered, question


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        (
            "le Brésil a voté quoi ? je pense pour mais je veux vérifier avant de le mettre dans ma fiche",
            VoteChoice.FOR,
        ),
        ("coudonc, le Japon a voté comment ?", VoteChoice.AGAINST),
        ("mais là, la République dominicaine a voté quoi ?", VoteChoice.ABSTAIN),
    ],
)
def test_the_askers_own_clause_and_chat_words_leave_the_vote(qa, question, choice):
    answer = qa.answer(question)
    assert answer.answered, question
    assert answer.intent is Intent.VOTE
    assert [m.vote for m in answer.members] == [choice]


@pytest.mark.parametrize(
    "question",
    [
        "le HCDH a déjà tenu les séminaires régionaux ou pas encore ?",
        "dans quelles villes se tiendront les séminaires régionaux ?",
        "where will the regional seminars take place?",
        "comment une association peut s'inscrire aux séminaires régionaux ?",
        "la Déclaration de Vienne, elle contient quoi comme engagements concrets ?",
        "qu'est-ce que le document final de Kampala disait sur la dette ?",
        "nombre de résolutions adoptées à la 56e session ?",
        "le texte nomme-tu les États qui ne versent rien ?",
        # A deadline asked in English (glossed « quand will »): OP29 sets none.
        "when will the High Commissioner compile the best practices?",
    ],
)
def test_what_the_text_does_not_say_is_declined(qa, question):
    assert not qa.answer(question).answered, question


def test_a_french_accent_weighs_for_french():
    assert language("resolutions adoptees 56e session", accented=True) == "fr"
    assert language("which session?") == "en"


def test_a_fragment_with_french_accents_gets_a_french_reply(qa):
    assert qa.answer("résolutions adoptées 56e session").lang == "fr"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Who adopted a cited text, said far after its symbol.
        ("la 2000/22, adoptée par quel organe ?", "PP8"),
        ("la 6/17 date de quand au juste ?", "PP26"),
        ("le sommet de Kampala c'était quand ? mashallah", "PP9"),
        # Swiss numerals in a symbol.
        ("la résolution septante-sept/deux cent treize de l'AG, c'est quoi ?", "PP4"),
        # The Universal Periodic Review, not the Universal Declaration.
        ("l'examen periodique universelle, son fonds a été créé par quelle résolution ?", "PP26"),
        ("on va rediscuter de tout ça à quelle session ?", "OP37"),
        ("pourriez-vous me dire quelles crises mondiales la résolution énumère ?", "OP26"),
        (
            "On a une discussion dans le groupe : Léa pense que le HCDH doit parler avec les pays qui ne "
            "versent pas de contributions. C'est dans le texte ?",
            "OP21",
        ),
        ("ayo les sanctions unilatérales font du mal aux gens ordinaires d'après le texte ?", "OP8"),
    ],
)
def test_readings_that_reach_the_paragraph(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations, (question, answer.citations)


def test_a_later_session_supposed_for_op37_is_corrected(qa, plain):
    answer = qa.answer("le Conseil reprendra l'examen de la question à sa 58e session ?")
    assert answer.answered
    assert answer.citations[:1] == ("OP37",) or answer.citations[:1] == ["OP37"]
    assert "cinquante-neuvième session" in plain.render_answer(answer).description


def test_a_symbol_with_a_slash_and_swiss_numerals_is_written_in_digits():
    assert with_digits("la résolution septante-huit/cent nonante-sept") == "la résolution 78/197"
    assert with_digits("la résolution septante/1") == "la résolution 70/1"
    assert with_digits("la résolution 56/2") == "la résolution 56/2"


# Probe 26 (students in Martinique, Guadeloupe, Lomé, Cotonou and Strasbourg; interns at a Geneva
# NGO): new wordings of what it found.


@pytest.mark.parametrize(
    "question",
    [
        "pou kisa Almay vote kont ?",
        "ce vote va changer quoi pour la Chine ?",
        "which countries lobbied for the text?",
        "c'est toujours les mêmes qui votent contre ?",
        "is it Chile's first term on the Council?",
        "la Gambie a voté pour, elle reçoit de l'aide du fonds ?",
        "the Netherlands voted no: a change from its previous vote?",
    ],
)
def test_what_a_vote_does_not_hold_is_declined_in_creole_french_and_english(qa, question):
    assert not qa.answer(question).answered, question


def test_an_antillean_group_question_gets_the_groups_votes(qa):
    answer = qa.answer("ki moun ki vote kont adan gwoup Azi-Pasifik ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert [t.group.code for t in answer.tallies] == ["APG"]


@pytest.mark.parametrize(
    "question",
    [
        "WEOG breakdown please",
        "list the 14 against pls",
        "wer hat sich enthalten bei 56/2 ?",
    ],
)
def test_the_record_asked_in_chat_shapes_is_answered(qa, question):
    answer = qa.answer(question)
    assert answer.answered, question
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    "question",
    [
        # Who, where, what format, asked of a paragraph that names none.
        "OP20 le conseil d'administration, ses membres c'est qui ?",
        "le séminaire du para 30 pour l'Afrique, il se fait où ?",
        "para 29: the High Commissioner, what's his name?",
        # A phrase quoted from a paragraph, asked what it covers or lists.
        "OP18 « instances internationales » c'est lesquelles ?",
        "PP22 « de nouvelles étapes » ça inclut quoi ?",
        # Another document's paragraph.
        "la Déclaration de Vienne, que dit son paragraphe 8 ?",
        # A later session's dates, the session named far before them; a German ordinal.
        "la soixante-troisième session dont parle le paragraphe 31 : quelles sont ses dates ?",
        "die 63. Session, wann genau ? c'est quand ?",
    ],
)
def test_what_a_named_paragraph_does_not_hold_is_declined(qa, question):
    assert not qa.answer(question).answered, question


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A quoted phrase the paragraph lists or grounds right after it.
        ("OP26 « crises mondiales successives » c'est lesquelles ?", "OP26"),
        ("c'est quoi le « monde multiculturel » du paragraphe 9 ?", "OP9"),
    ],
)
def test_a_quoted_phrase_the_paragraph_explains_is_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "les pays qui ont voté contre ont de mauvais bilans en droits humains ?",
        "la Corée du Sud vote plus proche des USA que de la Chine ?",
        "la moyenne des voix pour depuis 5 ans sur ce type de résolution ?",
        "combien de membres compte l'ONU ?",
        "how did India vote on the right to food resolution?",
        "sa ka chanjé ayen, vòt-la ?",
    ],
)
def test_readings_and_figures_beyond_the_record_are_declined(qa, question):
    assert not qa.answer(question).answered, question


def test_a_vote_on_this_resolution_in_english_is_still_answered(qa):
    answer = qa.answer("how did Japan vote on the resolution?")
    assert answer.answered
    assert [m.vote for m in answer.members] == [VoteChoice.AGAINST]


# The review of this round's change (400 messages): its worse replies, in new wordings.


@pytest.mark.parametrize(
    "question",
    [
        # A count cast, not the majority needed; this vote's camps compared; the asker's last time.
        "combien de voix la résolution a eu pour être adoptée ?",
        "combien de votes contre, au moins le nombre ?",
        "il y a eu plus ou moins de voix contre que de voix pour ?",
        "la dernière fois on m'a dit 14 contre, c'est juste ?",
    ],
)
def test_counts_of_this_vote_are_still_answered(qa, question):
    answer = qa.answer(question)
    assert answer.answered, question
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # What a quoted phrase aims at, whom it applies to, a list that goes on after it.
        ("le para 29 « complémentarités » ça vise quoi ?", "OP29"),
        ("OP24 « organisations intergouvernementales » ça s'applique aux ONG aussi ?", "OP24"),
        ("OP16 « principes d'universalité » c'est lesquels ?", "OP16"),
        # This text's own paragraph, owned by « la résolution » or « le préambule ».
        ("la résolution 56/2, que dit son paragraphe 12 ?", "OP12"),
        ("what does the Kampala final document say about South-South cooperation?", "PP9"),
    ],
)
def test_what_the_review_found_declined_is_answered_again(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations


def test_a_dutch_first_name_is_no_france(qa):
    answer = qa.answer("Frans Timmermans a voté contre ?")
    assert answer.asked_choice is None
    assert not any(m.country == "France" for m in answer.members)


def test_an_english_question_with_an_accented_name_is_answered_in_english(qa):
    assert qa.answer("how did Côte d'Ivoire vote?").lang == "en"


def test_this_texts_citations_counted_are_no_other_session(qa):
    assert qa.answer("nombre de résolutions citées dans le préambule ?").reason != "autre_session"


def test_a_past_sessions_decision_is_no_op37_premise(qa):
    answer = qa.answer("à la 50e session, le Conseil a décidé de reprendre la question quand ?")
    assert not answer.answered
