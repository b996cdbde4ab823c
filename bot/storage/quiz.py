"""Storage of quiz rounds, their questions and the answers to them.

One answer per member per question is the unique (question, member) constraint; one close per
question and one end per round are conditional UPDATEs (their rowcount names the one caller that
won); one running quiz per channel is a partial unique index. All hold with several processes,
because the database, not Python, enforces them.

A transaction that writes a round and its questions locks the round first (PostgreSQL): a close
and an end taking the two rows in opposite orders could deadlock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, exists, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.core.study.errors import ChannelBusy, InvalidChoice, TooManyStarts, UnknownQuestion
from bot.core.study.models import (
    AnswerOutcome,
    ChoiceCount,
    Question,
    QuestionStatus,
    Round,
    RoundStatus,
    Score,
)
from bot.core.study.records import Closing, NewRound, RoundEnd
from bot.storage.resilience import retried, retried_idempotent
from bot.storage.rows import question_record, question_row, round_record, score_columns, scores, utc
from bot.storage.store import Repository
from bot.storage.tables import DAILY_PART, AnswerRow, QuestionRow, RoundRow

# The key space of the PostgreSQL advisory lock that serialises quiz starts in a guild ("QZ").
_STARTS_LOCK = 0x515A
START_WINDOW = timedelta(hours=1)


async def add_round(
    session: AsyncSession, new: NewRound, now: datetime
) -> tuple[RoundRow, list[QuestionRow]]:
    """Add a round and its questions in ``session`` (the first one open); return their rows."""
    round_row = RoundRow(
        guild_id=new.guild_id,
        channel_id=new.channel_id,
        starter_id=new.starter_id,
        seed=new.seed,
        theme=new.theme,
        part=new.part,
        size=len(new.questions),
        seconds=new.seconds,
        status=RoundStatus.OPEN,
        created_at=now,
    )
    session.add(round_row)
    await session.flush()  # the questions need the round's id
    rows = [question_row(round_row, i, q, now) for i, q in enumerate(new.questions)]
    session.add_all(rows)
    await session.flush()
    return round_row, rows


def _with_round() -> Select[QuestionRow, RoundRow]:
    """Questions with their round, which gives a ``Question`` its channel and count."""
    return select(QuestionRow, RoundRow).join(RoundRow, RoundRow.id == QuestionRow.round_id)


def _skip_pending(guild_id: int, round_id: int) -> Any:
    return (
        update(QuestionRow)
        .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
        .where(QuestionRow.status == QuestionStatus.PENDING)
        .values(status=QuestionStatus.SKIPPED)
    )


async def _serialise_starts(session: AsyncSession, guild_id: int) -> None:
    """Make the guild's quiz starts wait for each other until this transaction ends.

    The hourly count and the INSERT that follows must not interleave with another start by the
    same member (two would both see four and make six). SQLite's BEGIN IMMEDIATE already runs
    one writer at a time; PostgreSQL's READ COMMITTED needs this lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            text("SELECT pg_advisory_xact_lock(:space, :key)"),
            {"space": _STARTS_LOCK, "key": guild_id % 2**31},  # two int4 keys
        )


async def _running(session: AsyncSession, guild_id: int, channel_id: int) -> ChannelBusy | None:
    """Return the quiz running in a channel, as the error that refuses a second one, or ``None``."""
    round_id = await session.scalar(
        select(RoundRow.id).where(
            RoundRow.guild_id == guild_id,
            RoundRow.channel_id == channel_id,
            RoundRow.status == RoundStatus.OPEN,
            RoundRow.part != DAILY_PART,
        )
    )
    if round_id is None:
        return None
    # Its latest posted question: the message a member is sent to.
    message_id = await session.scalar(
        select(QuestionRow.message_id)
        .where(QuestionRow.round_id == round_id, QuestionRow.message_id.is_not(None))
        .order_by(QuestionRow.position.desc())
        .limit(1)
    )
    return ChannelBusy(guild_id, round_id, channel_id, message_id)


