"""The documents the resolution cites, all or of one kind: « Quels rapports sont cités ? »."""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence

_CITATION_WORDS = re.compile(
    r"\bcit(?:e|ee|es|ees|ent)\b|\bmentionn|fait reference|se refere|\breferences?\b|"
    r"\bquel(?:le)?s? (?:documents|textes|resolutions|instruments|traites|declarations|rapports)\b|"
    r"\brappel"
)
_CITATION_KINDS = (
    (re.compile(r"assemblee generale"), ("resolution_ag",)),
    (re.compile(r"resolutions? du conseil|propres? resolutions"), ("resolution_cdh",)),
    (re.compile(r"\brapports?\b"), ("rapport",)),
    (re.compile(r"\bdeclarations?\b"), ("declaration",)),
    (re.compile(r"\btraites?\b|\baccords?\b"), ("traite",)),
    (
        re.compile(r"\bresolutions\b|quelles? resolution"),
        ("resolution_ag", "resolution_cdh", "resolution_sous_commission"),
    ),
)


class CitationsRoute:
    """List the cited documents, narrowed to the kind the question names (reports, treaties…)."""

    def __init__(self, evidence: Evidence) -> None:
        self.service = evidence.service

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the cited documents asked for, or ``None`` if the question is not about citing."""
        if not _CITATION_WORDS.search(q):
            return None
        kinds: tuple[str, ...] = ()
        for pattern, wanted in _CITATION_KINDS:
            if pattern.search(q):
                kinds = wanted
                break
        documents = tuple(c for c in self.service.references() if not kinds or c.kind in kinds)
        return Answer(typed, Intent.CITATIONS, True, documents=documents, data={"all": True})
