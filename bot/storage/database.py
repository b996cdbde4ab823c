"""Database connection: URL normalisation, engine set-up per backend, and migrations at start.

SQLite (the default, a file under the data directory) gets WAL mode, foreign keys and
``BEGIN IMMEDIATE`` transactions; PostgreSQL (``postgresql://…``) goes through asyncpg. The schema
is created and upgraded by the Alembic migrations in ``migrations/``, run programmatically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.storage.repository import StudyRepository
from bot.storage.resilience import RetryPolicy

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# How long a SQLite writer waits for another process's lock before giving up, in milliseconds.
SQLITE_BUSY_MS = 10_000


def normalise_url(url: str) -> str:
    """Return ``url`` with the async driver: ``postgresql://`` → asyncpg, ``sqlite://`` → aiosqlite."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    elif backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    else:
        raise ValueError(f"unsupported database backend: {backend}")
    return parsed.render_as_string(hide_password=False)


def sqlite_url(path: Path) -> str:
    """Return the URL of a SQLite file (its directory is created on connection)."""
    return f"sqlite+aiosqlite:///{path}"


def default_url(data_dir: Path) -> str:
    """Return the default database: a SQLite file in ``data_dir``, created on first run."""
    return sqlite_url(data_dir / "study.sqlite3")


def create_engine(url: str) -> AsyncEngine:
    """Create the async engine for ``url`` with the per-backend settings described above."""
    normalised = normalise_url(url)
    parsed = make_url(normalised)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(normalised, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)  # first run: no set-up
    engine = create_async_engine(normalised, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

    @event.listens_for(engine.sync_engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN; we emit our own below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _sqlite_begin(connection: Connection) -> None:
        # IMMEDIATE takes the write lock up front: a read-then-write transaction can then never
        # fail with "database is locked" halfway through when another process writes.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def alembic_config() -> Config:
    """Return the Alembic configuration of the study migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (every pending migration, in order)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade, revision)


async def open_study(url: str, retry: RetryPolicy | None = None) -> tuple[StudyRepository, AsyncEngine]:
    """Connect to ``url``, bring its schema up to date, and return the study storage on it.

    The caller owns the returned engine and disposes of it at shutdown.
    """
    engine = create_engine(url)
    await migrate(engine)
    return StudyRepository(engine, retry), engine
