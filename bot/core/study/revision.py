"""The use cases of ``/revision``: spaced repetition with FSRS, fed by quizzes and readings.

Every call names a server and a member: card states, sessions and reminders belong to one member
on one server. A session's buttons carry its id and step; the storage reads the member's snapshot
and writes the plan that ``revision_plans`` decides in one transaction, so a click is answered
from the database alone (after a restart, by any process) and a second press of the same button
records nothing.

Quizzes and readings need no hook: every snapshot carries the member's closed quiz answers and
reading marks not yet taken in, every read takes them in (``revision_plans.fed``), and every write
stores them with its own plan. So ``/quiz`` and ``/etude`` write nothing more than before, and an
answer's effect on the cards cannot be lost to a failed second write. The clock is injected.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from bot.core.errors import UserError
from bot.core.study import revision_plans as plans
from bot.core.study import zones
from bot.core.study.clock import Clock, system_clock
from bot.core.study.deck import Deck, deck_of
from bot.core.study.errors import OutcomeUnknown, StorageUnavailable
from bot.core.study.revision_models import (
    ExportedCard,
    MemberSettings,
    Plan,
    Reminder,
    ReviewView,
    RevisionErasure,
    RevisionStats,
    SessionMode,
    SessionRecord,
    Snapshot,
)
from bot.core.study.schedule import Grade, Interval, new_state, next_intervals, stage
from bot.core.text.models import Resolution

if TYPE_CHECKING:
    # Only for the type: at run time the core never imports the storage (tests/test_architecture.py).
    from bot.storage.repository import StudyRepository
    from bot.storage.revision import RevisionRepository

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")
# How far back the statistics read the review log: a streak longer than this shows as this.
HISTORY_DAYS = 400


def _explained(method: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """Raise the French ``UserError`` of a database that does not answer (as ``StudyService`` does)."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await method(*args, **kwargs)
        except StorageUnavailable as error:
            raise UserError("base_indisponible", code=error.incident) from error
        except OutcomeUnknown as error:
            raise UserError("issue_inconnue", code=error.incident) from error

    return wrapper


