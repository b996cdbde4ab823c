"""Storage of quiz rounds, their questions and the answers to them.

One answer per member per question is the unique (question, member) constraint; one close per
question is a conditional UPDATE: both hold with several processes, because the database, not
Python, enforces them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.study.errors import InvalidChoice, UnknownQuestion
from bot.core.study.models import (
    AnswerOutcome,
    ChoiceCount,
    Question,
    QuestionStatus,
    Round,
    RoundStatus,
    Score,
)
from bot.core.study.records import Closing, NewRound
from bot.storage.resilience import retried, retried_idempotent
from bot.storage.rows import question_record, question_row, round_record, score_columns, scores, utc
from bot.storage.store import Repository
from bot.storage.tables import AnswerRow, QuestionRow, RoundRow


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


class QuizRepository(Repository):
    """Quiz rounds and questions; every method filters on the guild unless it says "all guilds"."""

    @retried
    async def create_round(self, new: NewRound, now: datetime) -> tuple[Round, Question]:
        """Store a round and open its first question."""
        async with self._transaction() as session:
            round_row, rows = await add_round(session, new, now)
            return round_record(round_row), question_record(rows[0], round_row)

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

    @retried
    async def close_question(self, guild_id: int, question_id: int, now: datetime) -> Closing:
        """Close a question (once), open the next one or finish the round; ``UnknownQuestion`` if none."""
        async with self._transaction() as session:
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
            round_row = await session.get_one(RoundRow, question.round_id)
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
        next_question = None if next_row is None else question_record(next_row, round_row)
        return Closing(question, first, counts, winners, next_question)

    @retried
    async def skip_pending(self, guild_id: int, round_id: int) -> None:
        """Mark the round's questions not yet asked as skipped."""
        async with self._transaction() as session:
            await session.execute(_skip_pending(guild_id, round_id))

    @retried
    async def end_round(self, guild_id: int, round_id: int, now: datetime, status: RoundStatus) -> bool:
        """Skip the pending questions and end the round; return whether this call ended it."""
        async with self._transaction() as session:
            await session.execute(_skip_pending(guild_id, round_id))
            await session.execute(
                update(QuestionRow)
                .where(QuestionRow.round_id == round_id, QuestionRow.guild_id == guild_id)
                .where(QuestionRow.status == QuestionStatus.OPEN)
                .values(status=QuestionStatus.CLOSED, closed_at=now)
            )
            ended = await session.execute(
                update(RoundRow)
                .where(RoundRow.id == round_id, RoundRow.guild_id == guild_id)
                .where(RoundRow.status == RoundStatus.OPEN)
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
