"""Retry a study operation when the database connection fails, within a deadline, then report.

Each repository method is one transaction: when the connection drops (PostgreSQL restarted, a
backend terminated, SQLite locked past its busy timeout), the transaction is rolled back and
running the method again is safe. Answers cannot be counted twice by a retry: the unique
(question, member) constraint turns a second insert into "already answered".

Errors are sorted in three: temporary ones (about reaching the database: refused, reset, busy or
locked, a serialization failure or deadlock, a timeout) are retried; permanent ones (a read-only
file, a missing table or column, refused credentials, a full disk) are reported at once, since a
retry cannot mend them; the rest (an integrity error, a bug) go up unchanged.

Every operation, its retries included, has a deadline (``DEFAULT_DEADLINE``) shorter than
Discord's 3-second window: a hung server (a frozen PostgreSQL, a SQLite file another process
keeps locked) costs a click that long, then « base indisponible ». If the deadline or a lost
connection cuts a COMMIT, nobody knows whether it was stored: ``OutcomeUnknown``, never
« enregistrée » nor « indisponible ».
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import sqlite3
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.study.errors import OutcomeUnknown, StorageUnavailable

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")
# Short waits: a click must still be answered within Discord's 3-second window.
DEFAULT_DELAYS = (0.05, 0.2, 0.5)
# One operation, retries included: with the clean-up of a cut try (below), under Discord's
# 3-second window. Two fit in it only with the deferral that bot/discord_app/deferral.py makes
# after 1 s.
DEFAULT_DEADLINE = 1.5
# A try past the deadline is cancelled once, then given CLEANUP_GRACE to end: on SQLite the
# statement still runs in aiosqlite's thread, at most the 1 s busy timeout (database.py), and a
# second cancellation there would strand the connection's close behind its stopped thread (the
# process could then never exit). Past the grace, it is cancelled again every 50 ms: SQLAlchemy
# closes a cut asyncpg connection gracefully, for up to 2 s, unless cancelled once more.
CLEANUP_GRACE = 1.1
_ABANDON_EVERY = 0.05
_ABANDON_TRIES = 40

# Permanent errors by kind (what to repair), from SQLite's primary result codes
# (sqlite3.Error.sqlite_errorcode & 0xFF) and PostgreSQL's SQLSTATEs (then their classes).
_SQLITE_MISSING = -1  # SQLITE_ERROR about the schema: see _SQLITE_SCHEMA
_SQLITE_PERMANENT = {
    _SQLITE_MISSING: "schema",
    sqlite3.SQLITE_READONLY: "lecture_seule",
    sqlite3.SQLITE_PERM: "fichier",
    sqlite3.SQLITE_CANTOPEN: "fichier",
    sqlite3.SQLITE_CORRUPT: "fichier",
    sqlite3.SQLITE_NOTADB: "fichier",
    sqlite3.SQLITE_FULL: "espace",
    sqlite3.SQLITE_AUTH: "identifiants",
}
_SQLITE_TEMPORARY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
# SQLITE_ERROR is also a syntax error (a bug, not the database): only these messages are permanent.
_SQLITE_SCHEMA = ("no such table", "no such column", "has no column")
_PG_PERMANENT = {
    "25006": "lecture_seule",  # read-only transaction (a standby, default_transaction_read_only)
    "42501": "lecture_seule",  # permission denied
    "42P01": "schema",
    "42703": "schema",
    "53100": "espace",
    "53200": "espace",
    "28": "identifiants",  # class: refused login
    "3D": "identifiants",  # class: no such database
}
# Classes 08 (connection) and 57P (shutdown) are temporary, as are a serialization failure, a
# deadlock, a lock not available, a statement timeout and too many connections.
_PG_TEMPORARY = {"40001", "40P01", "55P03", "57014", "53300"}


def _codes(error: BaseException) -> tuple[int | None, str | None]:
    """The SQLite result code and the PostgreSQL SQLSTATE behind ``error``, where it has them."""
    sqlite_code: int | None = None
    sqlstate: str | None = None
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error) and getattr(current, "sqlite_errorcode", None) is not None:
            sqlite_code = current.sqlite_errorcode & 0xFF
            if sqlite_code == sqlite3.SQLITE_ERROR and any(m in str(current) for m in _SQLITE_SCHEMA):
                sqlite_code = _SQLITE_MISSING
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str) and len(state) == 5:
            sqlstate = state
        following = current.orig if isinstance(current, DBAPIError) else None
        current = following or current.__cause__
    return sqlite_code, sqlstate


def permanent_kind(error: BaseException) -> str | None:
    """What a retry cannot mend, or ``None``: lecture_seule, schema, identifiants, espace, fichier."""
    sqlite_code, sqlstate = _codes(error)
    if sqlite_code is not None:
        return _SQLITE_PERMANENT.get(sqlite_code)
    if sqlstate is not None:
        return _PG_PERMANENT.get(sqlstate) or _PG_PERMANENT.get(sqlstate[:2])
    return None


def is_permanent(error: BaseException) -> bool:
    """Whether retrying cannot help: read-only, missing table or column, refused login, full disk."""
    return permanent_kind(error) is not None


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` is about reaching the database (worth a retry), not about the statement."""
    if is_permanent(error):
        return False
    sqlite_code, sqlstate = _codes(error)
    if sqlite_code is not None:  # SQLite says which: busy or locked, or the statement (a bug)
        return sqlite_code in _SQLITE_TEMPORARY
    if sqlstate in _PG_TEMPORARY:
        return True
    if sqlstate is not None and sqlstate.startswith(("08", "57P")):
        return True
    if isinstance(error, DBAPIError):
        # OperationalError: SQLite "database is locked", PostgreSQL shutting a backend down;
        # InterfaceError: the driver's connection is closed; connection_invalidated: the pool saw
        # a disconnect. An IntegrityError or a ProgrammingError is none of these.
        return error.connection_invalidated or isinstance(error, OperationalError | InterfaceError)
    # asyncpg raises OSError (refused, reset) and TimeoutError while (re)connecting, unwrapped.
    return isinstance(error, OSError | TimeoutError)


