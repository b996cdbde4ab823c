"""Ranked search over the segments of the resolution: the ``SearchIndex`` facade.

It analyses the segments once, builds the word and word-pair BM25 (``bm25``), reads queries with
the thesaurus and typo correction (``query``), ranks, and cuts snippets around the matches
(``snippets``). BM25 is scored from postings, so it scales to corpora far larger than this one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.search.analyzer import STOPWORDS as _STOP
from bot.core.search.analyzer import Token, is_stopword, is_symbol, term_of, tokenize
from bot.core.search.bm25 import Bm25
from bot.core.search.query import DATED, Query, QueryReader
from bot.core.search.snippets import locate_terms, make_snippet
from bot.core.search.thesaurus import Thesaurus
from bot.core.text.models import Kind, Paragraph

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Weight of the word-pair BM25 added to the word BM25 (see SearchIndex.pairs).
PAIR_WEIGHT = 0.5

# numpy (~90 ms) and rapidfuzz (~40 ms) are imported where they are used, so that commands that
# never search (paragraphe, vote) do not pay for them at start-up.
if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: the segment, its BM25 score and a snippet around the matched words.

    ``marks`` holds the (start, end) spans of the matched words inside ``snippet``, so that each
    front end can mark them its own way (bold on Discord).
    """

    paragraph: Paragraph
    score: float
    snippet: str
    marks: tuple[tuple[int, int], ...]

    @property
    def id(self) -> str:
        """Return the id of the segment found."""
        return self.paragraph.id


@dataclass(frozen=True, slots=True)
class Outcome:
    """The hits of one search, with the query as corrected and suggestions when nothing matched."""

    hits: list[Hit]
    corrected: str | None
    suggestions: tuple[str, ...]


