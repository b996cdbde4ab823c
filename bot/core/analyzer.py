"""One French analyzer for documents and queries alike: the same text always gives the same terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.french import fold

# Elided articles and pronouns glued to the next word: l'homme, d'affectation, qu'il, jusqu'à.
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'", re.IGNORECASE)
# A term: letters and digits, with inner "/", "." or "-" kept so that 70/1, A/HRC/55/78 and
# COVID-19 stay whole.
_TERM = re.compile(r"[a-z0-9]+(?:[/.\-][a-z0-9]+)*")

STOPWORDS = frozenset(
    [
        "a",
        "afin",
        "ainsi",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "elles",
        "en",
        "entre",
        "et",
        "eux",
        "il",
        "ils",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "mais",
        "meme",
        "ne",
        "ni",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "sans",
        "se",
        "ses",
        "si",
        "son",
        "sont",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "ont",
        "ete",
        "etre",
        "dont",
        "sont",
        "cela",
        "celle",
        "celles",
        "celui",
        "ceux",
        "lesquels",
        "laquelle",
        "lequel",
        "lesquelles",
    ]
)


@dataclass(frozen=True, slots=True)
class Token:
    """A term with the span of the source characters it came from."""

    term: str
    start: int
    end: int


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` (case, accents, ligatures) and map each folded character to its source index."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(out), offsets


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into folded terms with their source spans; stop words included."""
    folded, offsets = fold_with_offsets(text)
    folded = _ELISION.sub(lambda m: " " * len(m.group()), folded)
    tokens = []
    for match in _TERM.finditer(folded):
        start, end = match.span()
        tokens.append(Token(match.group().strip(".-/"), offsets[start], offsets[end - 1] + 1))
    return [t for t in tokens if t.term]


def analyze(text: str) -> list[str]:
    """Return the index terms of ``text``: folded, elisions cut, stop words dropped."""
    return [t.term for t in tokenize(text) if t.term not in STOPWORDS]
