"""How much of a question the text holds: coverage of passages, and the closest passages.

Search answers are declined when the best passages cover too little of the question: the share
of the question's terms, weighted by their rarity in the text, found in one passage. A term the
text never uses weighs most, so « le budget du Fonds » is declined although « Fonds » matches.
This share is independent of BM25's scale, so it survives a new stemmer; a word search marks in a
passage that is none of the question's words (a synonym, a translation, a typo fixed) vouches for
one missing word, so a thesaurus in search reaches the answers too. The threshold is measured by
``benchmarks/questions.py`` on ``tests/questions/questions.jsonl``: rerun it after such changes.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from functools import cached_property

from bot.core.errors import UserError
from bot.core.limits import MAX_QUERY_LENGTH
from bot.core.questions.asker_clauses import ASKERS_GOVERNMENT
from bot.core.questions.delegations import members_named
from bot.core.questions.normalise import content, generic_words, is_generic, normal, same_term
from bot.core.search.analyzer import analyze
from bot.core.search.index import Hit
from bot.core.search.thesaurus import Entry, Section, content_words, match_key
from bot.core.service import PARTS, Service
from bot.core.text.french import fold
from bot.core.text.models import Paragraph
from bot.core.votes.country_types import Country

# Common French and English words with no subject matter: a reviewed list (see its header).
# Measured by benchmarks/questions.py (it prints accuracy by threshold and the chosen value):
# 0.60 until issue 14's fourth round, whose everyday paraphrases raised every passage's coverage;
# on the 3,096 tuning questions 0.65 then scores best (25 fewer answers, 11 more declines).
DECLINE_THRESHOLD = 0.65
# How many passages an answer shows.
SHOWN_PASSAGES = 3
UNKNOWN_TERM_FACTOR = 2.0
# A word search matched through a synonym, translation or typo fix is weaker evidence than the
# question's own word: it vouches for part of a missing term only.
SYNONYM_CREDIT = 0.5
# A question word found only among a paragraph's paraphrases (corpus/paraphrases.toml): the
# paragraph says it in other words. Measured by benchmarks/questions.py on the tuning batches.
PARAPHRASE_CREDIT = 0.75
# A question word the text lacks but whose reviewed French synonym a passage holds (« entraide »
# for « coopération », « variété » for « diversité »): close, not the same word.
NEAR_CREDIT = 0.75
# How many passages found through paraphrases alone are weighed besides search's.
PARAPHRASED_PASSAGES = 4
# Translations and acronyms name the same thing; French synonyms only come close (« dette »,
# « endettement »), so they keep the partial credit of a marked word (SYNONYM_CREDIT).
_SECTIONS = (Section.ENGLISH, Section.ACRONYM)
_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# A word's thesaurus equivalents: each the analysed terms of one expansion.
Equivalents = tuple[frozenset[str], ...]
# same_term only joins words that begin alike (one is the other plus a short ending or a hyphen).
_START = 3
# Question words remembered with their variants and weights; cleared when full.
VARIANT_CACHE = 4096


@functools.cache
def _expanded(entry: Entry) -> Equivalents:
    """A thesaurus entry's expansions, each as the terms it analyses to (the empty ones left out)."""
    return tuple(terms for terms in (frozenset(analyze(x)) for x in entry.expansions) if terms)


@functools.cache
def generic_terms() -> frozenset[str]:
    """The analysed terms of the generic words (a party's name is none of them)."""
    return frozenset(t for word in generic_words() for t in analyze(word))


# The asker's own people (« prof nous a parlé de la 6/17 »): who asks, never what the text says.
_ASKERS_PEOPLE = frozenset({"prof", "profs", "proff", "teacher", "teachers", "tutor"})
# A meeting asked of where it was held (a country standing for the city the text names).
_MEETING = re.compile(
    r"\b(?:sommet|conference|summit|reunion|meeting|tenue?s?|held|hosted|accueilli\w*|capitale?|capital's)\b"
)
# Sets of States the text never names ("what should the P5 do under OP8?"; "what does the P5
# recall?" is PP5) stand for their members, which it never names either (it names the Movement of
# Non-Aligned Countries, PP9, PP19).
_BLOCS = re.compile(
    r"\b(?:should|must|shall|will|can|could|would|do|does|did) the p ?5\b|"
    r"\bthe p ?5 (?:should|must|shall|will|has to|have to|needs? to)\b|"
    r"\bpermanent (?:five|members)\b|\bmembres permanents\b|"
    r"\bg ?7\b|\bg ?20\b|\bbrics\b|\botan\b|\bnato\b|\bunion europeenne\b|\beuropean union\b|"
    r"\bunion africaine\b|\bafrican union\b|\bligue arabe\b|\barab league\b"
)
_GOVERNMENT = re.compile(r"\b(?:gouvernements?|autorites|governments?|authorities)\b")
# The cities the text names, and their countries.
_CITIES = {
    "Addis-Abeba": "Éthiopie",
    "Buenos Aires": "Argentine",
    "Durban": "Afrique du Sud",
    "Genève": "Suisse",
    "Kampala": "Ouganda",
    "Paris": "France",
    "Vienne": "Autriche",
}


