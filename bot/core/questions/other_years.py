"""Last year's text named in a message, and a question after it that asks of that text."""

from __future__ import annotations

import re

from bot.core.questions.normalise import normal

_LAST_YEARS = re.compile(
    r"\b(?:texte|r[ée][sz]o\w*|version|text)\b[^.?!]{0,40}\b(?:de l'an dernier|de l'annee derniere|"
    r"de l'an passe|from last year)\b|\blast year'?s (?:resolution|text|version)\b"
)
_THIS_TEXT = re.compile(
    r"\b(?:56/2|cette (?:resolution|reso)|ce texte|celui-ci|celle-ci|this (?:resolution|text|one))\b"
)
# A question going on from the claim: a pronoun (« il avait eu… », "did it get…"), or « et … ».
_GOES_ON = re.compile(r"^(?:et|and)\b|\b(?:il|elle|ils|elles|it|they)\b")


def asks_of_last_years_text(text: str) -> bool:
    """Whether a message names last year's text and then asks of it by a pronoun, naming no other.

    « Notre prof dit que le texte équivalent de l'an dernier a été adopté par consensus. C'est vrai ?
    Il avait eu combien de voix contre ? », "last year's resolution was adopted without a vote. How
    many votes against did it get?": « il », "it" is that text, whose vote the record lacks. Not
    « … la reso de l'an dernier … Et la 56/2, combien de voix contre ? », nor « Pour mon exposé je
    compare avec la résolution de l'an dernier. Qui a voté contre ? », which ask of this one.
    """
    folded = normal(text)
    if not _LAST_YEARS.search(folded) or _THIS_TEXT.search(folded):
        return False
    sentences = re.split(r"(?<=[.?!])\s+", folded)
    return any(_GOES_ON.search(s) for s in sentences if s.rstrip().endswith("?"))
