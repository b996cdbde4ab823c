"""What the question router answers: the intent, the answer and its evidence, the route protocol."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from bot.core.search.index import Hit
from bot.core.text.models import Citation, MemberVote, Paragraph, VoteChoice
from bot.core.votes.book import GroupTally


class Intent(StrEnum):
    """What a question asks for; it picks the route and the part of the template."""

    PARAGRAPH = "paragraphe"
    VOTE = "vote"
    METADATA = "metadonnees"
    CITATIONS = "citations"
    REQUESTS = "demandes"
    SEARCH = "recherche"


class VoteScope(StrEnum):
    """Which part of the vote record a vote question is about."""

    COUNTRY = "pays"
    GROUP = "groupe"
    CHOICE = "choix"
    TALLY = "total"


@dataclass(frozen=True, slots=True)
class Request:
    """One request of the Council: an operative verb, whom it addresses, in one paragraph.

    ``clause`` is the verbatim part of the paragraph from the verb to the next request verb;
    ``start`` is where it begins in the paragraph's text (0 for the opening verb); ``more`` tells
    whether words follow it in the paragraph.
    """

    paragraph: Paragraph
    verb: str
    family: str
    addressees: tuple[str, ...]
    clause: str
    start: int = 0
    more: bool = False


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer and its evidence; the template words it, the fields are the facts.

    ``lang`` is the language of the question; the template frames the answer in it.

    ``answered`` is false when the text does not answer the question: ``reason`` says why
    (``paragraphe_inconnu``, ``motifs``, ``non_membre``, ``document_non_cite``, ``aucune_demande``,
    ``auteurs``, ``hors_texte``) and ``closest`` holds the nearest passages, offered but not claimed
    as an answer. ``coverage`` is the share of the question found in the best passage (search and
    cited documents only); the other fields hold the evidence of each route.
    """

    question: str
    intent: Intent
    answered: bool
    reason: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    hits: tuple[Hit, ...] = ()
    closest: tuple[Hit, ...] = ()
    scope: VoteScope | None = None
    members: tuple[MemberVote, ...] = ()
    choice: VoteChoice | None = None
    asked_choice: VoteChoice | None = None
    tallies: tuple[GroupTally, ...] = ()
    facts: tuple[str, ...] = ()
    documents: tuple[Citation, ...] = ()
    requests: tuple[Request, ...] = ()
    families: tuple[str, ...] = ()
    addressee: str = ""
    subject: str = ""
    suggestions: tuple[str, ...] = ()
    coverage: float = 0.0
    data: dict[str, object] = field(default_factory=dict)
    # The language the question was asked in (``fr`` or ``en``): the frame around the quotes
    # speaks it; the quotes stay the official French text.
    lang: str = "fr"
    # Two questions in one message, each answered (compound.py): the reply gives both, in order.
    parts: tuple[Answer, ...] = ()

    @property
    def citations(self) -> list[str]:
        """Return the ids of the segments quoted as evidence, in order, without repeats.

        A declined answer cites nothing: the passages it offers are in ``closest``.
        """
        ids: list[str] = []
        if self.parts:
            return list(dict.fromkeys(i for part in self.parts for i in part.citations))
        if not self.answered:
            return ids
        sources: Iterable[str] = (
            # A footnote is quoted with the paragraph calling it (« Appelée par PP8 »).
            *(i for p in self.paragraphs for i in (p.id, p.parent) if i),
            *(r.paragraph.id for r in self.requests),
            *(i for d in self.documents for i in d.cited_in),
            *(h.id for h in self.hits),
        )
        for segment_id in sources:
            if segment_id not in ids:
                ids.append(segment_id)
        return ids


class Route(Protocol):
    """One kind of question: it answers those of its kind and passes on the others (``None``).

    ``typed`` is the question as typed (spaces collapsed), ``q`` the same folded by ``normal``.
    """

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the answer to a question of this route's kind, or ``None`` for another kind."""
