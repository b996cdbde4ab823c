"""Thirty-fifth round: readings found in the batches promoted to tuning (ZZZZZZD, ZZZZZZE,
ZZZZZZF, ZZZZZZG) and in the tuning batches written this round (ZZZZZZM, ZZZZZZN, ZZZZZZO).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.question import read_question


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        # This text's own symbol is no other document (« que dit la résolution 56/2 … » had been
        # declined as another resolution's content).
        ("Que dit la résolution 56/2 au sujet de la dette ?", "PP15"),
        ("la 56/2 elle dit quoi sur le terrorisme", "OP14"),
        ("qu'est-ce que la résolution 56/2 dit sur la dette ?", "PP15"),
        ("A/HRC/RES/56/2 dit quoi sur la dette ?", "PP15"),
    ],
)
def test_this_texts_own_symbol_is_asked_about(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations


@pytest.mark.parametrize(
    "message", ["que dit la résolution 50/4 sur la dette ?", "la 78/197 elle dit quoi ?"]
)
def test_another_resolutions_content_is_still_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered
    assert answer.reason == "autre_document"


@pytest.mark.parametrize(
    "message",
    [
        # The context names the subject; « leurs » in the question points back at it.
        "Je prépare un exposé sur les peuples autochtones. Le texte protège-t-il leurs langues ?",
        # When and where seminars will be: OP30 and OP31 set neither.
        "dates séminaires régionaux ?",
        "Dans quelles villes les séminaires vont-ils avoir lieu ?",
        # A later session, asked as held.
        "When the Council met again at the next session, did it keep the item?",
        "did the Council take the item up again at the next session?",
        # The bot's own sources.
        "what sources do you use?",
    ],
)
def test_what_the_text_does_not_hold_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)


def test_a_possessive_with_its_own_plural_is_no_pointer(qa):
    """« les États … leurs obligations »: « leurs » is the States', the question is read alone."""
    answer = qa.answer(
        "Je prépare un exposé. Les États doivent-ils coopérer selon le texte pour remplir leurs obligations ?"
    )
    assert answer.answered


@pytest.mark.parametrize(
    "message",
    [
        "combien de pays se sont prononcés pour le texte ?",
        "qui s'est prononcé contre la résolution ?",
        "plus de oui en Afrique ou dans le GRULAC ?",
        "did every Asian member say yes or did one break ranks?",
        # (From the second review: « nou » is no country, any subject « s'est prononcé », two
        # members compared.)
        "nou pé koné kisa la voté kont ?",
        "l'Inde s'est prononcée en faveur ?",
        "les pays africains se sont prononcés pour ?",
        "le vote de l'Allemagne est pareil a celui concernant la France ?",
    ],
)
def test_votes_said_in_other_words_are_the_records(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE
    assert answer.answered, (message, answer.reason)


def test_pronouncing_against_a_scourge_is_no_vote(qa):
    assert qa.answer("le Conseil se prononce contre le terrorisme ?").intent is not Intent.VOTE


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("de combien de voix d'écart est-elle passée ?", "Écart entre les voix pour et contre : 17 voix."),
        ("how close was it? what was the margin?", "Margin between the votes for and against: 17 votes."),
    ],
)
def test_the_margin_is_for_minus_against(qa, plain, message, said):
    # (The French typography puts a no-break space before « : ».)
    assert said in " ".join(plain.render_answer(qa.answer(message)).description.split())


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        # How often a document is cited, and a partner's or the bot's name, ask where it is cited.
        ("mon binôme dit que la Déclaration de Vienne revient deux fois. dans quels paragraphes ?", "PP1"),
        ("@sam t'as dit que le Programme d'action de Durban est cité une fois, bot c'est où ?", "PP10"),
    ],
)
def test_where_a_document_is_cited_however_often(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations


def test_a_right_is_no_title(qa):
    """ "entitled to" is a right (OP28), not the thesaurus's « intitulée »."""
    answer = qa.answer("does it say people are entitled to benefit from science?")
    assert answer.intent is Intent.SEARCH
    assert "OP28" in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "c'est quoi le titre complet et la date d'adoption ?",
        "give me the full title and the date it was adopted",
    ],
)
def test_title_and_date_asked_together(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA
    assert {"title", "adopted"} <= set(answer.facts), answer.facts


def test_an_opening_for_the_askers_work_is_no_subject(qa):
    """ "Quick check for our debate brief:" is whose work, not a question on debates."""
    answer = qa.answer("Quick check for our debate brief: who abstained?")
    assert answer.intent is Intent.VOTE
    assert answer.answered


def test_a_member_named_in_plain_text_is_no_word_of_the_question():
    assert "@" not in read_question("@lea non c'est le 14", glossed=False).typed


def test_the_flat_country_is_belgium(qa):
    answer = qa.answer("et le Plat Pays, il a voté comment ?")
    assert answer.intent is Intent.VOTE
    assert answer.answered
    assert [m.country for m in answer.members] == ["Belgique"]


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        # Review of the round's rules: what they must not catch.
        # The Council's or the text's stance is no vote (« se prononce pour ? » on a subject).
        ("Sur le droit au développement, le Conseil se prononce pour ?", "PP5"),
        ("Sur les sanctions unilatérales, la résolution se prononce contre ?", "OP8"),
        # « non- » words are no camp.
        ("la résolution veut plus de non-sélectivité ?", "PP29"),
        # "their" after an English plural is that plural's.
        ("On étudie la Chine. Does the text ask States to share their technology?", "PP9"),
        # What the text asks for a later session is the text's.
        ("did it ask for a report at the next session?", "OP33"),
    ],
)
def test_the_rounds_rules_leave_these_alone(qa, message, cited):
    answer = qa.answer(message)
    assert answer.intent is Intent.SEARCH, (message, answer.intent)
    assert cited in answer.citations, (message, answer.citations)


