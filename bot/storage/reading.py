"""Storage of the guided reading sessions (``/etude``): order, position, controller, read marks.

What must hold with several processes is checked inside each transaction: a button of a retired
controller or of an ended session changes nothing (``ReadingRetired``, ``ReadingFinished``), and
a member's mark of a paragraph exists once (unique constraint).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.study.errors import NotInReading, ReadingFinished, ReadingRetired, ReadingTaken, UnknownReading
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
        starter_id=row.starter_id,
        paragraph_ids=tuple(str(p) for p in row.paragraph_ids),
        position=row.position,
        status=ReadingStatus(row.status),
        read_ids=frozenset(str(p) for p in read),
        created_at=utc(row.created_at),
        controller=row.controller,
        message_id=row.message_id,
    )


class ReadingRepository(Repository):
    """Reading sessions of one channel each; every method filters on the guild."""

    @retried
    async def create(
        self, guild_id: int, channel_id: int, starter_id: int, part: str, theme: str | None,
        paragraph_ids: Sequence[str], now: datetime, *, force: bool = False, idle_since: datetime,
    ) -> tuple[ReadingState, int | None]:  # fmt: skip
        """Store a new reading session, finishing the channel's active one.

        Another member's active session is finished only with ``force`` or if untouched since
        ``idle_since``; else ``ReadingTaken``. Returns the new session and the controller message
        of the one it finished (to retire), if any.
        """
        async with self._transaction() as session:
            active = (
                await session.scalars(
                    select(ReadingRow)
                    .where(ReadingRow.guild_id == guild_id, ReadingRow.channel_id == channel_id)
                    .where(ReadingRow.status == ReadingStatus.ACTIVE)
                    .order_by(ReadingRow.updated_at.desc(), ReadingRow.id.desc())
                    .with_for_update()
                )
            ).all()
            for old in active:
                if not force and old.starter_id != starter_id and utc(old.updated_at) > idle_since:
                    raise ReadingTaken(old.starter_id)
            replaced = next((old.message_id for old in active if old.message_id is not None), None)
            for old in active:
                old.status, old.updated_at = ReadingStatus.FINISHED, now
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
                controller=1,
            )
            session.add(row)
            await session.flush()
            return await _state(session, row), replaced

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

    @retried
    async def take_control(
        self, guild_id: int, channel_id: int, now: datetime
    ) -> tuple[ReadingState, int | None] | None:
        """Give the channel's latest active session a new controller; ``None`` if there is none.

        Returns the session (its ``controller`` is the new number) and the previous controller's
        message, which the caller retires.
        """
        async with self._transaction() as session:
            # FOR UPDATE: two resumes at once get two different numbers, the later one current.
            row = await session.scalar(
                select(ReadingRow)
                .where(ReadingRow.guild_id == guild_id, ReadingRow.channel_id == channel_id)
                .where(ReadingRow.status == ReadingStatus.ACTIVE)
                .order_by(ReadingRow.updated_at.desc(), ReadingRow.id.desc())
                .limit(1)
                .with_for_update()
            )
            if row is None:
                return None
            retired = row.message_id
            row.controller, row.message_id, row.updated_at = row.controller + 1, None, now
            await session.flush()
            return await _state(session, row), retired

    @retried
    async def attach(self, guild_id: int, session_id: int, controller: int, message_id: int) -> bool:
        """Record the message of controller ``controller``, unless a newer controller replaced it."""
        async with self._transaction() as session:
            result = await session.execute(
                update(ReadingRow)
                .where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
                .where(ReadingRow.controller == controller)
                .values(message_id=message_id)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    @staticmethod
    async def _active(
        session: AsyncSession, guild_id: int, session_id: int, controller: int, *, lock: bool
    ) -> ReadingRow:
        """The session's row if it is active and ``controller`` is its current one.

        Else ``UnknownReading``, ``ReadingFinished`` or ``ReadingRetired``.
        """
        query = select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
        row = await session.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise UnknownReading(session_id)
        if row.status != ReadingStatus.ACTIVE:
            raise ReadingFinished(session_id)
        if row.controller != controller:
            raise ReadingRetired(row.guild_id, row.channel_id, row.message_id)
        return row

    @retried
    async def move_to(
        self, guild_id: int, session_id: int, controller: int, position: int, now: datetime
    ) -> None:
        """Set the session's position (the caller computed it from the paragraph its button showed)."""
        async with self._transaction() as session:
            # Locked: a resume in between would otherwise let a retired controller's click through.
            row = await self._active(session, guild_id, session_id, controller, lock=True)
            row.position = max(0, min(len(row.paragraph_ids) - 1, position))
            row.updated_at = now

    @retried
    async def mark_read(
        self, guild_id: int, session_id: int, controller: int, paragraph_id: str, user_id: int, now: datetime
    ) -> bool:
        """Mark ``paragraph_id`` as read by ``user_id``; return ``False`` if it already was."""
        try:
            async with self._transaction() as session:
                row = await self._active(session, guild_id, session_id, controller, lock=False)
                if paragraph_id not in row.paragraph_ids:
                    raise NotInReading(paragraph_id)
                marked = await session.scalar(
                    select(ReadMarkRow.id).where(
                        ReadMarkRow.session_id == row.id,
                        ReadMarkRow.paragraph_id == paragraph_id,
                        ReadMarkRow.user_id == user_id,
                    )
                )
                if marked is not None:
                    return False
                row.updated_at = now
                session.add(
                    ReadMarkRow(
                        session_id=row.id,
                        guild_id=guild_id,
                        user_id=user_id,
                        paragraph_id=paragraph_id,
                        read_at=now,
                    )
                )
        except IntegrityError:
            return False  # the same member's other click, in another process, came first
        return True

    @retried
    async def finish(
        self, guild_id: int, session_id: int, now: datetime, controller: int | None = None
    ) -> ReadingTotals:
        """Finish a reading session and return what its summary needs; ``UnknownReading`` if none.

        With ``controller``, an active session whose current controller is another one is left
        running (``ReadingRetired``); an ended session just gives its totals again.
        """
        async with self._transaction() as session:
            row = await session.scalar(
                select(ReadingRow)
                .where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
                .with_for_update()
            )
            if row is None:
                raise UnknownReading(session_id)
            if row.status == ReadingStatus.ACTIVE:
                if controller is not None and row.controller != controller:
                    raise ReadingRetired(row.guild_id, row.channel_id, row.message_id)
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
