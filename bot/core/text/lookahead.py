"""A pattern behind a lookahead of the characters its matches can start with (``(?=[nN])(?:…)``).

Python's engine tries every branch of a long alternation at every position of a message; behind
the lookahead, the positions where no match can start fail at once. The matches are the same,
span for span and group for group: the lookahead is true wherever a match can start, takes no
character and captures nothing. ``gates.gated`` builds on it.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

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


def lookahead_compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead of the characters its matches can start with.

    As written when no such lookahead can be told (a match may start anywhere, or be empty).
    """
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
