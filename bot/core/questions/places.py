"""The country of a place the text names, asked of passages that name none.

« Kampala c'est dans quel pays ? » had got PP9 and PP19, the summit's documents, as the answer:
they name the city, never Uganda. « Durban c'est dans quel pays ? » is answered: PP10 says
« Durban (Afrique du Sud) ».
"""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.text.models import Resolution
from bot.core.votes.countries import CountryIndex

# (English reaches here glossed: "in which country" → « in which pays ».)
_COUNTRY_OF_A_PLACE = re.compile(
    r"\b(?:(?:c'est |se trouve |est |situee? )?(?:dans|en) quel pays|in (?:which|what) (?:country|pays)|"
    r"(?:which|what) (?:country|pays) is\b[^?]{0,30}\bin\b)"
)
_QUOTING = (Intent.PARAGRAPH, Intent.SEARCH, Intent.CITATIONS)


def country_unnamed(found: Answer, q: str, resolution: Resolution, countries: CountryIndex) -> bool:
    """Whether a quoting answer to « dans quel pays ? » cites no segment naming a country."""
    if not found.answered or found.intent not in _QUOTING or not _COUNTRY_OF_A_PLACE.search(q):
        return False
    texts = (segment.text for segment in (resolution.get(c) for c in found.citations) if segment is not None)
    return not any(countries.find_in(text) for text in texts)
