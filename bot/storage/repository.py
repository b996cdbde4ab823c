"""Storage of the study features: one small interface, one SQLAlchemy 2 async implementation.

Every method takes the guild id and filters on it, so a guild never reads another's rows. The rules
that must hold with several processes are enforced by the database, not by Python: one answer per
member per question (unique constraint), one close per question (conditional UPDATE), one paragraph
of the day per guild and day (unique row).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import and_, case, delete, exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.core.errors import UserError
from bot.core.study.models import (
    AnswerOutcome,
    ChoiceCount,
    DailyMode,
    DailySchedule,
    Erasure,
    GeneratedQuestion,
    Question,
    QuestionKind,
    QuestionStatus,
    ReadingStatus,
    Round,
    RoundStatus,
    Score,
)
from bot.storage.resilience import RetryPolicy, retried
from bot.storage.tables import (
    AnswerRow,
    DailyPostRow,
    DailyScheduleRow,
    QuestionRow,
    ReadingRow,
    ReadMarkRow,
    RoundRow,
)


@dataclass(frozen=True, slots=True)
class Closing:
    """The stored facts of a closed question, before the service adds the paragraph."""

    question: Question
    first: bool
    counts: tuple[ChoiceCount, ...]
    winners: tuple[int, ...]
    next_question: Question | None


@dataclass(frozen=True, slots=True)
class ReadingState:
    """A reading session as stored: its order, position, and what is marked read."""

    id: int
    guild_id: int
    channel_id: int
    paragraph_ids: tuple[str, ...]
    position: int
    status: ReadingStatus
    read_ids: frozenset[str]
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ReadingTotals:
    """What a reading session's summary needs from storage."""

    state: ReadingState
    readers: int
    quiz: Score


@dataclass(frozen=True, slots=True)
class NewRound:
    """A round to store: who, where, how it was generated, and its questions."""

    guild_id: int
    channel_id: int
    starter_id: int
    seed: int
    theme: str | None
    part: str
    seconds: int
    questions: Sequence[GeneratedQuestion]


class StudyRepository(Protocol):
    """What the study service needs from storage."""

    async def create_round(self, new: NewRound, now: datetime) -> tuple[Round, Question]:
        """Store a round and open its first question."""
        ...

    async def question(self, guild_id: int, question_id: int) -> Question | None:
        """Return one question of this guild, or ``None``."""
        ...

    async def record_answer(
        self, guild_id: int, question_id: int, user_id: int, choice: int, now: datetime
    ) -> AnswerOutcome:
        """Store one member's answer unless they already answered or the question is closed."""
        ...

    async def close_question(self, guild_id: int, question_id: int, now: datetime) -> Closing:
        """Close a question (once), open the next one or finish the round."""
        ...

    async def skip_pending(self, guild_id: int, round_id: int) -> None:
        """Mark the round's questions not yet asked as skipped."""
        ...

    async def end_round(self, guild_id: int, round_id: int, now: datetime, status: RoundStatus) -> bool:
        """Skip the pending questions and end the round; return whether this call ended it."""
        ...

    async def round(self, guild_id: int, round_id: int) -> Round | None:
        """Return one round of this guild, or ``None``."""
        ...

    async def round_questions(self, guild_id: int, round_id: int) -> list[Question]:
        """Return the questions of a round, in order."""
        ...

    async def round_scores(self, guild_id: int, round_id: int) -> list[Score]:
        """Return everyone's score in one round, best first."""
        ...

    async def open_rounds(self) -> list[Round]:
        """Return every round still open, all guilds (start-up recovery)."""
        ...

    async def open_questions(self, round_id: int) -> list[Question]:
        """Return the open questions of a round."""
        ...

    async def expired_questions(self, now: datetime) -> list[Question]:
        """Return the open questions whose time limit has passed, all guilds."""
        ...

    async def scores(self, guild_id: int, since: datetime | None, limit: int) -> list[Score]:
        """Return the guild's scores since ``since``, best first."""
        ...

    async def user_score(self, guild_id: int, user_id: int) -> Score:
        """Return one member's all-time score in the guild."""
        ...

    async def paragraphs_seen(self, guild_id: int, user_id: int) -> set[str]:
        """Return the ids of the paragraphs a member answered on or marked read."""
        ...

    async def erase_user(self, guild_id: int, user_id: int) -> Erasure:
        """Delete a member's answers and read marks in one guild."""
        ...

    async def create_reading(
        self, guild_id: int, channel_id: int, starter_id: int, part: str, theme: str | None,
        paragraph_ids: Sequence[str], now: datetime,
    ) -> ReadingState:  # fmt: skip
        """Store a new reading session, finishing the channel's previous one."""
        ...

    async def reading(self, guild_id: int, session_id: int) -> ReadingState | None:
        """Return one reading session of this guild, or ``None``."""
        ...

    async def latest_reading(self, guild_id: int, channel_id: int) -> ReadingState | None:
        """Return the channel's most recent active reading session, or ``None``."""
        ...

    async def move_reading(self, guild_id: int, session_id: int, delta: int, now: datetime) -> None:
        """Move the session's position by ``delta``, staying within its paragraphs."""
        ...

    async def mark_read(self, guild_id: int, session_id: int, user_id: int, now: datetime) -> None:
        """Mark the session's current paragraph as read by ``user_id``."""
        ...

    async def finish_reading(self, guild_id: int, session_id: int, now: datetime) -> ReadingTotals:
        """Finish a reading session and return what its summary needs."""
        ...

    async def set_daily(
        self, guild_id: int, channel_id: int, hour: int, mode: DailyMode, now: datetime
    ) -> DailySchedule:
        """Create or replace the guild's paragraph-of-the-day schedule."""
        ...

    async def daily(self, guild_id: int) -> DailySchedule | None:
        """Return the guild's schedule, or ``None``."""
        ...

    async def disable_daily(self, guild_id: int, now: datetime) -> bool:
        """Stop the guild's paragraph of the day; return whether one was running."""
        ...

    async def due_daily(self, now: datetime) -> list[DailySchedule]:
        """Return the schedules whose hour has come and that have not posted today, all guilds."""
        ...

    async def claim_daily(
        self,
        guild_id: int,
        now: datetime,
        choose: Callable[[DailySchedule, int], tuple[str, GeneratedQuestion, int]],
    ) -> tuple[DailySchedule, Question] | None:
        """Claim today's post for the guild (once, across processes) and store its question."""
        ...


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _opt_utc(value: datetime | None) -> datetime | None:
    return None if value is None else _utc(value)


