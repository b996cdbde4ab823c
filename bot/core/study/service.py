"""The study use cases: what the Discord cogs and the console call, one async method per action.

``StudyService`` validates input (raising ``UserError`` with a template code), generates the
questions from the text, and stores everything through the storage's ``StudyRepository``, whose
neutral errors it explains with the same codes. The time comes from an injected clock, so tests
decide what "now", "this week" and "today" are. ``bot.storage.database.open_study`` opens the
storage; the service only receives it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUIZ_STARTS_PER_HOUR, MAX_THEME_LENGTH
from bot.core.service import Service
from bot.core.study.clock import Clock, system_clock

# The decorator every use case wears (the quiz ones moved to quiz.py, which needs it too).
from bot.core.study.explain import explained as _explained
from bot.core.study.generator import PARTS, QuizGenerator
from bot.core.study.models import (
    DailyMode,
    DailyPost,
    DailySchedule,
    Erasure,
    GeneratedQuestion,
    Leaderboard,
    Period,
    Progress,
    ReadingSummary,
    ReadingView,
    Score,
    Standing,
)
from bot.core.study.quiz import QuizUseCases
from bot.core.study.records import ReadingState
from bot.core.text.french import fold
from bot.core.text.models import Kind, Paragraph

if TYPE_CHECKING:
    # Only for the type: at run time the core never imports the storage (tests/test_architecture.py).
    from bot.storage.repository import StudyRepository

LEADERBOARD_SIZE = 10
# How many search hits a theme keeps: enough for a round, few enough to stay on topic.
THEME_HITS = 12
PERIODS = {"semaine": Period.WEEK, "tout": Period.ALL, "toujours": Period.ALL}


class StudyService(QuizUseCases):
    """Quizzes (``QuizUseCases``), scores, guided reading and the paragraph of the day, per guild."""

    def __init__(
        self,
        service: Service,
        repository: StudyRepository,
        clock: Clock = system_clock,
        *,
        starts_per_hour: int = DEFAULT_QUIZ_STARTS_PER_HOUR,
    ) -> None:
        self.service = service
        self.resolution = service.resolution
        self.repository = repository
        self.clock = clock
        self.generator = QuizGenerator.from_service(service, THEME_HITS)
        self.starts_per_hour = starts_per_hour  # quizzes a member may start per hour in a guild

    def _search(self, theme: str, kinds: frozenset[Kind]) -> list[str]:
        return [hit.id for hit in self.service.index.search(theme, limit=THEME_HITS, kinds=kinds)]

    # Scores

    def _since(self, period: Period) -> datetime | None:
        if period is Period.ALL:
            return None
        now = self.clock()
        monday = now - timedelta(days=now.weekday())
        return monday.replace(hour=0, minute=0, second=0, microsecond=0)

    @_explained
    async def leaderboard(
        self, guild_id: int, period: str = "tout", limit: int = LEADERBOARD_SIZE
    ) -> Leaderboard:
        """Return the guild's leaderboard for ``semaine`` (since Monday 00:00 UTC) or ``tout``."""
        key = fold((period or "tout").strip())
        if key not in PERIODS:
            raise UserError("periode_inconnue", saisie=period, periodes=["semaine", "tout"])
        chosen = PERIODS[key]
        since = self._since(chosen)
        scores = await self.repository.progress.scores(guild_id, since, limit)
        return Leaderboard(guild_id, chosen, since, _ranked(scores))

    @_explained
    async def progress(self, guild_id: int, user_id: int) -> Progress:
        """Return a member's questions answered, accuracy, rank and paragraphs seen in this guild."""
        score = await self.repository.progress.user_score(guild_id, user_id)
        seen = await self.repository.progress.paragraphs_seen(guild_id, user_id)
        order = [p.id for p in self.resolution.paragraphs]
        rank = None
        if score.answered:
            everyone = await self.repository.progress.scores(guild_id, None, limit=1_000_000)
            rank = next((s.rank for s in _ranked(everyone) if s.score.user_id == user_id), None)
        return Progress(
            guild_id=guild_id,
            user_id=user_id,
            score=score,
            paragraphs_seen=tuple(i for i in order if i in seen),
            paragraphs_total=len(order),
            rank=rank,
        )

    @_explained
    async def erase_user(self, guild_id: int, user_id: int) -> Erasure:
        """Erase a member's answers and reading marks in this guild (``/progres effacer``)."""
        return await self.repository.progress.erase_user(guild_id, user_id)

    # Guided reading

    def reading_order(self, part: str = "tout", theme: str | None = None) -> list[Paragraph]:
        """Return the paragraphs of a reading: a part in document order, or those about ``theme``."""
        key = fold((part or "tout").strip())
        if key not in PARTS:
            raise UserError("partie_inconnue", saisie=part, parties=list(PARTS))
        paragraphs = [p for p in self.resolution.paragraphs if p.kind in PARTS[key]]
        typed = (theme or "").strip()
        if not typed:
            return paragraphs
        if len(typed) > MAX_THEME_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_THEME_LENGTH)
        wanted = set(self._search(typed, frozenset(PARTS[key])))
        found = [p for p in paragraphs if p.id in wanted]  # document order, not score order
        if not found:
            raise UserError("theme_introuvable", theme=typed)
        return found

    @_explained
    async def start_reading(
        self, guild_id: int, channel_id: int, starter_id: int, part: str = "tout", theme: str | None = None
    ) -> ReadingView:
        """Start a reading session in a channel (the channel's previous session ends)."""
        order = self.reading_order(part, theme)
        state = await self.repository.reading.create(
            guild_id, channel_id, starter_id, fold(part or "tout"), (theme or "").strip() or None,
            [p.id for p in order], self.clock(),
        )  # fmt: skip
        return self._view(state)

    @_explained
    async def reading(self, guild_id: int, session_id: int) -> ReadingView:
        """Return a session at its current paragraph."""
        return self._view(await self._state(guild_id, session_id))

    @_explained
    async def next_paragraph(self, guild_id: int, session_id: int) -> ReadingView:
        """Move to the next paragraph (▶); stays on the last one at the end."""
        await self.repository.reading.move(guild_id, session_id, 1, self.clock())
        return await self.reading(guild_id, session_id)

    @_explained
    async def previous_paragraph(self, guild_id: int, session_id: int) -> ReadingView:
        """Move to the previous paragraph (◀); stays on the first one at the start."""
        await self.repository.reading.move(guild_id, session_id, -1, self.clock())
        return await self.reading(guild_id, session_id)

    @_explained
    async def mark_read(self, guild_id: int, session_id: int, user_id: int) -> ReadingView:
        """Mark the current paragraph as read (« marquer comme lu »)."""
        await self.repository.reading.mark_read(guild_id, session_id, user_id, self.clock())
        return await self.reading(guild_id, session_id)

    @_explained
    async def resume_reading(self, guild_id: int, channel_id: int) -> ReadingView:
        """Return the channel's unfinished session where the group stopped (``/etude reprendre``)."""
        state = await self.repository.reading.latest(guild_id, channel_id)
        if state is None:
            raise UserError("aucune_etude")
        return self._view(state)

    @_explained
    async def finish_reading(self, guild_id: int, session_id: int) -> ReadingSummary:
        """End a session: paragraphs read, readers, and the channel's quiz results meanwhile."""
        totals = await self.repository.reading.finish(guild_id, session_id, self.clock())
        state = totals.state
        return ReadingSummary(
            session_id=state.id,
            guild_id=state.guild_id,
            channel_id=state.channel_id,
            read=tuple(i for i in state.paragraph_ids if i in state.read_ids),
            total=len(state.paragraph_ids),
            readers=totals.readers,
            quiz=totals.quiz,
        )

    async def _state(self, guild_id: int, session_id: int) -> ReadingState:
        state = await self.repository.reading.get(guild_id, session_id)
        if state is None:
            raise UserError("etude_inconnue")
        return state

    def _view(self, state: ReadingState) -> ReadingView:
        paragraph_id = state.paragraph_ids[state.position]
        paragraph = self.resolution.get(paragraph_id)
        if paragraph is None:  # ids were stored from this corpus; a mismatch is a bug
            raise LookupError(paragraph_id)
        return ReadingView(
            session_id=state.id,
            guild_id=state.guild_id,
            channel_id=state.channel_id,
            paragraph=paragraph,
            position=state.position,
            total=len(state.paragraph_ids),
            read=paragraph_id in state.read_ids,
            status=state.status,
        )

    # Paragraph of the day

    @_explained
    async def set_daily(
        self, guild_id: int, channel_id: int, hour: int, mode: str = "ordre"
    ) -> DailySchedule:
        """Post a paragraph a day in ``channel_id`` at ``hour`` (UTC), ``ordre`` or ``hasard``."""
        if not 0 <= hour <= 23:
            raise UserError("heure_invalide", saisie=hour)
        key = fold((mode or "ordre").strip())
        if key not in {m.value for m in DailyMode}:
            raise UserError("mode_inconnu", saisie=mode, modes=[m.value for m in DailyMode])
        return await self.repository.daily.set(guild_id, channel_id, hour, DailyMode(key), self.clock())

    @_explained
    async def daily(self, guild_id: int) -> DailySchedule | None:
        """Return the guild's paragraph-of-the-day schedule, if any."""
        return await self.repository.daily.get(guild_id)

    @_explained
    async def stop_daily(self, guild_id: int) -> bool:
        """Stop the guild's paragraph of the day; return whether one was running."""
        return await self.repository.daily.disable(guild_id, self.clock())

    @_explained
    async def due_daily(self) -> list[DailySchedule]:
        """Return the schedules due now that have not posted today (the scheduler loop claims each)."""
        return await self.repository.daily.due(self.clock())

    @_explained
    async def claim_due_daily(self) -> list[DailyPost]:
        """Claim every post due now (the scheduler loop of each process calls this); each goes to one."""
        posts = []
        for schedule in await self.due_daily():
            post = await self.claim_daily(schedule.guild_id)
            if post is not None:
                posts.append(post)
        return posts

    @_explained
    async def claim_daily(self, guild_id: int) -> DailyPost | None:
        """Claim today's paragraph for the guild; ``None`` if another process (or call) already did."""
        now = self.clock()
        paragraphs = self.resolution.paragraphs

        def choose(schedule: DailySchedule, posted: int) -> tuple[str, GeneratedQuestion, int]:
            # Reproducible per guild and day: a retry or another process picks the same paragraph.
            seed = (guild_id * 1_000_003 + now.date().toordinal()) % 2**31
            if schedule.mode is DailyMode.RANDOM:
                paragraph = random.Random(seed).choice(paragraphs)  # noqa: S311 -- not security
            else:
                paragraph = paragraphs[posted % len(paragraphs)]
            return paragraph.id, self.generator.for_paragraph(seed, paragraph), seed

        claimed = await self.repository.daily.claim(guild_id, now, choose)
        if claimed is None:
            return None
        schedule, question = claimed
        paragraph = self.resolution.get(question.body.paragraph_id or "")
        if paragraph is None:  # for_paragraph always names its paragraph
            raise LookupError(question.body.paragraph_id)
        return DailyPost(schedule, now.date(), paragraph, question)


def _ranked(scores: Sequence[Score]) -> tuple[Standing, ...]:
    """Rank scores (already best first); equal correct counts and attempts share a rank."""
    standings: list[Standing] = []
    for index, score in enumerate(scores):
        previous = standings[-1] if standings else None
        tied = previous and (previous.score.correct, previous.score.answered) == (
            score.correct,
            score.answered,
        )
        standings.append(Standing(previous.rank if previous and tied else index + 1, score))
    return tuple(standings)
