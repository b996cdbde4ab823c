"""The French analyzer, case by case: what a document and a query turn into."""

import re

import pytest

from bot.core.search.analyzer import STOPWORDS, analyze, fold_with_offsets, tokenize
from bot.core.search.stemming import EXCEPTIONS, stem
from bot.core.text.french import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'homme", ["homm"]),
        ("l’homme", ["homm"]),  # the phone apostrophe
        ("d'affectation", ["affect"]),
        ("qu'il", []),
        ("jusqu'à l'horizon", ["horizon"]),
        ("LORSQU'un État", ["etat"]),
    ],
)
def test_analyzer_cuts_elisions_with_both_apostrophes(text, expected):
    """Elided articles and pronouns go, whichever apostrophe was typed."""
    assert analyze(text) == expected


@pytest.mark.parametrize(
    ("typed", "source"),
    [
        ("xenophobie", "xénophobie"),
        ("ÉTATS", "États"),
        ("cooperation", "coopération"),
        ("inegalites", "inégalités"),
        ("oeuvre", "œuvre"),
        ("OEUVRER", "œuvrer"),
    ],
)
def test_analyzer_ignores_case_accents_and_ligatures(typed, source):
    """A word without its accents, in capitals or with oe for œ is the same term."""
    folded_typed, _ = fold_with_offsets(typed)
    folded_source, _ = fold_with_offsets(source)
    assert folded_typed == folded_source
    assert analyze(source)


def test_analyzer_folds_oe_with_offsets_into_the_source():
    """Folding œ to oe keeps each folded character pointing into the source text."""
    folded, offsets = fold_with_offsets("mise en œuvre")
    assert folded == "mise en oeuvre"
    assert offsets[8:10] == [8, 8]
    token = next(t for t in tokenize("mise en œuvre") if t.term == "oeuvre")
    assert "mise en œuvre"[token.start : token.end] == "œuvre"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sud-Sud", ["sud-sud", "sud", "sud"]),
        ("non-discrimination", ["non-discrimin", "discrimin"]),
        ("Haut-Commissaire", ["haut-commissair", "haut", "commissair"]),
    ],
)
def test_analyzer_indexes_compounds_whole_and_by_parts(text, expected):
    """A hyphenated compound gives its whole (last part stemmed) and each content part."""
    assert analyze(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("résolution 70/1", ["resolu", "70/1"]),
        ("A/HRC/55/78", ["a/hrc/55/78"]),
        ("[A/HRC/55/78](#).", ["a/hrc/55/78"]),
        ("COVID-19", ["covid-19", "covid", "19"]),
        ("sa résolution 6/17, du 28 septembre", ["resolu", "6/17", "28", "septembr"]),
        ("décision 1/CP.21, annexe.", ["decid", "1/cp.21", "annex"]),
    ],
)
def test_analyzer_keeps_document_symbols_whole(text, expected):
    """Symbols and numbers are single terms, link markup or not, trailing punctuation cut."""
    assert analyze(text) == expected


def test_analyzer_drops_footnote_markers():
    """A superscript footnote marker is not part of the word it follows."""
    assert analyze("droits de l'homme⁴ ;") == analyze("droits de l'homme ;") == ["droit", "homm"]


def test_analyzer_drops_stop_words_of_french_questions_and_english():
    """Function words, question words and English function words carry no topic."""
    assert analyze("Que doit faire le Secrétaire général ?") == ["secretair", "general"]
    assert analyze("the right to development") == analyze("right development")
    assert {"de", "la", "les", "quel", "the", "and"} <= STOPWORDS
    assert "droits" not in STOPWORDS


