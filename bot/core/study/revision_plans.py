"""What a review, a quiz answer or a reading mark changes: pure functions from a snapshot to a plan.

The rules follow Anki's defaults: a member's day starts at 4 a.m. in their time zone; at most
``NEW_PER_DAY`` cards are studied for the first time a day; a session shows the learning cards
due now, then the review cards due today, then new cards in the order of the text, and when
nothing else is left, learning cards due within the learn-ahead limit (20 minutes). Cramming
walks every card of the deck and changes no schedule; a card graded « À revoir » while cramming
comes back a few cards later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fsrs import State

from bot.core.study.deck import Deck
from bot.core.study.models import Card
from bot.core.study.revision_models import (
    Plan,
    ReviewEntry,
    RevisionStats,
    SessionChange,
    SessionMode,
    SessionRecord,
    Snapshot,
    Source,
)
from bot.core.study.schedule import COLLAPSE, CardState, Grade, Stage, new_state, review, stage
from bot.core.study.zones import DEFAULT_ZONE

NEW_PER_DAY = 20  # Anki's default « new cards per day »
DAY_STARTS_AT = 4  # Anki's « next day starts at »: a review at 1 a.m. counts for the evening before
DEFAULT_TIMEZONE = DEFAULT_ZONE  # the bot speaks French; a member sets their own with /revision rappel
LEARN_AHEAD = COLLAPSE
CRAM_AGAIN_GAP = 5  # a crammed card graded « À revoir » comes back after this many others
RETENTION_DAYS = 30
# Reviews that say whether a card was remembered: pressed in a session or answered in a quiz.
RECALLS = frozenset({Source.REVISION, Source.QUIZ})
STUDY = frozenset({Source.REVISION, Source.CRAM})  # what keeps a streak going


def zone(name: str | None) -> ZoneInfo:
    """Return the member's time zone (the default one when unset or unknown)."""
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


def member_day(moment: datetime, timezone: str | None) -> date:
    """Return the member's day of ``moment`` (their calendar date, shifted by the 4 a.m. rollover)."""
    local = moment.astimezone(zone(timezone))
    return (local - timedelta(hours=DAY_STARTS_AT)).date()


