"""Revision cards generated from the text: seeded, reproducible, with ids that outlive the wording.

Which cards exist depends on the text alone: per paragraph, one « which paragraph » card, up to
``TERMS_PER_PARAGRAPH`` missing-term cards (the paragraph's rarest content words in the whole
resolution), and for an operative paragraph addressing someone, one opening-verb card; then one
card per Council member's vote and per regional group. The seed only chooses the excerpt each card
shows, so ids are the same for every seed and every excerpt length, and a member's schedule is
keyed on them (see ``Card``).

Every excerpt is a verbatim slice of its paragraph that ends at a clause boundary (a comma,
semicolon, colon or full stop, or the paragraph's end), never on a function word, with balanced
guillemets and parentheses, and holds at least ``min_words`` words (a paragraph shorter than that
is quoted whole: it cannot be cut mid-phrase). The quiz round questions (``generator.py``) keep
their own rules; these cards are for spaced repetition.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

from bot.core.search.analyzer import STOPWORDS
from bot.core.search.stemming import stem
from bot.core.study.models import BLANK, Card, CardKind
from bot.core.text.french import fold
from bot.core.text.models import Group, Kind, MemberVote, Paragraph, Resolution, VoteChoice

MIN_WORDS = 12
# Excerpts up to this length are preferred; a longer one is used only when no shorter one exists.
MAX_WORDS = 40
TERMS_PER_PARAGRAPH = 2
MIN_TERM_LENGTH = 6
# A clause ends before one of these marks; "." only when a space or the end follows (not 1/CP.21).
_CLAUSE_END = re.compile(r"\s*[,;:.](?=\s|$)")
_CLAUSE_START = re.compile(r"[,;:]\s+(?=\S)")
# A word to blank: letters with inner hyphens, after an optional elided article (l'…, d'…).
_TERM_TOKEN = re.compile(r"(?:(?:[ldnsjc]|qu)')?([^\W\d_]+(?:-[^\W\d_]+)*)", re.IGNORECASE)
# Function words an excerpt must not end on (folded): articles, prepositions, conjunctions,
# pronouns, possessives, auxiliaries and linking adverbs. Ending on one cuts a phrase in two.
_DANGLING = frozenset(
    """
    a afin au aux avec car ce ces cet cette chez comme contre d dans de depuis des donc dont du elle
    elles en entre envers est et etre ete eux il ils l la laquelle le lequel les lesquelles lesquels
    leur leurs lors mais ni notamment ou par parmi pour qu que qui quoi s sa sans se selon ses son
    sont sous sur tel telle telles tels un une vers y ainsi aussi egalement outre ont doit doivent
    peut peuvent soit soient
    """.split()  # noqa: SIM905 -- a word list reads better as words
)
# Rare in the text yet no key term: a student gains nothing by recalling them (reviewed on the deck).
_WEAK_TERMS = frozenset({"intitulee", "intitule", "plusieurs", "seulement", "tendant", "possibles", "soumis"})
# Opening verbs that address someone: « Prie le Haut-Commissaire de … », « Exhorte les États à … ».
_ADDRESSING = frozenset({"prie", "exhorte", "demande", "invite", "engage", "encourage", "appelle"})
_ADDRESSEE_START = re.compile(r"(?:le|la|les|l'|tous|toutes|à|aux|au)\b", re.IGNORECASE)
# The infinitive that follows the addressee: « de s'employer », « d'établir », « à rester ».
_INFINITIVE = re.compile(r" (?:de |d'|à )(?:se |s')?[^\W\d_]+(?:er|ir|re|oir)\b")
MAX_ADDRESSEE_WORDS = 25

# Card wording. It is card content, exported as is to Anki notes, so it is built here with the
# card; the ids never depend on it.
_PARAGRAPH_FRONT = "Quel paragraphe dit : « {quote} » ?"
_TERM_FRONT = "{id} — quel mot manque ? « {quote} »"
_VERB_FRONT = "{id} — le Conseil … « {quote} » : quel verbe ouvre ce paragraphe, et à qui s'adresse-t-il ?"
_COUNTRY_FRONT = "Résolution {number} — {country} : pour, contre ou abstention ?"
_GROUP_FRONT = "Résolution {number} : comment ont voté les membres du groupe « {group} » ?"
_PARAGRAPH_BACK = "{id} : {text}"
_COUNTRY_BACK = "{country} ({group}) : {vote}. Résultat : {totals}."
_GROUP_BACK = "{group} : {votes}. Résultat : {totals}."
_ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A verbatim slice ``text[start:end]`` of one paragraph."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        """Return the number of words (tokens holding a letter or a digit)."""
        return word_count(self.text)


def word_count(text: str) -> int:
    """Count the words of ``text``: white-space tokens with a letter or a digit (not « or ;)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def ends_on_function_word(text: str) -> bool:
    """Tell whether the last word of ``text`` is a function word (« de », « et », « qu'il »…)."""
    tokens = [t for t in text.split() if any(c.isalnum() for c in t)]
    if not tokens:
        return True
    last = fold(tokens[-1]).strip("«»()[],;:.!?")
    return last in _DANGLING or last.rpartition("'")[2] in _DANGLING


