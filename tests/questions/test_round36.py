"""Thirty-sixth round: readings found in the batches promoted to tuning (ZZZZZZJ, ZZZZZZK,
ZZZZZZL) and in the tuning batch written this round (ZZZZZZV).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "message",
    [
        # A later vote: the record holds the adoption of 10 July 2024 only.
        "la résolution a été adoptée par consensus l'année d'après ?",
        "Was it adopted by consensus the following year?",
        "la reso a ete adoptee a l'unanimite un an plus tard ?",
        # Who held an office then: the text names no one (Haitian « Kiyès ki te … »).
        "Kiyès ki te Wo Komisè lè tèks la te adopte ?",
        # What it changed since: news the text cannot give.
        "depuis qu'elle est adoptée, la résolution a changé quelque chose pour les pays pauvres ?",
        "Depuis qu'elle est passée, ce texte a changé qqch sur le terrain pour ceux qui ont voté pour ?",
    ],
)
def test_what_came_after_or_who_held_an_office_is_declined_with_no_tally(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)
    assert not answer.members


@pytest.mark.parametrize(
    "message",
    [
        "la résolution a été adoptée par consensus ?",
        "Kiyès ki te vote kont ?",
        "le HC doit présenter son rapport quand ?",
    ],
)
def test_the_adoption_and_the_texts_own_dates_are_still_answered(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent in (Intent.VOTE, Intent.SEARCH, Intent.METADATA, Intent.REQUESTS)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # What the answer is for, said after the question, is no part of it.
        ("When was the resolution adopted? I need the date for my essay.", Intent.METADATA),
        ("Who voted against? It's for my position paper.", Intent.VOTE),
        ("la résolution a été adoptée quand ? j'ai besoin de la date pour l'intro", Intent.METADATA),
        # « en général » of a group's past vote asks it overall.
        ("les pays africains ils ont voté comment en général ?", Intent.VOTE),
        # « s'est passée » is « took place », not « passed ».
        ("la résolution est passée ?", Intent.VOTE),
    ],
)
def test_questions_read_past_the_askers_words(qa, message, intent):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is intent


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        # « je cherche la cote » says what is asked: the note's symbol.
        ("quel rapport est mentionné au paragraphe 32 ? je cherche la cote", "FN5"),
        ("quel rapport est cité au paragraphe 32 ?", "FN5"),
        ("la conférence d'examen de Durban, elle s'est passée où ?", "PP10"),
        ("Will the Council take the matter up again at its fifty-ninth session?", "OP37"),
        # Haitian names of the text's documents and parts.
        ("Ki paragraf ki pale de 59yèm sesyon an ?", "OP37"),
        ("ONG yo, kisa tèks la mande yo fè ?", "OP24"),
        # The review of 6d43b92 found each of these broken by it; the text answers them.
        ("les changements climatiques sur le terrain, le texte en parle ?", "OP26"),
        ("Est-ce que la résolution demande des changements sur le terrain ?", "OP17"),
        ("La résolution 46/14 date de 2021 et la 49/25 a été adoptée l'année suivante, c'est ça ?", "PP12"),
        ("Resolution 46/14 was adopted in 2021 and 49/25 the following year, right?", "PP12"),
        ("La 50/4 a été adoptée en 2022 ; la 56/2 a-t-elle été adoptée un an après ?", "PP4"),
        ("What did the Council decide to consider at its next session?", "OP37"),
        ("What did the Council decide to do at its fifty-ninth session, according to OP37?", "OP37"),
        ("The Council took the question up again at which session?", "OP37"),
        ("des séminaires, le paragraphe 30 en donne combien ?", "OP30"),
        ("les régions géographiques, le texte en donne combien ?", "OP30"),
        ("Which paragraphs mention COVID? I need the ones in the operative part.", "OP28"),
    ],
)
def test_the_passage_asked_is_cited(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("la France vote comment en général ?", "hors_vote"),
        ("la France a versé combien au fonds ?", "montant"),
        ("le SG a donné combien pour les séminaires ?", "montant"),
        ("What did the Council decide at its 59th session on this?", "apres_adoption"),
    ],
)
def test_habits_sums_and_later_sessions_are_declined(qa, message, reason):
    answer = qa.answer(message)
    assert not answer.answered
    assert answer.reason == reason


def test_a_purpose_aside_that_asks_more_is_kept(qa):
    """ "I need the ones in the African group" narrows the question: no African member voted against."""
    answer = qa.answer("Who voted against? I need the ones in the African group.")
    assert answer.answered
    assert not any(m.group.code == "AFR" for m in answer.members)
    assert len(answer.members) < 14


@pytest.mark.parametrize(
    "message",
    [
        # Haitian « Eta Zini » is the United States, « fè vòt la » held the vote.
        "Eta Zini te vote kont?",
        "Ki lè yo te fè vòt la?",
        "Mwen vle mande: kilè yo te adopte rezolisyon an?",
        "Qui a voté contre ? je cherche le numero de la résolution aussi",
        # Last year's text named, then a question of this one: this vote.
        "Notre prof dit que la reso de l'an dernier avait été adoptée par consensus. Et la 56/2, combien "
        "de voix contre ?",
        "Pour mon exposé je compare avec la résolution de l'an dernier. Qui a voté contre ?",
        "Notre prof dit que cette résolution reprend le texte de l'an dernier. Elle a été adoptée par "
        "combien de voix ?",
    ],
)
def test_vote_questions_keep_the_record(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    "message",
    [
        "les pays africains ont voté quoi en général sur les textes de coopération ces dernières années ?",
        "Kisa rezolisyon an mande pou ti eta zile yo?",
        "le texte parle de l'ETA ?",
    ],
)
def test_habits_and_parties_the_text_never_names_are_declined(qa, message):
    assert not qa.answer(message).answered


def test_a_teachers_claim_about_last_years_text_is_the_referent(qa):
    """The claim names last year's text: « il » after it is that text, whose vote the record lacks."""
    answer = qa.answer(
        "Ma prof dit que la version de l'an dernier a été adoptée par consensus. C'est vrai ? "
        "Elle avait eu combien de voix contre ?"
    )
    assert not answer.answered
    assert not answer.members
    this_one = qa.answer(
        "le prof a dit que la reso a été adoptée le 10 juillet. elle avait eu combien de voix contre ?"
    )
    assert this_one.answered
    assert this_one.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        # A list asked of the text's own words: where they stand together, not where search finds
        # most of them (« droit » and « développement » apart are in fourteen passages).
        ("Quels paragraphes parlent du droit au développement ?", {"PP5", "PP23", "OP30", "OP33"}),
        ("which paragraphs deal with South-South cooperation? all of them", {"PP9", "PP21", "OP29", "OP30"}),
        (
            "dans quels paragraphes revient « diversité culturelle » ? on veut tout, même le préambule",
            {"PP30", "OP7", "OP9", "OP10"},
        ),
        # Either of two subjects.
        ("tous les paragraphes sur le racisme ou la discrimination raciale", {"PP10", "OP3", "OP7", "OP11"}),
        # The part asked for, in the question asking for the list.
        ("quels paragraphes du dispositif parlent de coopération Sud-Sud ?", {"OP29", "OP30"}),
    ],
)
def test_a_list_of_the_texts_own_words_is_where_they_stand(qa, message, listed):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert set(answer.data["every"]) == listed


