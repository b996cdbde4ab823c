"""The document model: frozen records built once from the corpus and shared by every front end."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    """The three kinds of numbered segment of the resolution."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    FOOTNOTE = "footnote"

    @property
    def prefix(self) -> str:
        """Return the stable id prefix (``PP``, ``OP``, ``FN``)."""
        return _PREFIXES[self]


_PREFIXES = {Kind.PREAMBULAR: "PP", Kind.OPERATIVE: "OP", Kind.FOOTNOTE: "FN"}


class VoteChoice(StrEnum):
    """How a Council member voted; the values are the words of the JSON contract."""

    FOR = "pour"
    AGAINST = "contre"
    ABSTAIN = "abstention"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One numbered segment: a preambular or operative paragraph, or a footnote.

    ``text`` is the source wording with markup removed and whitespace folded; it never changes.
    ``verb`` is the italic opening of an operative paragraph (``Prie également``), else ``None``.
    ``footnotes`` holds the ids of the footnotes whose marker the text carries; ``parent`` is, for a
    footnote, the id of the paragraph that carries its marker. ``line`` is the 1-based source line.
    """

    kind: Kind
    number: int
    text: str
    line: int
    verb: str | None = None
    footnotes: tuple[str, ...] = ()
    parent: str | None = None

    @property
    def id(self) -> str:
        """Return the stable id: ``PP3``, ``OP29``, ``FN4``."""
        return f"{self.kind.prefix}{self.number}"


@dataclass(frozen=True, slots=True)
class Group:
    """A United Nations regional group."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class MemberVote:
    """One Council member's recorded vote, spelled as in the vote record."""

    country: str
    vote: VoteChoice
    group: Group


@dataclass(frozen=True, slots=True)
class VoteRecord:
    """The recorded vote: the announced totals and every member's vote, in the source's order."""

    totals: dict[VoteChoice, int]
    members: tuple[MemberVote, ...]

    def by_choice(self, choice: VoteChoice | str) -> tuple[MemberVote, ...]:
        """Return the members who voted ``choice``, in the order of the source lists."""
        wanted = VoteChoice(choice)
        return tuple(m for m in self.members if m.vote is wanted)


@dataclass(frozen=True, slots=True)
class Citation:
    """A document the resolution cites, with the ids of the segments that cite it."""

    key: str
    label: str
    kind: str
    symbol: str | None
    url: str | None
    cited_in: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Metadata:
    """Facts about the document itself, read from the text and from ``corpus/resolution.toml``."""

    symbol: str
    number: str
    title: str
    body: str
    session: int
    session_label: str
    session_dates: str
    agenda_item: int
    agenda_title: str
    adopted: date
    meeting: int
    distributed: date
    language: str
    original_language: str
    url: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The whole parsed and validated resolution."""

    metadata: Metadata
    preambular: tuple[Paragraph, ...]
    operative: tuple[Paragraph, ...]
    footnotes: tuple[Paragraph, ...]
    vote: VoteRecord
    citations: tuple[Citation, ...]
    groups: tuple[Group, ...]
    _by_id: dict[str, Paragraph] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id = {p.id: p for p in (*self.preambular, *self.operative, *self.footnotes)}
        object.__setattr__(self, "_by_id", by_id)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Return the preambular then the operative paragraphs, in document order."""
        return (*self.preambular, *self.operative)

    @property
    def segments(self) -> tuple[Paragraph, ...]:
        """Return every numbered segment: paragraphs then footnotes."""
        return (*self.preambular, *self.operative, *self.footnotes)

    def get(self, segment_id: str) -> Paragraph | None:
        """Return the segment with this id (``PP3``, ``OP29``, ``FN4``), or ``None``."""
        return self._by_id.get(segment_id)

    def part(self, kind: Kind) -> tuple[Paragraph, ...]:
        """Return the segments of one kind, in order."""
        return {
            Kind.PREAMBULAR: self.preambular,
            Kind.OPERATIVE: self.operative,
            Kind.FOOTNOTE: self.footnotes,
        }[kind]