async def _check_starts(session: AsyncSession, new: NewRound, now: datetime, limit: int) -> None:
    """Raise ``TooManyStarts`` if the starter already started ``limit`` quizzes in the last hour."""
    started = (
        await session.scalars(
            select(RoundRow.created_at)
            .where(
                RoundRow.guild_id == new.guild_id,
                RoundRow.starter_id == new.starter_id,
                RoundRow.created_at > now - START_WINDOW,
                RoundRow.part != DAILY_PART,
            )
            .order_by(RoundRow.created_at)
        )
    ).all()
    if len(started) >= limit:
        # The next start is allowed once enough of these are an hour old to leave limit - 1.
        raise TooManyStarts(limit, utc(started[-limit]) + START_WINDOW)


class QuizRepository(Repository):
    """Quiz rounds and questions; every method filters on the guild unless it says "all guilds"."""

    @retried
    async def create_round(
        self, new: NewRound, now: datetime, starts_per_hour: int | None = None
    ) -> tuple[Round, Question]:
        """Store a round and open its first question.

        Raises ``ChannelBusy`` when a quiz is running in the channel and ``TooManyStarts`` when
        the starter reached ``starts_per_hour`` (no limit when ``None``).
        """
        try:
            async with self._transaction() as session:
                await _serialise_starts(session, new.guild_id)
                busy = await _running(session, new.guild_id, new.channel_id)
                if busy is not None:
                    raise busy
                if starts_per_hour is not None:
                    await _check_starts(session, new, now, starts_per_hour)
                round_row, rows = await add_round(session, new, now)
                return round_record(round_row), question_record(rows[0], round_row)
        except IntegrityError:
            # The unique index: a start through another path won the channel in between.
            async with self._sessions() as session:
                busy = await _running(session, new.guild_id, new.channel_id)
            if busy is None:
                raise
            raise busy from None

    @retried
    async def set_message(self, guild_id: int, question_id: int, message_id: int) -> Question | None:
        """Remember the message that shows a question; return the question as it stands now.

        A close may have come between the post and this call: the caller sees it in ``status``.
        """
        async with self._transaction() as session:
            await session.execute(
                update(QuestionRow)
                .where(QuestionRow.id == question_id, QuestionRow.guild_id == guild_id)
                .values(message_id=message_id)
            )
            return await self._load(session, guild_id, question_id)

    async def _load(self, session: AsyncSession, guild_id: int, question_id: int) -> Question | None:
        found = (
            await session.execute(
                _with_round().where(QuestionRow.id == question_id, QuestionRow.guild_id == guild_id)
            )
        ).first()
        return None if found is None else question_record(found[0], found[1])

    @retried
    async def question(self, guild_id: int, question_id: int) -> Question | None:
        """Return one question of this guild, or ``None``."""
        async with self._sessions() as session:
            return await self._load(session, guild_id, question_id)

    @retried_idempotent
    async def record_answer(
        self, guild_id: int, question_id: int, user_id: int, choice: int, now: datetime
    ) -> AnswerOutcome:
        """Store one member's answer unless they already answered or the question is closed.

        Raises ``UnknownQuestion`` and ``InvalidChoice`` (neither is retried). Safe to run again
        after a COMMIT whose outcome is unknown: the same choice stored already is ``RECORDED``.
        """
        try:
            async with self._transaction() as session:
                # FOR SHARE: a concurrent close (an UPDATE of this row) waits for this answer or
                # this answer waits for the close, never both at once. SQLite ignores it and
                # serialises writers with BEGIN IMMEDIATE instead.
                row = await session.scalar(
                    select(QuestionRow)
                    .where(QuestionRow.id == question_id, QuestionRow.guild_id == guild_id)
                    .with_for_update(read=True)
                )
                if row is None:
                    raise UnknownQuestion(question_id)
                if not 0 <= choice < len(row.choices):
                    raise InvalidChoice(choice, len(row.choices))
                late = row.closes_at is not None and now >= utc(row.closes_at)
                if row.status != QuestionStatus.OPEN or late:
                    return AnswerOutcome.CLOSED
                session.add(
                    AnswerRow(
                        question_id=row.id,
                        guild_id=guild_id,
                        user_id=user_id,
                        choice=choice,
                        correct=choice == row.answer,
                        paragraph_id=row.paragraph_id,
                        answered_at=now,
                    )
                )
        except IntegrityError:
            # The unique (question, user) constraint: this member had already answered.
            async with self._sessions() as session:
                stored = await session.scalar(
                    select(AnswerRow.choice).where(
                        AnswerRow.question_id == question_id, AnswerRow.user_id == user_id
                    )
                )
            return AnswerOutcome.RECORDED if stored == choice else AnswerOutcome.DUPLICATE
        return AnswerOutcome.ACCEPTED

    async def _lock_round(self, session: AsyncSession, guild_id: int, question_id: int) -> RoundRow:
        """Lock the round of a question (rounds before questions: see the module docstring)."""
        round_row = await session.scalar(
            select(RoundRow)
            .join(QuestionRow, QuestionRow.round_id == RoundRow.id)
            .where(QuestionRow.id == question_id, QuestionRow.guild_id == guild_id)
            .with_for_update(of=RoundRow)
        )
        if round_row is None:
            raise UnknownQuestion(question_id)
        return round_row

    async def _close(
        self, session: AsyncSession, guild_id: int, question_id: int, round_row: RoundRow, now: datetime
    ) -> Closing:
        """Close a question if still open, open the next one or finish the round; report what it saw."""
        closed = await session.execute(
            update(QuestionRow)
            .where(
                QuestionRow.id == question_id,
                QuestionRow.guild_id == guild_id,
                QuestionRow.status == QuestionStatus.OPEN,
            )
            .values(status=QuestionStatus.CLOSED, closed_at=now)
        )
        first = closed.rowcount == 1  # type: ignore[attr-defined]
        question = await self._load(session, guild_id, question_id)
        if question is None:
            raise UnknownQuestion(question_id)
        if first:
            closes_at = now + timedelta(seconds=round_row.seconds)
            opened = await session.execute(
                update(QuestionRow)
                .where(
                    QuestionRow.round_id == question.round_id,
                    QuestionRow.position == question.position + 1,
                    QuestionRow.status == QuestionStatus.PENDING,
                )
                .values(status=QuestionStatus.OPEN, opened_at=now, closes_at=closes_at)
            )
            if opened.rowcount == 0:  # type: ignore[attr-defined]
                # The last question: the round ends with it, unless « Terminer » ended it first.
                await session.execute(
                    update(RoundRow)
                    .where(RoundRow.id == round_row.id, RoundRow.closed_at.is_(None))
                    .values(status=RoundStatus.FINISHED, closed_at=now)
                )
        next_row = await session.scalar(
            select(QuestionRow).where(
                QuestionRow.round_id == question.round_id, QuestionRow.status == QuestionStatus.OPEN
            )
        )
        answers = (
            await session.execute(
                select(AnswerRow.user_id, AnswerRow.choice, AnswerRow.correct)
                .where(AnswerRow.question_id == question_id)
                .order_by(AnswerRow.answered_at, AnswerRow.id)
            )
        ).all()
        body = question.body
        counts = tuple(
            ChoiceCount(i, text, sum(1 for a in answers if a.choice == i), i == body.answer)
            for i, text in enumerate(body.choices)
        )
        winners = tuple(int(a.user_id) for a in answers if a.correct)
        next_question = None if next_row is None else question_record(next_row, round_row)
        return Closing(question, first, counts, winners, next_question)

    @retried
    async def close_question(self, guild_id: int, question_id: int, now: datetime) -> Closing:
        """Close a question (once), open the next one or finish the round; ``UnknownQuestion`` if none."""
        async with self._transaction() as session:
            round_row = await self._lock_round(session, guild_id, question_id)
            return await self._close(session, guild_id, question_id, round_row, now)

    @retried
    async def close_if_complete(self, guild_id: int, question_id: int, now: datetime) -> Closing | None:
        """Close a question once everyone who answered the question before it has answered it.

        ``None`` while one of them is missing, and for a first question or one whose previous
        question nobody answered: with nobody to wait for, the time limit decides. The close
        itself is ``close_question``'s: concurrent calls get ``first=True`` once.
        """
        async with self._transaction() as session:
            round_row = await self._lock_round(session, guild_id, question_id)
            position = await session.scalar(select(QuestionRow.position).where(QuestionRow.id == question_id))
            previous = await session.scalar(
                select(QuestionRow.id).where(
                    QuestionRow.round_id == round_row.id, QuestionRow.position == (position or 0) - 1
                )
            )
            if previous is None:
                return None
            here = aliased(AnswerRow)
            answered_here = exists().where(here.question_id == question_id, here.user_id == AnswerRow.user_id)
            expected, missing = (
                await session.execute(
                    select(
                        func.count(AnswerRow.id),
                        func.count(AnswerRow.id).filter(~answered_here),
                    ).where(AnswerRow.question_id == previous)
                )
            ).one()
            if not expected or missing:
                return None
            return await self._close(session, guild_id, question_id, round_row, now)

    @retried
    async def end_round(
        self, guild_id: int, round_id: int, now: datetime, status: RoundStatus
    ) -> RoundEnd | None:
        """End a round, once: ``None`` unless this call is the one that ended it.

        The conditional UPDATE decides between concurrent callers (three quick presses of
        « Terminer », processes starting at once, the close of the last question); the winner
        alone skips the questions not yet asked and closes the open one, which it reports.
        """
        async with self._transaction() as session:
            ended = await session.execute(
                update(RoundRow)
                .where(RoundRow.id == round_id, RoundRow.guild_id == guild_id, RoundRow.closed_at.is_(None))
                .values(status=status, closed_at=now)
            )
            if ended.rowcount != 1:  # type: ignore[attr-defined]
                return None
            # Skipped before the close, so that closing the open question opens nothing.
            await session.execute(_skip_pending(guild_id, round_id))
            open_id = await session.scalar(
                select(QuestionRow.id).where(
                    QuestionRow.round_id == round_id, QuestionRow.status == QuestionStatus.OPEN
                )
            )
            if open_id is None:
                return RoundEnd(None)
            round_row = await session.get_one(RoundRow, round_id)
            return RoundEnd(await self._close(session, guild_id, open_id, round_row, now))

    @retried
    async def round(self, guild_id: int, round_id: int) -> Round | None:
        """Return one round of this guild, or ``None``."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(RoundRow).where(RoundRow.id == round_id, RoundRow.guild_id == guild_id)
            )
            return None if row is None else round_record(row)

    @retried
    async def round_questions(self, guild_id: int, round_id: int) -> list[Question]:
        """Return the questions of a round, in order."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    _with_round()
                    .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
                    .order_by(QuestionRow.position)
                )
            ).all()
            return [question_record(q, r) for q, r in rows]

    @retried
    async def round_scores(self, guild_id: int, round_id: int) -> list[Score]:
        """Return everyone's score in one round, best first."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(*score_columns())
                    .join(QuestionRow, QuestionRow.id == AnswerRow.question_id)
                    .where(QuestionRow.round_id == round_id, AnswerRow.guild_id == guild_id)
                    .group_by(AnswerRow.user_id)
                )
            ).all()
            return scores(rows)

    @retried
    async def open_rounds(self) -> list[Round]:
        """Return every round still open, all guilds (start-up recovery)."""
        async with self._sessions() as session:
            rows = (await session.scalars(select(RoundRow).where(RoundRow.status == RoundStatus.OPEN))).all()
            return [round_record(r) for r in rows]

    @retried
    async def open_questions(self, round_id: int) -> list[Question]:
        """Return the open questions of a round."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    _with_round().where(
                        QuestionRow.round_id == round_id, QuestionRow.status == QuestionStatus.OPEN
                    )
                )
            ).all()
            return [question_record(q, r) for q, r in rows]

    @retried
    async def expired_questions(self, now: datetime) -> list[Question]:
        """Return the open questions whose time limit has passed, all guilds."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    _with_round()
                    .where(QuestionRow.status == QuestionStatus.OPEN, QuestionRow.closes_at <= now)
                    .order_by(QuestionRow.closes_at, QuestionRow.id)
                )
            ).all()
            return [question_record(q, r) for q, r in rows]
