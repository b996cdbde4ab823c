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
import weakref
from collections.abc import Callable, Iterator, Mapping
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from bot.core.text.literals import LiteralIndex, Literals, may_match, required
from bot.core.text.lookahead import lookahead_compiled

# Messages shorter than this are left to the engine: a typical question (some 30 characters) costs
# it a few microseconds a pattern, less than its strings and branches looked for. (Measured: 32 to
# 40 best; from 48 on, the clauses and subjects of long messages cost more.)
SHORT = 40


class Gated:
    """A compiled pattern that runs only on messages holding one of the strings its matches need.

    An alternation is also read branch by branch when a message holds the strings of a few of its
    branches only (``Branches``): the others cannot match anywhere in it.

    Reading a pattern for its strings and branches costs about a millisecond (some 1.5 s for the
    routes' patterns together), so it is done on the first long message, or all at once by
    ``prepare_all`` off the event loop: importing the routes stays as fast as compiling them.
    """

    __slots__ = ("__weakref__", "_branches", "_compiled", "_literals", "_prepared", "_source")

    def __init__(self, compiled: re.Pattern[str], source: str | None = None, flags: int = 0) -> None:
        """``source`` and ``flags``: the pattern read for strings, if not ``compiled``'s own."""
        self._compiled = compiled
        self._source = (compiled.pattern, compiled.flags) if source is None else (source, flags)
        self._literals: Literals | None = None
        self._branches: Branches | None = None
        self._prepared = False
        _ALL.add(self)

    def prepare(self) -> None:
        """Read the pattern for its strings and branches now (once; two threads may both: the same)."""
        if not self._prepared:
            source, flags = self._source
            self._literals = required(source, flags)
            self._branches = Branches.of(source, flags)
            self._prepared = True  # (set last: a thread seeing it sees both fields)

    @property
    def literals(self) -> Literals | None:
        """The strings one of which every match holds (``literals.required``), if any."""
        self.prepare()
        return self._literals

    @property
    def branches(self) -> Branches | None:
        """The alternation read branch by branch, when it can be."""
        self.prepare()
        return self._branches

    @property
    def pattern(self) -> str:
        """The pattern as compiled (behind its lookahead)."""
        return self._compiled.pattern

    @property
    def flags(self) -> int:
        """The pattern's flags, as compiled."""
        return self._compiled.flags

    @property
    def groups(self) -> int:
        """The number of the pattern's capturing groups."""
        return self._compiled.groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        """The pattern's named groups, by name."""
        return self._compiled.groupindex

    def _may(self, text: str) -> bool:
        # (A short message is searched at once: its strings would cost more than the engine.)
        if len(text) < SHORT:
            return True
        self.prepare()
        return self._literals is None or may_match(text, self._literals)

    def _few(self, text: str) -> list[re.Pattern[str]] | None:
        """The branches that may match in ``text``, when they are few; else ``None``."""
        # (Called after ``_may``: a long message has prepared the pattern.)
        return None if self._branches is None or len(text) < SHORT else self._branches.present(text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        if not self._may(text):
            return None
        few = self._few(text)
        if few is None:
            return self._compiled.search(text, pos, endpos)
        return _leftmost(few, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        if not self._may(text):
            return None
        few = self._few(text)
        if few is None:
            return self._compiled.match(text, pos, endpos)
        # (At one position the alternation tries its branches in order: the first that matches.)
        return next((m for branch in few if (m := branch.match(text, pos, endpos)) is not None), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        if not self._may(text):
            return None
        few = self._few(text)
        if few is None:
            return self._compiled.fullmatch(text)
        return next((m for branch in few if (m := branch.fullmatch(text)) is not None), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        if not self._may(text):
            return iter(())
        few = self._few(text)
        return self._compiled.finditer(text) if few is None else _scan(few, text)

    def findall(self, text: str) -> list[Any]:
        """As ``re.Pattern.findall``."""
        if not self._may(text):
            return []
        few = self._few(text)
        if few is None:
            return self._compiled.findall(text)
        groups = self._compiled.groups
        return [
            m.group() if not groups else m.group(1) or "" if groups == 1 else m.groups("")
            for m in _scan(few, text)
        ]

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """As ``re.Pattern.sub``."""
        return self.subn(repl, text, count)[0]

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> tuple[str, int]:
        """As ``re.Pattern.subn``."""
        if not self._may(text):
            return text, 0
        few = self._few(text)
        if few is None:
            return self._compiled.subn(repl, text, count)
        pieces: list[str] = []
        done = 0
        replaced = 0
        for m in _scan(few, text):
            pieces.append(text[done : m.start()])
            if callable(repl):
                pieces.append(repl(m))
            else:
                pieces.append(m.expand(repl) if "\\" in repl else repl)
            done = m.end()
            replaced += 1
            if replaced == count:
                break
        if not replaced:
            return text, 0
        pieces.append(text[done:])
        return "".join(pieces), replaced

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        """As ``re.Pattern.split``."""
        if not self._may(text):
            return [text]
        few = self._few(text)
        if few is None:
            return self._compiled.split(text, maxsplit)
        pieces: list[str | Any] = []
        done = 0
        for split, m in enumerate(_scan(few, text), start=1):
            pieces.append(text[done : m.start()])
            pieces.extend(m.groups())
            done = m.end()
            if split == maxsplit:
                break
        pieces.append(text[done:])
        return pieces


# Every filtered pattern built so far (``prepare_all``).
_ALL: weakref.WeakSet[Gated] = weakref.WeakSet()


def prepare_all() -> int:
    """Read every filtered pattern built so far for its strings and branches; return how many.

    A front end calls it off its event loop once the routes are imported, so that no member's
    first long message waits for it (about 1.5 s for the routes' patterns).
    """
    patterns = list(_ALL)
    for pattern in patterns:
        pattern.prepare()
    return len(patterns)


# More branches present than this in a message: the whole alternation is run, in one pass.
_FEW = 16


class Branches:
    """An alternation's branches, each a pattern of its own, with the strings its matches need.

    Each branch is compiled with the groups of the branches before and after it, in a group that
    never matches: its groups keep their numbers and names, and a match of a branch is the match
    of the whole alternation at that position (the ones before it failing there). Every match of
    every branch takes a character at least, so that scanning needs no rule for empty matches.
    """

    __slots__ = ("_compiled", "_flags", "_index", "_literals", "_sources")

    def __init__(self, sources: list[str], flags: int) -> None:
        self._sources = sources
        self._literals = [required(source, flags) for source in sources]
        self._index = LiteralIndex(self._literals)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(sources)
        self._flags = flags

    def present(self, text: str) -> list[re.Pattern[str]] | None:
        """The branches that may match in ``text``, in their order, if ``_FEW`` at most."""
        which = self._index.which(text)
        if len(which) > _FEW:
            return None
        found: list[re.Pattern[str]] = []
        for i in which:
            compiled = self._compiled[i]
            if compiled is None:  # compiled when first needed (two threads may both: the same)
                compiled = self._compiled[i] = lookahead_compiled(self._sources[i], self._flags)
            found.append(compiled)
        return found

    @classmethod
    def of(cls, pattern: str, flags: int) -> Branches | None:
        """The branches of ``pattern``, or ``None`` if it cannot be read branch by branch."""
        try:
            whole = re.compile(pattern, flags)
            parsed = sre_parse.parse(pattern, flags)
            if parsed.state.flags & ~(flags | re.UNICODE):
                return None  # global inline flags (« (?m)… »)
            branches = [b for top in top_level_branches(pattern) for b in _spread(top, flags)]
            if len(branches) < 2:
                return None
            groups = [_groups(b, flags) for b in branches]
        except (re.error, _Unreadable, RecursionError):
            return None
        sources = []
        for i, branch in enumerate(branches):
            before = "".join(g for gs in groups[:i] for g in gs)
            after = "".join(g for gs in groups[i + 1 :] for g in gs)
            source = "".join(
                (
                    f"(?:(?!){before})?" if before else "",
                    f"(?:{branch})",
                    f"(?:(?!){after})?" if after else "",
                )
            )
            try:
                compiled = re.compile(source, flags)
            except re.error:
                return None
            if compiled.groups != whole.groups or compiled.groupindex != whole.groupindex:
                return None
            if sre_parse.parse(source, flags).getwidth()[0] < 1:
                return None  # a branch may match nothing: left to the engine
            sources.append(source)
        found = cls(sources, flags)
        if sum(literals is None for literals in found._literals) >= _FEW:
            return None  # too many branches always present to gain anything
        return found


class _Unreadable(Exception):
    """A pattern read as one: its branches hold groups or constructs not renumbered here."""


def _groups(branch: str, flags: int) -> list[str]:
    """Empty groups standing for ``branch``'s, in their order (named as they are)."""
    parsed = sre_parse.parse(branch, flags)
    names = {number: name for name, number in parsed.state.groupdict.items()}
    return [f"(?P<{names[n]}>)" if n in names else "()" for n in range(1, parsed.state.groups)]


def _spread(branch: str, flags: int, depth: int = 0) -> list[str]:
    r"""``_distributed`` again on each branch it gives, a few levels down.

    ``boundary_first`` joins a pattern's branches under one ``\b(?:…)``, and a kind's branch is
    often itself ``(?:A|B|…)\b``: read as one, a branch of hundreds of words ran whole on any
    message holding one of its strings (half a millisecond for « texte » alone).
    """
    found = _distributed(branch, flags)
    if len(found) == 1 or depth >= 3:
        return found
    return [b for one in found for b in _spread(one, flags, depth + 1)]


def _distributed(branch: str, flags: int) -> list[str]:
    """``P(?:B1|B2)S`` as ``P(?:B1)S``, ``P(?:B2)S`` when ``P`` and ``S`` take no character.

    The same matches in the same order: ``P`` and ``S`` are assertions, which match one way only,
    so that trying ``B1`` then ``B2`` between them is trying ``P(?:B1)S`` then ``P(?:B2)S``.
    """
    start = _first_group(branch)
    if start is None:
        return [branch]
    end = _closing(branch, start)
    before, inner, after = branch[:start], branch[start + 3 : end], branch[end + 1 :]
    if after[:1] in ("*", "+", "?", "{"):
        return [branch]
    for side in (before, after):
        parsed = sre_parse.parse(side, flags)
        if parsed.getwidth() != (0, 0) or parsed.state.groups != 1 or "|" in side:
            return [branch]
    inner_branches = top_level_branches(inner)
    if len(inner_branches) < 2:
        # « \b(?:(?:A|B)\b) » is « \b(?:A|B)\b »: a group of one branch, unwrapped.
        return _distributed(before + inner + after, flags) if _first_group(inner) is not None else [branch]
    return [f"{before}(?:{b}){after}" for b in inner_branches]


def _grouping(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The grouping characters « ( ) | » of ``pattern`` from ``start``, escapes and classes skipped.

    Each with the depth of the groups around it: « ( » and « | » before the group they open or
    divide, « ) » once its group is closed.
    """
    depth = 0
    in_class = escaped = False
    for i in range(start, len(pattern)):
        char = pattern[i]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            yield i, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield i, char, depth
        elif char == "|":
            yield i, char, depth


def _first_group(pattern: str) -> int | None:
    """Where the first non-capturing group at the outermost level opens, if one does."""
    for i, char, depth in _grouping(pattern):
        if char == "(" and depth == 0 and pattern.startswith("(?:", i):
            return i
    return None


def _closing(pattern: str, start: int) -> int:
    """Where the group opening at ``start`` closes."""
    for i, char, depth in _grouping(pattern, start):
        if char == ")" and depth == 0:
            return i
    raise _Unreadable


def top_level_branches(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation (escapes, classes and groups respected)."""
    bars = [i for i, char, depth in _grouping(pattern) if char == "|" and depth == 0]
    bounds = zip([-1, *bars], [*bars, len(pattern)], strict=True)
    return [pattern[a + 1 : b] for a, b in bounds]


def _leftmost(branches: list[re.Pattern[str]], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The alternation's first match: the leftmost of its branches', the earlier branch's at a tie."""
    best: re.Match[str] | None = None
    for branch in branches:
        m = branch.search(text, pos, endpos)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def _scan(branches: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The alternation's matches, left to right, none empty (each search resumes where one ended).

    A branch's next match found before is kept while it starts after the last match: whether a
    branch matches at a position does not depend on where the search started.
    """
    ahead: list[re.Match[str] | None] = [branch.search(text) for branch in branches]
    done = 0
    while True:
        found: re.Match[str] | None = None
        for i, m in enumerate(ahead):
            if m is not None and m.start() < done:
                m = ahead[i] = branches[i].search(text, done)
            if m is not None and (found is None or m.start() < found.start()):
                found = m
        if found is None:
            return
        yield found
        done = found.end()


def gated(pattern: str, flags: int = 0) -> Gated:
    """Compile ``pattern`` behind a lookahead of its matches' first characters, when there is one."""
    return Gated(lookahead_compiled(pattern, flags), pattern, flags)
