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

import hashlib
import json
import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy

from bot.core.text.french import fold_words

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
    """Rank paragraph ids for a question; trained on first use, once, under a lock.

    With a ``cache_dir``, the trained model is kept there (a NumPy archive, no pickle, named by a
    hash of the examples and the settings): a later process loads it in milliseconds, without
    scikit-learn, rather than training again (about three seconds, most of a one-shot question).
    """

    def __init__(self, examples: Callable[[], Examples], cache_dir: Path | None = None) -> None:
        self._examples = examples
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._model: Model | None = None
        self._trained = False

    def warm(self) -> None:
        """Train (or load) now: a front end calls it at start-up, off its loop."""
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
        scores = model.scores(fold_words(question[:MAX_RANKED_CHARACTERS]))
        return sorted(scores, key=lambda pair: -pair[1])[:limit]

    def model(self) -> Model | None:
        """The fitted model (loaded or trained now if it is not yet).

        None for fewer than two paragraphs, or when training failed (scikit-learn missing, a bad
        labelled file): the question route then answers from search alone, as before the ranker.
        The failure is logged once, not retried on every question.
        """
        if self._trained:  # read without the lock once trained: the model is never replaced
            return self._model
        with self._lock:
            if not self._trained:
                try:
                    self._model = self._load_or_fit()
                except Exception as error:  # any failure leaves search as it was before the ranker
                    log.warning("paragraph ranker off: %s: %s", type(error).__name__, error)
                    self._model = None
                self._trained = True
            return self._model

    def _load_or_fit(self) -> Model | None:
        examples = list(self._examples())
        path = self._cache_path(examples)
        if path is not None and path.is_file():
            try:
                return Model.load(path)
            except (OSError, ValueError, KeyError) as error:  # a damaged file: train again
                log.warning("paragraph ranker cache unreadable (%s): training again", type(error).__name__)
        if path is not None and _train_apart(examples, path):
            return Model.load(path)
        fitted = _fit(examples)
        if fitted is None:
            return None
        model = Model.fitted(*fitted)
        if path is not None:
            model.save(path)
        return model

    def _cache_path(self, examples: Examples) -> Path | None:
        if self._cache_dir is None:
            return None
        digest = hashlib.sha256(
            json.dumps([_SETTINGS, list(examples)], ensure_ascii=False).encode()
        ).hexdigest()
        return self._cache_dir / f"classement-{digest[:24]}.npz"


class Model:
    """The fitted classifier, scored without scikit-learn: its vocabularies, idf and weights.

    scikit-learn's ``transform`` costs over a millisecond a question, nearly all of it bookkeeping;
    the same TF-IDF is computed here in a fraction of that, with analyzers that cut the n-grams as
    scikit-learn's do. tests/core/test_ranker.py checks both (analyzers and scores). Only what
    scoring needs is kept: the weights as float32, one row a feature (about 13 MB).
    """

    def __init__(
        self,
        vocabularies: tuple[dict[str, int], dict[str, int]],
        idfs: tuple[numpy.ndarray[Any, Any], numpy.ndarray[Any, Any]],
        weights: numpy.ndarray[Any, Any],
        intercept: numpy.ndarray[Any, Any],
        classes: list[str],
    ) -> None:
        self._parts = []
        offset = 0
        for analyzer, vocabulary, idf in zip((char_ngrams, word_ngrams), vocabularies, idfs, strict=True):
            self._parts.append((analyzer, vocabulary, idf, offset))
            offset += len(vocabulary)
        self._vocabularies, self._idfs = vocabularies, idfs
        self._weights = numpy.ascontiguousarray(weights, dtype=numpy.float32)
        self._intercept = numpy.asarray(intercept, dtype=numpy.float64)
        self._classes = classes

    @classmethod
    def fitted(cls, union: Any, classifier: Any) -> Model:
        """The model of a fitted vectorizer union (char_wb, then word) and linear classifier."""
        vectorizers = [vectorizer for _, vectorizer in union.transformer_list]
        coef, intercept = classifier.coef_, classifier.intercept_
        if coef.shape[0] == 1:  # two paragraphs: one boundary, scored for the second class
            coef, intercept = numpy.vstack([-coef[0], coef[0]]), numpy.array([-intercept[0], intercept[0]])
        return cls(
            (vectorizers[0].vocabulary_, vectorizers[1].vocabulary_),
            (vectorizers[0].idf_, vectorizers[1].idf_),
            coef.T,
            intercept,
            [str(c) for c in classifier.classes_],
        )

    @classmethod
    def load(cls, path: Path) -> Model:
        """Read a model ``save`` wrote (no pickle: arrays of numbers and strings only)."""
        with numpy.load(path, allow_pickle=False) as data:
            vocabularies = tuple({str(t): i for i, t in enumerate(data[f"terms{k}"])} for k in (0, 1))
            return cls(
                (vocabularies[0], vocabularies[1]),
                (data["idf0"], data["idf1"]),
                data["weights"],
                data["intercept"],
                [str(c) for c in data["classes"]],
            )

    def save(self, path: Path) -> None:
        """Write the model beside others atomically; a read-only place only costs the next start."""
        arrays: dict[str, Any] = {
            f"terms{k}": numpy.array(sorted(vocabulary, key=vocabulary.__getitem__))
            for k, vocabulary in enumerate(self._vocabularies)
        }
        arrays |= {
            "idf0": self._idfs[0],
            "idf1": self._idfs[1],
            "weights": self._weights,
            "intercept": self._intercept,
            "classes": numpy.array(self._classes),
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False) as handle:
                numpy.savez(handle, **arrays)
            # (A temporary file is private; replicas running as other users share CACHE_DIR.)
            os.chmod(handle.name, 0o644)
            os.replace(handle.name, path)
        except OSError as error:
            log.warning("paragraph ranker cache not written (%s)", type(error).__name__)

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