def _round(row: RoundRow) -> Round:
    return Round(
        id=row.id,
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        starter_id=row.starter_id,
        seed=row.seed,
        theme=row.theme,
        part=row.part,
        size=row.size,
        seconds=row.seconds,
        status=RoundStatus(row.status),
        created_at=_utc(row.created_at),
    )


def _question(row: QuestionRow, round_row: RoundRow) -> Question:
    body = GeneratedQuestion(
        kind=QuestionKind(row.kind),
        quote=row.quote,
        choices=tuple(str(c) for c in row.choices),
        answer=row.answer,
        paragraph_id=row.paragraph_id,
        subject=row.subject,
        vote=row.vote,
    )
    return Question(
        id=row.id,
        round_id=row.round_id,
        guild_id=row.guild_id,
        channel_id=round_row.channel_id,
        position=row.position,
        total=round_row.size,
        status=QuestionStatus(row.status),
        closes_at=_opt_utc(row.closes_at),
        body=body,
    )


def _schedule(row: DailyScheduleRow) -> DailySchedule:
    return DailySchedule(
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        hour=row.hour,
        mode=DailyMode(row.mode),
        enabled=row.enabled,
    )


def _score_columns() -> tuple[Any, ...]:
    correct = func.sum(case((AnswerRow.correct, 1), else_=0))
    return AnswerRow.user_id, func.count(AnswerRow.id), correct


def _scores(rows: Sequence[Any]) -> list[Score]:
    scores = [Score(user_id=int(u), answered=int(n), correct=int(c or 0)) for u, n, c in rows]
    # Most correct first, then fewer attempts (better accuracy), then a stable order.
    return sorted(scores, key=lambda s: (-s.correct, s.answered, s.user_id))


