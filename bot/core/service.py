"""The use cases every front end (console, CLI, Discord) calls: one place for the rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.core.corpus import load_resolution
from bot.core.errors import UserError
from bot.core.french import fold
from bot.core.models import Citation, Kind, MemberVote, Paragraph, Resolution
from bot.core.refs import parse_reference
from bot.core.search import Hit, SearchIndex
from bot.core.votes import GroupTally, VoteBook

MAX_QUERY_LENGTH = 500
DEFAULT_LIMIT = 5
MAX_LIMIT = 50
# The search filter users type: French part names, accents optional.
PARTS: dict[str, frozenset[Kind] | None] = {
    "tout": None,
    "preambule": frozenset({Kind.PREAMBULAR}),
    "dispositif": frozenset({Kind.OPERATIVE}),
}


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What a search answered: the query as typed, the part searched and the hits, best first."""

    query: str
    part: str
    hits: tuple[Hit, ...]


class Service:
    """The resolution and its indexes, built once, answering every command."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.votes = VoteBook(resolution.vote, resolution.groups)
        self._counts = {kind: len(resolution.part(kind)) for kind in Kind}

    @cached_property
    def index(self) -> SearchIndex:
        """Return the search index, built on first use: a one-shot quote never pays for it."""
        return SearchIndex(self.resolution.segments)

    @classmethod
    def from_corpus(cls, corpus_dir: Path) -> Service:
        """Parse and validate the corpus, then build the indexes."""
        return cls(load_resolution(corpus_dir))

    def paragraphs(self, reference: str) -> list[Paragraph]:
        """Return the segments a reference names (``29``, ``PP3``, ``note 4``, ``29-31``)."""
        return [self._get(i) for i in parse_reference(reference, self._counts)]

    def footnote(self, number: str) -> Paragraph:
        """Return one footnote, by its number (``4``) or its id (``FN4``, ``note 4``)."""
        typed = number.strip()
        if not typed:
            raise UserError("note_invalide", saisie="", maximum=self._counts[Kind.FOOTNOTE])
        ids = parse_reference(f"note {typed}" if typed.isdigit() else typed, self._counts)
        if len(ids) != 1 or not ids[0].startswith(Kind.FOOTNOTE.prefix):
            raise UserError("note_invalide", saisie=typed, maximum=self._counts[Kind.FOOTNOTE])
        return self._get(ids[0])

    def neighbours(self, paragraph: Paragraph) -> tuple[Paragraph | None, Paragraph | None]:
        """Return the segments before and after ``paragraph`` in reading order (for ◀ ▶)."""
        order = self.resolution.segments
        index = order.index(paragraph)
        before = order[index - 1] if index > 0 else None
        after = order[index + 1] if index + 1 < len(order) else None
        return before, after

    def search(self, query: str, limit: int = DEFAULT_LIMIT, part: str = "tout") -> SearchResult:
        """Rank the segments for ``query``; ``part`` is ``tout``, ``preambule`` or ``dispositif``."""
        typed = query.strip()
        if not typed:
            raise UserError("requete_vide")
        if len(typed) > MAX_QUERY_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_QUERY_LENGTH)
        part_key = fold(part.strip() or "tout")
        if part_key not in PARTS:
            raise UserError("partie_inconnue", saisie=part, parties=list(PARTS))
        if not 1 <= limit <= MAX_LIMIT:
            raise UserError("limite_invalide", saisie=limit, maximum=MAX_LIMIT)
        hits = self.index.search(typed, limit=limit, kinds=PARTS[part_key])
        return SearchResult(typed, part_key, tuple(hits))

    def vote(self, country: str) -> MemberVote:
        """Return how the Council member ``country`` voted."""
        return self.votes.country(country)

    def group_vote(self, group: str) -> GroupTally:
        """Return one regional group's members, votes and totals."""
        return self.votes.tally(self.votes.group(group))

    def references(self, document: str | None = None) -> list[Citation]:
        """Return the documents the resolution cites, all or those matching ``document``."""
        citations = list(self.resolution.citations)
        if document is None or not document.strip():
            return citations
        wanted = fold(document.strip())
        found = [
            c
            for c in citations
            if wanted in fold(c.key) or wanted in fold(c.label) or (c.symbol and wanted in fold(c.symbol))
        ]
        if not found:
            raise UserError("document_inconnu", saisie=document.strip()[:MAX_QUERY_LENGTH])
        return found

    def _get(self, segment_id: str) -> Paragraph:
        paragraph = self.resolution.get(segment_id)
        if paragraph is None:  # parse_reference checked the bounds: this is a bug, not bad input
            raise LookupError(segment_id)
        return paragraph
