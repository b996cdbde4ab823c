"""Ranked search over the segments of the resolution: analyzer, thesaurus, typo correction, BM25.

The ranking is Okapi BM25 with rank_bm25's formula and defaults (k1 1.5, b 0.75, epsilon 0.25 for
terms in more than half the documents), computed from postings: a query only touches the
documents that contain one of its terms, so it scales to corpora far larger than this one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.core.search.analyzer import STOPWORDS as _STOP
from bot.core.search.analyzer import Token, is_stopword, is_symbol, term_of, tokenize
from bot.core.search.stemming import stem
from bot.core.search.thesaurus import Entry, Section, Thesaurus, match_key
from bot.core.text.models import Kind, Paragraph

SNIPPET_LENGTH = 220
# Weight of a term added by the thesaurus next to the words the user typed: a synonym helps the
# ranking without outweighing the user's own words. Expansions of a word absent from the text
# (an acronym, an English word) replace it and take its full weight.
SYNONYM_WEIGHT = 0.5
# A "when" question ("Quand le poste … a-t-il été créé ?") also looks for paragraphs giving a
# date: they carry the pseudo-term DATED (no word can spell it), searched at this weight.
DATED = "⟨date⟩"
WHEN_WEIGHT = 0.5
_WHEN = frozenset({"quand", "when", "date", "dates", "annee", "year"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Weight of the word-pair BM25 added to the word BM25 (see SearchIndex.pairs).
PAIR_WEIGHT = 0.5
# Typo correction: only words of at least this length, to a vocabulary word this similar (0-100).
# A short word is corrected only for a letter left out or added (chine is not haine); a longer one
# also for a letter changed or two swapped.
TYPO_MIN_LENGTH = 4
TYPO_CUTOFF = 82.0
TYPO_CUTOFF_SHORT = 88.0
TYPO_SHORT = 5
SUGGESTION_CUTOFF = 60.0
# Double quotes of every keyboard: "…", « … », “…”.
_PHRASE = re.compile(r"[\"“”«»]([^\"“”«»]+)[\"“”«»]")
# Letters an elision leaves when its apostrophe is forgotten: lhomme, dapres, quil.
_LOST_ELISIONS = ("qu", "l", "d", "s", "n", "j", "c", "m", "t")

# numpy (~90 ms) and rapidfuzz (~40 ms) are imported where they are used, so that commands that
# never search (paragraphe, vote) do not pay for them at start-up.
if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Floats = npt.NDArray[np.float64]


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


@dataclass(slots=True)
class Query:
    """What a query was read as: weighted index terms, exact phrases, corrections made."""

    typed: str
    weights: dict[str, float] = field(default_factory=dict)
    pairs: dict[str, float] = field(default_factory=dict)
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    corrections: list[tuple[Token, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def searched(self) -> str | None:
        """Return the query with its corrections applied, or ``None`` if nothing was corrected."""
        if not self.corrections:
            return None
        out = self.typed
        for token, replacement in sorted(self.corrections, key=lambda c: -c[0].start):
            out = out[: token.start] + replacement + out[token.end :]
        return out


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
        self._spelling = {folded: forms.most_common(1)[0][0] for folded, forms in spellings.items()}
        frequency = {folded: sum(forms.values()) for folded, forms in spellings.items()}
        typo_targets = {w: frequency.get(w, 0) for w in self._spelling if len(w) >= 3}
        for word in self.thesaurus.surface_words():
            typo_targets.setdefault(word, 0)
        self._typo_targets = typo_targets
        self._typo_choices = list(typo_targets)
        self._kind_masks: dict[frozenset[Kind], npt.NDArray[np.bool_]] = {}
        self._located_cache: dict[int, tuple[tuple[int, int, str], ...]] = {}

    # Query analysis ----------------------------------------------------------------------------

    def parse(self, typed: str) -> Query:
        """Read a query: phrases in quotes, thesaurus expansions, typo corrections, weighted terms."""
        query = Query(typed)
        for match in _PHRASE.finditer(typed):
            words = tuple(t.term for t in tokenize(match.group(1)) if not t.whole)
            if words:
                query.phrases.append(words)
        tokens = tokenize(typed)
        for whole in (t for t in tokens if t.whole and not is_stopword(t)):
            term = term_of(whole, typed)
            if term in self.bm25:
                _add(query.weights, term, 1.0)
        content = [
            t
            for t in tokens
            if not t.whole and (t.term not in _STOP or _typed_acronym(t, typed, self.thesaurus))
        ]
        expansions, covered = self._expansions(content, typed)
        sequence: list[str] = []
        for index, token in enumerate(content):
            if token.term not in _STOP:
                sequence.extend(self._read_word(query, token, typed, index in covered, expansions))
        _add_pairs(query.pairs, sequence, 1.0)
        if any(t.term in _WHEN for t in tokens):
            # "Quand … ?" is answered by a paragraph that gives a date.
            _add(query.weights, DATED, WHEN_WEIGHT)
        for entry, known in expansions:
            weight = SYNONYM_WEIGHT if known else 1.0
            for expression in entry.expansions:
                expression_tokens = [t for t in tokenize(expression) if not is_stopword(t)]
                for token in expression_tokens:
                    _add(query.weights, term_of(token, expression), weight)
                _add_pairs(
                    query.pairs, [term_of(t, expression) for t in expression_tokens if not t.whole], weight
                )
        for phrase in query.phrases:
            for word in phrase:
                if word not in _STOP:
                    _add(query.weights, self._term(Token(word, 0, len(word)), word), 1.0)
        return query

    def _expansions(self, content: list[Token], typed: str) -> tuple[list[tuple[Entry, bool]], set[int]]:
        """Find the longest thesaurus entry at each word; return (entry, all its words known), spans.

        An English entry whose words are all French words of the text is not applied: "session"
        or "conditions" typed in French must not be read as English.
        """
        expansions: list[tuple[Entry, bool]] = []
        covered: set[int] = set()
        position = 0
        while position < len(content):
            entry = self._entry_at(content, position, typed)
            if entry is None:
                position += 1
                continue
            span = range(position, position + len(entry.keys))
            known = all(self._known(content[i], typed) for i in span)
            if entry.section is Section.ENGLISH and known:
                position += 1
                continue
            expansions.append((entry, known))
            covered.update(span)
            position = span.stop
        return expansions, covered

    def _read_word(
        self, query: Query, token: Token, typed: str, covered: bool, expansions: list[tuple[Entry, bool]]
    ) -> list[str]:
        """Weigh one typed content word, correcting it if the text and thesaurus do not know it.

        Return the terms it stands for, in order (for the word pairs).
        """
        term = self._term(token, typed)
        if term in self.bm25 or covered or is_symbol(token.term):
            _add(query.weights, term, 1.0)
            return [term]
        fixed = self._correct(token.term)
        if fixed is None:
            query.unknown.append(token.term)
            _add(query.weights, term, 1.0)
            return [term]
        spelled = self._spelling.get(fixed, fixed)
        elided = token.term[: len(token.term) - len(fixed)] if token.term.endswith(fixed) else ""
        query.corrections.append((token, f"{elided}'{spelled}" if elided else spelled))
        fixed_tokens = [t for t in tokenize(spelled) if not t.whole]
        entry = self._entry_at(fixed_tokens, 0, fixed) if fixed_tokens else None
        if entry is not None and len(entry.keys) == 1:
            expansions.append((entry, fixed in self._spelling))
        terms = [self._term(t, spelled) for t in fixed_tokens]
        for fixed_term in terms:
            _add(query.weights, fixed_term, 1.0)
        return terms

    def _entry_at(self, tokens: Sequence[Token], position: int, typed: str) -> Entry | None:
        """Return the thesaurus entry for the words at ``position``, or ``None``.

        The longest entry wins, then the one spelled exactly as typed; sections in order of precedence.
        """
        first = tokens[position]
        for section in Section:
            key = match_key(section, first.term)
            if (
                section is Section.ACRONYM
                and first.term in _STOP
                and not _typed_acronym(first, typed, self.thesaurus)
            ):
                continue
            found = [
                entry
                for entry in self.thesaurus.candidates(section, key)
                if position + len(entry.keys) <= len(tokens)
                and all(
                    match_key(section, tokens[position + i].term) == key_i
                    for i, key_i in enumerate(entry.keys)
                )
            ]
            if found:
                typed_words = [t.term for t in tokens[position:]]
                return max(
                    found,
                    key=lambda e: (
                        len(e.keys),
                        sum(a == b for a, b in zip(e.words, typed_words, strict=False)),
                    ),
                )
        return None

    def _term(self, token: Token, source: str) -> str:
        if is_symbol(token.term):
            return token.term
        spelled = self._spelling.get(token.term)
        if spelled is not None:
            return stem(spelled)
        return term_of(token, source)

    def _known(self, token: Token, source: str) -> bool:
        return self._term(token, source) in self.bm25

    def _correct(self, word: str) -> str | None:
        """Return the vocabulary word ``word`` was meant to be, or ``None``."""
        from rapidfuzz import fuzz, process

        for prefix in _LOST_ELISIONS:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 3 and rest in self._spelling:
                return rest
        if len(word) < TYPO_MIN_LENGTH or not self._typo_choices:
            return None
        cutoff = TYPO_CUTOFF_SHORT if len(word) <= TYPO_SHORT else TYPO_CUTOFF
        found = process.extract(word, self._typo_choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
        if not found:
            return None
        # Best similarity first, then the word the text uses most.
        best = max(found, key=lambda f: (f[1], self._typo_targets[f[0]]))
        return str(best[0])

    def suggest(self, words: Iterable[str], limit: int = 5) -> tuple[str, ...]:
        """Return text words close to ``words`` (for the "nothing found" reply), best first."""
        from rapidfuzz import fuzz, process

        found: dict[str, float] = {}
        for word in words:
            for choice, score, _ in process.extract(
                word, list(self._spelling), scorer=fuzz.ratio, score_cutoff=SUGGESTION_CUTOFF, limit=limit
            ):
                found[self._spelling[choice]] = max(score, found.get(self._spelling[choice], 0.0))
        return tuple(sorted(found, key=lambda w: -found[w])[:limit])

    # Ranking -----------------------------------------------------------------------------------

    def run(self, typed: str, limit: int = 5, kinds: frozenset[Kind] | None = None) -> Outcome:
        """Search ``typed``; return the hits, the corrected query and suggestions if none matched."""
        import numpy as np

        query = self.parse(typed)
        if not query.weights or limit <= 0:
            return Outcome([], query.searched, self.suggest(query.unknown))
        scores = self.bm25.get_scores(query.weights)
        if query.pairs:
            scores += PAIR_WEIGHT * self.pairs.get_scores(query.pairs)
        if query.phrases:
            scores = np.where(self._phrase_mask(query.phrases), scores, 0.0)
        if kinds is not None:
            scores = np.where(self._kind_mask(kinds), scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if len(positive) > limit:
            top = positive[np.argpartition(-scores[positive], limit - 1)[:limit]]
        else:
            top = positive
        ranked = sorted(top.tolist(), key=lambda i: (-scores[i], i))
        marked = query.weights
        hits = []
        for index in ranked:
            segment = self.segments[index]
            snippet, marks = make_snippet(segment.text, marked, located=self._located(index))
            hits.append(Hit(segment, round(float(scores[index]), 4), snippet, marks))
        suggestions = () if hits else self.suggest(query.unknown or [w for p in query.phrases for w in p])
        return Outcome(hits, query.searched, suggestions)

    def search(self, query: str, limit: int = 5, kinds: frozenset[Kind] | None = None) -> list[Hit]:
        """Return the best ``limit`` segments for ``query``, best first; zero scores are dropped."""
        return self.run(query, limit, kinds).hits

    def _phrase_mask(self, phrases: list[tuple[str, ...]]) -> npt.NDArray[np.bool_]:
        """Mark the documents holding every phrase, checking only those holding all its words."""
        import numpy as np

        mask = np.ones(len(self.segments), dtype=bool)
        for words in phrases:
            candidates = np.ones(len(self.segments), dtype=bool)
            for word in words:
                if word in _STOP:
                    continue
                found = np.zeros(len(self.segments), dtype=bool)
                found[self.bm25.documents_with(self._term(Token(word, 0, len(word)), word))] = True
                candidates &= found
            needle = " " + " ".join(words) + " "
            for index in np.flatnonzero(candidates & mask).tolist():
                mask[index] = needle in self._sequences[index]
            mask &= candidates
        return mask

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


def _typed_acronym(token: Token, typed: str, thesaurus: Thesaurus) -> bool:
    """Tell whether a stop word was typed in capitals as a known acronym (``UN``, not ``un``)."""
    surface = typed[token.start : token.end]
    return len(surface) > 1 and surface.isupper() and bool(thesaurus.candidates(Section.ACRONYM, token.term))


def _add(weights: dict[str, float], term: str, weight: float) -> None:
    weights[term] = max(weights.get(term, 0.0), weight)


def _add_pairs(pairs: dict[str, float], terms: Sequence[str], weight: float) -> None:
    for first, second in pairwise(terms):
        _add(pairs, f"{first} {second}", weight)


def locate_terms(text: str) -> tuple[tuple[int, int, str], ...]:
    """Return ``(start, end, term)`` for each content word of ``text``, in order."""
    return tuple(
        (token.start, token.end, term_of(token, text)) for token in tokenize(text) if not is_stopword(token)
    )


def make_snippet(
    text: str,
    terms: Collection[str] | Mapping[str, float],
    length: int = SNIPPET_LENGTH,
    located: Sequence[tuple[int, int, str]] | None = None,
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut ``text`` around its best run of matched words, on word boundaries; locate the matches.

    The run is the stretch of ``length`` characters holding the most distinct query terms, each
    counted at its weight (a word typed outweighs a synonym added by the thesaurus); the window is
    centred on the run's words of highest weight, and each end moves outwards to a space so that
    no word is cut. ``located`` is ``locate_terms(text)`` when the caller has it already.
    """
    weights = terms if isinstance(terms, Mapping) else dict.fromkeys(terms, 1.0)
    words = locate_terms(text) if located is None else located
    matches = [word for word in words if word[2] in weights]
    if len(text) <= length:
        start, end = 0, len(text)
    else:
        best: list[tuple[int, int, str]] = []
        best_score = -1.0
        reach = length * 0.8
        for first, (begin, _, _) in enumerate(matches):
            inside = []
            for m in matches[first:]:
                if m[0] - begin > reach:  # starts only grow: no later word fits either
                    break
                if m[1] - begin <= reach:
                    inside.append(m)
            score = sum(weights[t] for t in {m[2] for m in inside})
            if score > best_score:
                best, best_score = inside, score
        top = max((weights[m[2]] for m in best), default=0.0)
        core = [m for m in best if weights[m[2]] >= top]
        centre = (core[0][0] + core[-1][1]) // 2 if core else 0
        start = max(0, centre - length // 2)
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
    spans: list[tuple[int, int]] = []
    for begin, finish, _ in sorted(matches):
        if begin < start or finish > end:
            continue
        if spans and begin + shift < spans[-1][1]:  # a compound and its parts: one mark
            spans[-1] = (spans[-1][0], max(spans[-1][1], finish + shift))
            continue
        spans.append((begin + shift, finish + shift))
    return f"{prefix}{text[start:end]}{suffix}", tuple(spans)