@pytest.mark.parametrize(
    "family",
    [
        ["vaccination", "vaccins", "vaccin"],
        ["donateurs", "donateur"],
        ["coopératives", "coopération", "coopérer"],
        ["racistes", "racisme"],
        ["protection", "protéger"],
        ["promotion", "promouvoir"],
        ["prévention", "prévenir"],
        ["création", "créer", "créé"],
        ["visent", "vise", "viser"],
        ["responsabilités", "responsabilité"],
        ["organisation", "organisations"],
        ["intergouvernementale", "intergouvernementales"],
    ],
)
def test_stemming_joins_word_families(family):
    """Inflections and the reviewed noun/verb pairs share one stem."""
    assert len({stem(word) for word in family}) == 1, {word: stem(word) for word in family}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("communication", "commun"),
        ("objectivité", "objectifs"),
        ("intégrité", "intégrante"),
        ("fonds", "fondé"),
        ("série", "serait"),
        ("résolu", "résolution"),
    ],
)
def test_stemming_exceptions_keep_distinct_words_apart(first, second):
    """Words Snowball French would merge stay apart (the exception list's over-stemming cases)."""
    assert stem(first) != stem(second)


def test_stemming_exceptions_are_folded_keys():
    """Exception keys are folded words, as the lookup expects."""
    for word in EXCEPTIONS:
        assert fold_with_offsets(word)[0] == word


def test_stemming_reads_accents_then_folds():
    """An accented word is stemmed as written and the stem folded: capacité = capacités = capac."""
    assert stem("capacité") == stem("Capacités") == "capac"
    assert stem("égalité") == "egal"


def test_tokenize_spans_point_at_source_words():
    """Every token's span is the source word it came from."""
    text = "Prie le Haut-Commissariat d’établir un rapport sur l’accès à la COVID-19"
    for token in tokenize(text):
        source, _ = fold_with_offsets(text[token.start : token.end])
        assert source == token.term


def test_analyzer_handles_a_10k_character_text():
    """A very long input is analysed whole, without error."""
    text = "coopération Sud-Sud l’homme 70/1 " * 320
    assert len(text) > 10_000
    terms = analyze(text)
    assert terms.count("70/1") == 320


def test_words_are_the_tokens_without_whole_compounds():
    """`words` gives the terms of `tokenize` less whole compounds, on the text and odd strings alike."""
    import random
    from pathlib import Path

    from bot.core.search.analyzer import tokenize, words
    from bot.core.text.corpus import load_resolution

    texts = [s.text for s in load_resolution(Path(__file__).parents[2] / "corpus").segments]
    draw = random.Random(562)  # noqa: S311 -- reproducible test data, not secrets
    alphabet = "aé-/. l'’Œœ1⁴ﬁAqu"
    texts += ["".join(draw.choice(alphabet) for _ in range(draw.randint(0, 15))) for _ in range(3000)]
    for text in texts:
        assert words(text) == [t.term for t in tokenize(text) if not t.whole], text


def test_words_of_the_text_typed_without_accents_stem_as_the_text_does(resolution):
    """« responsabilite », « assemblee », « matiere »: the unaccented spelling of a word of the text
    gets its stem; at most a handful of the text's words stem apart from it (see stemming.py)."""
    for typed, source in [
        ("responsabilite", "responsabilité"),
        ("securite", "sécurité"),
        ("assemblee", "Assemblée"),
        ("matiere", "matière"),
        ("progres", "progrès"),
    ]:
        assert stem(typed) == stem(source), typed
    words = {w.lower() for p in resolution.segments for w in re.findall(r"[^\W\d_]+", p.text)}
    apart = sorted(w for w in words if stem(w) != stem(fold(w)))
    assert len(apart) <= 4, apart


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("10e", "dixième"),
        ("12ème", "douzième"),
        ("19e", "dix-neuvième"),
        ("3rd", "troisième"),
    ],
)
def test_an_ordinal_in_digits_has_the_terms_of_its_words(typed, written):
    """« le 10e anniversaire » finds the text's « dixième anniversaire »."""
    assert analyze(typed) == analyze(written)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("59e session", "59e"),
        ("la 63e", "63e"),
        ("59th session", "59th"),
        ("56e séance", "56e"),
        ("1er juillet", "1er"),
    ],
)
def test_a_sessions_ordinal_and_a_days_stay_as_typed(typed, first):
    """Sessions are compared by the claim checks, not matched by search; « 1er » is a day."""
    assert analyze(typed)[0] == first
