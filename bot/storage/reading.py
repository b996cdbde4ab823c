"""Storage of the guided reading sessions (``/etude``): their order, position and read marks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.study.errors import ReadingFinished, UnknownReading
from bot.core.study.models import ReadingStatus, Score
from bot.core.study.records import ReadingState, ReadingTotals
from bot.storage.resilience import retried
from bot.storage.rows import correct_count, utc
from bot.storage.store import Repository
from bot.storage.tables import AnswerRow, QuestionRow, ReadingRow, ReadMarkRow, RoundRow


async def _state(session: AsyncSession, row: ReadingRow) -> ReadingState:
    read = await session.scalars(
        select(ReadMarkRow.paragraph_id).where(ReadMarkRow.session_id == row.id).distinct()
    )
    return ReadingState(
        id=row.id,
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        paragraph_ids=tuple(str(p) for p in row.paragraph_ids),
        position=row.position,
        status=ReadingStatus(row.status),
        read_ids=frozenset(str(p) for p in read),
        created_at=utc(row.created_at),
    )


class ReadingRepository(Repository):
    """Reading sessions of one channel each; every method filters on the guild."""

    @retried
    async def create(
        self, guild_id: int, channel_id: int, starter_id: int, part: str, theme: str | None,
        paragraph_ids: Sequence[str], now: datetime,
    ) -> ReadingState:  # fmt: skip
        """Store a new reading session, finishing the channel's previous one."""
        async with self._transaction() as session:
            await session.execute(
                update(ReadingRow)
                .where(ReadingRow.guild_id == guild_id, ReadingRow.channel_id == channel_id)
                .where(ReadingRow.status == ReadingStatus.ACTIVE)
                .values(status=ReadingStatus.FINISHED, updated_at=now)
            )
            row = ReadingRow(
                guild_id=guild_id,
                channel_id=channel_id,
                starter_id=starter_id,
                part=part,
                theme=theme,
                paragraph_ids=list(paragraph_ids),
                position=0,
                status=ReadingStatus.ACTIVE,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            await session.flush()
            return await _state(session, row)

    @retried
    async def get(self, guild_id: int, session_id: int) -> ReadingState | None:
        """Return one reading session of this guild, or ``None``."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
            )
            return None if row is None else await _state(session, row)

    @retried
    async def latest(self, guild_id: int, channel_id: int) -> ReadingState | None:
        """Return the channel's most recent active reading session, or ``None``."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(ReadingRow)
                .where(ReadingRow.guild_id == guild_id, ReadingRow.channel_id == channel_id)
                .where(ReadingRow.status == ReadingStatus.ACTIVE)
                .order_by(ReadingRow.updated_at.desc(), ReadingRow.id.desc())
                .limit(1)
            )
            return None if row is None else await _state(session, row)

    @staticmethod
    async def _active(session: AsyncSession, guild_id: int, session_id: int, *, lock: bool) -> ReadingRow:
        """The session's row, if it exists and is active; else ``UnknownReading`` or ``ReadingFinished``."""
        query = select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
        row = await session.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise UnknownReading(session_id)
        if row.status != ReadingStatus.ACTIVE:
            raise ReadingFinished(session_id)
        return row

    @retried
    async def move(self, guild_id: int, session_id: int, delta: int, now: datetime) -> None:
        """Move the session's position by ``delta``, staying within its paragraphs."""
        async with self._transaction() as session:
            # FOR UPDATE: two clicks on ▶ at once move by two, not by one.
            row = await self._active(session, guild_id, session_id, lock=True)
            row.position = max(0, min(len(row.paragraph_ids) - 1, row.position + delta))
            row.updated_at = now

    @retried
    async def mark_read(self, guild_id: int, session_id: int, user_id: int, now: datetime) -> None:
        """Mark the session's current paragraph as read by ``user_id`` (twice is once)."""
        try:
            async with self._transaction() as session:
                row = await self._active(session, guild_id, session_id, lock=False)
                row.updated_at = now
                session.add(
                    ReadMarkRow(
                        session_id=row.id,
                        guild_id=guild_id,
                        user_id=user_id,
                        paragraph_id=str(row.paragraph_ids[row.position]),
                        read_at=now,
                    )
                )
        except IntegrityError:
            return  # already marked by this member: nothing to add

    @retried
    async def finish(self, guild_id: int, session_id: int, now: datetime) -> ReadingTotals:
        """Finish a reading session and return what its summary needs; ``UnknownReading`` if none."""
        async with self._transaction() as session:
            row = await session.scalar(
                select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
            )
            if row is None:
                raise UnknownReading(session_id)
            if row.status == ReadingStatus.ACTIVE:
                row.status = ReadingStatus.FINISHED
                row.updated_at = now
            readers = await session.scalar(
                select(func.count(func.distinct(ReadMarkRow.user_id))).where(ReadMarkRow.session_id == row.id)
            )
            # The quiz results of the session: answers in its channel since it started.
            quiz = (
                await session.execute(
                    select(func.count(AnswerRow.id), correct_count())
                    .join(QuestionRow, QuestionRow.id == AnswerRow.question_id)
                    .join(RoundRow, RoundRow.id == QuestionRow.round_id)
                    .where(RoundRow.guild_id == guild_id, RoundRow.channel_id == row.channel_id)
                    .where(AnswerRow.answered_at >= row.created_at)
                )
            ).one()
            state = await _state(session, row)
        return ReadingTotals(state, int(readers or 0), Score(0, int(quiz[0] or 0), int(quiz[1] or 0)))
