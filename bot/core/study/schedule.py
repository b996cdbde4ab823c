"""A member's schedule for one card, kept by the ``fsrs`` package (FSRS, Anki's default scheduler).

This module is a thin, typed wrapper: our four French grades map to ``fsrs.Rating``, a card's
state is a frozen record that storage can keep as a dict or JSON, and every function takes the
time as an argument (no clock inside), so tests and replays control it. The maths is fsrs's own.

Fuzzing is off: fsrs draws it from the global ``random`` at each review, so the interval shown on
a button could differ from the one the press then schedules, and a replay would not reproduce a
schedule. Anki fuzzes to spread the load of thousands of cards; a deck of about 280 cards on one
resolution does not need it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State

# Anki: a review card is "mature" once its interval reaches 21 days.
MATURE_DAYS = 21
# Anki's learn-ahead limit (20 minutes): a shorter interval is shown as « <10 min ».
COLLAPSE = timedelta(minutes=20)
SCHEDULER = Scheduler(enable_fuzzing=False)

_MINUTE = 60.0
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_MONTH = 365 / 12 * _DAY  # Anki's month: 30.417 days
_YEAR = 365 * _DAY
# Unit names on the buttons, as Anki's French interface abbreviates them.
_UNITS = (("s", 1.0), ("min", _MINUTE), ("h", _HOUR), ("j", _DAY), ("mois", _MONTH), ("an", _YEAR))
# The same units as Anki's English interface writes them (« 3 d », « 1.5 mo », « 2 y »).
_ENGLISH_UNITS = {"s": "s", "min": "min", "h": "h", "j": "d", "mois": "mo", "an": "y", "ans": "y"}


class Grade(StrEnum):
    """The four answers of a review; the values are stable (buttons' custom ids, storage)."""

    AGAIN = "a_revoir"
    HARD = "difficile"
    GOOD = "bien"
    EASY = "facile"

    @property
    def label(self) -> str:
        """Return the button's French label."""
        return _LABELS[self]

    @property
    def rating(self) -> Rating:
        """Return the matching fsrs rating."""
        return _RATINGS[self]


_LABELS = {Grade.AGAIN: "À revoir", Grade.HARD: "Difficile", Grade.GOOD: "Bien", Grade.EASY: "Facile"}
_RATINGS = {
    Grade.AGAIN: Rating.Again,
    Grade.HARD: Rating.Hard,
    Grade.GOOD: Rating.Good,
    Grade.EASY: Rating.Easy,
}


class Stage(StrEnum):
    """Where a card stands for one member, as Anki counts them in its statistics."""

    NEW = "nouvelle"  # never reviewed
    LEARNING = "apprentissage"  # in its learning or relearning steps (minutes apart)
    YOUNG = "jeune"  # in review, interval under 21 days
    MATURE = "mature"  # in review, interval of 21 days or more


@dataclass(frozen=True, slots=True)
class CardState:
    """One member's schedule for one card: fsrs's card fields plus review and lapse counts.

    ``step`` is the learning step (``None`` in review); ``stability`` and ``difficulty`` are
    ``None`` until the first review. Times are aware UTC datetimes.
    """

    card_id: str
    state: State
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0

    @property
    def interval(self) -> timedelta:
        """Return the current interval (due minus last review), zero for a new card."""
        return self.due - self.last_review if self.last_review else timedelta(0)

    def as_dict(self) -> dict[str, Any]:
        """Return the state as JSON-ready data (ISO times, the fsrs state as its name)."""
        data = asdict(self)
        data["state"] = self.state.name
        data["due"] = self.due.isoformat()
        data["last_review"] = self.last_review.isoformat() if self.last_review else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardState:
        """Rebuild a state from ``as_dict`` data; raise ``ValueError`` on anything malformed."""
        try:
            last = data["last_review"]
            return cls(
                card_id=str(data["card_id"]),
                state=State[data["state"]],
                step=None if data["step"] is None else int(data["step"]),
                stability=None if data["stability"] is None else float(data["stability"]),
                difficulty=None if data["difficulty"] is None else float(data["difficulty"]),
                due=_utc(datetime.fromisoformat(data["due"])),
                last_review=None if last is None else _utc(datetime.fromisoformat(last)),
                reps=int(data.get("reps", 0)),
                lapses=int(data.get("lapses", 0)),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a card state: {error!r}") from error

    def to_json(self) -> str:
        """Return the state as a JSON string."""
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CardState:
        """Rebuild a state from ``to_json`` output."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a card state: expected a JSON object")
        return cls.from_dict(data)


@dataclass(frozen=True, slots=True)
class Interval:
    """What one grade would schedule: the time until the card is due again, and its button text."""

    grade: Grade
    delta: timedelta

    @property
    def text(self) -> str:
        """Return the interval as Anki writes it on the button (« <10 min », « 3 j », « 2 mois »)."""
        return format_interval(self.delta)


def new_state(card_id: str, now: datetime) -> CardState:
    """Return the state of a card the member has never reviewed, due at ``now``."""
    return CardState(
        card_id=card_id,
        state=State.Learning,
        step=0,
        stability=None,
        difficulty=None,
        due=_utc(now),
        last_review=None,
    )


def review(state: CardState, grade: Grade, now: datetime, scheduler: Scheduler = SCHEDULER) -> CardState:
    """Return the state after the member answers ``grade`` at ``now``."""
    card, _log = scheduler.review_card(_to_fsrs(state), grade.rating, review_datetime=_utc(now))
    # A lapse, as Anki counts it: forgetting a card that had left its learning steps.
    lapsed = grade is Grade.AGAIN and state.state is State.Review
    return replace(
        _from_fsrs(state.card_id, card),
        reps=state.reps + 1,
        lapses=state.lapses + lapsed,
    )


def next_intervals(state: CardState, now: datetime, scheduler: Scheduler = SCHEDULER) -> tuple[Interval, ...]:
    """Return what each grade would schedule from ``now``, in button order (À revoir … Facile)."""
    moment = _utc(now)
    return tuple(Interval(grade, review(state, grade, moment, scheduler).due - moment) for grade in Grade)


def stage(state: CardState) -> Stage:
    """Return the card's stage: new, learning, young or mature (Anki's 21-day threshold)."""
    if state.last_review is None:
        return Stage.NEW
    if state.state is not State.Review:
        return Stage.LEARNING
    return Stage.MATURE if state.interval >= timedelta(days=MATURE_DAYS) else Stage.YOUNG


def is_due(state: CardState, now: datetime) -> bool:
    """Tell whether the card is due at ``now`` (pass the end of the member's day for « due today »)."""
    return state.due <= _utc(now)


def format_interval(delta: timedelta, *, english: bool = False) -> str:
    """Write an interval the way Anki's answer buttons do, with French units (``english``: English ones).

    The largest unit that fits; seconds, minutes and days rounded to a whole number, hours, months
    and years to one decimal (« 1,5 mois »); under the 20-minute learn-ahead limit, a « < » in front.
    """
    # Whole seconds first: 59.6 s is « <1 min », as Anki shows it, not « <60 s ».
    seconds = float(max(round(delta.total_seconds()), 0))
    name, size = _UNITS[0]
    for unit, unit_size in _UNITS:
        if seconds >= unit_size:
            name, size = unit, unit_size
    amount = seconds / size
    whole = name in {"s", "min", "j"}
    number = str(round(amount)) if whole else f"{round(amount, 1):g}"
    if not english:
        number = number.replace(".", ",")
    if name == "an" and round(amount, 1) >= 2:
        name = "ans"
    if english:
        name = _ENGLISH_UNITS[name]
    text = f"{number} {name}"
    return f"<{text}" if delta < COLLAPSE else text


def _to_fsrs(state: CardState) -> FsrsCard:
    # fsrs's own card id is unused by the scheduling maths; ours is a string.
    return FsrsCard(
        card_id=0,
        state=state.state,
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due,
        last_review=state.last_review,
    )


def _from_fsrs(card_id: str, card: FsrsCard) -> CardState:
    return CardState(
        card_id=card_id,
        state=card.state,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def _utc(moment: datetime) -> datetime:
    """Return ``moment`` in UTC; fsrs accepts only ``timezone.utc`` and naive times are a bug."""
    if moment.tzinfo is None:
        raise ValueError("an aware datetime is required")
    return moment.astimezone(UTC)