class CardGenerator:
    """Build the revision cards of one resolution; ``seed`` chooses excerpts, never which cards exist."""

    def __init__(self, resolution: Resolution, min_words: int = MIN_WORDS) -> None:
        """Prepare the text-wide facts (word rarity, folded texts) once for every seed."""
        self.resolution = resolution
        self.min_words = min_words
        self._folded = {p.id: fold(p.text) for p in resolution.segments}
        # How many paragraphs use each stem: the rarer, the more a word is this paragraph's own.
        self._spread: Counter[str] = Counter()
        for paragraph in resolution.paragraphs:
            self._spread.update({stem(m.group(1)) for m in _TERM_TOKEN.finditer(paragraph.text)})

    def generate(self, seed: int) -> tuple[Card, ...]:
        """Return every card for ``seed``: paragraphs in document order, then the votes."""
        cards: list[Card] = []
        for paragraph in self.resolution.paragraphs:
            cards.extend(self.for_paragraph(seed, paragraph))
        cards.extend(self._country_card(member) for member in self.resolution.vote.members)
        cards.extend(self._group_card(group) for group in self.resolution.groups)
        return tuple(cards)

    def for_paragraph(self, seed: int, paragraph: Paragraph) -> list[Card]:
        """Return the cards of one paragraph (the ones a reading mark makes due)."""
        cards = [self._paragraph_card(seed, paragraph)]
        cards.extend(self._term_card(seed, paragraph, term) for term in self.key_terms(paragraph))
        verb = self._verb_card(paragraph)
        if verb is not None:
            cards.append(verb)
        return cards

    def key_terms(self, paragraph: Paragraph) -> list[str]:
        """Return the paragraph's key terms: content words found once in it and rare in the text."""
        matches = list(_TERM_TOKEN.finditer(paragraph.text))
        stems = Counter(stem(m.group(1)) for m in matches)
        # The opening verb or participle (« Prie également », « Rappelant ») is not a key term.
        opening = len(paragraph.verb or paragraph.text.split(" ", 1)[0])
        candidates: list[tuple[int, int, int, str]] = []
        for match in matches:
            word = match.group(1)
            key = stem(word)
            if (
                match.start() >= opening
                and stems[key] == 1  # a second form of the word would give the answer away
                and len(word) >= MIN_TERM_LENGTH
                # Letters only: \w also takes footnote markers (« homme⁴ » is not a word to blank).
                and word.replace("-", "").isalpha()
                and fold(word) not in _WEAK_TERMS
                and not set(fold(word).split("-")) <= STOPWORDS | _DANGLING  # celle-ci, paragraphe
            ):
                candidates.append((self._spread[key], -len(word), match.start(), word))
        return [word for *_, word in sorted(candidates)[:TERMS_PER_PARAGRAPH]]

    def _paragraph_card(self, seed: int, paragraph: Paragraph) -> Card:
        card_id = f"{paragraph.id}:{CardKind.PARAGRAPH.value}"
        own = self._folded[paragraph.id]

        def unique(excerpt: Excerpt) -> bool:
            # The excerpt must name one paragraph only, or the card would have two answers.
            folded = fold(excerpt.text)
            return folded in own and not any(
                folded in text for pid, text in self._folded.items() if pid != paragraph.id
            )

        candidates = [e for e in self._excerpts(paragraph) if unique(e)]
        excerpt = self._pick(_rng(seed, card_id), paragraph, candidates)
        return Card(
            id=card_id,
            kind=CardKind.PARAGRAPH,
            paragraph_id=paragraph.id,
            front=_PARAGRAPH_FRONT.format(quote=_framed(paragraph, excerpt)),
            back=_back(paragraph),
            answer=paragraph.id,
            quote=excerpt.text,
        )

    def _term_card(self, seed: int, paragraph: Paragraph, term: str) -> Card:
        card_id = f"{paragraph.id}:{CardKind.TERM.value}:{slug(term)}"
        at = _word_at(paragraph.text, term)
        around = self._excerpts(paragraph, cover=(at, at + len(term)))
        excerpt = self._pick(_rng(seed, card_id), paragraph, around)
        offset = at - excerpt.start
        blanked = excerpt.text[:offset] + BLANK + excerpt.text[offset + len(term) :]
        shown = Excerpt(excerpt.start, excerpt.end, blanked)
        return Card(
            id=card_id,
            kind=CardKind.TERM,
            paragraph_id=paragraph.id,
            front=_TERM_FRONT.format(id=paragraph.id, quote=_framed(paragraph, shown)),
            back=_back(paragraph),
            answer=term,
            quote=blanked,
        )

    def _verb_card(self, paragraph: Paragraph) -> Card | None:
        found = addressee(paragraph)
        if found is None:
            return None
        opening, complement_start = found
        text = paragraph.text
        # The complement runs from its infinitive to the first clause end that gives enough words.
        ends = [e for e in _clause_ends(text) if e > complement_start]
        excerpt = None
        for end in ends:
            candidate = Excerpt(complement_start, end, text[complement_start:end])
            if _well_formed(candidate.text) and candidate.words >= self.min_words:
                excerpt = candidate
                break
        if excerpt is None:  # a short paragraph: its whole complement, to the end
            excerpt = Excerpt(complement_start, ends[-1], text[complement_start : ends[-1]])
        return Card(
            id=f"{paragraph.id}:{CardKind.VERB.value}",
            kind=CardKind.VERB,
            paragraph_id=paragraph.id,
            front=_VERB_FRONT.format(id=paragraph.id, quote=_framed(paragraph, excerpt, start=False)),
            back=_back(paragraph),
            answer=opening,
            quote=excerpt.text,
        )

    def _country_card(self, member: MemberVote) -> Card:
        number = self.resolution.metadata.number
        return Card(
            id=f"vote:pays:{slug(member.country)}",
            kind=CardKind.COUNTRY_VOTE,
            paragraph_id=None,
            front=_COUNTRY_FRONT.format(number=number, country=member.country),
            back=_COUNTRY_BACK.format(
                country=member.country, group=member.group.name, vote=member.vote.value, totals=self._totals()
            ),
            answer=member.vote.value,
        )

    def _group_card(self, group: Group) -> Card:
        members = [m for m in self.resolution.vote.members if m.group == group]
        votes = " ; ".join(
            f"{choice.value} : {', '.join(m.country for m in members if m.vote is choice)}"
            for choice in VoteChoice
            if any(m.vote is choice for m in members)
        )
        return Card(
            id=f"vote:groupe:{slug(group.code)}",
            kind=CardKind.GROUP_VOTE,
            paragraph_id=None,
            front=_GROUP_FRONT.format(number=self.resolution.metadata.number, group=group.name),
            back=_GROUP_BACK.format(group=group.name, votes=votes, totals=self._totals()),
            answer=votes,
        )

    def _totals(self) -> str:
        totals = self.resolution.vote.totals
        # « pour » and « contre » are invariable; « abstention » is a noun and takes the plural.
        return ", ".join(
            f"{totals.get(c, 0)} {c.value}{'s' if c is VoteChoice.ABSTAIN and totals.get(c, 0) > 1 else ''}"
            for c in VoteChoice
        )

    def _excerpts(self, paragraph: Paragraph, cover: tuple[int, int] | None = None) -> list[Excerpt]:
        """The shortest well-formed excerpt from each clause start (covering ``text[slice(*cover)]``)."""
        text = paragraph.text
        ends = _clause_ends(text)
        if word_count(text) < self.min_words:
            return [Excerpt(0, ends[-1], text[: ends[-1]])]
        first, last = cover if cover is not None else (len(text), 0)
        found = []
        for start in (s for s in _clause_starts(text) if s <= first):
            for end in (e for e in ends if e > start and e >= last):
                excerpt = Excerpt(start, end, text[start:end])
                if excerpt.words >= self.min_words and _well_formed(excerpt.text):
                    found.append(excerpt)
                    break
        return found

    def _pick(self, rng: random.Random, paragraph: Paragraph, excerpts: list[Excerpt]) -> Excerpt:
        """Choose one excerpt, short ones first; the whole paragraph when nothing else fits."""
        if not excerpts:
            end = _clause_ends(paragraph.text)[-1]
            return Excerpt(0, end, paragraph.text[:end])
        short = [e for e in excerpts if e.words <= MAX_WORDS]
        return rng.choice(short) if short else min(excerpts, key=lambda e: (e.words, e.start))


