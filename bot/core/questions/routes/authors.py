"""Who proposed or drafted the resolution: always declined, the text does not say."""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence

_AUTHORS = re.compile(
    r"\b(?:auteurs?|co-?auteurs?|parrain\w*|coparrain\w*|sponsors?|co-?sponsor\w*|sponsored|drafted)\b|"
    r"\bqui (?:a|l'a|ont|les a) (?:propose|presente|redige|depose|soumis|ecrit|porte)\b"
)


class AuthorsRoute:
    """Decline questions about sponsors and drafters, offering the closest passages."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the decline, or ``None`` if the question is not about the authors."""
        if not _AUTHORS.search(q):
            return None
        # Sponsors and drafters are in the meeting records, never in the resolution's text.
        return Answer(typed, Intent.SEARCH, False, "auteurs", closest=self.evidence.closest(typed))
