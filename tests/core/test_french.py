"""French helpers: ordinals in words, dates, folding for lookups."""

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.text.french import (
    APOSTROPHES,
    fold,
    format_date,
    ordinal_words,
    parse_date,
    parse_ordinal,
    squash,
)

ORDINALS = [
    ("Cinquante-sixième", 56),
    ("cinquante-neuvième", 59),
    ("cinquante-deuxième", 52),
    ("soixante-troisième", 63),
    ("premier", 1),
    ("première", 1),
    ("cinquième", 5),
    ("neuvième", 9),
    ("onzième", 11),
    ("dix-septième", 17),
    ("vingt et unième", 21),
    ("soixante-dixième", 70),
    ("soixante-et-onzième", 71),
    ("soixante et onzième", 71),
    ("quatre-vingtième", 80),
    ("quatre-vingt-dixième", 90),
    ("quatre-vingt-dix-neuvième", 99),
]


@pytest.mark.parametrize(("words", "number"), ORDINALS)
def test_parse_ordinal_reads_words(words, number):
    """An ordinal written in words gives its number."""
    assert parse_ordinal(words) == number


@pytest.mark.parametrize("words", ["", "session", "cinquante-six", "Cinquante-sixième session"])
def test_parse_ordinal_rejects_non_ordinals(words):
    """Words that are not one ordinal give None."""
    assert parse_ordinal(words) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 juillet 2024", date(2024, 7, 10)),
        ("1er avril 2022", date(2022, 4, 1)),
        ("le 19 décembre 2023,", date(2023, 12, 19)),
        ("2 août 2024", date(2024, 8, 2)),
        ("25 février 2024", date(2024, 2, 25)),
        ("Juin 2024", None),
        ("10 july 2024", None),
        ("sans date", None),
    ],
)
def test_parse_date_reads_french_dates(text, expected):
    """The first French date of a text is read, ``1er`` included; none gives None."""
    assert parse_date(text) == expected


def test_parse_date_impossible_date_gives_none():
    """A date that does not exist (31 June) gives None rather than raising."""
    assert parse_date("31 juin 2024") is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2024, 7, 10), "10 juillet 2024"),
        (date(2022, 4, 1), "1er avril 2022"),
        (date(2024, 8, 2), "2 août 2024"),
        (date(2023, 12, 19), "19 décembre 2023"),
    ],
)
def test_format_date_writes_french(value, text):
    """Dates are written day, month name, year, with ``1er`` for the first."""
    assert format_date(value) == text


def test_format_date_round_trips_every_day():
    """parse_date reads back every date format_date writes, over a leap year."""
    days = [date(2024, 1, 1) + timedelta(n) for n in range(366)]
    assert [parse_date(format_date(d)) for d in days] == days


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Émirats arabes unis", "emirats arabes unis"),
        ("CÔTE D'IVOIRE", "cote d'ivoire"),
        ("œuvre", "oeuvre"),
        ("ŒUVRE", "oeuvre"),
        ("Ça", "ca"),
        ("２９", "29"),
        ("Koweït", "koweit"),
    ],
)
def test_fold_drops_case_accents_and_compatibility_forms(text, folded):
    """Folding removes case, accents and ligatures and maps fullwidth digits."""
    assert fold(text) == folded


def test_squash_folds_white_space():
    """Runs of white space, line breaks included, become one space; ends are trimmed."""
    assert squash("  fonds\n\nd'affectation \t spéciale ") == "fonds d'affectation spéciale"


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
def test_fold_of_ascii_text_is_the_decomposing_fold(text):
    """fold() returns ASCII text without decomposing it: the same result as the full path."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).casefold())
    slow = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert fold(text) == slow


@pytest.mark.parametrize("number", range(2, 100))
def test_ordinal_words_reads_back_as_its_number(number):
    """Every ordinal written in one word reads back as itself; those with « et » are left out."""
    written = ordinal_words(number)
    if number % 10 == 1 and 20 < number < 80:
        assert written is None
    else:
        assert written is not None
        assert parse_ordinal(written) == number


def test_ordinal_words_spells_the_texts_ordinals():
    assert [ordinal_words(n) for n in (10, 12, 19, 59, 63)] == [
        "dixième",
        "douzième",
        "dix-neuvième",
        "cinquante-neuvième",
        "soixante-troisième",
    ]
    assert ordinal_words(1) is None  # « 1er » is a date's day
