"""Ranking: passages carrying every word typed first, weak partial matches left out, true totals.

Issue 18: « mesures coercitives unilatérales » listed four passages that only say « mesures »
after OP8, and « coopération » ranked first a passage that only has « coopérer ». The expected
sets are computed from the text with regular expressions, not from the index.
"""

import re

import pytest

from bot.core.search.analyzer import form_of
from bot.core.search.index import RELATIVE_FLOOR


def _says(pattern, text):
    """Whether ``text`` has the word ``pattern`` (a footnote marker such as ⁴ may follow it)."""
    return re.search(rf"\b{pattern}(?![a-zà-ÿœ])", text, re.IGNORECASE) is not None


def _text(service, paragraph):
    """A segment's words as the index reads them: its own text and its footnotes'."""
    notes = [service.resolution.get(n).text for n in paragraph.footnotes]
    return " ".join([paragraph.text, *notes])


def test_ranking_leaves_out_passages_that_only_share_one_word(service):
    """« mesures coercitives unilatérales » finds OP8 alone: the passages saying only « mesures » go."""
    result = service.search("mesures coercitives unilatérales", limit=50)
    assert [h.id for h in result.hits] == ["OP8"]
    assert result.total == 1
    others = [s.id for s in service.resolution.segments if _says("mesures", s.text) and s.id != "OP8"]
    assert len(others) >= 4  # they exist, and match the word « mesures »: the floor left them out


def test_ranking_puts_the_word_typed_before_a_word_of_the_same_stem(service):
    """« coopération »: every passage saying it comes before OP4, which only says « coopérer »."""
    hits = service.search("coopération", limit=None).hits
    ids = [h.id for h in hits]
    saying = {s.id for s in service.resolution.segments if _says("coopérations?", _text(service, s))}
    assert "coopération" not in service.resolution.get("OP4").text
    assert "OP4" in ids  # a real, weaker match: kept, after the others
    assert set(ids[: len(saying)]) == saying
    assert ids.index("OP4") >= len(saying)
    assert not hits[ids.index("OP4")].complete


def test_ranking_keeps_a_passage_with_every_word_however_low_its_score(service):
    """The floor drops only partial matches: PP10 names « coopération » and « Sud », and stays."""
    result = service.search("coopération Sud-Sud", limit=None)
    both = {
        s.id
        for s in service.resolution.segments
        if _says("coopérations?", _text(service, s)) and _says("sud", _text(service, s))
    }
    assert {h.id for h in result.hits if h.complete} == both
    best = max(h.score for h in result.hits)
    [pp10] = [h for h in result.hits if h.id == "PP10"]
    assert pp10.complete
    assert pp10.score < RELATIVE_FLOOR * best  # the floor would have cut it, had it been partial


def test_ranking_drops_partial_matches_under_the_floor_only(service):
    """Every partial match shown scores at least RELATIVE_FLOOR of the best; none is shown below."""
    for query in ["coopération", "financial and economic crises", "droit au développement", "pandémie"]:
        hits = service.search(query, limit=None).hits
        best = max(h.score for h in hits)
        assert all(h.complete or h.score >= RELATIVE_FLOOR * best for h in hits), query


def test_ranking_of_a_query_read_through_the_thesaurus_follows_the_score(service):
    """An English query is not tiered (its equivalents are not all as good): scores descend."""
    hits = service.search("financial and economic crises", limit=None).hits
    assert hits[0].id == "OP26"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_search_total_counts_every_match_and_pages_continue_the_ranking(service):
    """``total`` counts all the passages shown across pages; an offset continues the same ranking."""
    every = service.search("coopération", limit=None)
    assert every.total == len(every.hits) > 50  # more than the largest --limit
    first = service.search("coopération", limit=5)
    assert first.total == every.total
    eleventh = service.search("coopération", limit=5, offset=50)
    assert [h.id for h in eleventh.hits] == [h.id for h in every.hits[50:55]]


def test_search_offset_must_not_be_negative(service):
    """A negative offset is a bug of the caller, not user input."""
    with pytest.raises(ValueError, match="-1"):
        service.search("coopération", offset=-1)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("unilaterales", "unilateral"),
        ("internationaux", "internationale"),
        ("mesures", "mesure"),
        ("droits", "droit"),
        ("creees", "cree"),
    ],
)
def test_form_of_joins_the_inflections_of_a_word(first, second):
    """Plural and feminine forms share one inflection key."""
    assert form_of(first) == form_of(second)


@pytest.mark.parametrize(("first", "second"), [("cooperation", "cooperer"), ("protection", "proteger")])
def test_form_of_keeps_words_of_one_stem_apart(first, second):
    """A noun and its verb keep their own keys: they share a stem, not a word."""
    assert form_of(first) != form_of(second)


def test_form_of_leaves_symbols_alone():
    """Document symbols and numbers are their own key."""
    assert form_of("70/1") == "70/1"
    assert form_of("a/hrc/55/78") == "a/hrc/55/78"