def day_bounds(now: datetime, timezone: str | None) -> tuple[datetime, datetime]:
    """Return when the member's current day started and when it ends, in UTC."""
    tz = zone(timezone)
    day = member_day(now, timezone)
    start = datetime.combine(day, time(DAY_STARTS_AT), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(DAY_STARTS_AT), tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def is_new(state: CardState) -> bool:
    """Whether the card was never reviewed (added by a reading mark, a quiz or a session)."""
    return state.last_review is None


def due_now(state: CardState, now: datetime, day_end: datetime) -> bool:
    """Whether a session shows the card now: review cards all day long, others once due."""
    if state.state is State.Review and not is_new(state):
        return state.due < day_end
    return state.due <= now


def choose_next(
    deck: Deck, states: Mapping[str, CardState], new_today: int, now: datetime, timezone: str | None
) -> str | None:
    """Return the id of the next card of a scheduled session, or ``None`` when the day is done."""
    _, end = day_bounds(now, timezone)
    known = [s for s in states.values() if s.card_id in deck.by_id]
    learning = [s for s in known if not is_new(s) and s.state is not State.Review and s.due <= now]
    if learning:
        return min(learning, key=lambda s: (s.due, deck.order[s.card_id])).card_id
    reviews = [s for s in known if not is_new(s) and s.state is State.Review and s.due < end]
    if reviews:
        return min(reviews, key=lambda s: (s.due, deck.order[s.card_id])).card_id
    if new_today < NEW_PER_DAY:
        waiting = [s for s in known if is_new(s) and s.due <= now]
        if waiting:
            return min(waiting, key=lambda s: deck.order[s.card_id]).card_id
        unseen = next((c.id for c in deck.cards if c.id not in states), None)
        if unseen is not None:
            return unseen
    ahead = [s for s in known if not is_new(s) and s.state is not State.Review and s.due <= now + LEARN_AHEAD]
    return min(ahead, key=lambda s: s.due).card_id if ahead else None


def left_today(
    deck: Deck, states: Mapping[str, CardState], new_today: int, now: datetime, timezone: str | None
) -> tuple[int, int]:
    """Return how many cards are due today (learning and review) and how many new ones may follow."""
    _, end = day_bounds(now, timezone)
    known = [s for s in states.values() if s.card_id in deck.by_id]
    due = sum(1 for s in known if not is_new(s) and s.due < end)
    new_cards = sum(1 for s in known if is_new(s)) + sum(1 for c in deck.cards if c.id not in states)
    return due, max(0, min(NEW_PER_DAY - new_today, new_cards))


def start_session(deck: Deck, snap: Snapshot, mode: SessionMode, now: datetime) -> Plan:
    """Plan a new session at its first card."""
    if mode is SessionMode.CRAM:
        first, *rest = [c.id for c in deck.cards]
        return Plan(session=SessionChange(None, mode, first, 0, tuple(rest), 0, 0))
    first_due = choose_next(deck, snap.states, snap.new_today, now, snap.settings.timezone)
    return Plan(session=SessionChange(None, mode, first_due, 0, (), 0, 0))


def grade_card(deck: Deck, snap: Snapshot, step: int, grade: Grade, now: datetime) -> Plan | None:
    """Plan one press of a grade at ``step``; ``None`` when it is stale (already graded, or finished)."""
    session = snap.session
    if session is None or session.finished or step != session.step or session.card_id is None:
        return None
    card_id = session.card_id
    stored = snap.states.get(card_id)
    before = stored or new_state(card_id, now)
    again = session.again + (grade is Grade.AGAIN)
    if session.mode is SessionMode.CRAM:
        entry = ReviewEntry(card_id, grade, Source.CRAM, stage(before), now, session.id, step)
        queue = list(session.queue)
        if grade is Grade.AGAIN:
            queue.insert(min(CRAM_AGAIN_GAP, len(queue)), card_id)
        following = queue.pop(0) if queue else None
        change = SessionChange(
            session.id, session.mode, following, step + 1, tuple(queue), session.reviewed + 1, again
        )
        return Plan(reviews=(entry,), session=change)
    after = review(before, grade, now)
    entry = ReviewEntry(card_id, grade, Source.REVISION, stage(before), now, session.id, step)
    states = {**snap.states, card_id: after}
    new_today = snap.new_today + is_new(before)
    following = choose_next(deck, states, new_today, now, snap.settings.timezone)
    change = SessionChange(session.id, session.mode, following, step + 1, (), session.reviewed + 1, again)
    return Plan(states=(after,), reviews=(entry,), session=change)


def quiz_answer(snap: Snapshot, cards: Iterable[Card], correct: bool, now: datetime) -> Plan:
    """Plan what a quiz answer does to the matching cards.

    A wrong answer is « À revoir » on each of them (a lapse of a learned card; a card never studied
    enters its learning steps). A right one is « Bien » on those that were due, and leaves the
    others alone: an early success would stretch an interval the member has not earned yet.
    """
    _, end = day_bounds(now, snap.settings.timezone)
    states: list[CardState] = []
    entries: list[ReviewEntry] = []
    for card in cards:
        stored = snap.states.get(card.id)
        if correct and (stored is None or is_new(stored) or not due_now(stored, now, end)):
            continue
        before = stored or new_state(card.id, now)
        grade = Grade.GOOD if correct else Grade.AGAIN
        states.append(review(before, grade, now))
        entries.append(ReviewEntry(card.id, grade, Source.QUIZ, stage(before), now))
    return Plan(states=tuple(states), reviews=tuple(entries))


def fed(deck: Deck, snap: Snapshot) -> tuple[Snapshot, Plan]:
    """Take the member's reading marks and closed quiz answers in: the new snapshot and the plan storing them.

    A paragraph read makes its cards the member does not have new cards, due from the reading. A
    closed quiz question's answer is ``quiz_answer`` on its matching cards at the reveal (never
    before a card's last review, so that each card's history stays in order); its reviews carry the
    answer's id, which is how an answer is fed once.
    """
    states = dict(snap.states)
    changed: dict[str, CardState] = {}
    reviews: list[ReviewEntry] = []
    for mark in snap.reads:
        for card in deck.by_paragraph.get(mark.paragraph_id, ()):
            if card.id not in states:
                states[card.id] = changed[card.id] = new_state(card.id, mark.read_at)
    for result in snap.quiz:
        cards = deck.matching(result.question)
        last = [s.last_review for c in cards if (s := states.get(c.id)) and s.last_review]
        at = max([result.closed_at, *last])
        step = quiz_answer(replace(snap, states=states), cards, result.correct, at)
        for state in step.states:
            states[state.card_id] = changed[state.card_id] = state
        reviews.extend(replace(entry, answer_id=result.answer_id) for entry in step.reviews)
    plan = Plan(states=tuple(changed.values()), reviews=tuple(reviews))
    return replace(snap, states=states, quiz=(), reads=()), plan


def merged(first: Plan, then: Plan) -> Plan:
    """Return one plan doing ``first`` then ``then`` (a card's later state wins; reviews in order)."""
    states = {s.card_id: s for s in (*first.states, *then.states)}
    return Plan(states=tuple(states.values()), reviews=(*first.reviews, *then.reviews), session=then.session)


def applied(snap: Snapshot, plan: Plan, session: SessionRecord | None) -> Snapshot:
    """Return the snapshot as it stands once ``plan`` is written (for the view that follows)."""
    states = {**snap.states, **{s.card_id: s for s in plan.states}}
    first = sum(1 for r in plan.reviews if r.source is Source.REVISION and r.stage_before is Stage.NEW)
    return replace(snap, states=states, new_today=snap.new_today + first, session=session)


def statistics(
    deck: Deck,
    snap: Snapshot,
    history: Iterable[ReviewEntry],
    now: datetime,
) -> RevisionStats:
    """Return the member's figures from their states and their review log (Anki's definitions)."""
    tz = snap.settings.timezone
    _, end = day_bounds(now, tz)
    known = [s for s in snap.states.values() if s.card_id in deck.by_id]
    stages = [stage(s) for s in known]
    due, new_available = left_today(deck, snap.states, snap.new_today, now, tz)
    entries = list(history)
    since = now - timedelta(days=RETENTION_DAYS)
    recalls = [
        e
        for e in entries
        if e.source in RECALLS and e.stage_before in {Stage.YOUNG, Stage.MATURE} and e.reviewed_at >= since
    ]
    remembered = sum(1 for e in recalls if e.grade is not Grade.AGAIN)
    today = member_day(now, tz)
    days = {member_day(e.reviewed_at, tz) for e in entries if e.source in STUDY}
    streak, day = 0, today if today in days else today - timedelta(days=1)
    while day in days:
        streak, day = streak + 1, day - timedelta(days=1)
    upcoming = [s.due for s in known if not is_new(s)]
    return RevisionStats(
        due_today=due,
        learning_today=sum(1 for s in known if not is_new(s) and s.state is not State.Review and s.due < end),
        new_available=new_available,
        new=stages.count(Stage.NEW),
        learning=stages.count(Stage.LEARNING),
        young=stages.count(Stage.YOUNG),
        mature=stages.count(Stage.MATURE),
        not_started=sum(1 for c in deck.cards if c.id not in snap.states),
        deck_size=len(deck),
        retention=remembered / len(recalls) if recalls else None,
        retention_reviews=len(recalls),
        reviews_today=sum(1 for e in entries if e.source in STUDY and member_day(e.reviewed_at, tz) == today),
        streak=streak,
        next_in=min(upcoming) - now if upcoming else None,
        timezone=zone(tz).key,
        # A reminder refused by closed private messages is off until set again.
        reminder_hour=snap.settings.reminder_hour if snap.settings.dm_refused_at is None else None,
    )
