"""Rows to records and back, for what several aggregates read: rounds, questions and scores."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, func

from bot.core.study.models import (
    GeneratedQuestion,
    Question,
    QuestionKind,
    QuestionStatus,
    Round,
    RoundStatus,
    Score,
)
from bot.storage.tables import AnswerRow, QuestionRow, RoundRow


def utc(value: datetime) -> datetime:
    """Return ``value`` in UTC: SQLite hands back naive datetimes, and everything is stored in UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def round_record(row: RoundRow) -> Round:
    """Return the ``Round`` record of a row."""
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
        created_at=utc(row.created_at),
    )


def question_record(row: QuestionRow, round_row: RoundRow) -> Question:
    """Return the ``Question`` record of a row; its round gives the channel and the count."""
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
        closes_at=None if row.closes_at is None else utc(row.closes_at),
        body=body,
        message_id=row.message_id,
    )


def question_row(
    round_row: RoundRow, position: int, question: GeneratedQuestion, now: datetime
) -> QuestionRow:
    """Return the row of a round's question: the first one opens now, the others wait."""
    first = position == 0
    return QuestionRow(
        round_id=round_row.id,
        guild_id=round_row.guild_id,
        position=position,
        kind=question.kind.value,
        quote=question.quote,
        choices=list(question.choices),
        answer=question.answer,
        paragraph_id=question.paragraph_id,
        subject=question.subject,
        vote=question.vote,
        status=QuestionStatus.OPEN if first else QuestionStatus.PENDING,
        opened_at=now if first else None,
        closes_at=now + timedelta(seconds=round_row.seconds) if first else None,
    )


def correct_count() -> Any:
    """Return the SQL sum of correct answers (booleans are not summable on PostgreSQL)."""
    return func.sum(case((AnswerRow.correct, 1), else_=0))


def score_columns() -> tuple[Any, ...]:
    """Return the columns of a per-member score query: user, answers, correct answers."""
    return AnswerRow.user_id, func.count(AnswerRow.id), correct_count()


def scores(rows: Sequence[Any]) -> list[Score]:
    """Return the ``Score`` records of ``score_columns`` rows, best first."""
    found = [Score(user_id=int(u), answered=int(n), correct=int(c or 0)) for u, n, c in rows]
    # Most correct first, then fewer attempts (better accuracy), then a stable order.
    return sorted(found, key=lambda s: (-s.correct, s.answered, s.user_id))
