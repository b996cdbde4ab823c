"""Reading a query: quoted phrases, thesaurus expansions, typo corrections, weighted index terms.

A query is read against what the index knows (its terms, the text's own spellings and the
thesaurus), so the reader is built by ``SearchIndex`` and shares its vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from bot.core.search.analyzer import STOPWORDS as _STOP
from bot.core.search.analyzer import Token, form_of, is_stopword, is_symbol, term_of, tokenize
from bot.core.search.bm25 import Bm25
from bot.core.search.stemming import stem
from bot.core.search.thesaurus import SEARCH_SECTIONS, Entry, Section, Thesaurus, match_key

# Weight of a term added by the thesaurus next to the words the user typed: a synonym helps the
# ranking without outweighing the user's own words. Expansions of a word absent from the text
# (an acronym, an English word) replace it and take its full weight.
SYNONYM_WEIGHT = 0.5
# A "when" question ("Quand le poste … a-t-il été créé ?") also looks for paragraphs giving a
# date: they carry the pseudo-term DATED (no word can spell it), searched at this weight.
DATED = "⟨date⟩"
WHEN_WEIGHT = 0.5
_WHEN = frozenset({"quand", "when", "date", "dates", "annee", "year"})
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
# The thesaurus sections in order of precedence, iterated for every word: a tuple, as iterating
# an Enum class builds its member list anew each time.
_SECTIONS = SEARCH_SECTIONS
# Letters an elision leaves when its apostrophe is forgotten: lhomme, dapres, quil.
_LOST_ELISIONS = ("qu", "l", "d", "s", "n", "j", "c", "m", "t")
# Unknown words of one query looked up as typos (or for suggestions), and words remembered.
MAX_CORRECTED = 8
CORRECTION_CACHE = 4096


@dataclass(frozen=True, slots=True)
class Concept:
    """One content word of a query, and the words that carry it in a passage.

    ``alternatives`` are the word itself (as corrected, if it was) and each expansion of the
    thesaurus entry it belongs to (a synonym, the French of an English word, an acronym's
    expansion), each as the inflection keys (``analyzer.form_of``) that must all be there: a
    passage carries « coopération » with « coopérations » or « collaboration », not with
    « coopérer », which only shares its stem. ``known`` tells whether the word (or its
    correction) is a word of the text, rather than one read only through the thesaurus.
    """

    word: str
    alternatives: tuple[tuple[str, ...], ...]
    known: bool


@dataclass(slots=True)
class Query:
    """What a query was read as: weighted index terms, exact phrases, corrections made.

    ``concepts`` are its content words, to tell the passages that carry every one of them from
    those that only share a stem or a few of them (``SearchIndex`` ranks and filters with them).
    """

    typed: str
    weights: dict[str, float] = field(default_factory=dict)
    pairs: dict[str, float] = field(default_factory=dict)
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    corrections: list[tuple[Token, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)

    @property
    def searched(self) -> str | None:
        """Return the query with its corrections applied, or ``None`` if nothing was corrected."""
        if not self.corrections:
            return None
        out = self.typed
        for token, replacement in sorted(self.corrections, key=lambda c: -c[0].start):
            out = out[: token.start] + replacement + out[token.end :]
        return out


class QueryReader:
    """Read typed queries into weighted terms, against the vocabulary of one index.

    ``spelling`` maps each folded word of the text to its most common spelling there;
    ``typo_targets`` maps the words a typo may be corrected to to how often the text uses them.
    """

    def __init__(
        self, bm25: Bm25, thesaurus: Thesaurus, spelling: Mapping[str, str], typo_targets: Mapping[str, int]
    ) -> None:
        self.bm25 = bm25
        self.thesaurus = thesaurus
        self._spelling = spelling
        self._typo_targets = typo_targets
        self._typo_choices = list(typo_targets)
        self._suggestion_choices = list(spelling)
        self._analysed: dict[Entry, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {}
        self._forms: dict[Entry, tuple[tuple[str, ...], ...]] = {}
        # Corrections already looked for, by word (the vocabulary never changes): bounded, since
        # every word anyone types would otherwise stay.
        self._corrected: dict[str, str | None] = {}

    def parse(self, typed: str) -> Query:
        """Read a query: phrases in quotes, thesaurus expansions, typo corrections, weighted terms.

        At most MAX_CORRECTED unknown words are looked up as typos: a query of hundreds of
        unknown words costs no more than one of a few (the rest count as unknown, as typed).
        """
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
        sequence = self._read_words(query, content, typed, expansions, covered)
        _add_pairs(query.pairs, sequence, 1.0)
        if any(t.term in _WHEN for t in tokens):
            # "Quand … ?" is answered by a paragraph that gives a date.
            _add(query.weights, DATED, WHEN_WEIGHT)
        for entry, known in expansions:
            weight = SYNONYM_WEIGHT if known else 1.0
            for terms, pair_terms in self._expansion_terms(entry):
                for term in terms:
                    _add(query.weights, term, weight)
                _add_pairs(query.pairs, pair_terms, weight)
        for phrase in query.phrases:
            for word in phrase:
                if word not in _STOP:
                    _add(query.weights, self.term(Token(word, 0, len(word)), word), 1.0)
        return query

    def _read_words(
        self,
        query: Query,
        content: list[Token],
        typed: str,
        expansions: list[tuple[Entry, bool]],
        covered: dict[int, Entry],
    ) -> list[str]:
        """Weigh the typed content words and note each as a concept; return their terms in order."""
        sequence: list[str] = []
        concepts: dict[str, Concept] = {}
        for index, token in enumerate(content):
            entry = covered.get(index)
            own: tuple[tuple[str, ...], ...] = ()
            known = False
            if token.term not in _STOP:  # a stop word here is an acronym (« UN »): its entry says it
                found = len(expansions)
                terms, spelled = self._read_word(query, token, typed, index in covered, expansions)
                sequence.extend(terms)
                own = (tuple(form_of(word) for word in spelled),)
                known = all(term in self.bm25 for term in terms)
                if len(expansions) > found:  # its correction is an entry of the thesaurus
                    entry = expansions[-1][0]
            alternatives = own + (self._entry_forms(entry) if entry is not None else ())
            if alternatives:
                concepts.setdefault(token.term, Concept(token.term, alternatives, known))
        query.concepts = list(concepts.values())
        return sequence

    def _expansion_terms(self, entry: Entry) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        """Return each expansion of ``entry`` as (its index terms, the terms its word pairs join).

        Analysed on first use and kept: the thesaurus never changes, and the same entries come
        back in query after query (« ODD », « droits de l'homme »).
        """
        analysed = self._analysed.get(entry)
        if analysed is None:
            out = []
            for expression in entry.expansions:
                tokens = [t for t in tokenize(expression) if not is_stopword(t)]
                terms = tuple(term_of(t, expression) for t in tokens)
                out.append((terms, tuple(term for t, term in zip(tokens, terms, strict=True) if not t.whole)))
            analysed = self._analysed[entry] = tuple(out)
        return analysed

    def _entry_forms(self, entry: Entry) -> tuple[tuple[str, ...], ...]:
        """Return each expansion of ``entry`` as the inflection keys of its content words (kept)."""
        found = self._forms.get(entry)
        if found is None:
            found = tuple(
                tuple(form_of(t.term) for t in tokenize(expression) if not t.whole and not is_stopword(t))
                for expression in entry.expansions
            )
            self._forms[entry] = found
        return found

    def _expansions(
        self, content: list[Token], typed: str
    ) -> tuple[list[tuple[Entry, bool]], dict[int, Entry]]:
        """Find the longest thesaurus entry at each word; return (entry, all its words known), spans.

        An English entry whose words are all French words of the text is not applied: "session"
        or "conditions" typed in French must not be read as English.
        """
        expansions: list[tuple[Entry, bool]] = []
        covered: dict[int, Entry] = {}
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
            covered.update(dict.fromkeys(span, entry))
            position = span.stop
        return expansions, covered

    def _read_word(
        self, query: Query, token: Token, typed: str, covered: bool, expansions: list[tuple[Entry, bool]]
    ) -> tuple[list[str], list[str]]:
        """Weigh one typed content word, correcting it if the text and thesaurus do not know it.

        Return the terms it stands for, in order (for the word pairs), and the folded words they
        stem from (the typed word, or its correction).
        """
        term = self.term(token, typed)
        if term in self.bm25 or covered or is_symbol(token.term):
            _add(query.weights, term, 1.0)
            return [term], [token.term]
        fixed = (
            self._correct(token.term) if len(query.unknown) + len(query.corrections) < MAX_CORRECTED else None
        )
        if fixed is None:
            query.unknown.append(token.term)
            _add(query.weights, term, 1.0)
            return [term], [token.term]
        spelled = self._spelling.get(fixed, fixed)
        elided = token.term[: len(token.term) - len(fixed)] if token.term.endswith(fixed) else ""
        query.corrections.append((token, f"{elided}'{spelled}" if elided else spelled))
        fixed_tokens = [t for t in tokenize(spelled) if not t.whole]
        entry = self._entry_at(fixed_tokens, 0, fixed) if fixed_tokens else None
        if entry is not None and len(entry.keys) == 1:
            expansions.append((entry, fixed in self._spelling))
        terms = [self.term(t, spelled) for t in fixed_tokens]
        for fixed_term in terms:
            _add(query.weights, fixed_term, 1.0)
        return terms, [t.term for t in fixed_tokens]

    def _entry_at(self, tokens: Sequence[Token], position: int, typed: str) -> Entry | None:
        """Return the thesaurus entry for the words at ``position``, or ``None``.

        The longest entry wins, then the one spelled exactly as typed; sections in order of precedence.
        """
        first = tokens[position]
        for section in _SECTIONS:
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

    def knows(self, folded: str) -> bool:
        """Whether a folded word is the text's or the thesaurus's (no typo to correct)."""
        return folded in self._spelling or folded in self._typo_targets

    def term(self, token: Token, source: str) -> str:
        """Return the index term of a typed word, stemmed as the text spells it when it has it."""
        if is_symbol(token.term):
            return token.term
        spelled = self._spelling.get(token.term)
        if spelled is not None:
            return stem(spelled)
        return term_of(token, source)

    def _known(self, token: Token, source: str) -> bool:
        return self.term(token, source) in self.bm25

    def _correct(self, word: str) -> str | None:
        """Return the vocabulary word ``word`` was meant to be, or ``None`` (looked for once a word)."""
        if word not in self._corrected:
            if len(self._corrected) >= CORRECTION_CACHE:
                self._corrected.clear()
            self._corrected[word] = self._look_for_correction(word)
        return self._corrected[word]

    def _look_for_correction(self, word: str) -> str | None:
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
        for word in list(dict.fromkeys(words))[:MAX_CORRECTED]:
            for choice, score, _ in process.extract(
                word, self._suggestion_choices, scorer=fuzz.ratio, score_cutoff=SUGGESTION_CUTOFF, limit=limit
            ):
                found[self._spelling[choice]] = max(score, found.get(self._spelling[choice], 0.0))
        return tuple(sorted(found, key=lambda w: -found[w])[:limit])


def _typed_acronym(token: Token, typed: str, thesaurus: Thesaurus) -> bool:
    """Tell whether a stop word was typed in capitals as a known acronym (``UN``, not ``un``)."""
    surface = typed[token.start : token.end]
    return len(surface) > 1 and surface.isupper() and bool(thesaurus.candidates(Section.ACRONYM, token.term))


def _add(weights: dict[str, float], term: str, weight: float) -> None:
    weights[term] = max(weights.get(term, 0.0), weight)


def _add_pairs(pairs: dict[str, float], terms: Sequence[str], weight: float) -> None:
    for first, second in pairwise(terms):
        _add(pairs, f"{first} {second}", weight)
