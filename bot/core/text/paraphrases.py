"""What readers call each paragraph: a reviewed lexicon of paraphrases, in French and English.

Students ask in their own words (« les sanctions », "the UN rights office", « les pays pauvres »)
where the text says « mesures coercitives unilatérales », « Haut-Commissariat », « pays en
développement ». ``corpus/paraphrases.toml`` lists, for each paragraph, the phrases a reader uses
for what that paragraph says: written from the text alone, paragraph by paragraph, never from a
list of questions, and never naming what the paragraph does not say (no amount, person, place
or later event). This is document expansion (doc2query writes such phrases with a model; here
they are reviewed by hand). The question route counts a question word found among a paragraph's
paraphrases as partly found there, and looks for candidates there as well as in search.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

FILE_NAME = "paraphrases.toml"
EVERYDAY_FILE = "paraphrases_courantes.toml"
# Tuning questions with the paragraph each asks about (scripts/labelled_questions.py writes it).
LABELLED_FILE = "questions_etiquetees.jsonl"
# Where the data lives: inside the package in a wheel, at the top of a checkout (as the thesaurus).
_PACKAGE_DIR = Path(__file__).resolve().parents[2]
_CANDIDATES = (_PACKAGE_DIR / "_data" / "corpus" / FILE_NAME, _PACKAGE_DIR.parent / "corpus" / FILE_NAME)
LANGUAGES = ("fr", "en")
# Everyday words for what each paragraph says (« virus », « crouler sous les dettes », "the
# virus", "drowning in debt"), a plain-French explanation of it (« fr_simple ») and questions a
# student might type that it answers (« fr_questions », « en_questions », document expansion as
# doc2query), kept apart: they count as paraphrases in a question's coverage, but neither change
# a word's rarity nor bring passages search did not find (measured: either one cost more declines
# than it won).
COVERAGE_ONLY = ("fr_familier", "en_familier", "fr_simple", "fr_questions", "en_questions")


class ParaphraseError(ValueError):
    """The paraphrase file is malformed: says which entry."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ParaphraseError(f"fichier illisible ({exc})") from exc


def _entries(
    data: Mapping[str, object], known: frozenset[str], keys: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    """Check each entry (a known id, lists of non-empty phrases under ``keys``) and join its lists."""
    out: dict[str, tuple[str, ...]] = {}
    for segment_id, entry in data.items():
        if segment_id not in known:
            raise ParaphraseError(f"paragraphe inconnu : {segment_id}")
        if not isinstance(entry, dict) or not set(entry) <= set(keys):
            raise ParaphraseError(f"{segment_id} : attendu les listes {', '.join(keys)}")
        listed: list[str] = []
        for key in keys:
            values = entry.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ParaphraseError(f"{segment_id}.{key} : une liste de phrases non vides")
            listed.extend(v.strip() for v in values)
        out[segment_id] = tuple(listed)
    return out


@dataclass(frozen=True)
class Paraphrases:
    """Each paragraph's paraphrases, as typed (``phrases``) and as the analyzer's terms.

    ``everyday`` is the file of everyday words and plain explanations (``EVERYDAY_FILE``), read
    on the first question: three times the size of the paraphrases, it would add a tenth to a
    one-shot quote's start-up. The tests check it as the start-up checks the paraphrases.
    """

    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    everyday: Path | None = None
    segment_ids: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path, segment_ids: Iterable[str], everyday: Path | None = None) -> Paraphrases:
        """Read and check the file: known paragraph ids, lists of non-empty phrases."""
        known = frozenset(segment_ids)
        phrases = _entries(_read(path), known, LANGUAGES)
        return cls(phrases, everyday if everyday is not None and everyday.is_file() else None, known)

    @cached_property
    def coverage_only(self) -> dict[str, tuple[str, ...]]:
        """Each paragraph's everyday words and plain explanation, read from ``everyday`` once."""
        if self.everyday is None:
            return {}
        return _entries(_read(self.everyday), self.segment_ids, COVERAGE_ONLY)

    @cached_property
    def labelled(self) -> tuple[tuple[str, str], ...]:
        """The labelled tuning questions beside ``everyday`` (question, paragraph id), if any."""
        path = self.everyday.with_name(LABELLED_FILE) if self.everyday is not None else None
        if path is None or not path.is_file():
            return ()
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                question, paragraph = row["question"], row["paragraphe"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ParaphraseError(f"{LABELLED_FILE}, ligne {number} : {exc}") from exc
            if paragraph not in self.segment_ids or not isinstance(question, str) or not question.strip():
                raise ParaphraseError(f"{LABELLED_FILE}, ligne {number} : paragraphe ou question invalide")
            rows.append((question, paragraph))
        return tuple(rows)

    def examples(self, texts: Mapping[str, str]) -> list[tuple[str, str]]:
        """What the paragraph ranker learns from: (phrase, paragraph id) pairs.

        The everyday words and questions of each paragraph, the labelled tuning questions, and
        ``texts`` (each paragraph's own text, by id).
        """
        pairs = [(phrase, sid) for sid, listed in self.coverage_only.items() for phrase in listed]
        pairs += list(self.labelled)
        pairs += [(text, sid) for sid, text in texts.items()]
        return pairs

    @cached_property
    def terms(self) -> dict[str, frozenset[str]]:
        """Each paragraph's paraphrase terms, analysed as the text is."""
        # Here, not at the top: the service loads this file at start-up, the analyzer on first use.
        from bot.core.search.analyzer import analyze

        return {
            sid: frozenset(t for phrase in listed for t in analyze(phrase))
            for sid, listed in self.phrases.items()
        }

    @cached_property
    def coverage_terms(self) -> dict[str, frozenset[str]]:
        """Each paragraph's paraphrase terms, its everyday words' included: what coverage credits."""
        from bot.core.search.analyzer import analyze

        return {
            sid: self.terms.get(sid, frozenset())
            | frozenset(t for phrase in self.coverage_only.get(sid, ()) for t in analyze(phrase))
            for sid in {*self.terms, *self.coverage_only}
        }

    @cached_property
    def frequency(self) -> dict[str, int]:
        """In how many paragraphs' paraphrases each term appears."""
        counts: dict[str, int] = {}
        for terms in self.terms.values():
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
        return counts

    def matching(self, terms: Iterable[str], weight: Callable[[str], float], limit: int) -> list[str]:
        """The ``limit`` paragraphs whose paraphrases hold most of ``terms``, by ``weight``."""
        wanted = frozenset(terms)
        scores = {sid: sum(weight(t) for t in wanted & own) for sid, own in self.terms.items()}
        ranked = sorted((sid for sid, score in scores.items() if score > 0), key=lambda sid: -scores[sid])
        return ranked[:limit]


def default_paraphrases(segment_ids: Iterable[str]) -> Paraphrases:
    """Return the project's paraphrases (``corpus/paraphrases.toml``), or none if absent."""
    for path in _CANDIDATES:
        if path.is_file():
            return Paraphrases.load(path, segment_ids, path.with_name(EVERYDAY_FILE))
    return Paraphrases()
