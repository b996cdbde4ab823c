"""Retry a study operation when the database connection fails, then report ``StorageUnavailable``.

Each repository method is one transaction: when the connection drops (PostgreSQL restarted, a
backend terminated, SQLite locked past its busy timeout), the transaction is rolled back and
running the method again is safe. Answers cannot be counted twice by a retry: the unique
(question, member) constraint turns a second insert into "already answered". Errors that are not
about the connection (an integrity error, a bug) are never retried.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from bot.core.study.errors import StorageUnavailable

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")
# Short waits: a click must still be answered within Discord's 3-second window.
DEFAULT_DELAYS = (0.05, 0.2, 0.5)


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` is about reaching the database (worth a retry), not about the statement."""
    if isinstance(error, DBAPIError):
        # OperationalError: SQLite "database is locked", PostgreSQL shutting a backend down;
        # InterfaceError: the driver's connection is closed; connection_invalidated: the pool saw
        # a disconnect. An IntegrityError or a ProgrammingError is none of these.
        return error.connection_invalidated or isinstance(error, OperationalError | InterfaceError)
    # asyncpg raises OSError (refused, reset) and TimeoutError while (re)connecting, unwrapped.
    return isinstance(error, OSError | TimeoutError)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times a failed operation is tried again, and how long to wait before each try."""

    delays: Sequence[float] = DEFAULT_DELAYS

    async def run(self, operation: Callable[[], Awaitable[T]], name: str) -> T:
        """Run ``operation``; on a connection error, retry after each delay, then ``StorageUnavailable``.

        The incident id of that error is also in the one warning logged, so that a member who quotes
        it can be matched with the log (the service shows it in ``base_indisponible``).
        """
        for attempt, delay in enumerate((*self.delays, None), start=1):
            try:
                return await operation()
            except Exception as error:
                if not is_transient(error):
                    raise
                if delay is None:
                    code = uuid.uuid4().hex[:8]
                    # No SQL or parameters in the log: they may hold what a member typed.
                    log.warning(
                        "base d'étude indisponible (erreur %s) : %s a échoué %d fois (%s)",
                        code,
                        name,
                        attempt,
                        _kind(error),
                    )
                    raise StorageUnavailable(code) from error
                log.info("base d'étude : %s, essai %d échoué (%s), nouvel essai", name, attempt, _kind(error))
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover -- the last delay is None


def _kind(error: BaseException) -> str:
    original = error.orig if isinstance(error, DBAPIError) else None
    return type(error).__name__ + (f"/{type(original).__name__}" if original is not None else "")


class HasRetry(Protocol):
    """An object whose operations follow a ``RetryPolicy``."""

    @property
    def retry(self) -> RetryPolicy:
        """The policy its operations follow."""
        ...


S = TypeVar("S", bound=HasRetry)


def retried(
    method: Callable[Concatenate[S, P], Coroutine[Any, Any, T]],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, T]]:
    """Run a repository method under its ``retry`` policy (the method must be one transaction)."""

    @functools.wraps(method)
    async def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self.retry.run(lambda: method(self, *args, **kwargs), method.__qualname__)

    return wrapper
