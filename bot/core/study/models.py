"""Records of the study features: quiz questions, answers, scores, reading sessions, daily posts.

Frozen view models only: the repository builds them from rows, the service hands them to the front
ends, and templates read them. No database or discord type leaks out of this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from bot.core.text.models import Paragraph


class QuestionKind(StrEnum):
    """The kinds of generated question; templates phrase each one."""

    PARAGRAPH = "paragraphe"  # which paragraph says this quoted phrase
    WORD = "mot"  # the missing word of a quoted passage
    VERB = "verbe"  # the opening verb of an operative paragraph
    COUNTRY_VOTE = "vote_pays"  # how did this member vote
    GROUP_VOTE = "vote_groupe"  # which member of this group voted this way


class CardKind(StrEnum):
    """The kinds of revision card; the values are part of the stable card ids, so never rename them."""

    PARAGRAPH = "paragraphe"  # which paragraph says this excerpt
    TERM = "terme"  # the missing key term of an excerpt
    VERB = "verbe"  # the opening verb of an operative paragraph and its addressee
    COUNTRY_VOTE = "vote_pays"  # how one Council member voted
    GROUP_VOTE = "vote_groupe"  # how the members of one regional group voted


class AnswerOutcome(StrEnum):
    """What happened to one click on a choice."""

    ACCEPTED = "accepte"
    RECORDED = "deja_enregistree"  # the same choice was already stored: a retry after a doubt
    DUPLICATE = "doublon"
    CLOSED = "ferme"


class RoundStatus(StrEnum):
    """Where a quiz round stands; the values are the strings stored in the database."""

    OPEN = "open"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"  # its process stopped with no question running (start-up recovery)


class QuestionStatus(StrEnum):
    """Where a question of a round stands; one is open at a time, the next ones wait."""

    PENDING = "pending"
    OPEN = "open"
    CLOSED = "closed"
    SKIPPED = "skipped"  # never asked: its round ended first


class ReadingStatus(StrEnum):
    """Where a guided reading session stands."""

    ACTIVE = "active"
    FINISHED = "finished"


class Period(StrEnum):
    """Leaderboard periods, as users type them."""

    WEEK = "semaine"
    ALL = "tout"


class DailyMode(StrEnum):
    """How the paragraph of the day is chosen."""

    ORDER = "ordre"
    RANDOM = "hasard"


# The missing word of a WORD question is shown as this mark inside the verbatim quote.
BLANK = "_____"


@dataclass(frozen=True, slots=True)
class GeneratedQuestion:
    """A question as generated from the text, before it is stored.

    ``quote`` is verbatim source text (for WORD, with the answer replaced by ``BLANK``; for VERB,
    the opening words of the paragraph after its verb). ``subject`` is the country or group asked
    about, and ``vote`` the vote named by a GROUP_VOTE question. ``choices[answer]`` is correct.
    """

    kind: QuestionKind
    quote: str
    choices: tuple[str, ...]
    answer: int
    paragraph_id: str | None = None
    subject: str | None = None
    vote: str | None = None

    @property
    def correct(self) -> str:
        """Return the text of the correct choice."""
        return self.choices[self.answer]

    def as_json(self) -> dict[str, Any]:
        """Return the question as JSON data (``resolution-bot quiz --json``)."""
        return {
            "kind": self.kind.value,
            "quote": self.quote,
            "choices": list(self.choices),
            "answer": self.answer,
            "correct": self.correct,
            "paragraph": self.paragraph_id,
            "subject": self.subject,
            "vote": self.vote,
        }


@dataclass(frozen=True, slots=True)
class Card:
    """A revision card generated from the text (``bot.core.study.cards``), before any member studies it.

    ``id`` depends only on the paragraph, the kind and what the card asks (``OP21:verbe``,
    ``PP3:terme:addis-abeba``, ``vote:pays:france``), never on the wording or the excerpt, so that
    a member's schedule survives a change of the generator. ``quote`` is verbatim source text (for
    TERM, with the answer replaced by ``BLANK``; empty for vote cards); ``back`` carries the
    paragraph id and its verbatim text, or the recorded vote.
    """

    id: str
    kind: CardKind
    paragraph_id: str | None
    front: str
    back: str
    answer: str
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Question:
    """A stored question of a round: the generated question plus its place and state."""

    id: int
    round_id: int
    guild_id: int
    channel_id: int
    position: int
    total: int
    status: QuestionStatus
    closes_at: datetime | None
    body: GeneratedQuestion
    # The message that shows it, once posted: a close edits it (buttons disabled, answer marked).
    message_id: int | None = None

    @property
    def number(self) -> int:
        """Return the 1-based number of the question in its round."""
        return self.position + 1


@dataclass(frozen=True, slots=True)
class Round:
    """A quiz round in one channel."""

    id: int
    guild_id: int
    channel_id: int
    starter_id: int
    seed: int
    theme: str | None
    part: str
    size: int
    seconds: int
    status: RoundStatus
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ChoiceCount:
    """How many people picked one choice."""

    index: int
    text: str
    count: int
    correct: bool


@dataclass(frozen=True, slots=True)
class Reveal:
    """A closed question: the correct answer, the paragraph it comes from, and who got it right.

    ``first`` is true for the one caller whose close actually closed the question (several timers
    or processes may race to close it; only the first should post the reveal).
    """

    question: Question
    paragraph: Paragraph | None
    counts: tuple[ChoiceCount, ...]
    winners: tuple[int, ...]
    first: bool
    next_question: Question | None


@dataclass(frozen=True, slots=True)
class Score:
    """One player's result: in a round, a leaderboard or a progress card."""

    user_id: int
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        """Return the share of correct answers, 0.0 when nothing was answered."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class RoundSummary:
    """A finished round: its questions and everyone's score, best first."""

    round: Round
    questions: tuple[Question, ...]
    scores: tuple[Score, ...]
    last_reveal: Reveal | None = None