@dataclass(slots=True)
class _Attempt:
    """One try of an operation: whether it got as far as sending COMMIT."""

    committing: bool = False


_ATTEMPT: contextvars.ContextVar[_Attempt | None] = contextvars.ContextVar("study_attempt", default=None)


def watch_commits(engine: AsyncEngine) -> None:
    """Let the retry policy know when an operation on ``engine`` has sent its COMMIT."""

    @event.listens_for(engine.sync_engine, "commit")
    def _committing(_connection: Any) -> None:
        # Runs in SQLAlchemy's greenlet, which shares the calling task's context.
        attempt = _ATTEMPT.get()
        if attempt is not None:
            attempt.committing = True


class DeadlineExceeded(TimeoutError):
    """An operation still had no answer from the database at its deadline."""


@dataclass(slots=True)
class Availability:
    """Whether the database answered last time: an outage is logged when it starts and when it ends.

    Without it, a timer polling every 2 s would log a warning at every tick while the database is
    down. Each incident id still reaches the log (at INFO after the first), for a member who quotes it.
    """

    down_since: float | None = None
    failures: int = 0

    def failed(self, now: float) -> bool:
        """Count a failure; return whether it starts an outage."""
        self.failures += 1
        if self.down_since is None:
            self.down_since = now
            return True
        return False

    def answered(self, now: float) -> None:
        """Log the end of an outage, once."""
        if self.down_since is not None:
            log.warning(
                "base d'étude de nouveau disponible après %.1f s (%d opération(s) en échec)",
                now - self.down_since,
                self.failures,
            )
            self.down_since, self.failures = None, 0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times a failed operation is tried again, how long to wait, and its deadline."""

    delays: Sequence[float] = DEFAULT_DELAYS
    deadline: float = DEFAULT_DEADLINE
    availability: Availability = field(default_factory=Availability, compare=False)

    async def run(self, operation: Callable[[], Awaitable[T]], name: str, *, idempotent: bool = False) -> T:
        """Run ``operation``; on a temporary error retry after each delay, within the deadline.

        Then ``StorageUnavailable``, or ``OutcomeUnknown`` if a COMMIT was cut (``idempotent``
        operations are retried even then: their retry finds what the first try stored). The
        incident id of that error is also in the log, so that a member who quotes it can be
        matched with it (the service shows it in ``base_indisponible``).
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.deadline
        uncertain = False
        for attempt_no, delay in enumerate((*self.delays, None), start=1):
            attempt = _Attempt()
            try:
                result = await _within(operation, attempt, deadline)
            except Exception as error:
                uncertain = uncertain or attempt.committing
                permanent = is_permanent(error)
                if not permanent and not is_transient(error):
                    raise
                final = permanent or (uncertain and not idempotent)
                if final or delay is None or loop.time() + delay >= deadline:
                    raise self._give_up(
                        name, attempt_no, error, permanent=permanent, uncertain=uncertain
                    ) from error
                log.info(
                    "base d'étude : %s, essai %d échoué (%s), nouvel essai", name, attempt_no, _kind(error)
                )
                await asyncio.sleep(delay)
            else:
                self.availability.answered(loop.time())
                return result
        raise AssertionError("unreachable")  # pragma: no cover -- the last delay is None

    def _give_up(
        self, name: str, attempts: int, error: Exception, *, permanent: bool, uncertain: bool
    ) -> StorageUnavailable | OutcomeUnknown:
        code = uuid.uuid4().hex[:8]
        # No SQL or parameters in the log: they may hold what a member typed.
        if permanent:
            log.error(
                "base d'étude inutilisable (erreur %s) : %s (%s), sans nouvel essai", code, name, _kind(error)
            )
            return StorageUnavailable(code)
        starts = self.availability.failed(asyncio.get_running_loop().time())
        log.log(
            logging.WARNING if starts else logging.INFO,
            "base d'étude indisponible (erreur %s) : %s a échoué %d fois (%s)%s",
            code,
            name,
            attempts,
            _kind(error),
            " ; issue de l'enregistrement inconnue" if uncertain else "",
        )
        return OutcomeUnknown(code) if uncertain else StorageUnavailable(code)