def test_a_part_named_after_the_list_question_does_not_narrow_it(qa):
    answer = qa.answer(
        "Listez tous les passages qui nomment l'Assemblée générale. Et lesquels sont dans le dispositif ?"
    )
    assert answer.answered
    every = set(answer.data["every"])
    assert {"PP2", "PP23", "OP35", "OP36", "FN3"} <= every


@pytest.mark.parametrize("ask", ["question", "paragraphe"])
def test_a_note_shown_under_its_paragraph_is_not_shown_again(plain, ask):
    """OP32 with its note: « Note 5 : A/HRC/56/40. » once, not a second block repeating OP32."""
    reply = (
        plain.question("quel rapport est cité au paragraphe 32 ?")
        if ask == "question"
        else plain.paragraphe("OP32, FN5")
    )
    assert reply.description.count("A/HRC/56/40") == 1
    assert reply.description.count("Prend note du rapport") == 1
    assert "Appelée par" not in reply.description


def test_a_note_asked_alone_still_names_its_paragraph(plain):
    reply = plain.paragraphe("FN5")
    assert "Appelée par OP32" in reply.description


@pytest.mark.parametrize(
    "message",
    [
        # The second review of the round: a list of a subject the text never names was invented
        # from the words it does use (« droits de l'homme » of « … des défenseurs »).
        "Quels paragraphes parlent des défenseurs des droits de l'homme ?",
        "Quels paragraphes parlent du droit au développement des femmes ?",
        "Quels paragraphes parlent de la coopération internationale contre la cybercriminalité ?",
    ],
)
def test_a_list_of_a_subject_the_text_never_names_is_declined(qa, message):
    assert not qa.answer(message).answered


@pytest.mark.parametrize(
    "message",
    [
        "Our teacher says last year's resolution was adopted without a vote. How many votes against did "
        "it get?",
        # « l'an passé », as « l'an dernier » (the review's: it got this text's 14).
        "Le prof a dit que le texte de l'an passé avait eu 28 voix pour. Et combien contre ?",
    ],
)
def test_last_years_text_asked_by_a_pronoun_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered
    assert not answer.members
