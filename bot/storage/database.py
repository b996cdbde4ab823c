"""Database connection: URL normalisation, engine set-up per backend, and migrations at start.

SQLite (the default, a file under the data directory) gets WAL mode, foreign keys and
``BEGIN IMMEDIATE`` transactions; PostgreSQL (``postgresql://…``) goes through asyncpg. Both wait
for a lock or a statement about as long as an operation's deadline (resilience.py): a busy
timeout of 1 s on SQLite (10 s at start-up, when another process may be migrating), a server-side
``statement_timeout`` on PostgreSQL. The schema
is created and upgraded by the Alembic migrations in ``migrations/``, run programmatically, and
only when needed: at start, one SELECT of ``alembic_version`` compared with the head revision that
the scripts name (read without Alembic) tells whether the database is behind. Then ``verify``
checks that every table and column is there and that the database takes a write (rolled back):
a read-only file or a dropped table stops the start instead of failing every answer.
"""

from __future__ import annotations

import ast
import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.storage.repository import StudyRepository
from bot.storage.resilience import DEFAULT_DEADLINE, RetryPolicy
from bot.storage.tables import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# How long a SQLite writer waits for another process's lock before giving up, in milliseconds:
# under an operation's deadline, so that the thread running the statement is free by then (a
# cancelled statement still runs to its end in aiosqlite's thread, holding the connection).
SQLITE_BUSY_MS = 1_000
# At start-up: another process starting at the same moment may hold the lock while it migrates.
SQLITE_START_BUSY_MS = 10_000
_BUSY_OPTION = "sqlite_busy_ms"
# PostgreSQL: the server cancels a statement past the deadline (a lock wait, a slow plan) and a
# connection attempt gives up after CONNECT_TIMEOUT (asyncpg's default is 60 s).
STATEMENT_TIMEOUT_MS = int(DEFAULT_DEADLINE * 1000)
CONNECT_TIMEOUT = 5.0
# Schema check, migrations and the write probe together, at start-up.
START_TIMEOUT = 30.0


class SchemaIncompleteError(Exception):
    """The database lacks tables or columns of ``tables.py`` (dropped, or another schema)."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(", ".join(missing))
        self.missing = missing


def is_memory(url: str) -> bool:
    """Whether ``url`` is an in-memory SQLite database (``sqlite://``): lost at exit, not shared."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


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


def _file_directory(database: str | None, query: dict[str, Any]) -> Path | None:
    """Return the directory a SQLite file needs created, or None (memory, or nothing to create).

    With ``?uri=true`` the database is a URI (``file:/path?mode=ro``): its path is after
    ``file:``, and a read-only one must exist already (creating its directory would leave an
    empty ``file:`` folder in the working directory, as it once did).
    """
    if not database or database == ":memory:":
        return None
    if str(query.get("uri", "")).lower() in {"true", "1"}:
        if query.get("mode") in {"ro", "memory"} or not database.startswith("file:"):
            return None
        database = database.removeprefix("file:")
        if not database or database.startswith(":memory:"):
            return None
    return Path(database).parent


def create_engine(url: str) -> AsyncEngine:
    """Create the async engine for ``url`` with the per-backend settings described above."""
    normalised = normalise_url(url)
    parsed = make_url(normalised)
    if parsed.get_backend_name() != "sqlite":
        server = {"statement_timeout": str(STATEMENT_TIMEOUT_MS)}
        connect = {"timeout": CONNECT_TIMEOUT, "server_settings": server}
        return create_async_engine(normalised, pool_pre_ping=True, connect_args=connect)
    directory = _file_directory(parsed.database, dict(parsed.query))
    if directory is not None:
        directory.mkdir(parents=True, exist_ok=True)  # first run: no set-up
    engine = create_async_engine(normalised, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

    @event.listens_for(engine.sync_engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN; we emit our own below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _sqlite_begin(connection: Connection) -> None:
        # The busy timeout of this transaction: short when serving, long at start-up (migrations).
        busy = int(connection.get_execution_options().get(_BUSY_OPTION, SQLITE_BUSY_MS))
        if connection.info.get(_BUSY_OPTION) != busy:  # info lives as long as the DBAPI connection
            connection.exec_driver_sql(f"PRAGMA busy_timeout={busy}")
            connection.info[_BUSY_OPTION] = busy
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


def starting(engine: AsyncEngine) -> AsyncEngine:
    """``engine`` with start-up waits: SQLite waits up to 10 s for another process's lock."""
    return engine.execution_options(**{_BUSY_OPTION: SQLITE_START_BUSY_MS})


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (every pending migration, in order)."""
    async with starting(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            # A migration may rewrite a table: no statement deadline for it.
            await connection.execute(text("SET LOCAL statement_timeout = 0"))
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
        async with starting(engine).connect() as connection:
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


def _missing(connection: Connection) -> list[str]:
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    missing: list[str] = []
    for name, table in Base.metadata.tables.items():
        if name not in tables:
            missing.append(name)
            continue
        columns = {column["name"] for column in inspector.get_columns(name)}
        missing += [f"{name}.{c.name}" for c in table.columns if c.name not in columns]
    return missing


async def verify(engine: AsyncEngine) -> None:
    """Check that the schema is complete and that the database takes a write (then rolled back).

    Raises ``SchemaIncompleteError``, or the driver's error of a database that refuses writes
    (a read-only file or mount, an immutable file, a read-only PostgreSQL transaction).
    """
    head = head_revision()
    async with starting(engine).connect() as connection:
        transaction = await connection.begin()
        try:
            missing = await connection.run_sync(_missing)
            if missing:
                raise SchemaIncompleteError(missing)
            rows = await connection.execute(text("SELECT version_num FROM alembic_version"))
            stored = sorted(str(version) for (version,) in rows)
            if head is not None and stored != [head]:
                raise SchemaIncompleteError([f"alembic_version {', '.join(stored) or 'vide'} ≠ {head}"])
            # A real write (the row exists after a migration); nothing is kept.
            await connection.execute(text("UPDATE alembic_version SET version_num = version_num"))
        finally:
            await transaction.rollback()


async def open_study(url: str, retry: RetryPolicy | None = None) -> tuple[StudyRepository, AsyncEngine]:
    """Connect to ``url``, migrate its schema if it is behind, verify it, return the study storage on it.

    The caller owns the returned engine and disposes of it at shutdown.
    """
    if is_memory(url):
        log.warning(
            "DATABASE_URL=sqlite:// : base d'étude en mémoire ; les scores et les quiz seront perdus "
            "à l'arrêt et ne sont pas partagés avec d'autres processus (utilisez sqlite:///chemin)"
        )
    engine = create_engine(url)
    try:
        async with asyncio.timeout(START_TIMEOUT):
            await ensure_schema(engine)
            await verify(engine)
    except BaseException:
        await engine.dispose()
        raise
    return StudyRepository(engine, retry), engine
