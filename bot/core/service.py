"""The use cases every front end (console, CLI, Discord) calls: one place for the rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import CHOICE_LENGTH, DEFAULT_LIMIT, MAX_CHOICES, MAX_LIMIT, MAX_QUERY_LENGTH
from bot.core.text.corpus import CorpusFormatError, load_resolution
from bot.core.text.french import fold
from bot.core.text.models import Citation, Kind, Paragraph, Resolution
from bot.core.text.refs import parse_reference

# The search index (its analyzer, stemmer and thesaurus; numpy and rapidfuzz once it runs) is
# imported where it is first needed, so that a one-shot quote or vote lookup never loads it.
if TYPE_CHECKING:
    from bot.core.search.index import Hit, SearchIndex
    from bot.core.search.ranker import ParagraphRanker
    from bot.core.search.thesaurus import Thesaurus
    from bot.core.text.paraphrases import Paraphrases
    from bot.core.votes.book import CountryVote, GroupTally, VoteBook
    from bot.core.votes.countries import CountryIndex
    from bot.core.votes.grammar import Grammar

# The search filter users type: French part names, accents optional.
PARTS: dict[str, frozenset[Kind] | None] = {
    "tout": None,
    "preambule": frozenset({Kind.PREAMBULAR}),
    "dispositif": frozenset({Kind.OPERATIVE}),
}


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What a search answered: the query as typed, the part searched and the hits, best first.

    ``corrected`` is the query actually searched for when typos were corrected (« résultats pour
    … »), else ``None``; ``suggestions`` are words of the text close to the query when nothing
    matched; ``total`` counts every passage that matched, of which ``hits`` are one page.
    """

    query: str
    part: str
    hits: tuple[Hit, ...]
    corrected: str | None = None
    suggestions: tuple[str, ...] = ()
    total: int = 0


