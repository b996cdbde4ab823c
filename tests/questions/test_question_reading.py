"""A question read once: chat markup and filler removed, its language told, English glossed."""

import re

import pytest

from bot.core.questions import question
from bot.core.questions.english import gloss, translate
from bot.core.questions.language import language
from bot.core.questions.question import MAX_WORDS, read_question


@pytest.mark.parametrize(
    ("raw", "typed"),
    [
        ("<@123456789012345678> que dit le §29 ?", "que dit le §29 ?"),
        ("**que dit** le `29` ?", "que dit le 29 ?"),
        ("quelqu'un sait ce que dit le texte sur les vaccins ? 🙏", "dit le texte sur les vaccins ?"),
        ("yo svp c koi le § sur la dette", "c'est quoi le § sur la dette"),
        ("voir https://undocs.org/fr/A/HRC/RES/56/2 <:pepe:123> vote France", "voir vote France"),
    ],
)
def test_reading_removes_chat_markup_and_filler(raw, typed):
    """Mentions, markdown, emoji, links and chat filler are not part of the question."""
    assert read_question(raw).typed == typed


@pytest.mark.parametrize(
    ("raw", "typed"),
    [
        ("le droit au développement ?", "le droit au développement ?"),
        ("le gouvernement et le dév durable", "le gouvernement et le développement durable"),
        ("les gouv et la coop intl", "les gouvernement et la coopération international"),
        ("right to dev?", "right to développement?"),
        ("la conf de Durban c'était quand ?", "la conférence de Durban c'était quand ?"),
        ("les assos, on leur demande quoi ?", "les associations, on leur demande quoi ?"),
        ("une confusion", "une confusion"),
        ("le dialogue sur les DH", "le dialogue sur les droits de l'homme"),
    ],
)
def test_abbreviations_are_whole_words_only(raw, typed):
    """« dév » is written out, never found inside « développement » (« développementeloppement »)."""
    assert read_question(raw).typed == typed


def test_every_word_of_the_text_reads_as_itself(resolution):
    """No abbreviation or code rewrites a word the text uses: each paragraph reads back unchanged."""
    for segment in resolution.segments:
        words = " ".join(segment.text.split()[:MAX_WORDS])
        assert re.findall(r"\w+", read_question(words).typed) == re.findall(r"\w+", words), segment.id


def test_reading_keeps_a_question_made_only_of_filler():
    """A message that is only filler is read as typed rather than as nothing."""
    assert read_question("svp").typed == "svp"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("que dit le paragraphe 29", "fr"),
        ("what does paragraph 29 say", "en"),
        ("how did Germany vote", "en"),
        ("comment a voté la France", "fr"),
        ("vote France", "fr"),
        ("footnote 3?", "en"),
        # A short English vote question with few question words (the console had framed it in
        # French); French names and « et » stay French.
        ("Qatar and Kuwait, both in favour?", "en"),
        ("Chine et Inde pour ?", "fr"),
        ("OP3 et OP4 stp", "fr"),
        # One English word in a French message (« yes merci, et l'OP14 ? »): an elided article is French.
        ("yes merci, et l'OP14 ?", "fr"),
        ("also l'OP7 ?", "fr"),
    ],
)
def test_reading_tells_the_language(text, lang):
    """English is told by its function words; French is the default."""
    assert language(read_question(text).q if lang == "fr" else text.lower()) == lang


def test_gloss_is_one_pass():
    """A French word put in is never read again: « operative paragraph » is glossed once."""
    last = "que dit the dernier paragraphe du dispositif say"
    assert gloss("what does the last operative paragraph say") == last
    assert gloss("who voted against") == "qui vote contre"
    assert gloss("how many countries abstained") == "combien pays abstention"


def test_translate_uses_the_thesaurus_glossary(service):
    """English expressions of the glossary become the text's French words."""
    thesaurus = service.index.thesaurus
    assert translate("what about unilateral coercive measures?", thesaurus) == (
        "what about mesures coercitives unilaterales?"
    )
    assert "droit au developpement" in translate("the right to development", thesaurus)
    assert translate("nothing to translate here", thesaurus) == "nothing to translate here"


def test_reading_is_bounded():
    """A pasted page is cut to the first words: a question costs the same whatever follows."""
    long = " ".join(["mot"] * (MAX_WORDS * 5))
    assert len(read_question(long).typed.split()) == MAX_WORDS


def test_kinds_of_countries_are_glossed_whole():
    """ "least developed countries" before "countries": the text's « pays les moins avancés »."""
    assert gloss("which countries are least developed countries") == "quels pays are pays les moins avances"


@pytest.mark.parametrize(
    ("raw", "typed"),
    [
        # The asker's task, before or after the question, is no word of it.
        ("la Belgique a voté quoi ? je dois le dire tantôt en débat", "la Belgique a voté quoi ?"),
        ("tomorrow I have my speech, how did Mexico vote?", "how did Mexico vote?"),
        ("le texte parle de racisme ? jdois faire un discours la dessus", "le texte parle de racisme ?"),
        ("adopté quand ? besoin de la date pour ma fiche", "adopté quand ?"),
    ],
)
def test_reading_drops_the_askers_own_clauses(raw, typed):
    assert read_question(raw).typed == typed


@pytest.mark.parametrize(
    "raw",
    [
        # The subject is in the asker's clause: nothing is dropped.
        "pour mon exposé je dois lister les paragraphes sur l'EPU, quelqu'un a la liste ?",
        "jdois lister tous les paragraphes qui parlent du covid, qqn a la liste ?",
        # A premise is no task of the asker's.
        "j'ai lu que la France a voté pour, c'est vrai ?",
        # One clause: nothing to choose between.
        "je dois présenter le paragraphe 29",
    ],
)
def test_reading_keeps_an_askers_clause_that_holds_the_question(raw):
    assert read_question(raw).typed == raw


def test_each_short_form_is_one_group_of_the_one_pass_pattern():
    # The group that matched names the full form: a capturing group inside a form would shift them.
    assert question._CODE.groups == len(question._CODED)
    assert question._ABBREVIATION.groups == len(question._ABBREVIATED)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("le HC et le SG de l'AG", "le Haut-Commissaire et le Secrétaire général de l'Assemblée générale"),
        ("the USA and the uk voted?", "the États-Unis and the Royaume-Uni voted?"),
        ("USA et US", "États-Unis et États-Unis"),
        ("cb de pays pr ou ct", "combien de pays pour ou contre"),
        ("dév, dvpt et développement", "développement, développement et développement"),
        ("le RU et RU", "le Royaume-Uni et RU"),
        ("j'ai une question sur l'AI", "j'ai une question sur l'intelligence artificielle"),
    ],
)
def test_codes_then_abbreviations_are_written_out_in_one_pass_each(typed, written):
    assert question._written_out(typed) == written