# The vectorizers' settings (scikit-learn's defaults otherwise: lowercase, no accent stripping).
_CHAR_RANGE = (3, 5)
_WORD_RANGE = (1, 2)
_SETTINGS = {"char_wb": _CHAR_RANGE, "word": _WORD_RANGE, "C": _C, "seed": _SEED, "format": 1}
_WHITE_SPACES = re.compile(r"\s\s+")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def char_ngrams(text: str) -> list[str]:
    """The n-grams scikit-learn's ``char_wb`` analyzer cuts: inside words padded with a space."""
    grams: list[str] = []
    low, high = _CHAR_RANGE
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < size:
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a short word counts once, whatever n
                break
    return grams


def word_ngrams(text: str) -> list[str]:
    """The n-grams scikit-learn's ``word`` analyzer cuts: tokens of two characters or more."""
    tokens = _TOKEN.findall(text.lower())
    low, high = _WORD_RANGE
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def _train_apart(examples: Examples, path: Path) -> bool:
    """Train in a child process at low priority, which writes the model to ``path``.

    scikit-learn and scipy (some hundred MB while training) then never load in the bot's process,
    and training takes no turn from its event loop. False if the child failed: train here.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", suffix=".json", dir=path.parent, delete=False
        ) as f:
            json.dump(list(examples), f, ensure_ascii=False)
    except OSError:  # no place to write: train here (and say the cache is not written)
        return False
    try:
        done = subprocess.run(  # noqa: S603 -- our own module, with our own files
            [sys.executable, "-m", "bot.core.search.ranker", f.name, str(path)],
            capture_output=True,
            timeout=_TRAINING_TIMEOUT,
            check=False,
        )
        return done.returncode == 0 and path.is_file()
    except (OSError, subprocess.TimeoutExpired):
        return False
    finally:
        Path(f.name).unlink(missing_ok=True)


# Far above the three seconds training takes on a busy 2-core machine.
_TRAINING_TIMEOUT = 300


def _main(argv: list[str]) -> int:
    """Child process: train on the examples of ``argv[0]`` (JSON), save the model to ``argv[1]``."""
    if hasattr(os, "nice"):
        os.nice(10)  # the parent serves members meanwhile
    examples = [
        (str(text), str(label)) for text, label in json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    ]
    fitted = _fit(examples)
    if fitted is None:
        return 1
    Model.fitted(*fitted).save(Path(argv[1]))
    return 0 if Path(argv[1]).is_file() else 1


def _fit(examples: Examples) -> tuple[Any, Any] | None:
    # scikit-learn (and scipy) load here, when a model is trained: a quote never pays for them.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union
    from sklearn.svm import LinearSVC

    texts = [fold_words(text) for text, _ in examples]
    labels = [label for _, label in examples]
    if len(set(labels)) < 2:
        return None  # a corpus of one paragraph (a test's) has nothing to rank
    vectorizer = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=_CHAR_RANGE, sublinear_tf=True, min_df=2),
        TfidfVectorizer(analyzer="word", ngram_range=_WORD_RANGE, sublinear_tf=True),
    )
    matrix = vectorizer.fit_transform(texts)
    with warnings.catch_warnings():
        # A small test corpus has nearly as many paragraphs as phrases: scikit-learn wonders
        # whether it is a regression. It is not.
        warnings.simplefilter("ignore", UserWarning)
        classifier = LinearSVC(C=_C, random_state=_SEED).fit(matrix, labels)
    return vectorizer, classifier


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