@dataclass(frozen=True, slots=True)
class Recovery:
    """What start-up found of the rounds a stopped process left open.

    ``interrupted`` rounds had no question still running: they are closed, scores kept.
    ``resumed`` questions are still within their time limit: the bot re-arms their timers.
    """

    interrupted: tuple[RoundSummary, ...]
    resumed: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Standing:
    """A leaderboard line: rank and score."""

    rank: int
    score: Score


@dataclass(frozen=True, slots=True)
class Leaderboard:
    """A guild's leaderboard for one period."""

    guild_id: int
    period: Period
    since: datetime | None
    standings: tuple[Standing, ...]


@dataclass(frozen=True, slots=True)
class Progress:
    """One member's progress in one guild."""

    guild_id: int
    user_id: int
    score: Score
    paragraphs_seen: tuple[str, ...]
    paragraphs_total: int
    rank: int | None


@dataclass(frozen=True, slots=True)
class Erasure:
    """What erasing a member's data removed."""

    answers: int
    reads: int


@dataclass(frozen=True, slots=True)
class ReadingRef:
    """What a reading button names: its session, its controller and the paragraph it shows.

    ``controller`` counts the session's controller messages: ``/etude reprendre`` posts a new one
    and retires the previous, whose buttons then name an older number and are refused.
    """

    session_id: int
    controller: int
    paragraph_id: str


@dataclass(frozen=True, slots=True)
class ReadingView:
    """A reading session at its current paragraph, as its controller message shows it.

    ``retired_message_id`` is set when starting or resuming replaced a controller message that
    the front end should retire (edit); ``None`` otherwise.
    """

    session_id: int
    guild_id: int
    channel_id: int
    starter_id: int
    controller: int
    paragraph: Paragraph
    position: int
    total: int
    status: ReadingStatus
    retired_message_id: int | None = None

    @property
    def ref(self) -> ReadingRef:
        """Return what the buttons under this view name."""
        return ReadingRef(self.session_id, self.controller, self.paragraph.id)

    @property
    def number(self) -> int:
        """Return the 1-based position in the session's order."""
        return self.position + 1

    @property
    def at_start(self) -> bool:
        """Return whether there is no previous paragraph."""
        return self.position == 0

    @property
    def at_end(self) -> bool:
        """Return whether there is no next paragraph."""
        return self.position + 1 >= self.total


@dataclass(frozen=True, slots=True)
class ReadingMark:
    """One member's « marquer comme lu » on one paragraph: ``newly`` false if already marked."""

    session_id: int
    user_id: int
    paragraph: Paragraph
    newly: bool


@dataclass(frozen=True, slots=True)
class ReadingSummary:
    """The end of a reading session: paragraphs read and the quiz results in its channel meanwhile."""

    session_id: int
    guild_id: int
    channel_id: int
    read: tuple[str, ...]
    total: int
    readers: int
    quiz: Score


@dataclass(frozen=True, slots=True)
class DailySchedule:
    """A guild's paragraph-of-the-day setting: ``hour`` is local to the IANA zone ``timezone``.

    ``next_at`` is the UTC instant of the next post (``None`` until the scheduler computes it
    for a schedule stored before zones existed).
    """

    guild_id: int
    channel_id: int
    hour: int
    mode: DailyMode
    enabled: bool
    timezone: str
    next_at: datetime | None


@dataclass(frozen=True, slots=True)
class DailyPost:
    """What one claim of the daily schedule gives the one process that won it."""

    schedule: DailySchedule
    day: date
    paragraph: Paragraph
    question: Question
