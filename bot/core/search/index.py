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
from bot.core.search.analyzer import Token, form_of, is_stopword, is_symbol, term_of, tokenize
from bot.core.search.bm25 import Bm25
from bot.core.search.query import DATED, Concept, Query, QueryReader
from bot.core.search.snippets import locate_terms, make_snippet
from bot.core.search.thesaurus import Thesaurus
from bot.core.text.models import Kind, Paragraph

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Weight of the word-pair BM25 added to the word BM25 (see SearchIndex.pairs).
PAIR_WEIGHT = 0.5
# A passage that does not carry every word of the query (nor a real equivalent, see
# query.Concept) is left out when it scores under this share of the best score: « mesures
# coercitives unilatérales » finds OP8, not four passages that only say « mesures » (each under a
# fifth of OP8's score). A passage carrying every word is always kept, however low.
RELATIVE_FLOOR = 0.2
# Bit sets of inflection keys kept by a large index (SearchIndex._form_bits), oldest out first:
# 12.5 kB each for 100,000 segments.
FORM_BITS = 1024

# A ranked segment: its index, its score, whether it carries every word of the query.
Ranked = tuple[int, float, bool]

# numpy (~90 ms) and rapidfuzz (~40 ms) are imported where they are used, so that commands that
# never search (paragraphe, vote) do not pay for them at start-up.
if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: the segment, its BM25 score and a snippet around the matched words.

    ``marks`` holds the (start, end) spans of the matched words inside ``snippet``, so that each
    front end can mark them its own way (bold on Discord). ``complete`` tells whether the segment
    carries every word of the query (or a real equivalent): when every word typed is a word of
    the text, those come first, so a lower score may rank above a higher one.
    """

    paragraph: Paragraph
    score: float
    snippet: str
    marks: tuple[tuple[int, int], ...]
    complete: bool = True

    @classmethod
    def whole(cls, paragraph: Paragraph) -> Hit:
        """The whole segment, unscored: a passage named or offered rather than found by a search."""
        return cls(paragraph, 0.0, paragraph.text, ())

    @property
    def id(self) -> str:
        """Return the id of the segment found."""
        return self.paragraph.id


@dataclass(frozen=True, slots=True)
class Outcome:
    """The hits of one search, with the query as corrected and suggestions when nothing matched.

    ``total`` counts every passage that matched, of which ``hits`` are the best ``limit``.
    """

    hits: list[Hit]
    corrected: str | None
    suggestions: tuple[str, ...]
    total: int = 0


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
        forms: dict[str, list[int]] = {}
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
                    if not token.whole:
                        found = forms.setdefault(form_of(token.term), [])
                        if not found or found[-1] != len(documents):
                            found.append(len(documents))
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
        # Which passages hold each inflection key (analyzer.form_of): a passage holding the
        # word typed, in any of its inflections, carries it better than one sharing its stem.
        self._forms = forms
        self._form_bits_cache: dict[str, npt.NDArray[np.uint8]] = {}
        # Adjacent words of the query found adjacent in a paragraph ("Secrétaire général", not
        # "intérêt général" next to "Secrétaire"): BM25 over word pairs, added at a lower weight.
        self.pairs = Bm25(pair_documents)
        # A word typed without its accents is stemmed as the text spells it: "inegalites" is read
        # as "inégalités" (Snowball French stems accented words better, see bot.core.search.stemming).
        spelling = {folded: forms.most_common(1)[0][0] for folded, forms in spellings.items()}
        frequency = {folded: sum(forms.values()) for folded, forms in spellings.items()}
        typo_targets = {w: frequency.get(w, 0) for w in spelling if len(w) >= 3}
        # Sorted: a set's order changes with each process's hash seed, and a typo equally close to
        # two words would be corrected to either, so that a search's passages changed on restart.
        for word in sorted(self.thesaurus.surface_words()):
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
        ranked, total = rank(query, limit, kinds, allowed)
        marked = query.weights
        hits = []
        for index, score, complete in ranked:
            segment = self.segments[index]
            snippet, marks = make_snippet(segment.text, marked, located=self._located(index))
            hits.append(Hit(segment, round(score, 4), snippet, marks, complete))
        suggestions = () if hits else self.suggest(query.unknown or [w for p in query.phrases for w in p])
        return Outcome(hits, query.searched, suggestions, total)

    def _rank_sparse(
        self, query: Query, limit: int, kinds: frozenset[Kind] | None, allowed: set[int] | None
    ) -> tuple[list[Ranked], int]:
        """The best ``limit`` (index, score, complete) and how many passages matched: a small corpus."""
        scores = self.bm25.sparse_scores(query.weights)
        if query.pairs:
            for index, score in self.pairs.sparse_scores(query.pairs).items():
                scores[index] = scores.get(index, 0.0) + PAIR_WEIGHT * score
        kept = {
            index: score
            for index, score in scores.items()
            if score > 0
            and (allowed is None or index in allowed)
            and (kinds is None or self.segments[index].kind in kinds)
        }
        complete = self._carrying(query.concepts)
        floor = RELATIVE_FLOOR * max(kept.values(), default=0.0)
        shown = [(i, score, i in complete) for i, score in kept.items() if i in complete or score >= floor]
        tiered = _tiered(query)
        ranked = sorted(shown, key=lambda h: (tiered and not h[2], -h[1], h[0]))
        return ranked[:limit], len(shown)

    def _carrying(self, concepts: list[Concept]) -> set[int]:
        """The passages that carry every concept: each word, or every word of one of its equivalents."""
        found: set[int] | None = None
        for concept in concepts:
            carrying: set[int] = set()
            for alternative in concept.alternatives:
                holders = [set(self._forms.get(form, ())) for form in alternative]
                carrying |= set.intersection(*holders) if holders else set()
            found = carrying if found is None else found & carrying
            if not found:
                return set()
        return found if found is not None else set()

    def _form_bits(self, form: str) -> npt.NDArray[np.uint8]:
        """The segments holding ``form`` as a packed bit set, made once a form (FORM_BITS kept).

        Eight segments a byte: 12.5 kB for 100,000 segments, so that a query's dozen forms are
        combined with a few bitwise operations instead of scattering their postings each time.
        """
        import numpy as np

        bits = self._form_bits_cache.get(form)
        if bits is None:
            mask = np.zeros(len(self.segments), dtype=bool)
            mask[self._forms.get(form, [])] = True
            bits = np.packbits(mask)
            if len(self._form_bits_cache) >= FORM_BITS:
                self._form_bits_cache.pop(next(iter(self._form_bits_cache)))
            self._form_bits_cache[form] = bits
        return bits

    def _carrying_mask(self, concepts: list[Concept]) -> npt.NDArray[np.bool_]:
        """``_carrying`` as a mask over every segment, with numpy: a large corpus."""
        import numpy as np

        size = len(self.segments)
        if not concepts:
            return np.zeros(size, dtype=bool)
        found: npt.NDArray[np.uint8] | None = None
        for concept in concepts:
            carrying = np.zeros((size + 7) // 8, dtype=np.uint8)
            for alternative in concept.alternatives:
                holding: npt.NDArray[np.uint8] | None = None
                for form in alternative:
                    bits = self._form_bits(form)
                    holding = bits if holding is None else holding & bits
                if holding is not None:
                    carrying |= holding
            found = carrying if found is None else found & carrying
        assert found is not None  # noqa: S101 -- concepts is not empty
        return np.unpackbits(found, count=size).astype(bool)

    def _rank_dense(
        self, query: Query, limit: int, kinds: frozenset[Kind] | None, allowed: set[int] | None
    ) -> tuple[list[Ranked], int]:
        """The best ``limit`` (index, score, complete) and how many matched, with numpy: a large corpus."""
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
        # Whole-corpus boolean masks, not index arrays: a few microseconds each at 100,000 segments.
        complete = self._carrying_mask(query.concepts)
        best = float(scores.max()) if len(scores) else 0.0
        shown = (scores > 0) & (complete | (scores >= RELATIVE_FLOOR * best))
        groups = (shown & complete, shown & ~complete) if _tiered(query) else (shown,)
        ranked: list[Ranked] = []
        for group in groups:
            if len(ranked) < limit:
                top = _best(scores, np.flatnonzero(group), limit - len(ranked))
                ranked += [(index, score, bool(complete[index])) for index, score in top]
        return ranked, int(np.count_nonzero(shown))

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


def _tiered(query: Query) -> bool:
    """Whether the passages carrying every word of the query come first, whatever their score.

    Only when every word typed is a word of the text (or corrected to one): the user asked for
    these words. A query read through the thesaurus (English, acronyms, paraphrases) is ranked
    by score alone, since its equivalents are not all equally good.
    """
    return bool(query.concepts) and all(concept.known for concept in query.concepts)


def _best(
    scores: npt.NDArray[np.float64], group: npt.NDArray[np.int64], limit: int
) -> list[tuple[int, float]]:
    """The best ``limit`` (index, score) pairs of ``group``, best first, ties by position."""
    import numpy as np

    if limit <= 0:
        return []
    if len(group) > limit:
        # Everything scoring at least the limit-th best score: ties at the cut are kept, so that
        # the sort below breaks them by position, as the plain Python ranking does.
        cut = np.partition(scores[group], len(group) - limit)[len(group) - limit]
        group = group[scores[group] >= cut]
    # Read the few top scores out of numpy once, as Python floats (the same values).
    ranked = sorted(zip(group.tolist(), scores[group].tolist(), strict=True), key=lambda h: (-h[1], h[0]))
    return ranked[:limit]
