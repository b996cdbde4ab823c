"""The study storage over one engine: a repository per aggregate, sharing sessions and retries.

Every method takes the guild id and filters on it, so a guild never reads another's rows. The rules
that must hold with several processes are enforced by the database, not by Python: one answer per
member per question (unique constraint), one close per question (conditional UPDATE), one paragraph
of the day per guild and day (unique row). Outcomes other than results are the neutral errors of
``bot.core.study.errors``; the study service explains them.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.daily import DailyRepository
from bot.storage.progress import ProgressRepository
from bot.storage.quiz import QuizRepository
from bot.storage.reading import ReadingRepository
from bot.storage.resilience import RetryPolicy
from bot.storage.revision import RevisionRepository
from bot.storage.store import Store


class StudyRepository:
    """What the study service stores, by aggregate: quiz, reading, daily, progress and revision.

    They share one ``Store``: setting ``retry`` here changes the policy of all of them.
    """

    def __init__(self, engine: AsyncEngine, retry: RetryPolicy | None = None) -> None:
        self.store = Store(engine, retry)
        self.quiz = QuizRepository(self.store)
        self.reading = ReadingRepository(self.store)
        self.daily = DailyRepository(self.store)
        self.progress = ProgressRepository(self.store)
        self.revision = RevisionRepository(self.store)

    @property
    def engine(self) -> AsyncEngine:
        """The engine the repositories use (the caller that created it disposes of it)."""
        return self.store.engine

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy every repository follows."""
        return self.store.retry

    @retry.setter
    def retry(self, policy: RetryPolicy) -> None:
        self.store.retry = policy
