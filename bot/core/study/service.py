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
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUIZ_STARTS_PER_HOUR
from bot.core.service import Service
from bot.core.study.clock import Clock, system_clock
from bot.core.study.explain import explained as _explained
from bot.core.study.generator import QuizGenerator
from bot.core.study.models import (
    DailyMode,
    DailyPost,
    DailySchedule,
    Erasure,
    GeneratedQuestion,
    Leaderboard,
    Period,
    Progress,
    Score,
    Standing,
)
from bot.core.study.quiz import QuizUseCases
from bot.core.study.reading import ReadingService
from bot.core.study.zones import DEFAULT_ZONE, MAX_ZONE_LENGTH, canonical_zone, close_zones, suggest_zones
from bot.core.text.french import fold

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
        # Guided reading (/etude) has its own module: its rules of who leads and what a button names.
        self.readings = ReadingService(service, repository, clock, THEME_HITS)

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

    # Paragraph of the day

    @_explained
    async def set_daily(
        self, guild_id: int, channel_id: int, hour: int, mode: str = "ordre", zone: str | None = None
    ) -> DailySchedule:
        """Post a paragraph a day in ``channel_id`` at ``hour`` in the time zone ``zone``.

        ``mode`` is ``ordre`` or ``hasard``. Without ``zone`` the server keeps the zone it chose
        before, or gets ``DEFAULT_ZONE``; the hour is local to it, summer time included.
        """
        if not 0 <= hour <= 23:
            raise UserError("heure_invalide", saisie=hour)
        key = fold((mode or "ordre").strip())
        if key not in {m.value for m in DailyMode}:
            raise UserError("mode_inconnu", saisie=mode, modes=[m.value for m in DailyMode])
        name = await self._zone(guild_id, zone)
        return await self.repository.daily.set(guild_id, channel_id, hour, DailyMode(key), name, self.clock())

    async def _zone(self, guild_id: int, typed: str | None) -> str:
        if typed is None or not typed.strip():
            current = await self.repository.daily.get(guild_id)
            return current.timezone if current is not None else DEFAULT_ZONE
        # The length first: no lookup of a forged 6,000-character option.
        name = canonical_zone(typed) if len(typed) <= MAX_ZONE_LENGTH else None
        if name is None:
            shown = typed.strip()[:MAX_ZONE_LENGTH]
            raise UserError("fuseau_inconnu", saisie=shown, suggestions=close_zones(shown))
        return name

    def zone_choices(self, typed: str) -> list[str]:
        """Return the zone names to suggest while ``typed`` is being typed (autocomplete)."""
        return suggest_zones(typed[:MAX_ZONE_LENGTH])

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
        """Return the schedules whose next post is due (the scheduler loop claims each)."""
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

        def choose(schedule: DailySchedule, day: date, posted: int) -> tuple[str, GeneratedQuestion, int]:
            # Reproducible per guild and (the server's local) day: a retry or another process
            # picks the same paragraph.
            seed = (guild_id * 1_000_003 + day.toordinal()) % 2**31
            if schedule.mode is DailyMode.RANDOM:
                paragraph = random.Random(seed).choice(paragraphs)  # noqa: S311 -- not security
            else:
                paragraph = paragraphs[posted % len(paragraphs)]
            return paragraph.id, self.generator.for_paragraph(seed, paragraph), seed

        claimed = await self.repository.daily.claim(guild_id, now, choose)
        if claimed is None:
            return None
        schedule, day, question = claimed
        paragraph = self.resolution.get(question.body.paragraph_id or "")
        if paragraph is None:  # for_paragraph always names its paragraph
            raise LookupError(question.body.paragraph_id)
        return DailyPost(schedule, day, paragraph, question)


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
