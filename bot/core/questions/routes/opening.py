"""The paragraphs that open with a word: « quels paragraphes commencent par Prie ? ».

"Which OPs start with 'Requests'?" too. Search would rank the passages holding the word anywhere
(PP26's « prié »); the student asks for the paragraphs whose first word it is, the operative verb
or the preamble's participle, in the text's order. English names the official English verbs, read
as their French counterparts.
"""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.text.french import fold
from bot.core.text.models import Kind

_OPENING_ASKED = re.compile(
    r"\b(?:commencent|commence|debutent|debute|s'ouvrent|start|starts|begin|begins|open|opens)\s+"
    r"(?:par|avec|with|by)\s*[«\"'“]?\s*(?P<word>[a-z][\w' -]{1,30}?)\s*[»\"'”]?\s*\??\s*$"
)
# The official English openings of the resolutions' paragraphs, as the French text has them.
_ENGLISH = {
    "requests": "prie",
    "calls upon": "demande",
    "calls on": "demande",
    "urges": "exhorte",
    "reaffirms": "reaffirme",
    "stresses": "souligne",
    "underlines": "souligne",
    "emphasizes": "souligne",
    "emphasises": "souligne",
    "takes note": "prend note",
    "considers": "considere",
    "invites": "invite",
    "recalls": "rappelle",
    "decides": "decide",
    "recalling": "rappelant",
    "reaffirming": "reaffirmant",
    "recognizing": "reconnaissant",
    "recognising": "reconnaissant",
}
_PARTS = (
    (Kind.OPERATIVE, re.compile(r"\b(?:ops?|dispositif|operative)\b")),
    (Kind.PREAMBULAR, re.compile(r"\b(?:pps?|preambule|preamble|preambular|considerants?|alineas?)\b")),
)


class OpeningRoute:
    """Quote every paragraph whose first word is the one asked."""

    def __init__(self, evidence: Evidence) -> None:
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the paragraphs opening with the word, or ``None`` if no opening is asked."""
        asked = _OPENING_ASKED.search(q)
        if asked is None:
            return None
        word = fold(asked["word"]).strip(" '")
        word = _ENGLISH.get(word, word)
        kinds = [kind for kind, named in _PARTS if named.search(q[: asked.start()])]
        candidates = [
            p
            for p in self.resolution.paragraphs
            if p.kind is not Kind.FOOTNOTE and (not kinds or p.kind in kinds)
        ]
        found = [p for p in candidates if fold(p.text).startswith(f"{word} ") or fold(p.text) == word]
        if not found:
            return None  # not an opening word: search reads the question
        return Answer(typed, Intent.PARAGRAPH, True, paragraphs=tuple(found))
