"""Study fixtures: every storage test runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

In CI (CI=true) the PostgreSQL run is mandatory: without TEST_DATABASE_URL those tests fail, so a
broken .ci/postgres.sh cannot pass unnoticed as "SQLite only".
"""

import os
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.service import Service
from bot.core.study.clock import ManualClock
from bot.core.study.service import StudyService
from bot.storage.database import create_engine, migrate
from bot.storage.repository import StudyRepository
from bot.storage.resilience import RetryPolicy

PG_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL or IN_CI else [])]
# A Wednesday: the week began two days earlier, on Monday 2026-01-05.
START = datetime(2026, 1, 7, 12, 0, tzinfo=UTC)


PG_DIR = os.environ.get("STUDY_PG_DIR", "").strip()
# These fixtures test what the study use cases store and answer, not how fast: on CI's two busy
# cores one PostgreSQL transaction once took longer than the bot's 1.5 s deadline, and a revision
# grade came back « base indisponible ». The deadline and its retries have their own tests
# (test_deadlines.py, test_resilience.py), which build their policies themselves.
BEHAVIOUR_DEADLINE = 30.0


def patient_retry() -> RetryPolicy:
    """The bot's retry delays with a deadline that a loaded test machine cannot reach."""
    return RetryPolicy(deadline=BEHAVIOUR_DEADLINE)


def require_cluster(directory: bool = False) -> None:
    """Fail in CI, skip elsewhere, when the .ci/postgres.sh cluster a test needs is missing.

    A broken cluster script must not pass in CI as a row of skipped tests.
    """
    if PG_URL and (PG_DIR or not directory):
        return
    if IN_CI:
        pytest.fail("CI=true but TEST_DATABASE_URL / STUDY_PG_DIR are not set: .ci/run must start PostgreSQL")
    pytest.skip('needs the cluster of .ci/postgres.sh (eval "$(bash .ci/postgres.sh start)")')


async def reset_postgres(url: str) -> None:
    """Empty the test database: a fresh public schema, so that migrations start from nothing."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture(params=BACKENDS)
async def database_url(request, tmp_path) -> str:
    """An empty database: a SQLite file in tmp_path, or the reset PostgreSQL test database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'study.sqlite3'}"
    if not PG_URL:
        pytest.fail("CI=true but TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL")
    await reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def clock() -> ManualClock:
    """A clock stopped at START that the tests move by hand."""
    return ManualClock(START)


@pytest.fixture
async def engines(database_url) -> AsyncIterator[Callable[[], Awaitable[AsyncEngine]]]:
    """A factory of migrated engines on the test database (each one is one 'process')."""
    made: list[AsyncEngine] = []

    async def make() -> AsyncEngine:
        engine = create_engine(database_url)
        await migrate(engine)
        made.append(engine)
        return engine

    yield make
    for engine in made:
        await engine.dispose()


@pytest.fixture
async def study(engines, service: Service, clock) -> StudyService:
    """The study use cases over a freshly migrated database."""
    return StudyService(service, StudyRepository(await engines(), patient_retry()), clock)


@pytest.fixture
def another(engines, service: Service, clock) -> Callable[[], Awaitable[StudyService]]:
    """Build a second StudyService on its own engine: another process, or the same one restarted."""

    async def make() -> StudyService:
        return StudyService(service, StudyRepository(await engines(), patient_retry()), clock)

    return make
