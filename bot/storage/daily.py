"""Storage of the paragraph of the day: each guild's schedule and the posts it claimed.

One post per guild and day is the unique (guild, day) row: with several processes, the one whose
INSERT succeeds posts, the others find it taken.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import and_, exists, func, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.study.models import DailyMode, DailySchedule, GeneratedQuestion, Question
from bot.core.study.records import NewRound
from bot.storage.quiz import add_round
from bot.storage.resilience import retried
from bot.storage.rows import question_record
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
    )


class DailyRepository(Repository):
    """Paragraph-of-the-day schedules (one per guild) and their daily posts."""

    @retried
    async def set(
        self, guild_id: int, channel_id: int, hour: int, mode: DailyMode, now: datetime
    ) -> DailySchedule:
        """Create or replace the guild's paragraph-of-the-day schedule."""
        async with self._transaction() as session:
            row = await session.get(DailyScheduleRow, guild_id, with_for_update=True)
            if row is None:
                row = DailyScheduleRow(guild_id=guild_id)
                session.add(row)
            row.channel_id, row.hour, row.mode, row.enabled, row.updated_at = (
                channel_id,
                hour,
                mode.value,
                True,
                now,
            )
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
        """Return the schedules whose hour has come and that have not posted today, all guilds."""
        posted = exists().where(
            and_(DailyPostRow.guild_id == DailyScheduleRow.guild_id, DailyPostRow.day == now.date())
        )
        async with self._sessions() as session:
            rows = await session.scalars(
                select(DailyScheduleRow)
                .where(DailyScheduleRow.enabled.is_(True), DailyScheduleRow.hour <= now.hour, ~posted)
                .order_by(DailyScheduleRow.guild_id)
            )
            return [_schedule(r) for r in rows]

    @retried
    async def claim(
        self,
        guild_id: int,
        now: datetime,
        choose: Callable[[DailySchedule, int], tuple[str, GeneratedQuestion, int]],
    ) -> tuple[DailySchedule, Question] | None:
        """Claim today's post for the guild (once, across processes) and store its question.

        ``choose(schedule, posts_so_far)`` returns the paragraph id, its question and the seed.
        """
        try:
            async with self._transaction() as session:
                row = await session.get(DailyScheduleRow, guild_id)
                if row is None or not row.enabled or row.hour > now.hour:
                    return None
                schedule = _schedule(row)
                done = await session.scalar(
                    select(func.count(DailyPostRow.id)).where(DailyPostRow.guild_id == guild_id)
                )
                paragraph_id, generated, seed = choose(schedule, int(done or 0))
                post = DailyPostRow(
                    guild_id=guild_id, day=now.date(), paragraph_id=paragraph_id, posted_at=now
                )
                session.add(post)
                # The claim: a second process inserting the same (guild, day) fails right here.
                await session.flush()
                new = NewRound(
                    guild_id, schedule.channel_id, 0, seed, None, DAILY_PART, DAILY_SECONDS, [generated]
                )
                round_row, [question_row] = await add_round(session, new, now)
                post.question_id = question_row.id
                question = question_record(question_row, round_row)
        except IntegrityError:
            return None
        return schedule, question
