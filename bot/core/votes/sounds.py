"""Country names as they sound in French: « Maroque » is « Maroc », « Coweit » « Koweït ».

Students type a name as they hear it. Spelling distance misses such names (« Maroque » is three
edits from « maroc » and nearer « Martinique »): their sound is the same. ``sound_key`` writes a
lookup key as it is pronounced, roughly: the spellings of one sound made one letter (« qu », « c »
and « k »; « ph » and « f »; « y » and « i »; « ai » and « e »…), doubled letters single, and the
silent endings of French words dropped. A typed name whose sound is that of exactly one country,
and of no other, names it (countries.py); two countries sounding alike are a question, as typos are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# In this order: digraphs before the letters they hold.
_SPELLINGS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ch"), "§"),  # (kept apart from « c » and « h »)
    (re.compile(r"qu|q|ck|k"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (re.compile(r"z"), "s"),
    (re.compile(r"h"), ""),
    (re.compile(r"ai|ei|ee"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
    # Silent endings: « Émirats arabes unis » sounds as « émira arab uni ».
    (re.compile(r"(?<=..)(?:es|ts|ds|e|s|t|d|x)$"), ""),
)
# Shorter sounds are too many names' (« Mali », « Malte », « Male »…).
MIN_SOUND = 4


def sound_key(key: str) -> str:
    """How a lookup key (folded, lower case) sounds: each word written as it is said."""
    words = []
    for word in key.split():
        for pattern, sound in _SPELLINGS:
            word = pattern.sub(sound, word)
        words.append(word)
    return " ".join(words)


class SoundIndex:
    """The countries each sound names, from their lookup keys."""

    def __init__(self, keys: Iterable[str], codes: Mapping[str, set[str]]) -> None:
        self._codes: dict[str, set[str]] = {}
        for key in keys:
            self._codes.setdefault(sound_key(key), set()).update(codes[key])

    def only(self, key: str) -> str | None:
        """The code of the one country ``key`` sounds like, if exactly one does."""
        sound = sound_key(key)
        found = self._codes.get(sound, set()) if len(sound.replace(" ", "")) >= MIN_SOUND else set()
        return next(iter(found)) if len(found) == 1 else None
