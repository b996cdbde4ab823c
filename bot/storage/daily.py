"""Storage of the paragraph of the day: each guild's schedule and the posts it claimed.

One post per guild and day is the unique (guild, day) row, the day being the server's local date
in its zone: with several processes, the one whose INSERT succeeds posts, the others find it
taken. ``next_at`` (UTC) only tells the scheduler's query where to look: each claim recomputes
the day's slot from the zone (``bot.core.study.zones``), so a stale value cannot post twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.study.models import DailyMode, DailySchedule, GeneratedQuestion, Question
from bot.core.study.records import NewRound
from bot.core.study.zones import Slot, today_slot
from bot.storage.quiz import add_round
from bot.storage.resilience import retried
from bot.storage.rows import question_record, utc
from bot.storage.store import Repository
from bot.storage.tables import DAILY_PART, DailyPostRow, DailyScheduleRow

# The daily question stays open for answers until the next day's post.
DAILY_SECONDS = 24 * 3600 - 60


def _schedule(row: DailyScheduleRow) -> DailySchedule:
    return DailySchedule(
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        hour=row.hour,
        mode=DailyMode(row.mode),
        enabled=row.enabled,
        timezone=row.timezone,
        next_at=None if row.next_at is None else utc(row.next_at),
    )


async def _posted(session: AsyncSession, guild_id: int, day: date) -> bool:
    """Whether the guild already has its paragraph of ``day`` (its local date)."""
    found = await session.scalar(
        select(DailyPostRow.id).where(DailyPostRow.guild_id == guild_id, DailyPostRow.day == day)
    )
    return found is not None


async def _next_slot(session: AsyncSession, row: DailyScheduleRow, now: datetime) -> Slot:
    """The slot of the next post: today's (even if its hour has passed), unless today is posted."""
    slot = today_slot(now, row.hour, row.timezone)
    return slot.next(row.hour, row.timezone) if await _posted(session, row.guild_id, slot.day) else slot


class DailyRepository(Repository):
    """Paragraph-of-the-day schedules (one per guild) and their daily posts."""

    @retried
    async def set(
        self, guild_id: int, channel_id: int, hour: int, mode: DailyMode, zone: str, now: datetime
    ) -> DailySchedule:
        """Create or replace the guild's paragraph-of-the-day schedule (``hour`` local to ``zone``)."""
        async with self._transaction() as session:
            row = await session.get(DailyScheduleRow, guild_id, with_for_update=True)
            if row is None:
                row = DailyScheduleRow(guild_id=guild_id)
                session.add(row)
            row.channel_id, row.hour, row.mode, row.enabled, row.timezone, row.updated_at = (
                channel_id, hour, mode.value, True, zone, now,
            )  # fmt: skip
            # As before zones: an hour already past today posts at once, unless today is done.
            row.next_at = (await _next_slot(session, row, now)).at
            return _schedule(row)

    @retried
    async def get(self, guild_id: int) -> DailySchedule | None:
        """Return the guild's schedule, or ``None``."""
        async with self._sessions() as session:
            row = await session.get(DailyScheduleRow, guild_id)
            return None if row is None else _schedule(row)

    @retried
    async def disable(self, guild_id: int, now: datetime) -> bool:
        """Stop the guild's paragraph of the day; return whether one was running."""
        async with self._transaction() as session:
            result = await session.execute(
                update(DailyScheduleRow)
                .where(DailyScheduleRow.guild_id == guild_id, DailyScheduleRow.enabled.is_(True))
                .values(enabled=False, updated_at=now)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    @retried
    async def due(self, now: datetime) -> list[DailySchedule]:
        """Return the enabled schedules whose next post is due (or not computed yet), all guilds."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(DailyScheduleRow)
                .where(DailyScheduleRow.enabled.is_(True))
                .where(or_(DailyScheduleRow.next_at.is_(None), DailyScheduleRow.next_at <= now))
                .order_by(DailyScheduleRow.guild_id)
            )
            return [_schedule(r) for r in rows]

    @retried
    async def claim(
        self,
        guild_id: int,
        now: datetime,
        choose: Callable[[DailySchedule, date, int], tuple[str, GeneratedQuestion, int]],
    ) -> tuple[DailySchedule, date, Question] | None:
        """Claim today's post for the guild (once, across processes) and store its question.

        Today is the server's local date; the post is due from its hour there. ``choose(schedule,
        day, posts_so_far)`` returns the paragraph id, its question and the seed. Returns the
        schedule, the day and the question, or ``None`` when not due or already posted.
        """
        try:
            async with self._transaction() as session:
                row = await session.get(DailyScheduleRow, guild_id, with_for_update=True)
                if row is None or not row.enabled:
                    return None
                slot = today_slot(now, row.hour, row.timezone)
                if now < slot.at or await _posted(session, guild_id, slot.day):
                    # Not yet, or done: only the scheduler's hint moves (to this slot or tomorrow's).
                    row.next_at = (await _next_slot(session, row, now)).at
                    return None
                done = await session.scalar(
                    select(func.count(DailyPostRow.id)).where(DailyPostRow.guild_id == guild_id)
                )
                paragraph_id, generated, seed = choose(_schedule(row), slot.day, int(done or 0))
                post = DailyPostRow(guild_id=guild_id, day=slot.day, paragraph_id=paragraph_id, posted_at=now)
                session.add(post)
                # The claim: a second process inserting the same (guild, day) fails right here.
                await session.flush()
                row.next_at = slot.next(row.hour, row.timezone).at
                new = NewRound(
                    guild_id, row.channel_id, 0, seed, None, DAILY_PART, DAILY_SECONDS, [generated]
                )
                round_row, [question_row] = await add_round(session, new, now)
                post.question_id = question_row.id
                question = question_record(question_row, round_row)
                schedule = _schedule(row)
        except IntegrityError:
            return None
        return schedule, slot.day, question
