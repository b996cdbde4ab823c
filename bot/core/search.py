"""Ranked search over the segments of the resolution (BM25)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.analyzer import STOPWORDS, Token, analyze, tokenize
from bot.core.models import Kind, Paragraph

SNIPPET_LENGTH = 220


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


class SearchIndex:
    """A BM25 index over segments, analysed with the same analyzer as the queries."""

    def __init__(self, segments: Iterable[Paragraph]) -> None:
        # Imported here: rank_bm25 pulls in numpy (~80 ms), which commands that do not search skip.
        from rank_bm25 import BM25Okapi

        self.segments = tuple(segments)
        # Tokenised once: snippets need the spans on every search, and folding is per character.
        self._tokens = [tuple(tokenize(s.text)) for s in self.segments]
        # rank_bm25 is given pre-tokenised documents (the same terms as ``analyze``): its
        # ``tokenizer=`` argument opens a process pool that is never closed.
        self._bm25 = BM25Okapi(
            [[t.term for t in tokens if t.term not in STOPWORDS] or ["∅"] for tokens in self._tokens]
        )

    def search(self, query: str, limit: int = 5, kinds: frozenset[Kind] | None = None) -> list[Hit]:
        """Return the best ``limit`` segments for ``query``, best first; zero scores are dropped."""
        terms = analyze(query)
        if not terms or limit <= 0:
            return []
        scores = self._bm25.get_scores(terms)
        ranked = sorted(
            (
                (float(score), index)
                for index, score in enumerate(scores)
                if score > 0 and (kinds is None or self.segments[index].kind in kinds)
            ),
            key=lambda pair: (-pair[0], pair[1]),
        )
        hits = []
        for score, index in ranked[:limit]:
            segment = self.segments[index]
            snippet, marks = make_snippet(segment.text, set(terms), tokens=self._tokens[index])
            hits.append(Hit(segment, round(score, 4), snippet, marks))
        return hits


def make_snippet(
    text: str, terms: set[str], length: int = SNIPPET_LENGTH, *, tokens: Sequence[Token] | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut ``text`` around its first matched term, on word boundaries, and locate the matches.

    ``tokens`` is ``tokenize(text)`` when the caller already has it.
    """
    matches = [t for t in (tokenize(text) if tokens is None else tokens) if t.term in terms]
    if len(text) <= length:
        start, end = 0, len(text)
    else:
        centre = matches[0].start if matches else 0
        start = max(0, centre - length // 3)
        end = min(len(text), start + length)
        start = max(0, end - length)
        # Move both ends outwards to the nearest space so that no word is cut.
        if start > 0:
            start = text.rfind(" ", 0, start) + 1
        if end < len(text):
            space = text.find(" ", end)
            end = len(text) if space == -1 else space
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    marks = tuple((m.start + shift, m.end + shift) for m in matches if start <= m.start and m.end <= end)
    return f"{prefix}{text[start:end]}{suffix}", marks
