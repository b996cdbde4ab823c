"""Okapi BM25 scored from postings: a query only touches the documents holding one of its terms.

The formula and defaults are rank_bm25's (k1 1.5, b 0.75, epsilon 0.25 for terms in more than
half the documents), so that the scores can be checked against ``rank_bm25.BM25Okapi``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

# numpy (~90 ms) is imported where it is used, so that commands that never search (paragraphe,
# vote) do not pay for it at start-up.
if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Floats = npt.NDArray[np.float64]


class Bm25:
    """Okapi BM25 over pre-analysed documents, scored from postings.

    Scores equal ``rank_bm25.BM25Okapi(documents).get_scores(query)`` (same idf, same epsilon
    floor), with query terms weighted: a weight of 2 is a term typed twice.
    """

    def __init__(
        self, documents: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25
    ) -> None:
        import numpy as np

        self.size = len(documents)
        lengths = np.array([len(d) for d in documents], dtype=np.float64)
        average = float(lengths.sum()) / self.size if self.size else 0.0
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
        norm = k1 * (1 - b + b * lengths / average) if average else np.zeros(self.size)
        self._postings: dict[str, tuple[npt.NDArray[np.int64], Floats]] = {}
        for term, (ids, counts) in postings.items():
            id_array = np.array(ids, dtype=np.int64)
            tf = np.array(counts, dtype=np.float64)
            self._postings[term] = (id_array, self.idf[term] * (tf * (k1 + 1) / (tf + norm[id_array])))

    def __contains__(self, term: object) -> bool:
        return term in self._postings

    def document_frequency(self, term: str) -> int:
        """Return how many documents contain ``term``."""
        posting = self._postings.get(term)
        return 0 if posting is None else len(posting[0])

    def documents_with(self, term: str) -> npt.NDArray[np.int64]:
        """Return the ids of the documents containing ``term``."""
        import numpy as np

        posting = self._postings.get(term)
        return posting[0] if posting is not None else np.zeros(0, dtype=np.int64)

    def get_scores(self, query: Iterable[str] | Mapping[str, float]) -> Floats:
        """Return every document's score: a list counts repeats, a mapping gives weights."""
        import numpy as np

        weights = query if isinstance(query, Mapping) else Counter(query)
        scores = np.zeros(self.size, dtype=np.float64)
        for term, weight in weights.items():
            posting = self._postings.get(term)
            if posting is not None:
                ids, contributions = posting
                scores[ids] += weight * contributions
        return scores