@pytest.mark.parametrize(
    ("message", "country"),
    [
        ("Question pour mon TD Belgique : elle a voté quoi ?", "Belgique"),
        ("question pour mon exposé Cuba : vote ?", "Cuba"),
    ],
)
def test_the_askers_work_opening_keeps_the_country(qa, message, country):
    answer = qa.answer(message)
    assert [m.country for m in answer.members] == [country]


@pytest.mark.parametrize(
    "message",
    ["le texte prévoit-il un correspondant national ?", "tu peux reparler de la question de la dette ?"],
)
def test_a_correspondent_and_talking_again_are_not_the_texts(qa, message):
    assert not qa.answer(message).answered


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        # « exactement » of one question and « quelle » of the next ask no name.
        ("que demande exactement le paragraphe 33 ? et à quelle session ?", "OP33"),
        # Mauritian and Réunionnais Creole: past marker, report, must, which paragraph.
        ("Kan l'AG inn adopte so rezolision 41/128 ?", "PP5"),
        ("ena enn rapor lor bann séminaires, li bizin prezante kan ?", "OP31"),
        ("Kisa paragraf i koz de Durban ? mi lé pa sûr", "PP10"),
    ],
)
def test_more_readings_answer(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert cited in answer.citations, (message, answer.citations)


def test_the_reunion_past_marker_is_a_vote():
    assert read_question("la Chine la voté pour ?", glossed=False).typed == "la Chine a voté pour ?"


def test_the_session_and_the_distribution_asked_together(qa):
    answer = qa.answer("when was the doc distributed, and what were the dates of the 56th session?")
    assert {"distributed", "session"} <= set(answer.facts), answer.facts


@pytest.mark.parametrize(
    "message",
    [
        # Second review: « ça veut dir non-X » is a meaning, no « dit non »; « nou » is no country.
        "que veut dir non-politisation ?",
        # « exactement » then « quelles régions ? »: names OP30 does not give.
        "le paragraphe 30 demande quoi exactement ? quelles régions ?",
        # « elle » after the text named points at the country when no saying verb follows.
        "Je suis l'Allemagne. La résolution parle des contributions volontaires, elle y contribue ?",
        # The seminars' dates beside their place: neither is given.
        "dates des séminaires et où ?",
    ],
)
def test_second_review_declines(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)
    assert answer.intent is not Intent.VOTE


def test_the_island_beside_a_vote_asks_no_meeting(qa):
    """« je viens de la Réunion … la France a voté quoi ? »: the island, not the adoption's meeting."""
    answer = qa.answer("je viens de La Réunion, c'est la France pour nous. la France a voté quoi ?")
    assert answer.intent is Intent.VOTE
    assert "meeting" not in answer.facts
    assert "meeting" in qa.answer("la France a voté pour, et c'était à quelle réunion ?").facts