def addressee(paragraph: Paragraph) -> tuple[str, int] | None:
    """Return the verbatim « verb + addressee » opening and where its infinitive begins, or ``None``.

    ``OP21`` gives ``("Prie le Haut-Commissariat … droits de l'homme", <offset of "de s'employer">)``.
    Only operative paragraphs whose opening verb asks someone to do something have one.
    """
    verb = paragraph.verb
    if paragraph.kind is not Kind.OPERATIVE or not verb or fold(verb.split(" ")[0]) not in _ADDRESSING:
        return None
    rest = paragraph.text[len(verb) :]
    if not rest.startswith(" ") or not _ADDRESSEE_START.match(rest, 1):
        return None  # « Demande que … » asks for something, not of someone
    infinitive = _INFINITIVE.search(rest)
    if infinitive is None or word_count(rest[: infinitive.start()]) > MAX_ADDRESSEE_WORDS:
        return None
    split = len(verb) + infinitive.start()
    # « Invite les États, ainsi que …, à rester »: the comma closes the addressee, it is not part of it.
    return paragraph.text[:split].rstrip(" ,"), split + 1


def _clause_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _CLAUSE_START.finditer(text))]


def _clause_ends(text: str) -> list[int]:
    ends = [m.start() for m in _CLAUSE_END.finditer(text) if m.start() > 0]
    return ends if ends and ends[-1] >= len(text.rstrip(" ,;:.")) else [*ends, len(text)]


