"""Patterns compiled behind a lookahead of the characters their matches can start with.

Python's engine tries every branch of a long alternation at every position of a message: on 500
characters a rule of forty branches costs a fraction of a millisecond a call, though a match can
only start at a few characters (« n° », a country code in capitals, a word opening). ``gated``
puts a lookahead of those characters in front (``(?=[nN])(?:…)``), so that the other positions
fail at once. The matches are the same, span for span and group for group: the lookahead is true
wherever a match can start, takes no character and captures nothing.

The pattern is also kept with the strings one of which every match holds (``literals.required``):
a message holding none of them is answered without running the engine (no match: ``search`` is
``None``, ``sub`` returns the message as it is), as the engine would answer it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from bot.core.text.literals import may_match, required

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


class _AnyStart(Exception):
    """A match may start with any character (or none): no lookahead helps."""


class Gated:
    """A compiled pattern that runs only on messages holding one of the strings its matches need."""

    __slots__ = ("_compiled", "_literals")

    def __init__(
        self, compiled: re.Pattern[str], literals: tuple[frozenset[str], frozenset[str]] | None
    ) -> None:
        self._compiled = compiled
        self._literals = literals

    @property
    def pattern(self) -> str:
        """The pattern as compiled (behind its lookahead)."""
        return self._compiled.pattern

    @property
    def flags(self) -> int:
        """The pattern's flags, as compiled."""
        return self._compiled.flags

    def _may(self, text: str) -> bool:
        return self._literals is None or may_match(text, self._literals)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self._compiled.search(text, pos, endpos) if self._may(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self._compiled.match(text, pos, endpos) if self._may(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        return self._compiled.fullmatch(text) if self._may(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        return self._compiled.finditer(text) if self._may(text) else iter(())

    def findall(self, text: str) -> list[Any]:
        """As ``re.Pattern.findall``."""
        return self._compiled.findall(text) if self._may(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """As ``re.Pattern.sub``."""
        return self._compiled.sub(repl, text, count) if self._may(text) else text

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> tuple[str, int]:
        """As ``re.Pattern.subn``."""
        return self._compiled.subn(repl, text, count) if self._may(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        """As ``re.Pattern.split``."""
        return self._compiled.split(text, maxsplit) if self._may(text) else [text]


def gated(pattern: str, flags: int = 0) -> Gated:
    """Compile ``pattern`` behind a lookahead of its matches' first characters, when there is one."""
    return Gated(_gated(pattern, flags), required(pattern, flags))


def _gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        starts, empty = _first(sre_parse.parse(pattern, flags), 0)
    except (_AnyStart, KeyError):
        return re.compile(pattern, flags)
    if empty or not starts:
        return re.compile(pattern, flags)
    classes: dict[bool, list[str]] = {}
    for folded, item in starts:
        classes.setdefault(folded, []).append(item)
    # A class under « (?i: » where the branch it comes from ignores case; the global flags apply
    # to the whole pattern, the lookahead included.
    lookahead = "|".join(
        f"(?i:[{''.join(dict.fromkeys(items))}])" if folded else f"[{''.join(dict.fromkeys(items))}]"
        for folded, items in classes.items()
    )
    try:
        return re.compile(f"(?={lookahead})(?:{pattern})", flags)
    except re.error:  # global inline flags (« (?m)… ») must open the pattern: left as written
        return re.compile(pattern, flags)


def _first(items: Any, flags: int) -> tuple[list[tuple[bool, str]], bool]:
    """The class items a match of ``items`` (a parsed sequence) can start with; whether it can be empty."""
    starts: list[tuple[bool, str]] = []
    for op, av in items:
        folded = bool(flags & re.IGNORECASE)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the next item starts the match
        if op is sre.LITERAL:
            return [*starts, (folded, re.escape(chr(av)))], False
        if op is sre.IN:
            if av and av[0][0] is sre.NEGATE:
                raise _AnyStart
            return [*starts, (folded, "".join(_class_item(o, a) for o, a in av))], False
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            found, empty = _first(sub, (flags | add) & ~remove)
        elif op is sre.BRANCH:
            found, empty = [], False
            for branch in av[1]:
                branch_starts, branch_empty = _first(branch, flags)
                found += branch_starts
                empty = empty or branch_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            found, empty = _first(sub, flags)
            empty = empty or low == 0
        elif op is sre.ATOMIC_GROUP:
            found, empty = _first(av, flags)
        else:
            raise _AnyStart  # any character, a back reference…
        starts += found
        if not empty:
            return starts, False
    return starts, True


def _class_item(op: Any, av: Any) -> str:
    """One item of a character class, written back as pattern text."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY:
        return _CATEGORIES[av]
    raise _AnyStart
