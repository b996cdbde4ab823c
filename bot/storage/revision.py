"""Storage of spaced repetition: members' card states, review sessions, the review log, reminders.

A member's snapshot also carries, read from the quiz and reading tables, their answers to closed
quiz questions not yet in the review log and the paragraphs they marked as read: the service
takes them in (quizzes and readings write nothing for the revision themselves).

Every method filters on the server and the member. ``apply`` is the one read-decide-write
transaction: it locks the member's settings row (so that two clicks of one member are written one
after the other on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` serialises every writer), reads the
member's snapshot, lets the core decide the plan and writes it. One review a press is the
session's step, checked under that lock, and the unique (session, step) of the log behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from fsrs import State
from sqlalchemy import Insert, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.study.models import GeneratedQuestion, QuestionKind, QuestionStatus
from bot.core.study.revision_models import (
    MemberSettings,
    Plan,
    QuizResult,
    ReadMark,
    ReviewEntry,
    RevisionErasure,
    SessionMode,
    SessionRecord,
    Snapshot,
    Source,
)
from bot.core.study.schedule import CardState, Grade, Stage
from bot.storage.resilience import retried
from bot.storage.rows import utc
from bot.storage.store import Repository
from bot.storage.tables import (
    AnswerRow,
    QuestionRow,
    ReadMarkRow,
    RevisionCardRow,
    RevisionMemberRow,
    RevisionReviewRow,
    RevisionSessionRow,
)

# When the member's day started (the service computes it from their time zone): the daily count
# of new cards starts there.
Since = Callable[[MemberSettings], datetime]
Decide = Callable[[Snapshot], Plan]


def _settings(row: RevisionMemberRow | None) -> MemberSettings:
    if row is None:
        return MemberSettings()
    return MemberSettings(
        timezone=row.timezone,
        reminder_hour=row.reminder_hour,
        reminder_channel=row.reminder_channel,
        last_reminded=row.last_reminded,
        dm_refused_at=None if row.dm_refused_at is None else utc(row.dm_refused_at),
        fed_since=None if row.fed_since is None else utc(row.fed_since),
    )


def _state(row: RevisionCardRow) -> CardState:
    return CardState(
        card_id=row.card_id,
        state=State[row.state],
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=utc(row.due),
        last_review=None if row.last_review is None else utc(row.last_review),
        reps=row.reps,
        lapses=row.lapses,
    )


def _write_state(row: RevisionCardRow, state: CardState) -> None:
    row.state, row.step, row.stability, row.difficulty = (
        state.state.name,
        state.step,
        state.stability,
        state.difficulty,
    )
    row.due, row.last_review, row.reps, row.lapses = state.due, state.last_review, state.reps, state.lapses


def _session(row: RevisionSessionRow) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        guild_id=row.guild_id,
        user_id=row.user_id,
        mode=SessionMode(row.mode),
        card_id=row.card_id,
        step=row.step,
        queue=tuple(str(c) for c in row.queue),
        reviewed=row.reviewed,
        again=row.again,
        started_at=utc(row.started_at),
    )


def _entry(row: RevisionReviewRow) -> ReviewEntry:
    return ReviewEntry(
        card_id=row.card_id,
        grade=Grade(row.grade),
        source=Source(row.source),
        stage_before=Stage(row.stage_before),
        reviewed_at=utc(row.reviewed_at),
        session_id=row.session_id,
        step=row.step,
    )


async def _closed_answers(
    session: AsyncSession, guild_id: int, user_id: int, since: datetime | None
) -> tuple[QuizResult, ...]:
    """The member's answers to closed quiz questions that no review of the log comes from yet."""
    fed = select(RevisionReviewRow.id).where(RevisionReviewRow.answer_id == AnswerRow.id).exists()
    query = (
        select(AnswerRow.id, AnswerRow.correct, QuestionRow)
        .join(QuestionRow, QuestionRow.id == AnswerRow.question_id)
        .where(AnswerRow.guild_id == guild_id, AnswerRow.user_id == user_id, ~fed)
        .where(QuestionRow.status == QuestionStatus.CLOSED.value, QuestionRow.closed_at.is_not(None))
        .order_by(QuestionRow.closed_at, AnswerRow.id)
    )
    if since is not None:
        query = query.where(QuestionRow.closed_at > since)
    found = []
    for answer_id, correct, row in await session.execute(query):
        closed = row.closed_at
        assert closed is not None  # noqa: S101 -- selected above: closed questions only
        body = GeneratedQuestion(
            kind=QuestionKind(row.kind),
            quote=row.quote,
            choices=tuple(str(c) for c in row.choices),
            answer=row.answer,
            paragraph_id=row.paragraph_id,
            subject=row.subject,
            vote=row.vote,
        )
        found.append(QuizResult(int(answer_id), body, bool(correct), utc(closed)))
    return tuple(found)


