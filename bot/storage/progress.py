"""Storage reads of a guild's scores and a member's progress, and the erasure of a member's data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update

from bot.core.study.models import Erasure, Score
from bot.storage.resilience import retried
from bot.storage.rows import score_columns, scores
from bot.storage.store import Repository
from bot.storage.tables import AnswerRow, ReadingRow, ReadMarkRow, RoundRow


class ProgressRepository(Repository):
    """Leaderboards, progress cards and ``/progres effacer``, per guild."""

    @retried
    async def scores(self, guild_id: int, since: datetime | None, limit: int) -> list[Score]:
        """Return the guild's scores since ``since``, best first."""
        query = select(*score_columns()).where(AnswerRow.guild_id == guild_id).group_by(AnswerRow.user_id)
        if since is not None:
            query = query.where(AnswerRow.answered_at >= since)
        async with self._sessions() as session:
            return scores((await session.execute(query)).all())[:limit]

    @retried
    async def user_score(self, guild_id: int, user_id: int) -> Score:
        """Return one member's all-time score in the guild."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(*score_columns())
                    .where(AnswerRow.guild_id == guild_id, AnswerRow.user_id == user_id)
                    .group_by(AnswerRow.user_id)
                )
            ).first()
        return Score(user_id, 0, 0) if row is None else scores([row])[0]

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
        async with self._transaction() as session:
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