class SqlStudyRepository:
    """``StudyRepository`` over SQLAlchemy 2 async (SQLite through aiosqlite, PostgreSQL through asyncpg)."""

    def __init__(self, engine: AsyncEngine, retry: RetryPolicy | None = None) -> None:
        self.engine = engine
        # Every public method below is one transaction, retried on a dropped connection.
        self.retry = retry or RetryPolicy()
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    # Quiz rounds and questions

    @retried
    async def create_round(self, new: NewRound, now: datetime) -> tuple[Round, Question]:
        """Store a round and open its first question."""
        async with self._sessions.begin() as session:
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
            await session.flush()
            rows = [self._question_row(round_row, i, q, now) for i, q in enumerate(new.questions)]
            session.add_all(rows)
            await session.flush()
            return _round(round_row), _question(rows[0], round_row)

    @staticmethod
    def _question_row(round_row: RoundRow, position: int, q: GeneratedQuestion, now: datetime) -> QuestionRow:
        first = position == 0
        return QuestionRow(
            round_id=round_row.id,
            guild_id=round_row.guild_id,
            position=position,
            kind=q.kind.value,
            quote=q.quote,
            choices=list(q.choices),
            answer=q.answer,
            paragraph_id=q.paragraph_id,
            subject=q.subject,
            vote=q.vote,
            status=QuestionStatus.OPEN if first else QuestionStatus.PENDING,
            opened_at=now if first else None,
            closes_at=now + timedelta(seconds=round_row.seconds) if first else None,
        )

    async def _load(self, session: AsyncSession, guild_id: int, question_id: int) -> Question | None:
        found = (
            await session.execute(
                select(QuestionRow, RoundRow)
                .join(RoundRow, RoundRow.id == QuestionRow.round_id)
                .where(QuestionRow.id == question_id, QuestionRow.guild_id == guild_id)
            )
        ).first()
        return None if found is None else _question(found[0], found[1])

    @retried
    async def question(self, guild_id: int, question_id: int) -> Question | None:
        """Return one question of this guild, or ``None``."""
        async with self._sessions() as session:
            return await self._load(session, guild_id, question_id)

    @retried
    async def record_answer(
        self, guild_id: int, question_id: int, user_id: int, choice: int, now: datetime
    ) -> AnswerOutcome:
        """Store one member's answer unless they already answered or the question is closed."""
        try:
            async with self._sessions.begin() as session:
                # FOR SHARE: a concurrent close (an UPDATE of this row) waits for this answer or
                # this answer waits for the close, never both at once. SQLite ignores it and
                # serialises writers with BEGIN IMMEDIATE instead.
                row = await session.scalar(
                    select(QuestionRow)
                    .where(QuestionRow.id == question_id, QuestionRow.guild_id == guild_id)
                    .with_for_update(read=True)
                )
                if row is None:
                    raise UserError("question_inconnue")
                if not 0 <= choice < len(row.choices):
                    raise UserError("choix_invalide", saisie=choice, maximum=len(row.choices))
                if row.status != QuestionStatus.OPEN or (
                    row.closes_at is not None and now >= _utc(row.closes_at)
                ):
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
            return AnswerOutcome.DUPLICATE
        return AnswerOutcome.ACCEPTED

    @retried
    async def close_question(self, guild_id: int, question_id: int, now: datetime) -> Closing:
        """Close a question (once), open the next one or finish the round."""
        async with self._sessions.begin() as session:
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
                raise UserError("question_inconnue")
            round_row = await session.get_one(RoundRow, question.round_id)
            if first:
                opened = await session.execute(
                    update(QuestionRow)
                    .where(
                        QuestionRow.round_id == question.round_id,
                        QuestionRow.position == question.position + 1,
                        QuestionRow.status == QuestionStatus.PENDING,
                    )
                    .values(
                        status=QuestionStatus.OPEN,
                        opened_at=now,
                        closes_at=now + timedelta(seconds=round_row.seconds),
                    )
                )
                if opened.rowcount == 0 and round_row.status == RoundStatus.OPEN:  # type: ignore[attr-defined]
                    round_row.status = RoundStatus.FINISHED
                    round_row.closed_at = now
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
        next_question = None if next_row is None else _question(next_row, round_row)
        return Closing(question, first, counts, winners, next_question)

    @retried
    async def skip_pending(self, guild_id: int, round_id: int) -> None:
        """Mark the round's questions not yet asked as skipped."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(QuestionRow)
                .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
                .where(QuestionRow.status == QuestionStatus.PENDING)
                .values(status=QuestionStatus.SKIPPED)
            )

    @retried
    async def end_round(self, guild_id: int, round_id: int, now: datetime, status: RoundStatus) -> bool:
        """Skip the pending questions and end the round; return whether this call ended it."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(QuestionRow)
                .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
                .where(QuestionRow.status == QuestionStatus.PENDING)
                .values(status=QuestionStatus.SKIPPED)
            )
            await session.execute(
                update(QuestionRow)
                .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
                .where(QuestionRow.status == QuestionStatus.OPEN)
                .values(status=QuestionStatus.CLOSED, closed_at=now)
            )
            ended = await session.execute(
                update(RoundRow)
                .where(
                    RoundRow.id == round_id,
                    RoundRow.guild_id == guild_id,
                    RoundRow.status == RoundStatus.OPEN,
                )
                .values(status=status, closed_at=now)
            )
        # Several processes starting at once may all try: only one reports the round.
        return bool(ended.rowcount)  # type: ignore[attr-defined]

    @retried
    async def round(self, guild_id: int, round_id: int) -> Round | None:
        """Return one round of this guild, or ``None``."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(RoundRow).where(RoundRow.id == round_id, RoundRow.guild_id == guild_id)
            )
            return None if row is None else _round(row)

    @retried
    async def round_questions(self, guild_id: int, round_id: int) -> list[Question]:
        """Return the questions of a round, in order."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(QuestionRow, RoundRow)
                    .join(RoundRow, RoundRow.id == QuestionRow.round_id)
                    .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
                    .order_by(QuestionRow.position)
                )
            ).all()
            return [_question(q, r) for q, r in rows]

    @retried
    async def round_scores(self, guild_id: int, round_id: int) -> list[Score]:
        """Return everyone's score in one round, best first."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(*_score_columns())
                    .join(QuestionRow, QuestionRow.id == AnswerRow.question_id)
                    .where(QuestionRow.round_id == round_id, AnswerRow.guild_id == guild_id)
                    .group_by(AnswerRow.user_id)
                )
            ).all()
            return _scores(rows)

    @retried
    async def open_rounds(self) -> list[Round]:
        """Return every round still open, all guilds (start-up recovery)."""
        async with self._sessions() as session:
            rows = (await session.scalars(select(RoundRow).where(RoundRow.status == RoundStatus.OPEN))).all()
            return [_round(r) for r in rows]

    @retried
    async def open_questions(self, round_id: int) -> list[Question]:
        """Return the open questions of a round."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(QuestionRow, RoundRow)
                    .join(RoundRow, RoundRow.id == QuestionRow.round_id)
                    .where(QuestionRow.round_id == round_id, QuestionRow.status == QuestionStatus.OPEN)
                )
            ).all()
            return [_question(q, r) for q, r in rows]

    @retried
    async def expired_questions(self, now: datetime) -> list[Question]:
        """Return the open questions whose time limit has passed, all guilds."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(QuestionRow, RoundRow)
                    .join(RoundRow, RoundRow.id == QuestionRow.round_id)
                    .where(QuestionRow.status == QuestionStatus.OPEN, QuestionRow.closes_at <= now)
                    .order_by(QuestionRow.closes_at, QuestionRow.id)
                )
            ).all()
            return [_question(q, r) for q, r in rows]

    # Scores and progress

    @retried
    async def scores(self, guild_id: int, since: datetime | None, limit: int) -> list[Score]:
        """Return the guild's scores since ``since``, best first."""
        query = select(*_score_columns()).where(AnswerRow.guild_id == guild_id).group_by(AnswerRow.user_id)
        if since is not None:
            query = query.where(AnswerRow.answered_at >= since)
        async with self._sessions() as session:
            return _scores((await session.execute(query)).all())[:limit]

    @retried
    async def user_score(self, guild_id: int, user_id: int) -> Score:
        """Return one member's all-time score in the guild."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(*_score_columns())
                    .where(AnswerRow.guild_id == guild_id, AnswerRow.user_id == user_id)
                    .group_by(AnswerRow.user_id)
                )
            ).first()
        return Score(user_id, 0, 0) if row is None else _scores([row])[0]

    @retried
    async def paragraphs_seen(self, guild_id: int, user_id: int) -> set[str]:
        """Return the ids of the paragraphs a member answered on or marked read."""
        async with self._sessions() as session:
            answered = await session.scalars(
                select(AnswerRow.paragraph_id)
                .where(AnswerRow.guild_id == guild_id, AnswerRow.user_id == user_id)
                .where(AnswerRow.paragraph_id.is_not(None))
                .distinct()
            )
            seen = {str(p) for p in answered}
            read = await session.scalars(
                select(ReadMarkRow.paragraph_id)
                .where(ReadMarkRow.guild_id == guild_id, ReadMarkRow.user_id == user_id)
                .distinct()
            )
            return seen | {str(p) for p in read}

    @retried
    async def erase_user(self, guild_id: int, user_id: int) -> Erasure:
        """Delete a member's answers and read marks in one guild, and unname what they started."""
        async with self._sessions.begin() as session:
            answers = await session.execute(
                delete(AnswerRow).where(AnswerRow.guild_id == guild_id, AnswerRow.user_id == user_id)
            )
            reads = await session.execute(
                delete(ReadMarkRow).where(ReadMarkRow.guild_id == guild_id, ReadMarkRow.user_id == user_id)
            )
            # The rounds and sessions they started belong to the group; only the name goes.
            for table in (RoundRow, ReadingRow):
                await session.execute(
                    update(table)
                    .where(table.guild_id == guild_id, table.starter_id == user_id)
                    .values(starter_id=0)
                )
        return Erasure(answers=answers.rowcount, reads=reads.rowcount)  # type: ignore[attr-defined]

    # Reading sessions

    async def _reading(
        self, session: AsyncSession, guild_id: int, row: ReadingRow | None
    ) -> ReadingState | None:
        if row is None:
            return None
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
            created_at=_utc(row.created_at),
        )

    @retried
    async def create_reading(
        self, guild_id: int, channel_id: int, starter_id: int, part: str, theme: str | None,
        paragraph_ids: Sequence[str], now: datetime,
    ) -> ReadingState:  # fmt: skip
        """Store a new reading session, finishing the channel's previous one."""
        async with self._sessions.begin() as session:
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
            state = await self._reading(session, guild_id, row)
        assert state is not None  # noqa: S101 -- the row was just added
        return state

    @retried
    async def reading(self, guild_id: int, session_id: int) -> ReadingState | None:
        """Return one reading session of this guild, or ``None``."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
            )
            return await self._reading(session, guild_id, row)

    @retried
    async def latest_reading(self, guild_id: int, channel_id: int) -> ReadingState | None:
        """Return the channel's most recent active reading session, or ``None``."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(ReadingRow)
                .where(ReadingRow.guild_id == guild_id, ReadingRow.channel_id == channel_id)
                .where(ReadingRow.status == ReadingStatus.ACTIVE)
                .order_by(ReadingRow.updated_at.desc(), ReadingRow.id.desc())
                .limit(1)
            )
            return await self._reading(session, guild_id, row)

    @retried
    async def move_reading(self, guild_id: int, session_id: int, delta: int, now: datetime) -> None:
        """Move the session's position by ``delta``, staying within its paragraphs."""
        async with self._sessions.begin() as session:
            row = await session.scalar(
                select(ReadingRow)
                .where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
                .with_for_update()
            )
            if row is None:
                raise UserError("etude_inconnue")
            if row.status != ReadingStatus.ACTIVE:
                raise UserError("etude_terminee")
            row.position = max(0, min(len(row.paragraph_ids) - 1, row.position + delta))
            row.updated_at = now

    @retried
    async def mark_read(self, guild_id: int, session_id: int, user_id: int, now: datetime) -> None:
        """Mark the session's current paragraph as read by ``user_id`` (twice is once)."""
        try:
            async with self._sessions.begin() as session:
                row = await session.scalar(
                    select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
                )
                if row is None:
                    raise UserError("etude_inconnue")
                if row.status != ReadingStatus.ACTIVE:
                    raise UserError("etude_terminee")
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
    async def finish_reading(self, guild_id: int, session_id: int, now: datetime) -> ReadingTotals:
        """Finish a reading session and return what its summary needs."""
        async with self._sessions.begin() as session:
            row = await session.scalar(
                select(ReadingRow).where(ReadingRow.id == session_id, ReadingRow.guild_id == guild_id)
            )
            if row is None:
                raise UserError("etude_inconnue")
            if row.status == ReadingStatus.ACTIVE:
                row.status = ReadingStatus.FINISHED
                row.updated_at = now
            readers = await session.scalar(
                select(func.count(func.distinct(ReadMarkRow.user_id))).where(ReadMarkRow.session_id == row.id)
            )
            # The quiz results of the session: answers in its channel since it started.
            quiz = (
                await session.execute(
                    select(func.count(AnswerRow.id), func.sum(case((AnswerRow.correct, 1), else_=0)))
                    .join(QuestionRow, QuestionRow.id == AnswerRow.question_id)
                    .join(RoundRow, RoundRow.id == QuestionRow.round_id)
                    .where(RoundRow.guild_id == guild_id, RoundRow.channel_id == row.channel_id)
                    .where(AnswerRow.answered_at >= row.created_at)
                )
            ).one()
            state = await self._reading(session, guild_id, row)
        assert state is not None  # noqa: S101 -- checked above
        return ReadingTotals(state, int(readers or 0), Score(0, int(quiz[0] or 0), int(quiz[1] or 0)))

    # Paragraph of the day

    @retried
    async def set_daily(
        self, guild_id: int, channel_id: int, hour: int, mode: DailyMode, now: datetime
    ) -> DailySchedule:
        """Create or replace the guild's paragraph-of-the-day schedule."""
        async with self._sessions.begin() as session:
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
    async def daily(self, guild_id: int) -> DailySchedule | None:
        """Return the guild's schedule, or ``None``."""
        async with self._sessions() as session:
            row = await session.get(DailyScheduleRow, guild_id)
            return None if row is None else _schedule(row)

    @retried
    async def disable_daily(self, guild_id: int, now: datetime) -> bool:
        """Stop the guild's paragraph of the day; return whether one was running."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(DailyScheduleRow)
                .where(DailyScheduleRow.guild_id == guild_id, DailyScheduleRow.enabled.is_(True))
                .values(enabled=False, updated_at=now)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    @retried
    async def due_daily(self, now: datetime) -> list[DailySchedule]:
        """Return the schedules whose hour has come and that have not posted today, all guilds."""
        today = now.date()
        posted = exists().where(
            and_(DailyPostRow.guild_id == DailyScheduleRow.guild_id, DailyPostRow.day == today)
        )
        async with self._sessions() as session:
            rows = await session.scalars(
                select(DailyScheduleRow)
                .where(DailyScheduleRow.enabled.is_(True), DailyScheduleRow.hour <= now.hour, ~posted)
                .order_by(DailyScheduleRow.guild_id)
            )
            return [_schedule(r) for r in rows]

    @retried
    async def claim_daily(
        self,
        guild_id: int,
        now: datetime,
        choose: Callable[[DailySchedule, int], tuple[str, GeneratedQuestion, int]],
    ) -> tuple[DailySchedule, Question] | None:
        """Claim today's post for the guild (once, across processes) and store its question.

        ``choose(schedule, posts_so_far)`` returns the paragraph id, its question and the seed.
        """
        day: date = now.date()
        try:
            async with self._sessions.begin() as session:
                row = await session.get(DailyScheduleRow, guild_id)
                if row is None or not row.enabled or row.hour > now.hour:
                    return None
                schedule = _schedule(row)
                done = await session.scalar(
                    select(func.count(DailyPostRow.id)).where(DailyPostRow.guild_id == guild_id)
                )
                paragraph_id, generated, seed = choose(schedule, int(done or 0))
                post = DailyPostRow(guild_id=guild_id, day=day, paragraph_id=paragraph_id, posted_at=now)
                session.add(post)
                # The claim: a second process inserting the same (guild, day) fails right here.
                await session.flush()
                round_row = RoundRow(
                    guild_id=guild_id,
                    channel_id=schedule.channel_id,
                    starter_id=0,
                    seed=seed,
                    theme=None,
                    part="jour",
                    size=1,
                    seconds=DAILY_SECONDS,
                    status=RoundStatus.OPEN,
                    created_at=now,
                )
                session.add(round_row)
                await session.flush()
                question_row = self._question_row(round_row, 0, generated, now)
                session.add(question_row)
                await session.flush()
                post.question_id = question_row.id
                question = _question(question_row, round_row)
        except IntegrityError:
            return None
        return schedule, question


# The daily question stays open for answers until the next day's post.
DAILY_SECONDS = 24 * 3600 - 60