async def _within(operation: Callable[[], Awaitable[T]], attempt: _Attempt, deadline: float) -> T:
    """Run one try until ``deadline``; past it, abandon the try and raise ``DeadlineExceeded``."""
    loop = asyncio.get_running_loop()
    token = _ATTEMPT.set(attempt)
    try:
        # The task copies this context: its commit listener marks this attempt.
        task: asyncio.Future[T] = asyncio.ensure_future(operation())
    finally:
        _ATTEMPT.reset(token)
    try:
        done, _ = await asyncio.wait({task}, timeout=max(0.0, deadline - loop.time()))
    except asyncio.CancelledError:
        await _abandon(task)
        raise
    if done:
        return task.result()
    await _abandon(task)
    raise DeadlineExceeded


async def _abandon(task: asyncio.Future[Any]) -> None:
    """Cancel ``task``; if its clean-up outlasts ``CLEANUP_GRACE``, cancel it again until it ends."""
    task.cancel()
    await asyncio.wait({task}, timeout=CLEANUP_GRACE)
    for _ in range(_ABANDON_TRIES):
        if task.done():
            break
        task.cancel()
        await asyncio.wait({task}, timeout=_ABANDON_EVERY)
    # Read the outcome now, or asyncio would log "exception was never retrieved" later.
    task.add_done_callback(lambda t: t.cancelled() or t.exception())
    if not task.done():
        log.warning("base d'étude : une opération abandonnée ne s'arrête pas")


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
Method = Callable[Concatenate[S, P], Coroutine[Any, Any, T]]


def retried(method: Method[S, P, T]) -> Method[S, P, T]:
    """Run a repository method under its ``retry`` policy (the method must be one transaction)."""

    @functools.wraps(method)
    async def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self.retry.run(lambda: method(self, *args, **kwargs), method.__qualname__)

    return wrapper


def retried_idempotent(method: Method[S, P, T]) -> Method[S, P, T]:
    """Like ``retried``, and retried even after a cut COMMIT: running it twice stores it once."""

    @functools.wraps(method)
    async def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self.retry.run(
            lambda: method(self, *args, **kwargs), method.__qualname__, idempotent=True
        )

    return wrapper
