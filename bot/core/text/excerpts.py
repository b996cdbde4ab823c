"""Verbatim excerpts that read as whole phrases: long enough, and ending where a clause ends.

An excerpt is a slice of the source text, character for character (``text[start:end]``), so a
quote can be found again in its paragraph and shown as the official wording. It ends at a clause
boundary: just before a comma, semicolon or colon (and before the space French typography puts
ahead of « ; » and « : »), just after a full stop, or at the end of the text. Marks inside « … »
or ( … ) do not count, so an excerpt never leaves a title or an aside open. The functions are
pure: the quiz generator and the spaced-repetition cards choose among what they return.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MIN_WORDS = 12
MAX_WORDS = 60  # OP31 is one clause of 55 words: quoted whole, or not at all
_OPENING = "«("
_CLOSING = "»)"
# A comma, semicolon or colon that a space or the end of the text follows; French typography puts
# a space before « ; » and « : », which stays outside the excerpt too.
_PAUSE = re.compile(r"\s?[,;:](?=\s|$)")
_STOP = re.compile(r"\.(?=\s|$)")
_WORD = re.compile(r"\S*\w\S*")  # a word holds a letter or a digit: « ; » and « – » are not words


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A verbatim slice ``text[start:end]`` of a source text, with its number of words."""

    start: int
    end: int
    text: str
    words: int


def _depths(text: str) -> list[int]:
    """Return, for each offset, how many « or ( are open before it."""
    depths = []
    depth = 0
    for char in text:
        depths.append(depth)
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
    depths.append(depth)
    return depths


@functools.lru_cache(maxsize=512)  # a quiz asks about the same few paragraphs again and again
def clause_ends(text: str) -> tuple[int, ...]:
    """Return the offsets where an excerpt of ``text`` may end, in order."""
    depths = _depths(text)
    ends = {m.start() for m in _PAUSE.finditer(text) if depths[m.start()] == 0}
    ends |= {m.end() for m in _STOP.finditer(text) if depths[m.start()] == 0}
    # The end of the text, without the comma or semicolon that joins it to the next paragraph.
    last = len(text.rstrip().rstrip(",;:").rstrip())
    if last:
        ends.add(last)
    return tuple(sorted(end for end in ends if 0 < end <= last))


@functools.lru_cache(maxsize=512)
def clause_starts(text: str) -> tuple[int, ...]:
    """Return the offsets where a clause of ``text`` begins: its first word, and each after a boundary."""
    depths = _depths(text)
    marks = [m.end() for m in _PAUSE.finditer(text)] + [m.end() for m in _STOP.finditer(text)]
    starts = {len(text) - len(text.lstrip())}
    for mark in marks:
        start = mark + len(text[mark:]) - len(text[mark:].lstrip())
        if start < len(text) and depths[start] == 0 and depths[mark - 1] == 0:
            starts.add(start)
    return tuple(sorted(s for s in starts if s < len(text)))


def excerpt(
    text: str,
    start: int = 0,
    *,
    cover: int = 0,
    min_words: int = MIN_WORDS,
    max_words: int = MAX_WORDS,
) -> Excerpt | None:
    """Return the shortest excerpt that begins at ``start`` and ends at a clause end.

    It holds at least ``min_words`` words and reaches at least offset ``cover`` (to keep a given
    word inside); ``None`` when the first such clause end is more than ``max_words`` words away.
    A text shorter than ``min_words`` is, from its first word, its own excerpt (« Exhorte les
    États à continuer d'alimenter les fonds ; » has 9 words and no shorter whole phrase).
    """
    if start <= len(text) - len(text.lstrip()):
        min_words = max(1, min(min_words, len(_WORD.findall(text))))
    for end in clause_ends(text):
        if end <= start or end < cover:
            continue
        words = len(_WORD.findall(text, start, end))
        if words >= min_words:
            return Excerpt(start, end, text[start:end], words) if words <= max_words else None
    return None


def excerpts(text: str, *, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS) -> list[Excerpt]:
    """Return the shortest excerpt from each clause start of ``text`` that has one, in order."""
    found = (excerpt(text, s, min_words=min_words, max_words=max_words) for s in clause_starts(text))
    return [e for e in found if e is not None]


def excerpt_around(
    text: str, begin: int, end: int, *, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS
) -> Excerpt | None:
    """Return an excerpt that holds ``text[begin:end]``, from the nearest clause start that allows one."""
    for start in reversed([s for s in clause_starts(text) if s <= begin]):
        found = excerpt(text, start, cover=end, min_words=min_words, max_words=max_words)
        if found is not None:
            return found
    return None
