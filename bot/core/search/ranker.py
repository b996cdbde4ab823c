"""Which paragraph a question is about, learned from questions written for each paragraph.

Search and coverage weigh the question's own words; a student who has not read the text asks in
theirs (« une cagnotte pour les pays sans accès à la mer », "countries punishing others with trade
bans"). A linear classifier, as the intent classifiers of chat-bot NLU frameworks are (TF-IDF
character and word n-grams, scikit-learn's LinearSVC), learns each paragraph's words from the
questions it answers: the reviewed lists of ``corpus/paraphrases_courantes.toml`` (written from the
text alone), the labelled tuning questions of ``corpus/questions_etiquetees.jsonl`` (never a blind
one) and the paragraph itself. It only ranks paragraphs; whether the text answers is still decided
by the question route, which also checks that the paragraph holds some of the question's words.

Measured (issue 14, sixth round): on tuning batches held out six ways, the classifier's first
paragraph is right for 94.6 % of the content questions, search's for 85.7 %.
"""

from __future__ import annotations

import logging
import math
import threading
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy

from bot.core.text.french import fold

# A question longer than this is ranked on its start: the cost stays bounded whatever is pasted
# (the words that name a subject come early; a flood of filler would not help).
MAX_RANKED_CHARACTERS = 200
# liblinear shuffles its coordinate descent: a fixed seed gives the same model on every machine.
_SEED = 0
# The regularisation the held-out measure above was made with (scikit-learn's default is 1.0).
_C = 0.5

Examples = Sequence[tuple[str, str]]
log = logging.getLogger(__name__)


class ParagraphRanker:
    """Rank paragraph ids for a question; trained on first use, once, under a lock."""

    def __init__(self, examples: Callable[[], Examples]) -> None:
        self._examples = examples
        self._lock = threading.Lock()
        self._model: Model | None = None
        self._trained = False

    def warm(self) -> None:
        """Train now (a second or two): a front end calls it at start-up, off its loop."""
        self.model()

    def warm_in_background(self) -> None:
        """Train in a daemon thread: start-up does not wait, a first question only for what is left."""
        threading.Thread(target=self.warm, name="paragraph-ranker", daemon=True).start()

    def rank(self, question: str, limit: int = 2) -> list[tuple[str, float]]:
        """The ``limit`` likeliest paragraph ids for a question, with the classifier's score.

        A score above 0 places the question on the paragraph's side of the classifier's boundary.
        """
        model = self.model()
        if model is None:
            return []
        scores = model.scores(prepare(question[:MAX_RANKED_CHARACTERS]))
        return sorted(scores, key=lambda pair: -pair[1])[:limit]

    def model(self) -> Model | None:
        """The fitted model (trained now if it is not yet).

        None for fewer than two paragraphs, or when training failed (scikit-learn missing, a bad
        labelled file): the question route then answers from search alone, as before the ranker.
        The failure is logged once, not retried on every question.
        """
        if self._trained:  # read without the lock once trained: the model is never replaced
            return self._model
        with self._lock:
            if not self._trained:
                try:
                    fitted = _fit(self._examples())
                    self._model = Model(*fitted) if fitted is not None else None
                except Exception as error:
                    log.warning("paragraph ranker off: %s: %s", type(error).__name__, error)
                    self._model = None
                self._trained = True
            return self._model


class Model:
    """The fitted classifier, scored without scikit-learn's per-call checks and sparse matrices.

    scikit-learn's ``transform`` costs over a millisecond a question, nearly all of it bookkeeping;
    the same TF-IDF (its own analyzers, vocabularies and weights) is computed here in a fraction of
    that. tests/core/test_ranker.py checks that the scores equal ``decision_function``'s. Only what
    scoring needs is kept: the weights as float32, one row a feature (about 13 MB).
    """

    def __init__(self, union: Any, classifier: Any) -> None:
        self._parts = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            # The n-grams min_df pruned: kept by scikit-learn for inspection only, and large.
            vectorizer.stop_words_ = None
            vocabulary = vectorizer.vocabulary_
            self._parts.append((vectorizer.build_analyzer(), vocabulary, vectorizer.idf_, offset))
            offset += len(vocabulary)
        coef, intercept = classifier.coef_, classifier.intercept_
        if coef.shape[0] == 1:  # two paragraphs: one boundary, scored for the second class
            coef, intercept = numpy.vstack([-coef[0], coef[0]]), numpy.array([-intercept[0], intercept[0]])
        self._weights = numpy.ascontiguousarray(coef.T, dtype=numpy.float32)
        self._intercept = numpy.asarray(intercept, dtype=numpy.float64)
        self._classes = [str(c) for c in classifier.classes_]

    def scores(self, text: str) -> list[tuple[str, float]]:
        """Each paragraph id with the classifier's score for ``text`` (already prepared)."""
        rows: list[int] = []
        values: list[float] = []
        for analyzer, vocabulary, idf, offset in self._parts:
            counts: dict[int, int] = {}
            for gram in analyzer(text):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            # sublinear_tf: 1 + log(tf), times the idf, then each vectorizer's own l2 norm.
            weighted = {i: (1.0 + math.log(n)) * float(idf[i]) for i, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weighted.values()))
            for i, w in weighted.items():
                rows.append(offset + i)
                values.append(w / norm)
        scores = self._intercept.copy()
        if rows:
            scores += numpy.asarray(values) @ self._weights[rows]
        return list(zip(self._classes, (float(x) for x in scores), strict=True))


def prepare(text: str) -> str:
    """Fold text as the question routes do: no case, no accents, straight apostrophes."""
    return " ".join(fold(text).replace("\u2019", "'").split())


def _fit(examples: Examples) -> tuple[Any, Any] | None:
    # scikit-learn (and scipy) load here, on the first question: a quote never pays for them.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union
    from sklearn.svm import LinearSVC

    texts = [prepare(text) for text, _ in examples]
    labels = [label for _, label in examples]
    if len(set(labels)) < 2:
        return None  # a corpus of one paragraph (a test's) has nothing to rank
    vectorizer = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    matrix = vectorizer.fit_transform(texts)
    with warnings.catch_warnings():
        # A small test corpus has nearly as many paragraphs as phrases: scikit-learn wonders
        # whether it is a regression. It is not.
        warnings.simplefilter("ignore", UserWarning)
        classifier = LinearSVC(C=_C, random_state=_SEED).fit(matrix, labels)
    return vectorizer, classifier