def _well_formed(text: str) -> bool:
    """Tell whether an excerpt ends on a content word, with its guillemets and parentheses closed."""
    return (
        text.count("«") == text.count("»")
        and text.count("(") == text.count(")")
        and not ends_on_function_word(text)
    )


def _framed(paragraph: Paragraph, excerpt: Excerpt, start: bool = True) -> str:
    """Mark with « … » where the excerpt cuts the paragraph (the quote field stays verbatim)."""
    head = _ELLIPSIS + " " if start and excerpt.start > 0 else ""
    tail = " " + _ELLIPSIS if excerpt.end < len(paragraph.text.rstrip(" ,;:.")) else ""
    return f"{head}{excerpt.text}{tail}"


def _back(paragraph: Paragraph) -> str:
    return _PARAGRAPH_BACK.format(id=paragraph.id, text=paragraph.text)


def _word_at(text: str, term: str) -> int:
    """Return the offset of ``term`` as a whole word of ``text`` (key terms occur once)."""
    for match in _TERM_TOKEN.finditer(text):
        if match.group(1) == term:
            return match.start(1)
    raise LookupError(term)


def slug(text: str) -> str:
    """Return the id form of a name: folded, lowercase ASCII words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _rng(seed: int, card_id: str) -> random.Random:
    # One generator per card: a card's excerpt depends on the seed and its id, not on the cards
    # made before it, so adding a kind of card changes no existing card.
    return random.Random(f"{seed}:{card_id}")  # noqa: S311 -- reproducible cards, not secrets
