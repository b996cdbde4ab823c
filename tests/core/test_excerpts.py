"""Excerpts are verbatim, whole phrases: 12 words or more, ending where a clause ends, nothing left open."""

import re

import pytest

from bot.core.text.excerpts import (
    MAX_WORDS,
    MIN_WORDS,
    clause_ends,
    clause_starts,
    excerpt,
    excerpt_around,
    excerpts,
)

COUNT = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
# What may follow an excerpt: a pause mark (after French typography's space), or nothing.
AFTER = re.compile(r"^(\s?[,;:](\s|$)|\s|$)")


def _words(text):
    return len([t for t in text.split() if re.search(r"\w", t)])


def test_excerpts_of_every_paragraph_are_whole_verbatim_phrases(resolution):
    """Every paragraph's excerpts: slices of its text, 12 to 60 words, ending at a boundary, balanced."""
    seen = 0
    for paragraph in resolution.paragraphs:
        text = paragraph.text
        found = excerpts(text)
        assert found, paragraph.id  # every paragraph can be quoted
        for e in found:
            seen += 1
            assert e.text == text[e.start : e.end]
            assert e.words == _words(e.text)
            assert min(MIN_WORDS, _words(text)) <= e.words <= MAX_WORDS
            assert e.text.endswith(".") or AFTER.match(text[e.end :]), (paragraph.id, e.text)
            assert not e.text.endswith((" ", ",", ";", ":")), e.text
            assert e.text.count("«") == e.text.count("»"), e.text
            assert e.text.count("(") == e.text.count(")"), e.text
    assert seen > 200


def test_excerpt_runs_to_the_first_clause_end_past_twelve_words():
    """The shortest excerpt with enough words: it runs past short clauses, stops at the next mark."""
    text = "un deux trois, quatre cinq six sept huit neuf dix onze douze treize, quatorze ;"
    assert excerpt(text).text == "un deux trois, quatre cinq six sept huit neuf dix onze douze treize"
    assert excerpt(text, text.index("quatre")) is None  # 10 words and then only « quatorze »
    assert clause_starts(text) == (0, text.index("quatre"), text.index("quatorze"))


def test_excerpt_never_stops_on_a_function_word():
    """No mark after « de »: the excerpt goes on to the phrase's end, however long, within the cap."""
    text = COUNT[: COUNT.index(" douze")] + " de la coopération entre les pays, suite"
    assert excerpt(text).text == text.removesuffix(", suite")
    assert excerpt(text, max_words=12) is None  # the phrase is longer than that


def test_excerpt_keeps_a_full_stop_and_leaves_out_a_spaced_semicolon():
    """A full stop ends a sentence and stays; « ; » and the space French puts before it do not."""
    sentence = f"{COUNT}. Suite"
    assert excerpt(sentence).text == f"{COUNT}."
    assert excerpt(f"{COUNT} ; suite").text == COUNT
    assert excerpt(f"{COUNT} ;").text == COUNT
    assert clause_ends(f"{COUNT} ;") == (len(COUNT),)


def test_excerpt_never_ends_or_starts_inside_guillemets(resolution):
    """PP2's title « Transformer notre monde : le Programme … » holds a colon that is no boundary."""
    text = resolution.get("PP2").text
    colon = text.index(" : le Programme")
    assert colon not in clause_ends(text)
    assert all(not (text.index("«") < s < text.index("»")) for s in clause_starts(text))
    quoted = [e.text for e in excerpts(text) if "«" in e.text]
    assert quoted
    assert all(e.endswith("2030 »") for e in quoted)


def test_excerpt_around_keeps_the_given_words_inside(resolution):
    """An excerpt around a word holds it, from the nearest clause start that gives a whole phrase."""
    for paragraph in resolution.paragraphs:
        text = paragraph.text
        for word in re.finditer(r"\w{8,}", text):
            found = excerpt_around(text, word.start(), word.end())
            assert found is not None, (paragraph.id, word.group())
            assert found.start <= word.start()
            assert word.end() <= found.end
            assert found.text == text[found.start : found.end]
    assert excerpt_around(f"{COUNT}, seize", 0, 3, max_words=5) is None


def test_excerpt_of_a_short_text_is_the_whole_text(resolution):
    """OP23 has 8 words: it is quoted whole, from its first word only."""
    text = resolution.get("OP23").text
    assert text == "Exhorte les États à continuer d'alimenter les fonds ;"
    assert [e.text for e in excerpts(text)] == [text.removesuffix(" ;")]
    assert excerpt(text, text.index("les")) is None  # a later start gets no such allowance


@pytest.mark.parametrize("text", ["", "   ", ", ; :"])
def test_excerpt_of_nothing_is_none(text):
    """No words, no excerpt."""
    assert excerpts(text) == []
    assert excerpt(text) is None
