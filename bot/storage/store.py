"""What the aggregate repositories share: one engine's sessions and one retry policy.

Each repository (quiz, reading, daily, progress) reads both through its ``Store`` at call time,
so replacing ``store.retry`` changes the policy of all of them at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage.resilience import RetryPolicy, watch_commits


class Store:
    """An engine, its session factory, and the retry policy of every repository built on it."""

    def __init__(self, engine: AsyncEngine, retry: RetryPolicy | None = None) -> None:
        self.engine = engine
        self.retry = retry or RetryPolicy()
        watch_commits(engine)  # a COMMIT cut by the deadline is an unknown outcome, not a failure
        # Records are built from rows after commit: expiring them would reload every attribute.
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)


class Repository:
    """Base of the aggregate repositories: each public method is one transaction, retried."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy of the shared store (what ``retried`` methods follow)."""
        return self.store.retry

    @property
    def _sessions(self) -> async_sessionmaker[AsyncSession]:
        return self.store.sessions

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[AsyncSession]:
        """A session in a transaction, committed at the end, and closed even if the COMMIT fails.

        (``sessions.begin()`` leaves the session open, its connection checked out, when COMMIT
        raises: a connection lost then would stay out of the pool until garbage collection.)
        """
        async with self._sessions() as session, session.begin():
            yield session
