"""The words routes read, mended when typed one slip away: « sesion », « dadoption », « praembule ».

Search corrects typos against the text's words; routes read the question as typed, so « elle a
été votée pdt quelle sesion ? » reached the vote route, not the session's. Only the few words
that choose a route are mended, and only from a word neither the text, the thesaurus nor the
generic words know (in a French question: "paragraphs" is one slip from « paragraphe »): one letter
left out, added, changed or two swapped (Damerau-Levenshtein distance 1), or a lost elision
(« dadoption »). A word that ends otherwise than the route word is its inflection or
another word (« sessions », "adopted", « abstenus »), never mended; nor a slip in the first
letter (« cession »).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

# Folded, as the routes' patterns read them.
ROUTE_WORDS = (
    "session",
    "seance",
    "adoption",
    "adoptee",
    "resolution",
    "preambule",
    "dispositif",
    "abstention",
    "abstenue",
    "considerant",
    "paragraphe",
    "symbole",
    "intitule",
)
_ELIDED = ("d", "l", "qu")
_MIN_LENGTH = 5
_WORD = re.compile(r"[^\W\d_]+")


def mend(typed: str, folded_word: Callable[[str], str], known: Callable[[str], bool]) -> str:
    """Return ``typed`` with each unknown word one slip from a route word replaced by it."""
    pieces = []
    last = 0
    for match in _WORD.finditer(typed):
        word = folded_word(match.group())
        if len(word) < _MIN_LENGTH or known(word):
            continue
        mended = _route_word(word)
        if mended is not None:
            pieces.append(typed[last : match.start()])
            pieces.append(mended)
            last = match.end()
    if not pieces:
        return typed
    return "".join(pieces) + typed[last:]


@functools.lru_cache(maxsize=4096)  # the same unknown words come back (« zorglub » a hundred times)
def _route_word(word: str) -> str | None:
    for target in ROUTE_WORDS:
        for elided in _ELIDED:
            if word == elided + target:
                return f"{elided}'{target}"
    from rapidfuzz.distance import DamerauLevenshtein

    for target in ROUTE_WORDS:
        # The slip is inside the word: not its first letter (« cession » is a word) nor its last
        # two, where inflections are (« sessions », "adopted", « abstenus »).
        if (
            word[0] != target[0]
            or _shared(word, target) >= len(target) - 2
            or abs(len(word) - len(target)) > 1
        ):
            continue
        if DamerauLevenshtein.distance(word, target, score_cutoff=1) <= 1:
            return target
    return None


def _shared(word: str, target: str) -> int:
    """How many first letters two words share."""
    return next(
        (i for i, (a, b) in enumerate(zip(word, target, strict=False)) if a != b), min(len(word), len(target))
    )