class RevisionService:
    """Sessions, grades, statistics, export, erasure and reminders of one member's revision."""

    def __init__(self, resolution: Resolution, storage: StudyRepository, clock: Clock = system_clock) -> None:
        """Keep the study storage, whose revision aggregate this service uses."""
        self.resolution = resolution
        self.storage = storage
        self.clock = clock

    @property
    def repository(self) -> RevisionRepository:
        """The revision aggregate of the study storage."""
        return self.storage.revision

    @property
    def deck(self) -> Deck:
        """The deck, built on first use (the bot builds it in a thread at start-up: ``warm``)."""
        return deck_of(self.resolution)

    def warm(self) -> None:
        """Build the deck now (about 0.3 s), so that no click pays for it."""
        deck_of(self.resolution)

    @staticmethod
    def _since(now: datetime) -> Callable[[MemberSettings], datetime]:
        """When the member's day started at ``now``, once storage has read their time zone."""
        return lambda settings: plans.day_bounds(now, settings.timezone)[0]

    def _feeding(self, decide: Callable[[Snapshot], Plan]) -> Callable[[Snapshot], Plan]:
        """``decide`` on the snapshot with its quiz answers and reading marks taken in; both are written."""

        def wrapped(snap: Snapshot) -> Plan:
            taken, feed = plans.fed(self.deck, snap)
            return plans.merged(feed, decide(taken))

        return wrapped

    async def _snapshot(
        self, guild_id: int, user_id: int, now: datetime, session_id: int | None = None
    ) -> Snapshot:
        """Read the member's snapshot, quiz answers and reading marks taken in (nothing written)."""
        snap = await self.repository.snapshot(guild_id, user_id, self._since(now), session_id)
        return plans.fed(self.deck, snap)[0]

    # Sessions

    @_explained
    async def start(self, guild_id: int, user_id: int, mode: SessionMode = SessionMode.DUE) -> ReviewView:
        """Open a session at its first card: the due cards (``DUE``) or every card (``CRAM``)."""
        now = self.clock()

        def decide(snap: Snapshot) -> Plan:
            return plans.start_session(self.deck, snap, mode, now)

        snap, plan, session = await self.repository.apply(
            guild_id, user_id, now, self._since(now), self._feeding(decide)
        )
        assert session is not None  # noqa: S101 -- start_session always plans a session
        return self._view(plans.applied(snap, plan, session), now, revealed=False)

    @_explained
    async def show(self, guild_id: int, user_id: int, session_id: int, step: int) -> ReviewView:
        """Show the answer at ``step`` (« Voir la réponse »); a stale step shows the current card's front."""
        now = self.clock()
        snap = await self._snapshot(guild_id, user_id, now, session_id)
        session = self._owned(snap, user_id)
        return self._view(snap, now, revealed=step == session.step and not session.finished)

    @_explained
    async def grade(
        self, guild_id: int, user_id: int, session_id: int, step: int, grade: Grade
    ) -> ReviewView:
        """Record one grade and move to the next card; a second press of the same button records nothing."""
        now = self.clock()
        stale = False

        def decide(snap: Snapshot) -> Plan:
            nonlocal stale
            session = self._owned(snap, user_id)
            if session.mode is SessionMode.CRAM and grade not in (Grade.AGAIN, Grade.GOOD):
                raise UserError("bouton_invalide")  # cramming offers two grades only
            plan = plans.grade_card(self.deck, snap, step, grade, now)
            stale = plan is None
            return plan or Plan()

        snap, plan, session = await self.repository.apply(
            guild_id, user_id, now, self._since(now), self._feeding(decide), session_id
        )
        return self._view(plans.applied(snap, plan, session), now, revealed=False, stale=stale)

    def _owned(self, snap: Snapshot, user_id: int) -> SessionRecord:
        session = snap.session
        if session is None:
            raise UserError("revision_inconnue")
        if session.user_id != user_id:
            raise UserError("bouton_reserve")
        return session

    def _view(self, snap: Snapshot, now: datetime, *, revealed: bool, stale: bool = False) -> ReviewView:
        session = snap.session
        assert session is not None  # noqa: S101 -- views are of a session
        card = self.deck.get(session.card_id) if session.card_id else None
        state = snap.states.get(card.id) if card else None
        intervals: tuple[Interval, ...] = ()
        if card is not None and session.mode is SessionMode.DUE:
            intervals = next_intervals(state or new_state(card.id, now), now)
        due, new = plans.left_today(self.deck, snap.states, snap.new_today, now, snap.settings.timezone)
        upcoming = [s.due for s in snap.states.values() if not plans.is_new(s)]
        return ReviewView(
            session=session,
            card=card,
            state=state,
            revealed=revealed and card is not None,
            intervals=intervals,
            stale=stale,
            due=due,
            new=new,
            next_in=min(upcoming) - now if upcoming else None,
        )

    # Figures, export, erasure

    @_explained
    async def stats(self, guild_id: int, user_id: int) -> RevisionStats:
        """Return the member's figures: due today, new, learning, mature, retention, streak."""
        now = self.clock()
        snap = await self._snapshot(guild_id, user_id, now)
        history = await self.repository.history(guild_id, user_id, now - timedelta(days=HISTORY_DAYS))
        return plans.statistics(self.deck, snap, history, now)

    @_explained
    async def export(self, guild_id: int, user_id: int, *, everything: bool = False) -> list[ExportedCard]:
        """Return the member's cards (or the whole deck) in the order of the text, for an Anki package."""
        now = self.clock()
        snap = await self._snapshot(guild_id, user_id, now)
        cards = [c for c in self.deck.cards if everything or c.id in snap.states]
        if not cards:
            raise UserError("revision_vide")
        return [
            ExportedCard(
                card=c,
                paragraph_text=self.deck.paragraph_text(c),
                stage=stage(snap.states[c.id]) if c.id in snap.states else None,
            )
            for c in cards
        ]

    @_explained
    async def erase(self, guild_id: int, user_id: int) -> RevisionErasure:
        """Erase the member's card states, review log, sessions and reminder on this server."""
        return await self.repository.erase(guild_id, user_id, self.clock())

    # Reminders

    @_explained
    async def settings(self, guild_id: int, user_id: int) -> MemberSettings:
        """Return the member's time zone and reminder on this server."""
        return await self.repository.settings(guild_id, user_id)

    @_explained
    async def set_reminder(
        self, guild_id: int, user_id: int, hour: int, timezone: str | None, channel_id: int | None
    ) -> MemberSettings:
        """Send a private reminder each day at ``hour`` in ``timezone`` when cards wait (opt-in).

        The first one comes at the next such hour: today's is counted as sent if the hour has passed.
        """
        if not 0 <= hour <= 23:
            raise UserError("rappel_invalide", saisie=hour)
        current = await self.repository.settings(guild_id, user_id)
        name = self._timezone(timezone) if timezone else plans.zone(current.timezone).key
        now = self.clock()
        local = now.astimezone(plans.zone(name))
        passed = plans.member_day(now, name) if local.hour >= hour else None
        return await self.repository.set_reminder(guild_id, user_id, hour, name, channel_id, passed, now)

    @_explained
    async def set_timezone(self, guild_id: int, user_id: int, timezone: str) -> MemberSettings:
        """Set the member's time zone without touching their reminder (``fuseau`` alone)."""
        return await self.repository.set_timezone(guild_id, user_id, self._timezone(timezone), self.clock())

    @_explained
    async def stop_reminder(self, guild_id: int, user_id: int) -> MemberSettings:
        """Stop the member's daily reminder (their time zone is kept)."""
        current = await self.repository.settings(guild_id, user_id)
        return await self.repository.set_reminder(
            guild_id, user_id, None, current.timezone, None, None, self.clock()
        )

    @staticmethod
    def _timezone(typed: str) -> str:
        """Return the IANA zone typed (``europe/paris``: ``Europe/Paris``), else ``fuseau_inconnu``.

        The same reading as the paragraph of the day's zone (``bot.core.study.zones``), with the
        same suggestions when it is refused.
        """
        # The length first: no lookup of a forged 6,000-character option.
        name = zones.canonical_zone(typed) if len(typed) <= zones.MAX_ZONE_LENGTH else None
        if name is None:
            shown = typed.strip()[: zones.MAX_ZONE_LENGTH]
            raise UserError("fuseau_inconnu", saisie=shown, suggestions=zones.close_zones(shown))
        return name

    @staticmethod
    def zone_choices(typed: str) -> list[str]:
        """Return the zone names to suggest while ``typed`` is being typed (autocomplete)."""
        return zones.suggest_zones(typed[: zones.MAX_ZONE_LENGTH])

    @_explained
    async def claim_reminders(self) -> list[Reminder]:
        """Claim today's reminders whose hour has come, all servers; each is claimed by one process.

        A member with nothing to review today is claimed too, and gets no message.
        """
        now = self.clock()
        found = []
        for guild_id, user_id, settings in await self.repository.reminder_candidates():
            hour = settings.reminder_hour
            if hour is None or now.astimezone(plans.zone(settings.timezone)).hour < hour:
                continue
            day = plans.member_day(now, settings.timezone)
            if settings.last_reminded is not None and settings.last_reminded >= day:
                continue
            if not await self.repository.claim_reminder(guild_id, user_id, day):
                continue  # another process (or tick) took it
            snap = await self._snapshot(guild_id, user_id, now)
            due, _ = plans.left_today(self.deck, snap.states, snap.new_today, now, settings.timezone)
            waiting = sum(1 for s in snap.states.values() if plans.is_new(s) and s.card_id in self.deck.by_id)
            if due or waiting:
                found.append(
                    Reminder(
                        guild_id,
                        user_id,
                        settings.reminder_channel,
                        due,
                        waiting,
                        hour,
                        plans.zone(settings.timezone).key,
                    )
                )
        return found

    @_explained
    async def dm_refused(self, guild_id: int, user_id: int, *, told: bool) -> None:
        """Stop reminding a member whose private messages are closed; ``told`` if they were told already."""
        await self.repository.refused(guild_id, user_id, self.clock(), told=told)

    @_explained
    async def refusal_notice(self, guild_id: int, user_id: int) -> bool:
        """Whether to tell the member, this once, that a reminder could not reach them."""
        return await self.repository.pop_refusal(guild_id, user_id)
