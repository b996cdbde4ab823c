"""Database connection: URL normalisation, engine set-up per backend, and migrations at start.

SQLite (the default, a file under the data directory) gets WAL mode, foreign keys and
``BEGIN IMMEDIATE`` transactions; PostgreSQL (``postgresql://…``) goes through asyncpg. The schema
is created and upgraded by the Alembic migrations in ``migrations/``, run programmatically, and
only when needed: at start, one SELECT of ``alembic_version`` compared with the head revision that
the scripts name (read without Alembic) tells whether the database is behind.
"""

from __future__ import annotations

import ast
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.storage.repository import StudyRepository
from bot.storage.resilience import RetryPolicy

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
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
    # Imported here, not at the top: a start at head never needs Alembic (see ensure_schema).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (every pending migration, in order)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade, revision)


def head_revision(versions: Path = MIGRATIONS_DIR / "versions") -> str | None:
    """Return the revision the migration scripts lead to, read from their source without Alembic.

    ``None`` when the scripts do not name exactly one head (a branch to merge): Alembic decides.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted(versions.glob("*.py")):
        names = _constants(path)
        revision = names.get("revision")
        if not isinstance(revision, str):
            continue  # __init__.py, or a helper module
        revisions.add(revision)
        down = names.get("down_revision")
        parents.update([down] if isinstance(down, str) else down or ())
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _constants(path: Path) -> dict[str, Any]:
    """The module-level ``name = literal`` assignments of a script (annotated ones too)."""
    found: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:
                continue  # not a literal: not one of the revision identifiers
    return found


async def stored_revisions(engine: AsyncEngine) -> set[str] | None:
    """Return the revisions recorded in ``alembic_version`` (one SELECT), or ``None`` if unreadable."""
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(text("SELECT version_num FROM alembic_version"))
            return {str(version) for (version,) in rows}
    except DBAPIError:
        # No such table (a new database) or no answer: the full upgrade decides, and reports.
        return None


async def ensure_schema(engine: AsyncEngine) -> bool:
    """Run the pending migrations if the database is behind the scripts; return whether it ran them.

    At head, this is one SELECT and Alembic is not even imported: start-up stays fast.
    """
    head = head_revision()
    stored = await stored_revisions(engine)
    if head is not None and stored == {head}:
        return False
    log.info(
        "base d'étude : schéma %s, migration vers %s",
        ", ".join(sorted(stored or ())) or "vide",
        head or "head",
    )
    await migrate(engine)
    return True


async def open_study(url: str, retry: RetryPolicy | None = None) -> tuple[StudyRepository, AsyncEngine]:
    """Connect to ``url``, migrate its schema if it is behind, and return the study storage on it.

    The caller owns the returned engine and disposes of it at shutdown.
    """
    engine = create_engine(url)
    await ensure_schema(engine)
    return StudyRepository(engine, retry), engine