async def _reads(
    session: AsyncSession, guild_id: int, user_id: int, since: datetime | None
) -> tuple[ReadMark, ...]:
    """The paragraphs the member marked as read on this server, each with its first mark."""
    query = (
        select(ReadMarkRow.paragraph_id, func.min(ReadMarkRow.read_at))
        .where(ReadMarkRow.guild_id == guild_id, ReadMarkRow.user_id == user_id)
        .group_by(ReadMarkRow.paragraph_id)
    )
    if since is not None:
        query = query.where(ReadMarkRow.read_at > since)
    return tuple(ReadMark(str(p), utc(at)) for p, at in await session.execute(query))


class RevisionRepository(Repository):
    """One member's revision on one server; every method filters on both."""

    def _insert_ignore(self, values: dict[str, Any] | list[dict[str, Any]]) -> Insert:
        """``INSERT … ON CONFLICT DO NOTHING`` of member rows, in the engine's dialect."""
        if self.store.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(RevisionMemberRow).values(values).on_conflict_do_nothing()
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(RevisionMemberRow).values(values).on_conflict_do_nothing()

    async def _locked_member(
        self, session: AsyncSession, guild_id: int, user_id: int, now: datetime
    ) -> RevisionMemberRow:
        """The member's row, created if absent, locked until the end of the transaction."""
        await session.execute(
            self._insert_ignore(
                {"guild_id": guild_id, "user_id": user_id, "refusal_told": False, "updated_at": now}
            )
        )
        row = await session.scalar(
            select(RevisionMemberRow)
            .where(RevisionMemberRow.guild_id == guild_id, RevisionMemberRow.user_id == user_id)
            .with_for_update()
        )
        assert row is not None  # noqa: S101 -- inserted just above, in this transaction
        return row

    async def _read(
        self,
        session: AsyncSession,
        guild_id: int,
        user_id: int,
        member: RevisionMemberRow | None,
        since: Since,
        session_id: int | None,
    ) -> tuple[Snapshot, dict[str, RevisionCardRow], RevisionSessionRow | None]:
        settings = _settings(member)
        rows = {
            row.card_id: row
            for row in await session.scalars(
                select(RevisionCardRow).where(
                    RevisionCardRow.guild_id == guild_id, RevisionCardRow.user_id == user_id
                )
            )
        }
        new_today = await session.scalar(
            select(func.count(RevisionReviewRow.id)).where(
                RevisionReviewRow.guild_id == guild_id,
                RevisionReviewRow.user_id == user_id,
                RevisionReviewRow.source == Source.REVISION.value,
                RevisionReviewRow.stage_before == Stage.NEW.value,
                RevisionReviewRow.reviewed_at >= since(settings),
            )
        )
        session_row = None
        if session_id is not None:
            # Any member's session of this server: the service tells the owner from the others.
            session_row = await session.scalar(
                select(RevisionSessionRow).where(
                    RevisionSessionRow.id == session_id, RevisionSessionRow.guild_id == guild_id
                )
            )
        snapshot = Snapshot(
            guild_id=guild_id,
            user_id=user_id,
            states={card_id: _state(row) for card_id, row in rows.items()},
            settings=settings,
            new_today=int(new_today or 0),
            session=None if session_row is None else _session(session_row),
            quiz=await _closed_answers(session, guild_id, user_id, settings.fed_since),
            reads=await _reads(session, guild_id, user_id, settings.fed_since),
        )
        return snapshot, rows, session_row

    @retried
    async def snapshot(
        self, guild_id: int, user_id: int, since: Since, session_id: int | None = None
    ) -> Snapshot:
        """Read one member's states, settings, today's new cards and a session (no write)."""
        async with self._sessions() as session:
            member = await session.get(RevisionMemberRow, (guild_id, user_id))
            snapshot, _, _ = await self._read(session, guild_id, user_id, member, since, session_id)
            return snapshot

    @retried
    async def apply(
        self,
        guild_id: int,
        user_id: int,
        now: datetime,
        since: Since,
        decide: Decide,
        session_id: int | None = None,
    ) -> tuple[Snapshot, Plan, SessionRecord | None]:
        """Read the member's snapshot, ask ``decide`` for the plan and write it, in one transaction.

        Returns the snapshot read, the plan written and the session as it now stands (created,
        changed, or as read). When ``decide`` raises (a refused click), nothing is written.
        """
        async with self._transaction() as session:
            return await self._apply(session, guild_id, user_id, now, since, decide, session_id)

    async def _apply(
        self,
        session: AsyncSession,
        guild_id: int,
        user_id: int,
        now: datetime,
        since: Since,
        decide: Decide,
        session_id: int | None,
    ) -> tuple[Snapshot, Plan, SessionRecord | None]:
        member = await self._locked_member(session, guild_id, user_id, now)
        snapshot, rows, session_row = await self._read(session, guild_id, user_id, member, since, session_id)
        plan = decide(snapshot)
        return snapshot, plan, await self._write(session, guild_id, user_id, now, plan, rows, session_row)

    async def _write(
        self,
        session: AsyncSession,
        guild_id: int,
        user_id: int,
        now: datetime,
        plan: Plan,
        rows: dict[str, RevisionCardRow],
        session_row: RevisionSessionRow | None,
    ) -> SessionRecord | None:
        """Write one member's plan over the rows read in this transaction; return the session as it stands."""
        for state in plan.states:
            row = rows.get(state.card_id)
            if row is None:
                row = RevisionCardRow(guild_id=guild_id, user_id=user_id, card_id=state.card_id, added_at=now)
                session.add(row)
                rows[state.card_id] = row
            _write_state(row, state)
        change = plan.session
        if change is not None:
            if change.id is None:
                session_row = RevisionSessionRow(guild_id=guild_id, user_id=user_id, started_at=now)
                session.add(session_row)
            # A plan changes the session it read, or creates one: never another.
            assert session_row is not None  # noqa: S101
            assert session_row.id in (change.id, None)  # noqa: S101
            session_row.mode, session_row.card_id = change.mode.value, change.card_id
            session_row.step, session_row.queue = change.step, list(change.queue)
            session_row.reviewed, session_row.again = change.reviewed, change.again
            session_row.updated_at = now
            await session.flush()  # a new session gets its id
        session.add_all(
            RevisionReviewRow(
                guild_id=guild_id,
                user_id=user_id,
                card_id=entry.card_id,
                grade=entry.grade.value,
                source=entry.source.value,
                stage_before=entry.stage_before.value,
                reviewed_at=entry.reviewed_at,
                session_id=entry.session_id,
                step=entry.step,
                answer_id=entry.answer_id,
            )
            for entry in plan.reviews
        )
        return None if session_row is None else _session(session_row)

    @retried
    async def history(self, guild_id: int, user_id: int, since: datetime) -> list[ReviewEntry]:
        """Return the member's reviews since ``since``, oldest first."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(RevisionReviewRow)
                .where(
                    RevisionReviewRow.guild_id == guild_id,
                    RevisionReviewRow.user_id == user_id,
                    RevisionReviewRow.reviewed_at >= since,
                )
                .order_by(RevisionReviewRow.reviewed_at, RevisionReviewRow.id)
            )
            return [_entry(row) for row in rows]

    @retried
    async def settings(self, guild_id: int, user_id: int) -> MemberSettings:
        """Return the member's settings (defaults when they never set any)."""
        async with self._sessions() as session:
            return _settings(await session.get(RevisionMemberRow, (guild_id, user_id)))

    @retried
    async def set_reminder(
        self,
        guild_id: int,
        user_id: int,
        hour: int | None,
        timezone: str | None,
        channel_id: int | None,
        last_reminded: date | None,
        now: datetime,
    ) -> MemberSettings:
        """Set (``hour``) or stop (``None``) the member's reminder; setting one tries DMs again."""
        async with self._transaction() as session:
            row = await self._locked_member(session, guild_id, user_id, now)
            row.timezone, row.reminder_hour, row.updated_at = timezone, hour, now
            row.reminder_channel = channel_id
            if hour is not None:
                row.last_reminded, row.dm_refused_at, row.refusal_told = last_reminded, None, False
            return _settings(row)

    @retried
    async def set_timezone(self, guild_id: int, user_id: int, timezone: str, now: datetime) -> MemberSettings:
        """Set the member's time zone alone (their day and their reminder's hour follow it)."""
        async with self._transaction() as session:
            row = await self._locked_member(session, guild_id, user_id, now)
            row.timezone, row.updated_at = timezone, now
            return _settings(row)

    @retried
    async def refused(self, guild_id: int, user_id: int, now: datetime, *, told: bool) -> None:
        """Record that the member's private messages refused a reminder: no more are sent."""
        async with self._transaction() as session:
            await session.execute(
                update(RevisionMemberRow)
                .where(RevisionMemberRow.guild_id == guild_id, RevisionMemberRow.user_id == user_id)
                .values(dm_refused_at=now, refusal_told=told, updated_at=now)
            )

    @retried
    async def pop_refusal(self, guild_id: int, user_id: int) -> bool:
        """Whether a refused reminder is still to be told to the member; marks it told (once)."""
        async with self._transaction() as session:
            result = await session.execute(
                update(RevisionMemberRow)
                .where(RevisionMemberRow.guild_id == guild_id, RevisionMemberRow.user_id == user_id)
                .where(
                    RevisionMemberRow.dm_refused_at.is_not(None), RevisionMemberRow.refusal_told.is_(False)
                )
                .values(refusal_told=True)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    @retried
    async def reminder_candidates(self) -> list[tuple[int, int, MemberSettings]]:
        """Return every member with a reminder set and private messages open, all servers."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(RevisionMemberRow).where(
                    RevisionMemberRow.reminder_hour.is_not(None), RevisionMemberRow.dm_refused_at.is_(None)
                )
            )
            return [(row.guild_id, row.user_id, _settings(row)) for row in rows]

    @retried
    async def claim_reminder(self, guild_id: int, user_id: int, day: date) -> bool:
        """Claim the member's reminder of ``day``: true for the one call (or process) that claims it."""
        async with self._transaction() as session:
            result = await session.execute(
                update(RevisionMemberRow)
                .where(RevisionMemberRow.guild_id == guild_id, RevisionMemberRow.user_id == user_id)
                .where(
                    RevisionMemberRow.reminder_hour.is_not(None), RevisionMemberRow.dm_refused_at.is_(None)
                )
                .where(or_(RevisionMemberRow.last_reminded.is_(None), RevisionMemberRow.last_reminded < day))
                .values(last_reminded=day)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    @retried
    async def erase(self, guild_id: int, user_id: int, now: datetime) -> RevisionErasure:
        """Delete the member's card states, reviews and sessions on this server; reset their settings.

        The settings row stays, empty but for ``fed_since``: the quiz answers and reading marks
        already there would otherwise feed the erased cards again at the next snapshot.
        """
        counts = []
        async with self._transaction() as session:
            member = await self._locked_member(session, guild_id, user_id, now)
            for table in (RevisionCardRow, RevisionReviewRow, RevisionSessionRow):
                result = await session.execute(
                    delete(table).where(table.guild_id == guild_id, table.user_id == user_id)
                )
                counts.append(int(result.rowcount))  # type: ignore[attr-defined]
            member.timezone = member.reminder_hour = member.reminder_channel = None
            member.last_reminded = member.dm_refused_at = None
            member.refusal_told, member.fed_since, member.updated_at = False, now, now
        return RevisionErasure(cards=counts[0], reviews=counts[1])