class SearchIndex:
    """A BM25 index over segments, analysed with the same analyzer as the queries.

    A paragraph is indexed with the text of its footnotes, so that a footnote's words (a cited
    symbol such as ``A/HRC/55/78``) find the paragraph that carries it as well as the footnote.
    """

    def __init__(
        self,
        segments: Iterable[Paragraph],
        thesaurus: Thesaurus | None = None,
        extra: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.segments = tuple(segments)
        self.thesaurus = thesaurus or Thesaurus.empty()
        extra = extra or {}
        by_id = {s.id: s for s in self.segments}
        documents: list[list[str]] = []
        pair_documents: list[list[str]] = []
        self._sequences: list[str] = []
        spellings: dict[str, Counter[str]] = {}
        for segment in self.segments:
            texts = [
                segment.text,
                *(by_id[n].text for n in segment.footnotes if n in by_id),
                *extra.get(segment.id, ()),
            ]
            terms: list[str] = []
            pairs: list[str] = []
            words: list[str] = []
            for text in texts:
                previous = None
                for token in tokenize(text):
                    if not token.whole:
                        words.append(token.term)
                    if is_stopword(token):
                        continue
                    term = term_of(token, text)
                    terms.append(term)
                    if token.whole:
                        continue
                    if previous is not None:
                        pairs.append(f"{previous} {term}")
                    previous = term
                    if not is_symbol(token.term):
                        spellings.setdefault(token.term, Counter())[
                            text[token.start : token.end].casefold()
                        ] += 1
                words.append("|")  # a phrase never runs from a paragraph into its footnote
            if segment.text and any(_YEAR.fullmatch(t) for t in terms):
                terms.append(DATED)
            documents.append(terms)
            pair_documents.append(pairs)
            self._sequences.append(" " + " ".join(words) + " ")
        self.bm25 = Bm25(documents)
        # Adjacent words of the query found adjacent in a paragraph ("Secrétaire général", not
        # "intérêt général" next to "Secrétaire"): BM25 over word pairs, added at a lower weight.
        self.pairs = Bm25(pair_documents)
        # A word typed without its accents is stemmed as the text spells it: "inegalites" is read
        # as "inégalités" (Snowball French stems accented words better, see bot.core.search.stemming).
        spelling = {folded: forms.most_common(1)[0][0] for folded, forms in spellings.items()}
        frequency = {folded: sum(forms.values()) for folded, forms in spellings.items()}
        typo_targets = {w: frequency.get(w, 0) for w in spelling if len(w) >= 3}
        for word in self.thesaurus.surface_words():
            typo_targets.setdefault(word, 0)
        self.reader = QueryReader(self.bm25, self.thesaurus, spelling, typo_targets)
        self._kind_masks: dict[frozenset[Kind], npt.NDArray[np.bool_]] = {}
        self._located_cache: dict[int, tuple[tuple[int, int, str], ...]] = {}

    def parse(self, typed: str) -> Query:
        """Read a query: phrases in quotes, thesaurus expansions, typo corrections, weighted terms."""
        return self.reader.parse(typed)

    def suggest(self, words: Iterable[str], limit: int = 5) -> tuple[str, ...]:
        """Return text words close to ``words`` (for the "nothing found" reply), best first."""
        return self.reader.suggest(words, limit)

    # Ranking -----------------------------------------------------------------------------------

    def run(self, typed: str, limit: int = 5, kinds: frozenset[Kind] | None = None) -> Outcome:
        """Search ``typed``; return the hits, the corrected query and suggestions if none matched."""
        query = self.parse(typed)
        if not query.weights or limit <= 0:
            return Outcome([], query.searched, self.suggest(query.unknown))
        allowed = self._phrase_documents(query.phrases) if query.phrases else None
        rank = self._rank_dense if self.bm25.dense else self._rank_sparse
        ranked = rank(query, limit, kinds, allowed)
        marked = query.weights
        hits = []
        for index, score in ranked:
            segment = self.segments[index]
            snippet, marks = make_snippet(segment.text, marked, located=self._located(index))
            hits.append(Hit(segment, round(score, 4), snippet, marks))
        suggestions = () if hits else self.suggest(query.unknown or [w for p in query.phrases for w in p])
        return Outcome(hits, query.searched, suggestions)

    def _rank_sparse(
        self, query: Query, limit: int, kinds: frozenset[Kind] | None, allowed: set[int] | None
    ) -> list[tuple[int, float]]:
        """The best ``limit`` (index, score) pairs, scored in plain Python: a small corpus."""
        scores = self.bm25.sparse_scores(query.weights)
        if query.pairs:
            for index, score in self.pairs.sparse_scores(query.pairs).items():
                scores[index] = scores.get(index, 0.0) + PAIR_WEIGHT * score
        kept = [
            (index, score)
            for index, score in scores.items()
            if score > 0
            and (allowed is None or index in allowed)
            and (kinds is None or self.segments[index].kind in kinds)
        ]
        return sorted(kept, key=lambda h: (-h[1], h[0]))[:limit]

    def _rank_dense(
        self, query: Query, limit: int, kinds: frozenset[Kind] | None, allowed: set[int] | None
    ) -> list[tuple[int, float]]:
        """The best ``limit`` (index, score) pairs, scored with numpy vectors: a large corpus."""
        import numpy as np

        scores = self.bm25.get_scores(query.weights)
        if query.pairs:
            scores += PAIR_WEIGHT * self.pairs.get_scores(query.pairs)
        if allowed is not None:
            keep = np.zeros(len(self.segments), dtype=bool)
            keep[sorted(allowed)] = True
            scores = np.where(keep, scores, 0.0)
        if kinds is not None:
            scores = np.where(self._kind_mask(kinds), scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if len(positive) > limit:
            # Everything scoring at least the limit-th best score: ties at the cut are kept, so
            # that the sort below breaks them by position, as the plain Python ranking does.
            cut = np.partition(scores[positive], len(positive) - limit)[len(positive) - limit]
            top = positive[scores[positive] >= cut]
        else:
            top = positive
        # Read the few top scores out of numpy once, as Python floats (the same values).
        ranked = sorted(zip(top.tolist(), scores[top].tolist(), strict=True), key=lambda h: (-h[1], h[0]))
        return ranked[:limit]

    def search(self, query: str, limit: int = 5, kinds: frozenset[Kind] | None = None) -> list[Hit]:
        """Return the best ``limit`` segments for ``query``, best first; zero scores are dropped."""
        return self.run(query, limit, kinds).hits

    def _phrase_documents(self, phrases: list[tuple[str, ...]]) -> set[int]:
        """The documents holding every phrase, checking only those holding all its words."""
        allowed: set[int] | None = None
        for words in phrases:
            candidates: set[int] | None = None
            for word in words:
                if word in _STOP:
                    continue
                found = set(self.bm25.documents_with(self.reader.term(Token(word, 0, len(word)), word)))
                candidates = found if candidates is None else candidates & found
            pool = set(range(len(self.segments))) if candidates is None else candidates
            if allowed is not None:
                pool &= allowed
            needle = " " + " ".join(words) + " "
            allowed = {index for index in pool if needle in self._sequences[index]}
        return allowed or set()

    def _located(self, index: int) -> tuple[tuple[int, int, str], ...]:
        """Return a segment's content words with their offsets, tokenised once on first need.

        Tokenising a long paragraph is most of a search's cost; the text never changes, and a
        lazy cache keeps a 100k-segment index from holding every token of every document.
        """
        located = self._located_cache.get(index)
        if located is None:
            located = locate_terms(self.segments[index].text)
            self._located_cache[index] = located
        return located

    def _kind_mask(self, kinds: frozenset[Kind]) -> npt.NDArray[np.bool_]:
        import numpy as np

        mask = self._kind_masks.get(kinds)
        if mask is None:
            mask = np.array([s.kind in kinds for s in self.segments], dtype=bool)
            self._kind_masks[kinds] = mask
        return mask
