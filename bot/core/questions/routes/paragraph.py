"""Paragraph references typed inside a sentence: « Que dit le §29 ? », « le dernier alinéa »."""

from __future__ import annotations

import re

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.text.models import Paragraph

# Paragraph references as students type them inside a sentence.
_REFERENCE = re.compile(
    r"(?P<prefix>§§?\s*|\b(?:op|pp|fn|p)\s*|"
    r"\b(?:paragraphes?|par\.|para|articles?|alineas?|notes?(?: de bas de page)?|preambule)\s+"
    r"(?:n[o°]\s*)?)"
    r"(?P<start>\d{1,3})(?:\s*(?:-|a|au|et)\s*(?:§|op|pp|paragraphe|alinea)?\s*(?P<stop>\d{1,3}))?"
    r"(?P<after>(?:\s+du)?\s+preambule)?\b"
)
# « le dernier paragraphe », « le premier alinéa du préambule »: (kind, first or last).
_ENDS = (
    ("PP", 0, re.compile(r"\bpremier (?:alinea|considerant)\b|\bpremier paragraphe du preambule\b")),
    ("PP", -1, re.compile(r"\bdernier (?:alinea|considerant)\b|\bdernier paragraphe du preambule\b")),
    ("OP", 0, re.compile(r"\bpremier paragraphe\b(?! du preambule)")),
    ("OP", -1, re.compile(r"\bdernier paragraphe\b(?! du preambule)|\bparagraphe final\b")),
)


class ParagraphRoute:
    """Quote the segments a question names; decline a paragraph the text does not have."""

    def __init__(self, evidence: Evidence) -> None:
        self.service = evidence.service
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the paragraphs referred to, or ``None`` if the question names none."""
        references = self.references(q)
        if not references:
            return None
        found: list[Paragraph] = []
        for reference in references:
            try:
                found.extend(p for p in self.service.paragraphs(reference) if p not in found)
            except UserError as error:
                if error.code != "paragraphe_inconnu":
                    raise
                return Answer(typed, Intent.PARAGRAPH, False, "paragraphe_inconnu", data=dict(error.data))
        return Answer(typed, Intent.PARAGRAPH, True, paragraphs=tuple(found))

    def references(self, q: str) -> list[str]:
        """Return the references a folded question makes, as ``Service.paragraphs`` reads them."""
        references: list[str] = []
        for match in _REFERENCE.finditer(q):
            prefix = match["prefix"].strip().rstrip(".")
            if prefix in {"pp", "p"} or prefix.startswith(("alinea", "preambule")) or match["after"]:
                kind = "PP"
            elif prefix.startswith(("note", "fn")):
                kind = "note "
            else:
                kind = "OP"
            reference = f"{kind}{match['start']}"
            if match["stop"]:
                reference += f"-{kind}{match['stop']}"
            references.append(reference)
        for kind, end, pattern in _ENDS:
            if pattern.search(q):
                part = self.resolution.preambular if kind == "PP" else self.resolution.operative
                references.append(part[end].id)
        return references