class Service:
    """The resolution and its indexes, built once, answering every command."""

    def __init__(
        self,
        resolution: Resolution,
        countries: CountryIndex | Callable[[], CountryIndex] | None = None,
        thesaurus: Thesaurus | None = None,
        grammar: Callable[[], Grammar] | None = None,
        paraphrases: Paraphrases | None = None,
    ) -> None:
        self.resolution = resolution
        self._thesaurus = thesaurus
        self._countries = countries
        self._grammar = grammar
        self._paraphrases = paraphrases
        self._counts = {kind: len(resolution.part(kind)) for kind in Kind}
        # Where the question ranker keeps its trained model between runs (none: trained each run).
        self.cache_dir: Path | None = None

    @cached_property
    def votes(self) -> VoteBook:
        """Return the vote book (country names, groups), built on first use: a quote never needs it."""
        from bot.core.votes.book import VoteBook

        return VoteBook(self.resolution.vote, self.resolution.groups, self._countries)

    @cached_property
    def paraphrases(self) -> Paraphrases:
        """What readers call each paragraph (questions only: search keeps the text's own words)."""
        from bot.core.text.paraphrases import default_paraphrases

        if self._paraphrases is not None:
            return self._paraphrases
        return default_paraphrases(s.id for s in self.resolution.segments)

    @cached_property
    def ranker(self) -> ParagraphRanker:
        """The learned paragraph ranker, trained on its first question (see bot/core/search/ranker.py)."""
        from bot.core.search.ranker import ParagraphRanker

        texts = {s.id: s.text for s in self.resolution.segments if s.id.startswith(("PP", "OP"))}
        return ParagraphRanker(lambda: self.paraphrases.examples(texts), self.cache_dir)

    @cached_property
    def grammar(self) -> Grammar:
        """Return the article, gender and number of every name the replies write, read on first use."""
        from bot.core.votes.grammar import default_grammar

        return self._grammar() if self._grammar is not None else default_grammar()

    @cached_property
    def index(self) -> SearchIndex:
        """Return the search index, built on first use: a one-shot quote never pays for it."""
        from bot.core.search.index import SearchIndex
        from bot.core.search.thesaurus import default_thesaurus

        thesaurus = self._thesaurus if self._thesaurus is not None else default_thesaurus()
        # A cited document's official symbol (A/RES/70/1) finds the paragraphs citing it, though
        # the text only writes "70/1".
        symbols: dict[str, list[str]] = {}
        for citation in self.resolution.citations:
            for segment_id in citation.cited_in if citation.symbol else ():
                symbols.setdefault(segment_id, []).append(str(citation.symbol))
        return SearchIndex(self.resolution.segments, thesaurus, symbols)

    @classmethod
    def from_corpus(cls, corpus_dir: Path) -> Service:
        """Parse and validate the corpus (and its thesaurus, if any), then build the indexes."""
        # The thesaurus is checked now, so that a broken file stops start-up like a broken text;
        # its module is light (no numpy, no rapidfuzz), unlike the index that uses it.
        from bot.core.search.thesaurus import FILE_NAME, Thesaurus, ThesaurusError

        thesaurus_path = corpus_dir / FILE_NAME
        resolution = load_resolution(corpus_dir)
        try:
            thesaurus = Thesaurus.load(thesaurus_path) if thesaurus_path.is_file() else None
        except ThesaurusError as exc:
            raise CorpusFormatError(thesaurus_path, None, exc.reason) from exc
        # The paraphrases are checked now too (a broken file stops start-up); their module is light.
        from bot.core.text.paraphrases import EVERYDAY_FILE, ParaphraseError, Paraphrases
        from bot.core.text.paraphrases import FILE_NAME as PARAPHRASE_FILE

        paraphrase_path = corpus_dir / PARAPHRASE_FILE
        try:
            segment_ids = [s.id for s in resolution.segments]
            paraphrases = (
                Paraphrases.load(paraphrase_path, segment_ids, corpus_dir / EVERYDAY_FILE)
                if paraphrase_path.is_file()
                else None
            )
        except ParaphraseError as exc:
            raise CorpusFormatError(paraphrase_path, None, exc.reason) from exc
        names = [m.country for m in resolution.vote.members]

        def countries() -> CountryIndex:
            from bot.core.votes.countries import load_countries

            return load_countries(corpus_dir, names)

        def grammar() -> Grammar:
            from bot.core.votes.grammar import load_grammar

            return load_grammar(corpus_dir)

        return cls(resolution, countries, thesaurus, grammar, paraphrases)

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

    def search(
        self, query: str, limit: int | None = DEFAULT_LIMIT, part: str = "tout", offset: int = 0
    ) -> SearchResult:
        """Rank the segments for ``query``; ``part`` is ``tout``, ``preambule`` or ``dispositif``.

        Return ``limit`` hits after the best ``offset`` (a page of results), or every hit with
        ``limit=None``; ``total`` counts them all either way.
        """
        typed = query.strip()
        if not typed:
            raise UserError("requete_vide")
        if len(typed) > MAX_QUERY_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_QUERY_LENGTH)
        part_key = fold(part.strip() or "tout")
        if part_key not in PARTS:
            raise UserError("partie_inconnue", saisie=part, parties=list(PARTS))
        if limit is not None and not 1 <= limit <= MAX_LIMIT:
            raise UserError("limite_invalide", saisie=limit, maximum=MAX_LIMIT)
        if offset < 0:  # a bug of the caller, not bad input: pages count from 1
            raise ValueError(offset)
        wanted = len(self.resolution.segments) if limit is None else offset + limit
        outcome = self.index.run(typed, limit=wanted, kinds=PARTS[part_key])
        hits = tuple(outcome.hits[offset:])
        return SearchResult(typed, part_key, hits, outcome.corrected, outcome.suggestions, outcome.total)

    def vote(self, country: str) -> CountryVote:
        """Return how ``country`` voted, or that it had no seat on the Council (``member`` false).

        Any spelling: French or English, official or short, ISO codes, articles, typos. Raises
        ``pays_inconnu`` or ``pays_ambigu`` (with the candidates) rather than guess.
        """
        return self.votes.country(country)

    def vote_of(self, country: str | None, group: str | None) -> tuple[str | None, str | None]:
        """Read what ``/vote`` was asked: the country and the group, either of them ``None``.

        A regional group typed where a country goes (« /vote GRULAC ») is the group: no country
        is named like one, and a group is what the student meant, not the closest country name.
        """
        country = country.strip() if country and country.strip() else None
        group = group.strip() if group and group.strip() else None
        if country is not None and group is None and self.votes.find_group(country) is not None:
            return None, country
        return country, group

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

    def complete_paragraph(self, typed: str, limit: int = MAX_CHOICES) -> list[tuple[str, str]]:
        """Return ``(label, id)`` choices for a paragraph being typed: by number or by words.

        ``29`` offers OP29, PP29, then OP2x; words match the folded text. Labels are the id and
        the opening words, within Discord's 100 characters.
        """
        wanted = fold(typed.strip())
        paragraphs = self.resolution.paragraphs
        digits = "".join(ch for ch in wanted if ch.isdigit())
        if not wanted:
            chosen = list(paragraphs)
        elif (digits and wanted.lstrip("§ ").isdigit()) or wanted[:2] in {"op", "pp"}:
            prefix = wanted[:2] if wanted[:2] in {"op", "pp"} else ""
            exact = [p for p in paragraphs if str(p.number) == digits and p.id.lower().startswith(prefix)]
            starts = [
                p
                for p in paragraphs
                if str(p.number).startswith(digits) and p.id.lower().startswith(prefix) and p not in exact
            ]
            # Operative paragraphs first: a bare number means OP (DESIGN.md, references).
            chosen = sorted(exact, key=lambda p: p.kind is not Kind.OPERATIVE) + starts
        else:
            chosen = [p for p in paragraphs if wanted in fold(p.text)]
        return [(_choice_label(p), p.id) for p in chosen[:limit]]

    def complete_country(self, typed: str, limit: int = MAX_CHOICES) -> list[str]:
        """Return country names for a name being typed, each one that ``vote`` resolves exactly.

        The 47 Council members come first, then every other country: the command is about the
        vote, but a student who types Canada should learn it had no seat. Same matcher as ``vote``
        (French, English, codes, aliases, accents); close typos fill up when few names match.
        """
        return self.votes.complete(typed, limit)

    def _get(self, segment_id: str) -> Paragraph:
        paragraph = self.resolution.get(segment_id)
        if paragraph is None:  # parse_reference checked the bounds: this is a bug, not bad input
            raise LookupError(segment_id)
        return paragraph


def _choice_label(paragraph: Paragraph) -> str:
    label = f"{paragraph.id} · {paragraph.text}"
    if len(label) <= CHOICE_LENGTH:
        return label
    cut = label[: CHOICE_LENGTH - 1].rsplit(" ", 1)[0]
    return cut + "…"
