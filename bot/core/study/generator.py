"""Quiz questions generated from the text itself: seeded, reproducible, checked against the source.

Every question is derived from the parsed resolution (a phrase, a word, a verb, a vote), never
written by hand, and the distractors come from the same part of the text or the same regional
group so that they are plausible. The same seed always gives the same questions.

Quotes are whole phrases of the text (bot/core/text/excerpts.py), a missing word's distractors
agree with it in part of speech, number and gender (bot/core/text/lexicon.py), and a verb
question's choices are different verbs. bot/core/study/quality.py states these rules, the tests
hold every generated question to them, and benchmarks/quiz_quality.py counts any breach.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUESTIONS, MAX_QUESTIONS, MIN_QUESTIONS
from bot.core.study.models import BLANK, GeneratedQuestion, QuestionKind
from bot.core.text.excerpts import excerpt, excerpt_around, excerpts
from bot.core.text.french import fold
from bot.core.text.lexicon import Tag, lexicon, verb_lemma
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
# Quotes are whole phrases of 12 words or more (bot/core/text/excerpts.py); among a paragraph's,
# a "which paragraph" question prefers those a reader takes in at a glance.
QUOTE_WORDS = 30
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
        self._all_text = "\n".join(p.text for p in resolution.segments)  # no quote spans two
        self._lemmas = {verb: verb_lemma(verb, lexicon()) for verb in self._verbs}
        self._vocabularies: dict[Kind, dict[str, tuple[str, Tag]]] = {}

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
        everyone = excerpts(paragraph.text)
        candidates = [e for e in everyone if e.words <= QUOTE_WORDS] or everyone
        rng.shuffle(candidates)
        for candidate in candidates:
            folded = fold(candidate.text)
            # The phrase must name one paragraph only, or the question would have two answers.
            if [i for i, text in self._folded.items() if folded in text] == [paragraph.id]:
                phrase = candidate.text
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
        tokens = list(re.finditer(r"\S+", paragraph.text))
        # Never blank the opening verb: that is the verb question's job, and it spans several words.
        skip = len(paragraph.verb.split(" ")) if paragraph.verb else 0
        vocabulary = self._vocabulary(paragraph.kind)
        candidates = [
            (token, match)
            for token in tokens[skip:]
            if _blankable(token.group())
            and (match := _TOKEN.fullmatch(token.group()))
            and fold(match.group(2)) in vocabulary
            and lexicon().tag(match.group(2)) is not None  # not a homograph of a known word
        ]
        if not candidates:
            return None
        token, match = rng.choice(candidates)
        answer = match.group(2)
        begin = token.start() + match.start(2)
        end = token.start() + match.end(2)
        passage = excerpt_around(paragraph.text, begin, end)
        if passage is None:
            return None
        quote = paragraph.text[passage.start : begin] + BLANK + paragraph.text[end : passage.end]
        distractors = self._word_distractors(rng, paragraph.kind, answer, quote)
        if distractors is None:
            return None
        return self._shuffled(rng, QuestionKind.WORD, quote, answer, distractors, paragraph.id)

    def _word_distractors(self, rng: random.Random, kind: Kind, answer: str, quote: str) -> list[str] | None:
        """Words of the same part of the text that agree with the answer, with its capital or not.

        Agreeing means the same part of speech, number and gender in the lexicon (bot/core/text/
        lexicon.py); a distractor that would rebuild a sentence of the text is left out.
        """
        vocabulary = self._vocabulary(kind)
        key = fold(answer)
        tag = lexicon().tag(answer)
        if tag is None:
            return None
        alike = sorted(
            (abs(len(word) - len(answer)), folded, word)
            for folded, (word, other) in vocabulary.items()
            if folded != key and word[0].isupper() == answer[0].isupper() and tag.admits(other)
        )
        near = [word for _, _, word in alike if quote.replace(BLANK, word) not in self._all_text][:12]
        if len(near) < CHOICES - 1:
            return None
        return rng.sample(near, CHOICES - 1)

    def _vocabulary(self, kind: Kind) -> dict[str, tuple[str, Tag]]:
        """Return the blankable words of one part: folded form to first spelling and its one reading.

        A word the lexicon does not know, or reads in more than one way (« demande »: noun or
        verb), is left out: its distractors could not be made to agree with it.
        """
        if kind not in self._vocabularies:
            vocabulary: dict[str, tuple[str, Tag]] = {}
            for paragraph in self.resolution.part(kind):
                for token in paragraph.text.split(" "):
                    match = _TOKEN.fullmatch(token)
                    tag = lexicon().tag(match.group(2)) if match and _blankable(token) else None
                    if match and tag is not None:
                        vocabulary.setdefault(fold(match.group(2)), (match.group(2), tag))
            self._vocabularies[kind] = vocabulary
        return self._vocabularies[kind]

    def _opening_verb(self, rng: random.Random, pool: Sequence[Paragraph]) -> GeneratedQuestion | None:
        operative = [p for p in pool if p.kind is Kind.OPERATIVE and p.verb]
        if not operative:
            return None
        paragraph = rng.choice(operative)
        verb = paragraph.verb or ""
        rest = paragraph.text.removeprefix(verb).lstrip()
        passage = excerpt(rest)
        if passage is None:
            return None
        # Quoted to its end, the paragraph keeps its final « ; » or « . »: the quiz shows no « … » then.
        quote = rest if passage.end == len(rest.rstrip(" ,;:")) else passage.text
        # Distractors are other verbs, not the answer with another adverb (« Prie » for « Prie
        # également »): one form per lemma, and the answer's adverb on them where the text has it,
        # so that the adverb gives nothing away (« Prie également » among « Rappelle également »…).
        adverb = _adverb(verb)
        forms: dict[str, list[str]] = {}
        for other in self._verbs:
            if self._lemmas[other] != self._lemmas[verb]:
                forms.setdefault(self._lemmas[other], []).append(other)
        alike = [v for lemma in sorted(forms) for v in forms[lemma] if adverb and _adverb(v) == adverb]
        rng.shuffle(alike)
        chosen = {self._lemmas[v]: v for v in alike[: CHOICES - 1]}
        unused = [lemma for lemma in sorted(forms) if lemma not in chosen]
        for lemma in rng.sample(unused, CHOICES - 1 - len(chosen)):
            bare = [v for v in forms[lemma] if not _adverb(v)]
            chosen[lemma] = rng.choice(bare or forms[lemma])
        distractors = list(chosen.values())
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


def _adverb(verb: str) -> str:
    """Return what follows the verb of an opening (``Prie à nouveau`` → ``à nouveau``)."""
    words = verb.split(" ")
    return " ".join(words[2:] if fold(words[0]) == "se" else words[1:])


def _blankable(token: str) -> bool:
    match = _TOKEN.fullmatch(token)
    if match is None:
        return False
    word = match.group(2)
    # \w also matches the footnote markers (¹ is "numeric"): "Paris¹" is not a word to guess.
    return word.replace("-", "").isalpha() and len(word) >= MIN_WORD_LENGTH and fold(word) not in _COMMON
