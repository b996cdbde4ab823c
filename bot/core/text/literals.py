"""The literal strings a pattern cannot match without: a test in C before the engine runs.

Python's engine tries every branch of a long alternation at every position of a message, some
0.05 to 0.8 ms a call on 500 characters, though most messages hold none of the words the pattern
is made of. ``required`` reads a pattern's parse tree for strings one of which every match
contains (« le texte » or « resolution »); a message holding none of them cannot match, and
``str.__contains__`` tells so in microseconds. When a string may be absent from some match (a
branch made of classes only, an optional group), no filter is returned and the engine always runs.

Case: a string read under ``re.IGNORECASE`` is looked for in the message lowered, its few other
characters that the engine equates with an ASCII letter (the Kelvin sign, the long s, the dotted
and dotless i) written as that letter; only its ASCII letters are used, so the message's other
characters, however they lower, never hide one of them.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# The characters other than ASCII ones that ``re.IGNORECASE`` matches with an ASCII letter (Python's
# engine: simple case folding and its ``_ignorecase_fixes``); tests/test_literals.py checks the
# list against every code point.
_LIKE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

# The strings a pattern's every match holds one of: as written, and lowered (read case-blind).
Literals = tuple[frozenset[str], frozenset[str]]
# A string found (text, whether looked for case-insensitively).
_Literal = tuple[str, bool]


# Operators whose matches hold no given string (an assertion's content may lie outside the match).
_NOTHING_REQUIRED = (
    sre.AT,
    sre.ASSERT,
    sre.ASSERT_NOT,
    sre.IN,
    sre.ANY,
    sre.NOT_LITERAL,
    sre.CATEGORY,
    sre.GROUPREF,
    sre.GROUPREF_EXISTS,
)


class _NoFilter(Exception):
    """Some match may hold none of the strings: the engine must run."""


def required(pattern: str, flags: int = 0) -> Literals | None:
    """Strings one of which every match of ``pattern`` holds: (as written, lowered for case-blind).

    ``None`` when there are none to rely on.
    """
    if flags & (re.LOCALE | re.ASCII) or isinstance(pattern, bytes):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
        found = _sequence(parsed, parsed.state.flags)
    except (_NoFilter, RecursionError):
        return None
    if found is None or not found:
        return None
    exact = frozenset(text for text, blind in found if not blind)
    lowered = frozenset(text for text, blind in found if blind)
    return exact, lowered


def may_match(text: str, literals: Literals) -> bool:
    """Whether ``text`` holds one of the strings ``required`` found (if not, no match is possible)."""
    exact, lowered = literals
    if exact and _holds(text, exact):
        return True
    return bool(lowered) and _holds(_lowered(text), lowered)


class LiteralIndex:
    """Many patterns' strings, looked up by their first three letters: which patterns may match.

    ``which`` gives what ``may_match`` gives pattern by pattern, but a string is tested only when
    the message holds its first three letters (a set intersection, in C), so that a message is
    not scanned once for each of some fifty branches' strings.
    """

    __slots__ = ("_always", "_exact", "_lowered", "_short")

    def __init__(self, literals: list[Literals | None]) -> None:
        self._always = [i for i, found in enumerate(literals) if found is None]
        self._exact: dict[str, list[tuple[str, int]]] = {}
        self._lowered: dict[str, list[tuple[str, int]]] = {}
        # Strings under three letters, tested as they are: (string, case-blind, pattern).
        self._short: list[tuple[str, bool, int]] = []
        for i, found in enumerate(literals):
            if found is None:
                continue
            for blind, strings in enumerate(found):
                for string in strings:
                    if len(string) < 3:
                        self._short.append((string, bool(blind), i))
                    else:
                        (self._lowered if blind else self._exact).setdefault(string[:3], []).append(
                            (string, i)
                        )

    def which(self, text: str) -> list[int]:
        """The patterns (by position) ``text`` may match, in order."""
        hits = set(self._always)
        lowered = _lowered(text)
        for string, blind, i in self._short:
            if i not in hits and string in (lowered if blind else text):
                hits.add(i)
        for keys, within in ((self._exact, text), (self._lowered, lowered)):
            for key in keys.keys() & _trigrams(within):
                for string, i in keys[key]:
                    if i not in hits and string in within:
                        hits.add(i)
        return sorted(hits)


# A message at least this long is first read as the set of its three-letter sequences: a string
# one of whose first or last three letters is not among them is not in it (a set lookup, not a
# scan of the message: some 1,700 strings tested an answer, in a few messages).
_INDEXED = 64


def _holds(text: str, literals: frozenset[str]) -> bool:
    if len(text) < _INDEXED:
        return any(literal in text for literal in literals)
    trigrams = _trigrams(text)
    for literal in literals:  # (a loop, not any(): this runs some 1,700 times an answer)
        if (len(literal) < 3 or (literal[:3] in trigrams and literal[-3:] in trigrams)) and literal in text:
            return True
    return False


@functools.lru_cache(maxsize=64)
def _trigrams(text: str) -> frozenset[str]:
    """The three-character sequences of ``text`` (kept for the last few messages)."""
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


@functools.lru_cache(maxsize=64)
def _lowered(text: str) -> str:
    """``text`` lowered, the non-ASCII letters the engine equates with ASCII ones written as them.

    Kept for the last few messages: every case-blind pattern of a reading lowers the same ones.
    """
    return text.translate(_LIKE_ASCII).lower() if not text.isascii() else text.lower()


def _sequence(items: Any, flags: int) -> frozenset[_Literal] | None:
    """The best set of strings one of which every match of a parsed sequence holds, or ``None``."""
    candidates: list[frozenset[_Literal]] = []
    run: list[str] = []
    run_blind = False

    def flush() -> None:
        if run:
            candidates.append(frozenset({("".join(run), run_blind)}))
            run.clear()

    for op, av in items:
        blind = bool(flags & re.IGNORECASE)
        if op is sre.LITERAL:
            char = chr(av)
            if blind and not char.isascii():
                flush()  # a character the engine may equate with others: not relied on
                continue
            if run and run_blind != blind:
                flush()
            run_blind = blind
            run.append(char.lower() if blind else char)
            continue
        branches = _alternatives(op, av, flags)
        if run and branches is not None:
            # « l(?:e texte|a resolution) » (the parser factors a common start out): the run, then
            # each branch's opening run.
            candidates.append(
                frozenset(("".join(run) + _opening(b, flags, run_blind), run_blind) for b in branches)
            )
        flush()
        found: frozenset[_Literal] | None = None
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            found = _sequence(sub, (flags | add) & ~remove)
        elif op is sre.ATOMIC_GROUP:
            found = _sequence(av, flags)
        elif op is sre.BRANCH:
            found = _branches(av[1], flags)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            found = _sequence(sub, flags) if low >= 1 else None
        elif op in _NOTHING_REQUIRED:
            found = None
        else:
            raise _NoFilter  # an operator not read here: relied on for nothing
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=_strength)


def _alternatives(op: Any, av: Any, flags: int) -> Any:
    """The branches of an alternation, bare or in a group setting no flag; else ``None``."""
    if op is sre.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
        op, av = av[3][0]
    return av[1] if op is sre.BRANCH else None


def _opening(items: Any, flags: int, blind: bool) -> str:
    """The literal characters a parsed sequence starts with, read as the run before it is read."""
    if bool(flags & re.IGNORECASE) is not blind:
        return ""
    opening = []
    for op, av in items:
        if op is not sre.LITERAL or (blind and not chr(av).isascii()):
            break
        opening.append(chr(av).lower() if blind else chr(av))
    return "".join(opening)


def _branches(branches: Any, flags: int) -> frozenset[_Literal] | None:
    """Strings one of which every branch's match holds: none if some branch has none."""
    union: set[_Literal] = set()
    for branch in branches:
        found = _sequence(branch, flags)
        if found is None:
            return None
        union |= found
    return frozenset(union)


def _strength(found: frozenset[_Literal]) -> tuple[int, int]:
    """A set of strings is a better filter the longer its shortest string, then the fewer they are."""
    return min(len(text) for text, _ in found), -len(found)
