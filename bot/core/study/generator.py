"""Quiz questions generated from the text itself: seeded, reproducible, checked against the source.

Every question is derived from the parsed resolution (a phrase, a word, a verb, a vote), never
written by hand, and the distractors come from the same part of the text or the same regional
group so that they are plausible. The same seed always gives the same questions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUESTIONS, MAX_QUESTIONS, MIN_QUESTIONS
from bot.core.study.models import BLANK, GeneratedQuestion, QuestionKind
from bot.core.text.french import fold
from bot.core.text.models import Kind, MemberVote, Paragraph, Resolution, VoteChoice

if TYPE_CHECKING:
    from bot.core.service import Service

CHOICES = 4
PARTS: dict[str, tuple[Kind, ...]] = {
    "tout": (Kind.PREAMBULAR, Kind.OPERATIVE),
    "preambule": (Kind.PREAMBULAR,),
    "dispositif": (Kind.OPERATIVE,),
}
# A theme of this word asks for vote questions only; any other theme selects paragraphs by search.
VOTE_THEMES = frozenset({"vote", "votes", "scrutin"})
PHRASE_WORDS = (7, 11)
WORD_WINDOW = 12  # words of context on each side of a missing word
MIN_WORD_LENGTH = 6
# A blankable word: letters (accents, inner hyphens) with at most one punctuation mark on each side.
_TOKEN = re.compile(r"([«(]?)([^\W\d_]+(?:-[^\W\d_]+)*)([,.;:»)]?)")
# Words too common to make a fair blank: the answer would be guessable from grammar alone.
_COMMON = frozenset(
    fold(w)
    for w in (
        "notamment",
        "également",
        "conformément",
        "particulier",
        "ainsi",
        "autres",
        "toutes",
        "celles",
        "celle-ci",
        "entre",
        "depuis",
        "contre",
        "lesquelles",
        "lesquels",
        "dont",
        "comme",
    )
)


class QuizGenerator:
    """Build questions of every kind from one resolution; ``rng`` makes them reproducible."""

    def __init__(self, resolution: Resolution, search: Callable[[str, frozenset[Kind]], list[str]]) -> None:
        """``search(theme, kinds)`` returns the ids of the paragraphs about ``theme``, best first."""
        self.resolution = resolution
        self._search = search
        self._verbs = sorted({p.verb for p in resolution.operative if p.verb})
        self._folded = {p.id: fold(p.text) for p in resolution.segments}
        self._vocabularies: dict[Kind, dict[str, str]] = {}

    @classmethod
    def from_service(cls, service: Service, hits: int = 12) -> QuizGenerator:
        """Build a generator whose themes are found by the service's search index."""

        def search(theme: str, kinds: frozenset[Kind]) -> list[str]:
            return [hit.id for hit in service.index.search(theme, limit=hits, kinds=kinds)]

        return cls(service.resolution, search)

    def generate(
        self, seed: int, count: int = DEFAULT_QUESTIONS, part: str = "tout", theme: str | None = None
    ) -> list[GeneratedQuestion]:
        """Return ``count`` distinct questions for ``seed``, from ``part`` and about ``theme``."""
        part_key = fold((part or "tout").strip())
        if part_key not in PARTS:
            raise UserError("partie_inconnue", saisie=part, parties=list(PARTS))
        if not MIN_QUESTIONS <= count <= MAX_QUESTIONS:
            raise UserError(
                "nombre_questions_invalide", saisie=count, minimum=MIN_QUESTIONS, maximum=MAX_QUESTIONS
            )
        kinds_of_text = PARTS[part_key]
        typed = (theme or "").strip()
        makers: list[Callable[[random.Random, Sequence[Paragraph]], GeneratedQuestion | None]]
        if fold(typed) in VOTE_THEMES:
            pool: list[Paragraph] = []
            makers = [self._country_vote, self._group_vote]
        else:
            pool = self._pool(typed, kinds_of_text)
            makers = [self._which_paragraph, self._missing_word]
            if any(p.kind is Kind.OPERATIVE for p in pool):
                makers.append(self._opening_verb)
            if not typed and part_key == "tout":
                makers += [self._country_vote, self._group_vote]
        rng = random.Random(seed)  # noqa: S311 -- reproducible quizzes, not secrets
        rng.shuffle(makers)
        questions: list[GeneratedQuestion] = []
        seen: set[tuple[str, str | None, str | None, str, str]] = set()
        attempts = 0
        while len(questions) < count:
            attempts += 1
            if attempts > count * 50:
                # A narrow theme may hold fewer distinct questions than asked for.
                raise UserError("theme_trop_etroit", theme=typed, trouvees=len(questions), demandees=count)
            # Rotate by attempt, not by success: a kind that has run out gives way to the next.
            question = makers[attempts % len(makers)](rng, pool)
            if question is None:
                continue
            key = (
                question.kind.value,
                question.paragraph_id,
                question.subject,
                question.quote,
                question.correct,
            )
            if key in seen:
                continue
            seen.add(key)
            questions.append(question)
        return questions

    def for_paragraph(self, seed: int, paragraph: Paragraph) -> GeneratedQuestion:
        """Return one question on ``paragraph`` (the paragraph of the day's quiz)."""
        rng = random.Random(seed)  # noqa: S311 -- reproducible quizzes, not secrets
        makers = [self._missing_word, self._which_paragraph]
        if paragraph.kind is Kind.OPERATIVE:
            makers.append(self._opening_verb)
        rng.shuffle(makers)
        for maker in makers:
            question = maker(rng, [paragraph])
            if question is not None:
                return question
        raise LookupError(paragraph.id)  # every paragraph of the corpus has a blankable word

    def _pool(self, theme: str, kinds: tuple[Kind, ...]) -> list[Paragraph]:
        paragraphs = [p for p in self.resolution.paragraphs if p.kind in kinds]
        if not theme:
            return paragraphs
        ids = self._search(theme, frozenset(kinds))
        found = [p for p in (self.resolution.get(i) for i in ids) if p is not None and p.kind in kinds]
        if not found:
            raise UserError("theme_introuvable", theme=theme)
        return found

    def _same_part(self, paragraph: Paragraph) -> tuple[Paragraph, ...]:
        return self.resolution.part(paragraph.kind)

    def _which_paragraph(self, rng: random.Random, pool: Sequence[Paragraph]) -> GeneratedQuestion | None:
        paragraph = rng.choice(pool)
        words = paragraph.text.split(" ")
        size = rng.randint(*PHRASE_WORDS)
        if len(words) < size:
            size = len(words)
        starts = list(range(len(words) - size + 1))
        rng.shuffle(starts)
        for start in starts:
            phrase = " ".join(words[start : start + size]).strip(" ,;:")
            folded = fold(phrase)
            # The phrase must name one paragraph only, or the question would have two answers.
            if [i for i, text in self._folded.items() if folded in text] == [paragraph.id]:
                break
        else:
            return None
        # Distractors: the nearest paragraphs of the same part, which read alike.
        part = self._same_part(paragraph)
        index = part.index(paragraph)
        near = sorted((p for p in part if p is not paragraph), key=lambda p: abs(part.index(p) - index))
        others = rng.sample(near[:6], CHOICES - 1)
        return self._shuffled(
            rng, QuestionKind.PARAGRAPH, phrase, paragraph.id, [p.id for p in others], paragraph.id
        )

    def _missing_word(self, rng: random.Random, pool: Sequence[Paragraph]) -> GeneratedQuestion | None:
        paragraph = rng.choice(pool)
        words = paragraph.text.split(" ")
        # Never blank the opening verb: that is the verb question's job, and it spans several words.
        skip = len(paragraph.verb.split(" ")) if paragraph.verb else 0
        candidates = [i for i, w in enumerate(words) if i >= skip and _blankable(w)]
        if not candidates:
            return None
        index = rng.choice(candidates)
        match = _TOKEN.fullmatch(words[index])
        if match is None:  # _blankable checked it
            return None
        answer = match.group(2)
        lo, hi = max(0, index - WORD_WINDOW), min(len(words), index + WORD_WINDOW + 1)
        blanked = [*words[lo:index], match.group(1) + BLANK + match.group(3), *words[index + 1 : hi]]
        quote = " ".join(blanked)
        distractors = self._word_distractors(rng, paragraph, answer)
        if distractors is None:
            return None
        return self._shuffled(rng, QuestionKind.WORD, quote, answer, distractors, paragraph.id)

    def _word_distractors(self, rng: random.Random, paragraph: Paragraph, answer: str) -> list[str] | None:
        """Words of the same part of the text, with the answer's capital and plural mark."""
        vocabulary = dict(self._vocabulary(paragraph.kind))
        vocabulary.pop(fold(answer), None)

        def shape(word: str) -> tuple[bool, bool]:
            return word[0].isupper(), word.endswith(("s", "x"))

        alike = [w for w in vocabulary.values() if shape(w) == shape(answer)]
        if len(alike) < CHOICES - 1:
            alike = list(vocabulary.values())
        alike.sort(key=lambda w: (abs(len(w) - len(answer)), fold(w)))
        near = alike[:12]
        if len(near) < CHOICES - 1:
            return None
        return rng.sample(near, CHOICES - 1)

    def _vocabulary(self, kind: Kind) -> dict[str, str]:
        """Return the blankable words of one part, folded form to first spelling, in text order."""
        if kind not in self._vocabularies:
            vocabulary: dict[str, str] = {}
            for paragraph in self.resolution.part(kind):
                for token in paragraph.text.split(" "):
                    match = _TOKEN.fullmatch(token)
                    if match and _blankable(token):
                        vocabulary.setdefault(fold(match.group(2)), match.group(2))
            self._vocabularies[kind] = vocabulary
        return self._vocabularies[kind]

    def _opening_verb(self, rng: random.Random, pool: Sequence[Paragraph]) -> GeneratedQuestion | None:
        operative = [p for p in pool if p.kind is Kind.OPERATIVE and p.verb]
        if not operative:
            return None
        paragraph = rng.choice(operative)
        verb = paragraph.verb or ""
        rest = paragraph.text[len(verb) :].strip()
        words = rest.split(" ")
        quote = " ".join(words[: WORD_WINDOW * 2])
        others = [v for v in self._verbs if fold(v) != fold(verb)]
        # Verbs sharing the answer's first word are the plausible ones (Prie / Prie également).
        head = verb.split(" ")[0]
        close = [v for v in others if v.split(" ")[0] == head]
        rest_verbs = [v for v in others if v not in close]
        rng.shuffle(close)
        rng.shuffle(rest_verbs)
        distractors = (close + rest_verbs)[: CHOICES - 1]
        return self._shuffled(rng, QuestionKind.VERB, quote, verb, distractors, paragraph.id)

    def _country_vote(self, rng: random.Random, pool: Sequence[Paragraph]) -> GeneratedQuestion | None:
        member = rng.choice(self.resolution.vote.members)
        choices = tuple(choice.value for choice in VoteChoice)
        return GeneratedQuestion(
            kind=QuestionKind.COUNTRY_VOTE,
            quote="",
            choices=choices,
            answer=choices.index(member.vote.value),
            subject=member.country,
        )

    def _group_vote(self, rng: random.Random, pool: Sequence[Paragraph]) -> GeneratedQuestion | None:
        # One member who voted X among three of its group who did not: exactly one right choice.
        options: list[tuple[MemberVote, list[MemberVote]]] = []
        for group in self.resolution.groups:
            members = [m for m in self.resolution.vote.members if m.group == group]
            for member in members:
                others = [m for m in members if m.vote is not member.vote]
                if len(others) >= CHOICES - 1:
                    options.append((member, others))
        if not options:
            return None
        member, others = rng.choice(options)
        distractors = [m.country for m in rng.sample(others, CHOICES - 1)]
        question = self._shuffled(rng, QuestionKind.GROUP_VOTE, "", member.country, distractors, None)
        return GeneratedQuestion(
            kind=question.kind,
            quote="",
            choices=question.choices,
            answer=question.answer,
            subject=member.group.name,
            vote=member.vote.value,
        )

    @staticmethod
    def _shuffled(
        rng: random.Random,
        kind: QuestionKind,
        quote: str,
        answer: str,
        distractors: list[str],
        paragraph_id: str | None,
    ) -> GeneratedQuestion:
        choices = [answer, *distractors]
        rng.shuffle(choices)
        return GeneratedQuestion(
            kind=kind,
            quote=quote,
            choices=tuple(choices),
            answer=choices.index(answer),
            paragraph_id=paragraph_id,
        )


def _blankable(token: str) -> bool:
    match = _TOKEN.fullmatch(token)
    if match is None:
        return False
    word = match.group(2)
    # \w also matches the footnote markers (¹ is "numeric"): "Paris¹" is not a word to guess.
    return word.replace("-", "").isalpha() and len(word) >= MIN_WORD_LENGTH and fold(word) not in _COMMON
