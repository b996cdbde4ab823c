"""The domain thesaurus: UN acronyms, synonyms of the text's terms and an English→French glossary.

The data is a reviewed file, ``corpus/thesaurus.toml`` (see ``corpus/README.md``). An entry maps
an expression a user may type to expressions of the text. Matching is word by word on content
words only, so ``droits de l'homme`` and ``droits de l’homme`` are the same key:

- ``sigles``: an acronym, matched on its folded spelling (``ODD``, ``odd``); an acronym that is
  also a French function word (``UN``) matches only when typed in capitals;
- ``synonymes``: groups of expressions meaning the same thing here, matched on French stems;
- ``anglais``: English expressions, matched on English stems (``countries`` = ``country``);
- ``proches``: groups as ``synonymes``, read by the questions' coverage only, never by search.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

import Stemmer

from bot.core.search.analyzer import STOPWORDS, words
from bot.core.search.stemming import stem
from bot.core.text.french import fold

FILE_NAME = "thesaurus.toml"
# Where the data lives: inside the package in a wheel, at the top of a checkout (as bot.settings).
_PACKAGE_DIR = Path(__file__).resolve().parents[2]
_CANDIDATES = (_PACKAGE_DIR / "_data" / "corpus" / FILE_NAME, _PACKAGE_DIR.parent / "corpus" / FILE_NAME)

_ENGLISH = Stemmer.Stemmer("english")


class Section(StrEnum):
    """The kinds of entry, named as the sections of the data file."""

    ACRONYM = "sigles"
    SYNONYM = "synonymes"
    ENGLISH = "anglais"
    # Everyday words close to the text's (« entraide », « variété des cultures »): they tell the
    # questions' coverage that a passage says the same thing, but do not widen /cherche, where
    # they diluted the ranking (benchmarks/search_quality.py).
    NEAR = "proches"


# The sections /cherche expands a query with, in order of precedence.
SEARCH_SECTIONS = (Section.ACRONYM, Section.SYNONYM, Section.ENGLISH)


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str:
    """Return the English Snowball stem of a folded word."""
    return str(_ENGLISH.stemWord(word))


def match_key(section: Section, word: str) -> str:
    """Return the key one folded content word is matched on in ``section``."""
    if section is Section.ACRONYM:
        return word
    if section is Section.ENGLISH:
        return english_stem(word)
    return stem(word)


def content_words(expression: str) -> tuple[str, ...]:
    """Return the folded content words of an expression, hyphenated parts split, stop words out."""
    return tuple(word for word in words(expression) if word not in STOPWORDS)


@dataclass(frozen=True, slots=True)
class Entry:
    """One expression users type and what it means in the text.

    ``keys`` are the match keys of its content words, ``words`` the folded words themselves (two
    entries with the same keys, such as ``objectivity`` and ``objectives``, are told apart by them).
    """

    section: Section
    expression: str
    keys: tuple[str, ...]
    expansions: tuple[str, ...]
    words: tuple[str, ...] = ()


class ThesaurusError(ValueError):
    """The thesaurus file is malformed: says which entry."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


# What the file says of one entry, checked: its section, expression, expansions and content words.
_Checked = tuple[Section, str, tuple[str, ...], tuple[str, ...]]


class Thesaurus:
    """Entries indexed by the match key of their first word, longest first.

    A loaded file is checked at once (structure, a content word in every expression); stemming
    its words into match keys waits for the first lookup, which a quote or a vote never makes.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: tuple[Entry, ...] | None = tuple(entries)
        self._checked: tuple[_Checked, ...] = ()
        self._first: dict[tuple[Section, str], list[Entry]] | None = None

    @classmethod
    def empty(cls) -> Thesaurus:
        """Return a thesaurus with no entry (search on the text's words alone)."""
        return cls(())

    @classmethod
    def load(cls, path: Path) -> Thesaurus:
        """Read a thesaurus file; raise ``ThesaurusError`` naming the entry at fault."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ThesaurusError(f"illisible ({exc})") from exc
        thesaurus = cls(())
        thesaurus._entries, thesaurus._checked = None, tuple(_check_entries(data, path.name))
        return thesaurus

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Return every entry, in file order (a group of synonyms gives one entry per member)."""
        if self._entries is None:
            self._entries = tuple(_entry(*checked) for checked in self._checked)
        return self._entries

    @property
    def _by_first(self) -> dict[tuple[Section, str], list[Entry]]:
        if self._first is None:
            self._first = {}
            for entry in self.entries:
                self._first.setdefault((entry.section, entry.keys[0]), []).append(entry)
            for bucket in self._first.values():
                bucket.sort(key=lambda e: -len(e.keys))
        return self._first

    def candidates(self, section: Section, first_key: str) -> list[Entry]:
        """Return the entries of ``section`` whose first word has ``first_key``, longest first."""
        return self._by_first.get((section, first_key), [])

    def surface_words(self) -> set[str]:
        """Return the one-word keys (not acronyms): what a typo may be corrected to, to expand."""
        return {e.words[0] for e in self.entries if e.section in _SURFACE and len(e.words) == 1}


_SURFACE = (Section.SYNONYM, Section.ENGLISH)


def parse_entries(data: dict[str, object], origin: str = "thesaurus") -> list[Entry]:
    """Turn the parsed TOML into entries; a group of synonyms gives one entry per member."""
    return [_entry(*checked) for checked in _check_entries(data, origin)]


def _check_entries(data: dict[str, object], origin: str) -> list[_Checked]:
    """Check the parsed TOML and return its entries' content words, not yet stemmed."""
    entries: list[_Checked] = []
    for section in Section:
        raw = data.get(section.value, {})
        if section in (Section.SYNONYM, Section.NEAR):
            groups = raw.get("groupes", []) if isinstance(raw, dict) else None
            if not isinstance(groups, list):
                raise ThesaurusError(f"{origin}: [{section.value}] groupes doit être une liste de listes")
            for group in groups:
                if (
                    not isinstance(group, list)
                    or len(group) < 2
                    or not all(isinstance(g, str) for g in group)
                ):
                    raise ThesaurusError(f"{origin}: groupe de synonymes invalide : {group!r}")
                for member in group:
                    others = tuple(g for g in group if g != member)
                    entries.append(_checked(section, member, others, origin))
            continue
        if not isinstance(raw, dict):
            raise ThesaurusError(f"{origin}: [{section.value}] doit être une table")
        for expression, meaning in raw.items():
            values = [meaning] if isinstance(meaning, str) else meaning
            if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
                raise ThesaurusError(f"{origin}: entrée « {expression} » : texte ou liste de textes attendu")
            entries.append(_checked(section, expression, tuple(values), origin))
    return entries


def _checked(section: Section, expression: str, expansions: tuple[str, ...], origin: str) -> _Checked:
    if section is Section.ACRONYM:
        words: tuple[str, ...] = (fold(expression).strip(),)
    else:
        words = content_words(expression)
    if not words or not words[0]:
        raise ThesaurusError(f"{origin}: « {expression} » n'a aucun mot de contenu")
    return section, expression, expansions, words


def _entry(section: Section, expression: str, expansions: tuple[str, ...], words: tuple[str, ...]) -> Entry:
    keys = tuple(match_key(section, w) for w in words)
    return Entry(section, expression, keys, expansions, words)


def default_thesaurus() -> Thesaurus:
    """Return the project's thesaurus (``corpus/thesaurus.toml``), or an empty one if absent."""
    for path in _CANDIDATES:
        if path.is_file():
            return Thesaurus.load(path)
    return Thesaurus.empty()