class Evidence:
    """The text's terms by segment, their rarity, and the search every route may fall back on."""

    def __init__(self, service: Service, threshold: float = DECLINE_THRESHOLD) -> None:
        self.service = service
        self.threshold = threshold
        self.resolution = service.resolution
        self.paraphrases = service.paraphrases
        self._idf_cache: dict[str, float] = {}
        self._variants: dict[str, tuple[str, ...]] = {}
        self._equivalents_cache: dict[tuple[str, tuple[Section, ...]], Equivalents] = {}

    @cached_property
    def _countries_in(self) -> dict[str, frozenset[Country]]:
        """The countries each segment names, found once (the text names few outside the vote)."""
        index = self.service.votes.countries
        return {p.id: frozenset(index.find_in(p.text)) for p in self.resolution.segments}

    @cached_property
    def _hosts_in(self) -> dict[str, frozenset[Country]]:
        """The countries of the cities each segment names (PP9's Kampala: Uganda)."""
        index = self.service.votes.countries
        return {
            p.id: frozenset(index.find_in(" ".join(c for city, c in _CITIES.items() if city in p.text)))
            for p in self.resolution.segments
        }

    def names_a_state(self, text: str) -> bool:
        """Whether ``text`` names a State, as the vote record knows them (exact names and aliases)."""
        return bool(self.service.votes.countries.find_in(text))

    def names_countries(self, paragraphs: Iterable[Paragraph]) -> bool:
        """Whether one of ``paragraphs`` names a country (PP10: « Durban (Afrique du Sud) »)."""
        return any(self._countries_in.get(p.id) for p in paragraphs)

    def names_a_country_none_names(self, typed: str, paragraphs: Iterable[Paragraph]) -> bool:
        """Whether the question names a country that none of ``paragraphs`` names.

        « le paragraphe 8 condamne les États-Unis ? », « est-ce que la Chine finance les fonds ? »:
        outside the vote, the text names no country, so such passages cannot answer.
        """
        # (« le gouvernement ivoirien », "the Moroccan authorities": a member by its demonym; not
        # « c'est important pour la délégation cubaine », the asker's own.)
        index = self.service.votes.countries
        folded = normal(typed)
        by_demonym = _GOVERNMENT.search(folded) and not ASKERS_GOVERNMENT.search(folded)
        countries = members_named(typed, index) if by_demonym else index.find_in(typed)
        if not countries:
            return bool(_BLOCS.search(folded))
        paragraphs = list(paragraphs)
        named = frozenset().union(*(self._countries_in.get(p.id, frozenset()) for p in paragraphs))
        if _MEETING.search(normal(typed)):
            # « le sommet des non-alignés en Ouganda, il s'est tenu quand ? »: PP9 says Kampala.
            named |= frozenset().union(*(self._hosts_in.get(p.id, frozenset()) for p in paragraphs))
        return not any(c in named for c in countries)

    def footnotes_of(self, paragraphs: Iterable[Paragraph]) -> list[Paragraph]:
        """The footnotes the paragraphs carry, in order, but those already among them.

        A document's symbol is in the footnote of the paragraph citing it (OP32 → FN5): both the
        paragraph and the search routes add them when a symbol is asked.
        """
        given = list(paragraphs)
        seen = {p.id for p in given}
        notes = []
        for note_id in (n for p in given for n in p.footnotes):
            note = self.resolution.get(note_id)
            if note is not None and note.id not in seen:
                seen.add(note.id)
                notes.append(note)
        return notes

    def closest(self, text: str) -> tuple[Hit, ...]:
        """Return the passages nearest to a question's content words, offered with a decline."""
        words = content(text)
        if not words:
            return ()
        return self.hits(words, SHOWN_PASSAGES)

    def hits(self, query: str, limit: int, part: str = "tout") -> tuple[Hit, ...]:
        """Search, reading a query search refuses (only stop words, too long) as finding nothing."""
        try:
            return self.service.search(query[:MAX_QUERY_LENGTH], limit=limit, part=part).hits
        except UserError:
            return ()

    def paraphrased(
        self, terms: list[str], part: str = "tout", after: tuple[Hit, ...] = ()
    ) -> tuple[Hit, ...]:
        """The passages whose paraphrases hold the question's words, beyond those of ``after``.

        Search reads the text's own words; a question in the reader's words (« sanctions ») may
        find its paragraph only here. Each comes with its whole text and no marks.
        """
        kinds = PARTS.get(part)
        seen = {hit.id for hit in after}
        found = []
        for segment_id in self.paraphrases.matching(terms, self.idf, PARAPHRASED_PASSAGES + len(seen)):
            segment = self.resolution.get(segment_id)
            if segment is not None and segment_id not in seen and (kinds is None or segment.kind in kinds):
                found.append(Hit.whole(segment))
        return after + tuple(found[:PARAPHRASED_PASSAGES])

    def with_variants(self, text: str, terms: list[str]) -> str:
        """Add the text's own spelling of words it only has in another form (« changements »).

        A no-op for words the index already knows, so a stemming analyzer makes it idle.
        """
        extra: list[str] = []
        for term in terms:  # repeats kept: a word typed twice weighs twice in search
            if term not in self._vocabulary:
                extra.extend(self.variants(term))
        return " ".join([text, *extra])

    def variants(self, term: str) -> tuple[str, ...]:
        """The words of the text that are ``term`` up to a short ending, in the vocabulary's order.

        Found among the few words that begin alike and kept (bounded): a question costs a few
        comparisons a word, never one per word of the text.
        """
        found = self._variants.get(term)
        if found is None:
            if len(self._variants) >= VARIANT_CACHE:
                self._variants.clear()
            found = tuple(other for other in self._candidates(term) if same_term(term, other))
            self._variants[term] = found
        return found

    def _candidates(self, term: str) -> tuple[str, ...]:
        """The words of the text that may be ``term`` up to an ending (a superset, same order)."""
        if len(term) < _START:
            # Under three letters, same_term is equality or « term-… »: the words so hyphenated.
            return tuple(
                sorted({*self._by_head.get(term, ()), *((term,) if term in self._vocabulary else ())})
            )
        return self._by_start.get(term[:_START], ())

    @cached_property
    def _by_head(self) -> dict[str, tuple[str, ...]]:
        """The hyphenated words of the vocabulary by their part before the first hyphen."""
        heads: dict[str, list[str]] = {}
        for word in self._sorted_vocabulary:
            if "-" in word:
                heads.setdefault(word.split("-", 1)[0], []).append(word)
        return {head: tuple(words) for head, words in heads.items()}

    @cached_property
    def _segments_with(self) -> dict[str, frozenset[str]]:
        """The ids of the segments holding each word of the vocabulary."""
        out: dict[str, set[str]] = {}
        for segment_id, own in self.terms.items():
            for word in own:
                out.setdefault(word, set()).add(segment_id)
        return {word: frozenset(ids) for word, ids in out.items()}

    @cached_property
    def _by_start(self) -> dict[str, tuple[str, ...]]:
        """The vocabulary by first letters: words that are one up to an ending start alike.

        So a question costs a few comparisons per word, not one per word of the text.
        """
        short = [word for word in self._sorted_vocabulary if len(word) < _START]
        buckets: dict[str, list[str]] = {}
        for word in self._sorted_vocabulary:
            if len(word) >= _START:
                buckets.setdefault(word[:_START], []).append(word)
        # A word shorter than the key (« ue ») may begin any longer one (« ue-… »): in every
        # bucket, in the vocabulary's order.
        return {start: tuple(sorted([*words, *short])) for start, words in buckets.items()}

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        return frozenset().union(*self.terms.values())

    @cached_property
    def _sorted_vocabulary(self) -> tuple[str, ...]:
        """The vocabulary in a fixed order, so that added variants come in the same order."""
        return tuple(sorted(self._vocabulary))

    def coverage(self, terms: list[str], paragraph: Paragraph) -> float:
        """Return the rarity-weighted share of ``terms`` that ``paragraph`` contains (0 to 1)."""
        return self.covered(terms, self.terms[paragraph.id])

    def equivalents(self, text: str, *, english: bool, synonyms: bool = False) -> dict[str, Equivalents]:
        """Map each term of ``text`` to the terms its one-word English or acronym entries give it.

        « terrorism » → « terrorisme », « HCDH » → « Haut-Commissariat »: reviewed entries, so a
        passage holding one of them covers the word in full. English entries only for an English
        question: « sanctions » is French too, and a French question means the French word.
        French synonyms only with ``synonyms``: for a question of one word (« la dette ? »), the
        synonym is the whole answer; in a longer one it may match by chance, and vouches for part.
        """
        sections = (
            *(_SECTIONS if english else (Section.ACRONYM,)),
            *((Section.SYNONYM,) if synonyms else ()),
        )
        out: dict[str, Equivalents] = {}
        for word in _WORDS.findall(fold(text)):  # « l'EPU » is « EPU »
            given = self._word_equivalents(word, sections)
            if given:
                for term in analyze(word):
                    out[term] = out.get(term, ()) + given
        return out

    def near(self, text: str) -> dict[str, Equivalents]:
        """Map each term of ``text`` to its reviewed French synonyms' terms (« entraide » → coopération).

        Such a word is no sign that the text does not answer: it weighs as its synonym does, and
        a passage holding the synonym covers it in part (``NEAR_CREDIT``).
        """
        out: dict[str, Equivalents] = {}
        for word in _WORDS.findall(fold(text)):
            given = self._word_equivalents(word, (Section.SYNONYM, Section.NEAR))
            if given:
                for term in analyze(word):
                    out[term] = out.get(term, ()) + given
        # « une obligation de travailler ensemble »: a phrase of the thesaurus (« travailler
        # ensemble » → « coopérer ») vouches for each of its words as a one-word entry does.
        words = content_words(fold(text))
        keys = [match_key(Section.SYNONYM, word) for word in words]
        for start, key in enumerate(keys):
            for section in (Section.SYNONYM, Section.NEAR):
                for entry in self.service.index.thesaurus.candidates(section, key):
                    width = len(entry.keys)
                    if width < 2 or tuple(keys[start : start + width]) != entry.keys:
                        continue
                    given = _expanded(entry)
                    for word in words[start : start + width]:
                        for term in analyze(word):
                            out[term] = out.get(term, ()) + given
        return out

    def _word_equivalents(self, word: str, sections: tuple[Section, ...]) -> Equivalents:
        if (word, sections) not in self._equivalents_cache:
            thesaurus = self.service.index.thesaurus
            found: list[frozenset[str]] = []
            for section in sections:
                for entry in thesaurus.candidates(section, match_key(section, word)):
                    if len(entry.keys) == 1:
                        found.extend(_expanded(entry))
            self._equivalents_cache[word, sections] = tuple(found)
        return self._equivalents_cache[word, sections]

    def hit_coverage(
        self,
        terms: list[str],
        hit: Hit,
        equivalents: Mapping[str, Equivalents] | None = None,
        near: Mapping[str, Equivalents] | None = None,
        weights: Mapping[str, float] | None = None,
    ) -> float:
        """Return the coverage of a search hit, crediting the words search matched for us.

        Search marks the words it matched. A marked word that is none of the question's terms was
        matched through a synonym, a translation or a typo fix (once search has them): each such
        word vouches for one question term the passage lacks, the rarest first (a ``near``
        synonym's word too: its own term is then covered in part, and it still vouches, as it did
        before near synonyms were credited; on the tuning batches, no decline was lost).
        """
        marked = {term for start, end in hit.marks for term in analyze(hit.snippet[start:end])}
        spare = [m for m in marked if not any(same_term(m, t) for t in terms)]
        return self.covered(
            terms,
            self.terms[hit.paragraph.id],
            spare=len(spare),
            equivalents=equivalents,
            paraphrased=self.paraphrases.coverage_terms.get(hit.paragraph.id, frozenset()),
            near=near,
            weights=weights,
        )

    def weights(
        self,
        terms: list[str],
        equivalents: Mapping[str, Equivalents] | None = None,
        near: Mapping[str, Equivalents] | None = None,
    ) -> dict[str, float]:
        """Each term's weight in coverage: its rarity, or that of the words the thesaurus names it by.

        A word the text lacks but names otherwise (« ONU », « entraide ») weighs as those words
        do: it is no sign that the text does not answer. The same for every passage of a question,
        so a route weighing many passages computes it once.
        """
        out = {}
        for term in dict.fromkeys(terms):
            weight = self.idf(term)
            # (A near synonym lowers only a word the text lacks: « choc » of « encaisser le choc »
            # is the text's own word, found as it is, and keeps its weight.)
            nearby = (near or {}).get(term, ()) if self.unseen(term) else ()
            for expansion in (*(equivalents or {}).get(term, ()), *nearby):
                weight = min(weight, max(self.idf(word) for word in expansion))
            out[term] = weight
        return out

    def covered(
        self,
        terms: list[str],
        own: frozenset[str],
        spare: int = 0,
        equivalents: Mapping[str, Equivalents] | None = None,
        paraphrased: frozenset[str] = frozenset(),
        near: Mapping[str, Equivalents] | None = None,
        weights: Mapping[str, float] | None = None,
    ) -> float:
        """Return the rarity-weighted share of ``terms`` in ``own``, ``spare`` missing ones vouched for.

        A term counts as found when the passage holds every word of one of its thesaurus
        equivalents (« Organisation des Nations Unies » for « ONU », not « nations » alone); as
        partly found when it is among the passage's ``paraphrased`` terms (``PARAPHRASE_CREDIT``)
        or the passage holds one of its ``near`` synonyms (``NEAR_CREDIT``).
        """
        if not terms:
            return 0.0
        total = found = 0.0
        missing = []
        outside = own - self._vocabulary  # a cited document's label, say: compared word by word
        if weights is None:
            weights = self.weights(terms, equivalents, near)
        for term in dict.fromkeys(terms):
            weight = weights[term]
            total += weight
            if (
                not own.isdisjoint(self.variants(term))
                or any(same_term(term, other) for other in outside)
                or any(expansion <= own for expansion in (equivalents or {}).get(term, ()))
            ):
                found += weight
            elif term in paraphrased:
                found += PARAPHRASE_CREDIT * weight
            elif any(expansion <= own for expansion in (near or {}).get(term, ())):
                found += NEAR_CREDIT * weight
            else:
                missing.append(weight)
        found += SYNONYM_CREDIT * sum(sorted(missing, reverse=True)[:spare])
        return found / total if total else 0.0

    @cached_property
    def sequences(self) -> dict[str, tuple[str, ...]]:
        """Return each segment's analysed terms in the text's order, by segment id (phrases read in order)."""
        return {s.id: tuple(analyze(s.text)) for s in self.resolution.segments}

    @cached_property
    def terms(self) -> dict[str, frozenset[str]]:
        """Return each segment's analysed terms, by segment id."""
        return {segment_id: frozenset(sequence) for segment_id, sequence in self.sequences.items()}

    def uses(self, term: str) -> bool:
        """Whether the text uses ``term`` itself (not a form of it, as ``unseen`` allows)."""
        return term in self._vocabulary

    @cached_property
    def idf_unseen(self) -> float:
        """Return the weight of a word the text never uses."""
        return self.idf("\u2205")

    @functools.lru_cache(maxsize=16)  # noqa: B019 - the evidence lives as long as its service
    def generic(self, words: str) -> frozenset[str]:
        """The terms of ``words`` that only common words give, and that the text never uses.

        « describe », « sert », « vraiment »: words of any question, not its subject; left out of
        coverage rather than weighed as words the text lacks. Matched on the word as typed, not
        on its stem: « adapt » is generic, « adaptation » is a subject.
        """
        found: set[str] = set()
        for word in normal(words).split():
            bare = word.strip("?.!,;:")
            if bare in _ASKERS_PEOPLE:
                found.update(analyze(bare))  # (the batches' questions taught readers' words « prof »)
            elif is_generic(bare):
                found.update(
                    t for t in analyze(word) if self.unseen(t) and t not in self.paraphrases.frequency
                )
        return frozenset(found)

    def unseen(self, term: str) -> bool:
        """Whether the text never uses ``term`` nor a form of it (its paraphrases aside)."""
        return not any(self._segments_with[v] for v in self.variants(term))

    def idf(self, term: str) -> float:
        """Return a term's rarity in the text, words up to a short ending counted as one."""
        if term not in self._idf_cache:
            documents = len(self.terms)
            frequency = len(frozenset().union(*(self._segments_with[v] for v in self.variants(term))))
            if frequency == 0 and term in self.paraphrases.frequency:
                # Not the text's word, but the one readers use for what some paragraphs say.
                self._idf_cache[term] = math.log(1 + documents / (self.paraphrases.frequency[term] + 0.5))
                return self._idf_cache[term]
            weight = math.log(1 + documents / (frequency + 0.5))
            # A word the text never uses is the surest sign that it does not answer.
            self._idf_cache[term] = weight * UNKNOWN_TERM_FACTOR if frequency == 0 else weight
        return self._idf_cache[term]
