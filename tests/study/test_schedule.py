"""The FSRS wrapper: a fake clock, Anki's behaviour, fsrs's own numbers, and the stored form."""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State

from bot.core.study.clock import ManualClock
from bot.core.study.schedule import (
    CardState,
    Grade,
    Stage,
    format_interval,
    is_due,
    new_state,
    next_intervals,
    review,
    stage,
)

START = datetime(2026, 1, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    """A clock stopped at START that the tests move by hand."""
    return ManualClock(START)


def _graduated(clock: ManualClock) -> CardState:
    """A card answered « Bien » through its learning steps, each time when due: now in review."""
    state = new_state("OP29:verbe", clock())
    while state.state is not State.Review:
        clock.now = state.due
        state = review(state, Grade.GOOD, clock())
    return state


def test_schedule_new_card_is_new_and_due(clock):
    """A card never reviewed is new and due at once."""
    state = new_state("PP1:paragraphe", clock())
    assert stage(state) is Stage.NEW
    assert is_due(state, clock())
    assert state.reps == 0


def test_schedule_good_grows_the_interval(clock):
    """Each « Bien » on the due date schedules a longer interval than the last, up to mature."""
    state = _graduated(clock)
    intervals = [state.interval]
    assert intervals[0] >= timedelta(days=1)
    assert stage(state) is Stage.YOUNG
    for _ in range(5):
        clock.now = state.due
        assert is_due(state, clock())
        state = review(state, Grade.GOOD, clock())
        intervals.append(state.interval)
    assert intervals == sorted(set(intervals)), intervals
    assert stage(state) is Stage.MATURE
    assert state.interval >= timedelta(days=21)
    assert not is_due(state, clock())


def test_schedule_again_brings_the_card_back_the_same_day(clock):
    """« À revoir » on a review card: relearning, due again within minutes, a lapse counted."""
    state = _graduated(clock)
    for _ in range(3):
        clock.now = state.due
        state = review(state, Grade.GOOD, clock())
    clock.now = state.due
    lapsed = review(state, Grade.AGAIN, clock())
    assert lapsed.due.date() == clock().date()
    assert lapsed.due - clock() == timedelta(minutes=10)  # fsrs's default relearning step
    assert stage(lapsed) is Stage.LEARNING
    assert (lapsed.lapses, lapsed.reps) == (state.lapses + 1, state.reps + 1)
    assert lapsed.stability < state.stability


def test_schedule_again_on_a_new_card_is_not_a_lapse(clock):
    """A new card forgotten stays in learning, back in a minute, and counts no lapse."""
    state = review(new_state("PP2:paragraphe", clock()), Grade.AGAIN, clock())
    assert state.due - clock() == timedelta(minutes=1)
    assert (stage(state), state.lapses) == (Stage.LEARNING, 0)


def _replay(grades: list[Rating], gaps: list[timedelta]) -> None:
    """Run one history through fsrs.Scheduler and through the wrapper; they must agree throughout."""
    scheduler = Scheduler(enable_fuzzing=False)
    card = FsrsCard(card_id=1, due=START)
    state = new_state("OP21:verbe", START)
    now = START
    for rating, gap in zip(grades, gaps, strict=True):
        now += gap
        expected = {r: scheduler.review_card(card, r, now)[0].due - now for r in Rating}
        shown = {i.grade.rating: i.delta for i in next_intervals(state, now)}
        assert shown == expected
        card, _ = scheduler.review_card(card, rating, now)
        state = review(state, next(g for g in Grade if g.rating is rating), now)
        assert (state.state, state.step, state.due, state.last_review) == (
            card.state,
            card.step,
            card.due,
            card.last_review,
        )
        assert state.stability == card.stability
        assert state.difficulty == card.difficulty


def test_schedule_intervals_equal_fsrs_on_the_same_history():
    """Replaying seeded histories: every state and every button's interval equals fsrs itself."""
    for seed in range(40):
        rng = random.Random(seed)  # noqa: S311 -- a reproducible history
        grades = [rng.choice(list(Rating)) for _ in range(15)]
        # Reviews on time, early, late, and within the same session.
        gaps = [
            timedelta(minutes=rng.choice([0, 1, 10, 90, 60 * 24, 60 * 24 * 5, 60 * 24 * 40])) for _ in grades
        ]
        _replay(grades, gaps)


def test_schedule_new_card_buttons_read_like_anki(clock):
    """A new card's four buttons, in order: « <1 min », « <6 min », « <10 min », then days."""
    intervals = next_intervals(new_state("PP1:paragraphe", clock()), clock())
    assert [i.grade for i in intervals] == list(Grade)
    assert [i.grade.label for i in intervals] == ["À revoir", "Difficile", "Bien", "Facile"]
    texts = [i.text for i in intervals]
    assert texts[:3] == ["<1 min", "<6 min", "<10 min"]
    assert texts[3].endswith(" j")
    assert not texts[3].startswith("<")


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(seconds=30), "<30 s"),
        (timedelta(seconds=59.6), "<1 min"),  # rounded to whole seconds before the unit is chosen
        (timedelta(minutes=1), "<1 min"),
        (timedelta(minutes=10), "<10 min"),
        (timedelta(minutes=25), "25 min"),
        (timedelta(minutes=90), "1,5 h"),
        (timedelta(days=1), "1 j"),
        (timedelta(days=3), "3 j"),
        (timedelta(days=30), "30 j"),
        (timedelta(days=61), "2 mois"),
        (timedelta(days=45), "1,5 mois"),
        (timedelta(days=400), "1,1 an"),
        (timedelta(days=3 * 365), "3 ans"),
    ],
)
def test_schedule_format_interval_like_anki(delta, text):
    """Largest unit; whole seconds, minutes and days, one decimal otherwise; « < » under 20 minutes."""
    assert format_interval(delta) == text


def test_schedule_state_round_trips_through_dict_and_json(clock):
    """Every state of a history comes back equal from its dict and its JSON."""
    state = new_state("vote:pays:france", clock())
    for grade in [Grade.GOOD, Grade.GOOD, Grade.HARD, Grade.AGAIN, Grade.EASY, Grade.GOOD]:
        assert CardState.from_dict(state.as_dict()) == state
        assert CardState.from_json(state.to_json()) == state
        clock.now = state.due
        state = review(state, grade, clock())
    data = state.as_dict()
    assert data["state"] == "Review"
    assert data["card_id"] == "vote:pays:france"
    assert CardState.from_json(state.to_json()) == state


def test_schedule_state_rejects_malformed_data(clock):
    """Missing fields, an unknown state or a non-object raise ValueError."""
    data = new_state("PP1:paragraphe", clock()).as_dict()
    with pytest.raises(ValueError, match="card state"):
        CardState.from_dict({k: v for k, v in data.items() if k != "due"})
    with pytest.raises(ValueError, match="card state"):
        CardState.from_dict({**data, "state": "Nouveau"})
    with pytest.raises(ValueError, match="card state"):
        CardState.from_json("[]")


def test_schedule_clock_is_passed_in_and_must_be_aware(clock):
    """Any time zone gives the same schedule as UTC; a naive time is refused."""
    state = new_state("PP1:paragraphe", clock())
    paris = clock().astimezone(ZoneInfo("Europe/Paris"))
    assert review(state, Grade.GOOD, paris) == review(state, Grade.GOOD, clock())
    with pytest.raises(ValueError, match="aware"):
        review(state, Grade.GOOD, datetime(2026, 1, 7, 9, 0))  # naive: the point of the test
