"""The database schema, as SQLAlchemy 2 declarative tables; migrations/ creates it, never create_all.

Every row carries its ``guild_id`` and every query filters on it: one server never reads another's
scores or sessions. Discord snowflakes need 64 bits (BigInteger); row ids stay Integer so that
SQLite's ``INTEGER PRIMARY KEY`` auto-increments them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints, so that migrations can alter them the same way on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
Stamp = DateTime(timezone=True)


class Base(DeclarativeBase):
    """Declarative base of the study tables."""

    metadata = MetaData(naming_convention=NAMING)


# The ``part`` of a paragraph-of-the-day round (storage/daily.py): it stays open a day beside the
# channel's quizzes, so the one-quiz-per-channel rule leaves it out.
DAILY_PART = "jour"
# The rounds that hold their channel: open, and not a paragraph of the day.
_RUNNING = text(f"status = 'open' AND part <> '{DAILY_PART}'")


class RoundRow(Base):
    """A quiz round in one channel."""

    __tablename__ = "quiz_rounds"
    __table_args__ = (
        # One quiz at a time per channel, decided by the database whatever the processes: twenty
        # rounds started at once in one channel posted forty messages in 35 s from their timers.
        Index(
            "uq_quiz_rounds_running_channel",
            "guild_id",
            "channel_id",
            unique=True,
            sqlite_where=_RUNNING,
            postgresql_where=_RUNNING,
        ),
        # The per-member hourly limit counts a member's recent starts.
        Index("ix_quiz_rounds_guild_starter_created", "guild_id", "starter_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    starter_id: Mapped[int] = mapped_column(BigInteger)
    seed: Mapped[int] = mapped_column(BigInteger)
    theme: Mapped[str | None] = mapped_column(String(200))
    part: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(Integer)  # time limit of each question
    status: Mapped[str] = mapped_column(String(20), index=True)  # a RoundStatus value
    created_at: Mapped[datetime] = mapped_column(Stamp)
    closed_at: Mapped[datetime | None] = mapped_column(Stamp)


class QuestionRow(Base):
    """A question of a round, with its generated content and its state."""

    __tablename__ = "quiz_questions"
    __table_args__ = (UniqueConstraint("round_id", "position", name="uq_quiz_questions_round_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("quiz_rounds.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    quote: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[Any]] = mapped_column(JSON)
    answer: Mapped[int] = mapped_column(Integer)
    paragraph_id: Mapped[str | None] = mapped_column(String(10))
    subject: Mapped[str | None] = mapped_column(String(200))
    vote: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))  # a QuestionStatus value
    opened_at: Mapped[datetime | None] = mapped_column(Stamp)
    closes_at: Mapped[datetime | None] = mapped_column(Stamp)
    closed_at: Mapped[datetime | None] = mapped_column(Stamp)
    message_id: Mapped[int | None] = mapped_column(BigInteger)  # where it was posted, to edit it on close


class AnswerRow(Base):
    """One member's answer to one question: the unique constraint is the one-answer rule."""

    __tablename__ = "quiz_answers"
    __table_args__ = (
        UniqueConstraint("question_id", "user_id", name="uq_quiz_answers_question_user"),
        Index("ix_quiz_answers_guild_user", "guild_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("quiz_questions.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    choice: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool] = mapped_column(Boolean)
    paragraph_id: Mapped[str | None] = mapped_column(String(10))
    answered_at: Mapped[datetime] = mapped_column(Stamp)


class ReadingRow(Base):
    """A guided reading session: the order of its paragraphs and where the group stands."""

    __tablename__ = "reading_sessions"
    __table_args__ = (Index("ix_reading_sessions_guild_channel", "guild_id", "channel_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    starter_id: Mapped[int] = mapped_column(BigInteger)
    part: Mapped[str] = mapped_column(String(20))
    theme: Mapped[str | None] = mapped_column(String(200))
    paragraph_ids: Mapped[list[Any]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))  # a ReadingStatus value
    created_at: Mapped[datetime] = mapped_column(Stamp)
    updated_at: Mapped[datetime] = mapped_column(Stamp)
    # The number of the current controller message: /etude reprendre posts a new one and the
    # buttons of the previous ones, which carry a smaller number, are refused.
    controller: Mapped[int] = mapped_column(Integer, server_default="1")
    message_id: Mapped[int | None] = mapped_column(BigInteger)  # that message, to retire it later


class ReadMarkRow(Base):
    """A paragraph marked as read in a session, by whom."""

    __tablename__ = "reading_marks"
    __table_args__ = (
        UniqueConstraint(
            "session_id", "paragraph_id", "user_id", name="uq_reading_marks_session_paragraph_user"
        ),
        Index("ix_reading_marks_guild_user", "guild_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reading_sessions.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    paragraph_id: Mapped[str] = mapped_column(String(10))
    read_at: Mapped[datetime] = mapped_column(Stamp)


class DailyScheduleRow(Base):
    """A guild's paragraph of the day: where, when (an hour local to its zone) and how it is chosen."""

    __tablename__ = "daily_schedules"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    hour: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(20))
    enabled: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(Stamp)
    # An IANA name. Schedules stored before zones existed meant UTC hours: the default keeps them.
    timezone: Mapped[str] = mapped_column(String(64), server_default="UTC")
    # The UTC instant of the next post, so that the scheduler's query finds the due ones by index
    # (the hour alone cannot be compared in SQL once each server has its own zone).
    next_at: Mapped[datetime | None] = mapped_column(Stamp, index=True)


class DailyPostRow(Base):
    """One posted paragraph of the day: the unique (guild, day) row is the claim."""

    __tablename__ = "daily_posts"
    __table_args__ = (UniqueConstraint("guild_id", "day", name="uq_daily_posts_guild_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    day: Mapped[date] = mapped_column(Date)
    paragraph_id: Mapped[str] = mapped_column(String(10))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("quiz_questions.id", ondelete="SET NULL"))
    posted_at: Mapped[datetime] = mapped_column(Stamp)


class RevisionMemberRow(Base):
    """A member's revision settings on one server: time zone, daily reminder, closed DMs.

    Every revision transaction of a member locks this row first, so that two clicks of the same
    member are written one after the other (PostgreSQL; SQLite serialises all writers anyway).
    """

    __tablename__ = "revision_members"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    timezone: Mapped[str | None] = mapped_column(String(64))
    reminder_hour: Mapped[int | None] = mapped_column(Integer)  # local hour; NULL: no reminder
    reminder_channel: Mapped[int | None] = mapped_column(BigInteger)  # where it was set, for a link
    last_reminded: Mapped[date | None] = mapped_column(Date)  # the member's day last claimed
    dm_refused_at: Mapped[datetime | None] = mapped_column(Stamp)  # set: reminders stop
    refusal_told: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set by /revision effacer: quiz answers and reading marks before it no longer feed the cards.
    fed_since: Mapped[datetime | None] = mapped_column(Stamp)
    updated_at: Mapped[datetime] = mapped_column(Stamp)


class RevisionCardRow(Base):
    """One member's FSRS state of one card on one server (``bot.core.study.schedule.CardState``)."""

    __tablename__ = "revision_cards"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    card_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))  # an fsrs.State name
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(Stamp)
    last_review: Mapped[datetime | None] = mapped_column(Stamp)
    reps: Mapped[int] = mapped_column(Integer)
    lapses: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(Stamp)


class RevisionSessionRow(Base):
    """A review session: its owner, its current card and step (the buttons carry id and step)."""

    __tablename__ = "revision_sessions"
    __table_args__ = (Index("ix_revision_sessions_guild_user", "guild_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    mode: Mapped[str] = mapped_column(String(20))  # a SessionMode value
    card_id: Mapped[str | None] = mapped_column(String(80))  # NULL: finished
    step: Mapped[int] = mapped_column(Integer)
    queue: Mapped[list[Any]] = mapped_column(JSON)  # the cram order still to go
    reviewed: Mapped[int] = mapped_column(Integer)
    again: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(Stamp)
    updated_at: Mapped[datetime] = mapped_column(Stamp)


class RevisionReviewRow(Base):
    """The review log: one grade of one card.

    The unique (session, step) is « one review a press »; the unique (answer, card) is « a quiz
    answer feeds each card once », and its index finds the answers not fed yet.
    """

    __tablename__ = "revision_reviews"
    __table_args__ = (
        UniqueConstraint("session_id", "step", name="uq_revision_reviews_session_step"),
        UniqueConstraint("answer_id", "card_id", name="uq_revision_reviews_answer_card"),
        Index("ix_revision_reviews_guild_user_time", "guild_id", "user_id", "reviewed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    card_id: Mapped[str] = mapped_column(String(80))
    grade: Mapped[str] = mapped_column(String(20))  # a Grade value
    source: Mapped[str] = mapped_column(String(20))  # a Source value
    stage_before: Mapped[str] = mapped_column(String(20))  # a Stage value
    reviewed_at: Mapped[datetime] = mapped_column(Stamp)
    session_id: Mapped[int | None] = mapped_column(Integer)  # NULL for a quiz answer
    step: Mapped[int | None] = mapped_column(Integer)
    # The quiz_answers row a quiz review comes from (no foreign key: /progres effacer may delete it).
    answer_id: Mapped[int | None] = mapped_column(Integer)
