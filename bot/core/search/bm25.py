"""Okapi BM25 scored from postings: a query only touches the documents holding one of its terms.

The formula and defaults are rank_bm25's (k1 1.5, b 0.75, epsilon 0.25 for terms in more than
half the documents), so that the scores can be checked against ``rank_bm25.BM25Okapi``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

# Below this many documents, scoring in plain Python is quicker than importing numpy (~50 ms, more
# than a whole search over a resolution); above it, numpy's vector adds win. Both give the same
# scores: the same float64 operations in the same order.
DENSE_FROM = 5000

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Floats = npt.NDArray[np.float64]


class Bm25:
    """Okapi BM25 over pre-analysed documents, scored from postings.

    Scores equal ``rank_bm25.BM25Okapi(documents).get_scores(query)`` (same idf, same epsilon
    floor), with query terms weighted: a weight of 2 is a term typed twice. ``sparse_scores``
    touches only the documents holding a query term; ``get_scores`` gives every document's.
    """

    def __init__(
        self, documents: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25
    ) -> None:
        self.size = len(documents)
        lengths = [float(len(d)) for d in documents]
        average = sum(lengths) / self.size if self.size else 0.0
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, document in enumerate(documents):
            for term, count in Counter(document).items():
                ids, counts = postings.setdefault(term, ([], []))
                ids.append(index)
                counts.append(count)
        # rank_bm25's idf: log((N - n + 0.5) / (n + 0.5)); negative ones become epsilon x mean idf.
        idf = {
            t: math.log(self.size - len(p[0]) + 0.5) - math.log(len(p[0]) + 0.5) for t, p in postings.items()
        }
        floor = epsilon * (sum(idf.values()) / len(idf)) if idf else 0.0
        self.idf = {t: (floor if value < 0 else value) for t, value in idf.items()}
        # The term-frequency part depends on the document only: computed once, at build time.
        norm = [k1 * (1 - b + b * length / average) for length in lengths] if average else [0.0] * self.size
        self._postings: dict[str, tuple[list[int], list[float]]] = {}
        for term, (ids, counts) in postings.items():
            weight = self.idf[term]
            self._postings[term] = (
                ids,
                [weight * (tf * (k1 + 1) / (tf + norm[i])) for i, tf in zip(ids, counts, strict=True)],
            )
        # Whether searches score with numpy (a large corpus) rather than in plain Python.
        self.dense = self.size >= DENSE_FROM
        self._dense: dict[str, tuple[npt.NDArray[np.int64], Floats]] | None = None
        if self.dense:
            self._densify()

    def __contains__(self, term: object) -> bool:
        return term in self._postings

    def document_frequency(self, term: str) -> int:
        """Return how many documents contain ``term``."""
        posting = self._postings.get(term)
        return 0 if posting is None else len(posting[0])

    def documents_with(self, term: str) -> list[int]:
        """Return the ids of the documents containing ``term``, in order."""
        posting = self._postings.get(term)
        return posting[0] if posting is not None else []

    def sparse_scores(self, query: Iterable[str] | Mapping[str, float]) -> dict[int, float]:
        """Return the score of every document holding a query term (the others score 0)."""
        weights = query if isinstance(query, Mapping) else Counter(query)
        scores: dict[int, float] = {}
        for term, weight in weights.items():
            posting = self._postings.get(term)
            if posting is not None:
                for index, contribution in zip(*posting, strict=True):
                    scores[index] = scores.get(index, 0.0) + weight * contribution
        return scores

    def get_scores(self, query: Iterable[str] | Mapping[str, float]) -> Floats:
        """Return every document's score: a list counts repeats, a mapping gives weights."""
        import numpy as np

        dense = self._densify()
        weights = query if isinstance(query, Mapping) else Counter(query)
        scores = np.zeros(self.size, dtype=np.float64)
        for term, weight in weights.items():
            posting = dense.get(term)
            if posting is not None:
                ids, contributions = posting
                scores[ids] += weight * contributions
        return scores

    def _densify(self) -> dict[str, tuple[npt.NDArray[np.int64], Floats]]:
        """The postings as numpy arrays, made once."""
        if self._dense is None:
            import numpy as np

            self._dense = {
                term: (np.array(ids, dtype=np.int64), np.array(values, dtype=np.float64))
                for term, (ids, values) in self._postings.items()
            }
        return self._dense
