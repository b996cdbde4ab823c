"""Records and view models of spaced repetition (``/revision``): what storage and the service exchange.

A member's card states live per server; a review session is a database row whose id and step the
buttons carry, so a click is answered from the database alone. The storage hands the service a
``Snapshot`` of one member read in one transaction, the service decides a ``Plan`` (pure code,
``revision_plans.py``) and the storage writes it in that same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.core.study.models import Card, GeneratedQuestion
from bot.core.study.schedule import CardState, Grade, Interval, Stage, format_interval


class SessionMode(StrEnum):
    """What a review session shows; the values are stored."""

    DUE = "revision"  # the due cards, scheduled by FSRS (``/revision commencer``)
    CRAM = "bachotage"  # every card, the schedule untouched (``/revision reviser-tout``)


class Source(StrEnum):
    """Where a review in the log comes from; the values are stored."""

    REVISION = "revision"  # a grade pressed in a scheduled session
    CRAM = "bachotage"  # a grade pressed while cramming: logged, schedule unchanged
    QUIZ = "quiz"  # a /quiz answer on a matching card


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One line of the review log: which card, how it was graded, and where it stood before."""

    card_id: str
    grade: Grade
    source: Source
    stage_before: Stage
    reviewed_at: datetime
    session_id: int | None = None
    step: int | None = None  # the session's step the grade was pressed at (one review a step)
    answer_id: int | None = None  # the quiz answer it comes from (each is fed once)


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A review session as stored: its owner, mode, current card and how far it went.

    ``step`` counts the grades recorded; a button carries the step it was shown at, so a second
    press of the same button (or a stale message) records nothing. ``queue`` is the cram order
    still to go (empty in a scheduled session, whose next card is chosen at each step).
    """

    id: int
    guild_id: int
    user_id: int
    mode: SessionMode
    card_id: str | None
    step: int
    queue: tuple[str, ...]
    reviewed: int
    again: int
    started_at: datetime

    @property
    def finished(self) -> bool:
        """Whether no card is left to show."""
        return self.card_id is None


@dataclass(frozen=True, slots=True)
class QuizResult:
    """A member's answer to a quiz question now closed, not yet fed to their cards."""

    answer_id: int
    question: GeneratedQuestion
    correct: bool
    closed_at: datetime  # when the answer was revealed: the time of the review it becomes


@dataclass(frozen=True, slots=True)
class ReadMark:
    """A paragraph the member marked as read in a guided reading (``/etude``), first when."""

    paragraph_id: str
    read_at: datetime


@dataclass(frozen=True, slots=True)
class MemberSettings:
    """A member's revision settings on one server: time zone and daily reminder."""

    timezone: str | None = None
    reminder_hour: int | None = None
    reminder_channel: int | None = None
    last_reminded: date | None = None
    dm_refused_at: datetime | None = None
    fed_since: datetime | None = None  # quiz answers and reading marks before it were erased


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the service decides from: one member's states, session and today's counts, read at once.

    ``quiz`` and ``reads`` are what the member did elsewhere that the states do not hold yet:
    answers to closed quiz questions and paragraphs read. The revision derives its part from
    them (``revision_plans.fed``) rather than being told at each click, so answering a quiz or
    marking a paragraph costs no extra write, and nothing is lost if the database hiccups.
    """

    guild_id: int
    user_id: int
    states: dict[str, CardState]
    settings: MemberSettings
    new_today: int  # cards first studied today (member's day): the daily limit of new cards
    session: SessionRecord | None = None
    quiz: tuple[QuizResult, ...] = ()
    reads: tuple[ReadMark, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionChange:
    """The new values of a session's row (``id`` is ``None`` for a session to create)."""

    id: int | None
    mode: SessionMode
    card_id: str | None
    step: int
    queue: tuple[str, ...]
    reviewed: int
    again: int


@dataclass(frozen=True, slots=True)
class Plan:
    """What to write for one member, in the transaction that read the snapshot."""

    states: tuple[CardState, ...] = ()
    reviews: tuple[ReviewEntry, ...] = ()
    session: SessionChange | None = None


@dataclass(frozen=True, slots=True)
class ReviewView:
    """A session at its current card, as the front ends show it.

    ``intervals`` are what each grade would schedule (Anki's button texts), shown with the answer
    in a scheduled session. ``stale`` is a press that recorded nothing: the card had already been
    graded from this message. ``due`` and ``new`` are what is left to see today after this card.
    """

    session: SessionRecord
    card: Card | None
    state: CardState | None
    revealed: bool
    intervals: tuple[Interval, ...] = ()
    stale: bool = False
    due: int = 0
    new: int = 0
    next_in: timedelta | None = None  # until the member's next learned card is due (negative: overdue)

    @property
    def next_in_text(self) -> str | None:
        """How long until the next card, as Anki writes intervals; ``None`` when one is due now."""
        return _wait(self.next_in)

    @property
    def grades(self) -> tuple[Grade, ...]:
        """The grades offered under the answer: four when scheduling, two when cramming."""
        if self.session.mode is SessionMode.CRAM:
            return (Grade.AGAIN, Grade.GOOD)
        return tuple(Grade)

    @property
    def number(self) -> int:
        """The 1-based number of the current card in this session."""
        return self.session.step + 1


@dataclass(frozen=True, slots=True)
class RevisionStats:
    """A member's revision figures on one server, as Anki's deck overview and statistics give them."""

    due_today: int  # learning and review cards due before the member's day ends
    learning_today: int
    new_available: int  # new cards that can be studied today (daily limit applied)
    new: int  # cards added (by a reading mark, a quiz, a session) and never reviewed
    learning: int
    young: int
    mature: int
    not_started: int
    deck_size: int
    retention: float | None  # share of review cards recalled over the last 30 days
    retention_reviews: int
    reviews_today: int
    streak: int  # consecutive days with a review, today or yesterday included
    next_in: timedelta | None
    timezone: str
    reminder_hour: int | None

    @property
    def next_in_text(self) -> str | None:
        """How long until the next card, as Anki writes intervals; ``None`` when one is due now."""
        return _wait(self.next_in)

    @property
    def started(self) -> int:
        """How many cards of the deck the member has."""
        return self.deck_size - self.not_started

    def as_json(self) -> dict[str, Any]:
        """Return the figures as JSON data (``resolution-bot revision stats --json``)."""
        data = {f: getattr(self, f) for f in self.__dataclass_fields__ if f != "next_in"}
        data["next_in_seconds"] = None if self.next_in is None else round(self.next_in.total_seconds())
        return data


@dataclass(frozen=True, slots=True)
class ExportedCard:
    """One card of an export, with the member's stage for its tags."""

    card: Card
    paragraph_text: str | None
    stage: Stage | None


@dataclass(frozen=True, slots=True)
class RevisionErasure:
    """What erasing a member's revision removed."""

    cards: int
    reviews: int


@dataclass(frozen=True, slots=True)
class Reminder:
    """A daily reminder claimed for today: whom to write to and how many cards wait."""

    guild_id: int
    user_id: int
    channel_id: int | None
    due: int
    new: int
    hour: int
    timezone: str


def _wait(delta: timedelta | None) -> str | None:
    return format_interval(delta) if delta is not None and delta > timedelta(0) else None
