"""Small French-language helpers shared by the parser, the lookups and the analyzer."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MONTHS = {
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}
MONTH_NAMES = {number: name for name, number in MONTHS.items()}

_CARDINALS = {
    "un": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
}
# Ordinal stems that lose more than a final "e" before "-ième": cinq-u-ième, neu-v-ième.
_ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf"}
_DATE = re.compile(r"(1er|\d{1,2}) (\w+) (\d{4})")
_SPACES = re.compile(r"\s+")
# Apostrophes as typed on phones and keyboards, all read as the ASCII one.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})


def fold(text: str) -> str:
    """Return ``text`` without accents, case, ligatures or curly apostrophes, for lookups (not display).

    Characters map one to one except ligatures (œ → oe), so ``analyzer`` can fold character by
    character and keep source offsets.
    """
    if text.isascii():  # most words typed: nothing to decompose (the same result, 10x faster)
        return text.translate(APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("œ", "oe").replace("æ", "ae")


def fold_words(text: str) -> str:
    """Fold ``text`` (see ``fold``) and join its words with single spaces: how questions are matched."""
    return " ".join(fold(text).split())


def squash(text: str) -> str:
    """Fold runs of white space (line breaks included) to one space and trim the ends."""
    return _SPACES.sub(" ", text).strip()


def parse_date(text: str) -> date | None:
    """Parse the first French date of ``text`` (``10 juillet 2024``, ``1er avril 2022``)."""
    for day, month, year in _DATE.findall(text):
        if month.lower() in MONTHS:
            try:
                return date(int(year), MONTHS[month.lower()], 1 if day == "1er" else int(day))
            except ValueError:  # "31 juin": a French date that does not exist
                return None
    return None


def format_date(value: date) -> str:
    """Write a date the French way: ``10 juillet 2024``, ``1er avril 2022``."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTH_NAMES[value.month]} {value.year}"


def parse_cardinal(words: str) -> int | None:
    """Read a French number written in words up to 99 (``cinquante-six``, ``soixante et onze``)."""
    total = 0
    previous = 0
    for word in re.split(r"[-\s]+", words.casefold().strip()):
        if word == "et":
            continue
        if word not in _CARDINALS:
            return None
        value = _CARDINALS[word]
        # "quatre-vingt(s)" multiplies rather than adds: 4 x 20.
        if value == 20 and previous == 4:
            total += 80 - 4
        else:
            total += value
        previous = value
    return total or None


_UNITS: tuple[str, ...] = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_UNITS += ("onze", "douze", "treize", "quatorze", "quinze", "seize")
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}


def _cardinal_words(number: int) -> str:
    """Write 1 to 99 in French words, hyphenated (``cinquante-neuf``, ``soixante-dix-sept``)."""
    if number <= 16:
        return _UNITS[number - 1]
    if number < 20:
        return f"dix-{_UNITS[number - 11]}"
    tens, unit = divmod(number, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: twenty or sixty plus ten to nineteen
        return f"{_TENS[tens - 1]}-{_cardinal_words(10 + unit)}"
    return _TENS[tens] if unit == 0 else f"{_TENS[tens]}-{_UNITS[unit - 1]}"


def ordinal_words(number: int) -> str | None:
    """Write an ordinal from 2 to 99 in French words (59 → ``cinquante-neuvième``).

    ``None`` for 1 (« premier », « 1er » is a date's day) and for the ordinals written with « et »
    (« vingt et unième »), which are more than one word.
    """
    if not 2 <= number <= 99 or (number % 10 == 1 and 20 < number < 80):
        return None
    head, _, last = _cardinal_words(number).rpartition("-")
    last = {"cinq": "cinqu", "neuf": "neuv", "un": "un"}.get(last, last.removesuffix("e"))
    return f"{head}-{last}ième" if head else f"{last}ième"


def parse_ordinal(words: str) -> int | None:
    """Read a French ordinal written in words (``cinquante-sixième`` → 56, ``premier`` → 1)."""
    words = "-".join(words.casefold().split())
    if words in {"premier", "première"}:
        return 1
    head, _, last = words.rpartition("-")
    if not last.endswith("ième"):
        return None
    stem = last.removesuffix("ième")
    stem = _ORDINAL_STEMS.get(stem, stem)
    if stem not in _CARDINALS and stem + "e" in _CARDINALS:
        stem += "e"
    return parse_cardinal(f"{head}-{stem}" if head else stem)
