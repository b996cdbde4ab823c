"""Migrations build exactly the models' schema on both backends; URLs and SQLite set-up."""

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from bot.core.service import Service
from bot.core.study.models import GeneratedQuestion, QuestionKind
from bot.core.study.records import NewRound
from bot.core.study.service import StudyService
from bot.settings import Settings
from bot.storage import database
from bot.storage.database import (
    alembic_config,
    ensure_schema,
    head_revision,
    migrate,
    normalise_url,
    open_study,
    stored_revisions,
)
from bot.storage.repository import StudyRepository
from bot.storage.tables import Base
from tests.study.conftest import patient_retry

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 1, 7, 12, tzinfo=UTC)
QUESTIONS = [GeneratedQuestion(QuestionKind.VERB, "…", ("Décide", "Prie"), 0, "OP1")]


def _config(connection):
    """The Alembic configuration, run on ``connection``."""
    config = alembic_config()
    config.attributes["connection"] = connection
    return config


def _diff(connection):
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return compare_metadata(context, Base.metadata)


async def test_database_migrated_schema_matches_models(engines):
    """After the migrations, Alembic finds no difference between the database and the models."""
    engine = await engines()
    async with engine.connect() as connection:
        assert await connection.run_sync(_diff) == []
        tables = set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        version = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar_one()
    assert tables == {*Base.metadata.tables, "alembic_version"}
    assert version == head


async def test_database_detects_drift(engines):
    """The comparison is not vacuous: dropping an index shows up as a difference."""
    engine = await engines()
    async with engine.begin() as connection:
        await connection.execute(text("DROP INDEX ix_quiz_answers_guild_user"))
    async with engine.connect() as connection:
        diff = await connection.run_sync(_diff)
    assert [d[0] for d in diff] == ["add_index"]


async def test_database_downgrade_and_upgrade_again(engines):
    """Every migration reverts cleanly, and upgrading again rebuilds the same schema."""
    engine = await engines()
    async with engine.begin() as connection:
        await connection.run_sync(lambda c: command.downgrade(_config(c), "base"))
    async with engine.connect() as connection:
        tables = set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
    assert tables <= {"alembic_version"}
    await migrate(engine)
    async with engine.connect() as connection:
        assert await connection.run_sync(_diff) == []


async def test_database_migrating_twice_changes_nothing(engines, service: Service, clock):
    """Running the migrations on a database at head again keeps its data."""
    engine = await engines()
    study = StudyService(service, StudyRepository(engine, patient_retry()), clock)
    _, question = await study.start_quiz(1, 2, 3, count=1, seed=1)
    await migrate(engine)
    assert (await study.question(1, question.id)).body == question.body


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:p@db:5432/bot", "postgresql+asyncpg://u:p@db:5432/bot"),
        ("postgres://u@/bot?host=/tmp/x", "postgresql+asyncpg://u@/bot?host=/tmp/x"),
        ("postgresql+asyncpg://u@h/bot", "postgresql+asyncpg://u@h/bot"),
        ("sqlite:///data/study.sqlite3", "sqlite+aiosqlite:///data/study.sqlite3"),
    ],
)
def test_database_url_gets_the_async_driver(url, expected):
    """DATABASE_URL as users write it is given the async driver, the password kept."""
    assert make_url(normalise_url(url)) == make_url(expected)


def test_database_url_rejects_other_backends():
    """A MySQL URL is refused with a clear message rather than a driver error later."""
    with pytest.raises(ValueError, match="mysql"):
        normalise_url("mysql://u@h/db")


async def test_database_default_sqlite_created_on_first_run_in_wal(tmp_path, service, clock):
    """With no DATABASE_URL: a SQLite file under the data directory, created on first run, in WAL mode."""
    settings = Settings(data_dir=tmp_path / "nested" / "data")
    assert settings.database_url is None
    url = settings.study_database_url
    assert not (tmp_path / "nested").exists()
    repository, engine = await open_study(url)
    study = StudyService(service, repository, clock)
    try:
        _, question = await study.start_quiz(1, 2, 3, count=1, seed=1)
        async with engine.connect() as connection:
            mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
            keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar_one()
    finally:
        await engine.dispose()
    assert (mode, keys) == ("wal", 1)
    assert Path(tmp_path / "nested" / "data" / "study.sqlite3").is_file()
    repository, engine = await open_study(url)  # a restart finds the data
    study = StudyService(service, repository, clock)
    try:
        assert (await study.question(1, question.id)).body == question.body
    finally:
        await engine.dispose()


def test_database_url_setting_blank_means_default(tmp_path, monkeypatch):
    """DATABASE_URL= (blank, as in .env.example) falls back to the SQLite default."""
    monkeypatch.setenv("DATABASE_URL", " ")
    settings = replace(Settings.from_env(env_files=()), data_dir=tmp_path)
    assert settings.study_database_url == f"sqlite+aiosqlite:///{tmp_path / 'study.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot@db/bot")
    assert Settings.from_env(env_files=()).study_database_url == "postgresql://bot@db/bot"


def test_database_head_revision_read_without_alembic_matches_alembic():
    """The head read from the scripts' source is the one Alembic computes."""
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_database_head_revision_of_a_branch_is_left_to_alembic(tmp_path):
    """Two heads (a branch not merged yet) give None: start-up then lets Alembic upgrade."""
    (tmp_path / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (tmp_path / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = "a"\n')
    assert head_revision(tmp_path) == "b"
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = ("a",)\n')
    assert head_revision(tmp_path) is None


async def test_database_open_migrates_a_new_database_and_then_only_checks(database_url, monkeypatch):
    """A new database is migrated at start; a restart at head reads its version and runs no migration."""
    calls = []
    real = database.migrate

    async def spy(engine, revision="head"):
        calls.append(revision)
        await real(engine, revision)

    monkeypatch.setattr(database, "migrate", spy)
    repository, engine = await open_study(database_url)
    try:
        assert calls == ["head"]
        assert await stored_revisions(engine) == {head_revision()}
        round_, _ = await repository.quiz.create_round(NewRound(1, 2, 3, 4, None, "tout", 30, QUESTIONS), NOW)
    finally:
        await engine.dispose()

    async def refuse(engine, revision="head"):
        raise AssertionError("a database at head must not be migrated again")

    monkeypatch.setattr(database, "migrate", refuse)
    repository, engine = await open_study(database_url)
    try:
        assert (await repository.quiz.round(1, round_.id)) == round_
    finally:
        await engine.dispose()


async def test_database_open_behind_head_migrates(engines, database_url):
    """A database whose alembic_version is behind (here: emptied) is upgraded at start."""
    engine = await engines()
    async with engine.begin() as connection:
        await connection.run_sync(lambda c: command.downgrade(_config(c), "base"))
    assert await stored_revisions(engine) == set()
    assert await ensure_schema(engine) is True
    assert await stored_revisions(engine) == {head_revision()}
    assert await ensure_schema(engine) is False


def _alembic_loaded_by_open(url: str) -> bool:
    """Open the study storage in a fresh interpreter; return whether that imported Alembic."""
    probe = (
        "import asyncio, sys\n"
        "from bot.storage.database import open_study\n"
        "async def main():\n"
        f"    _, engine = await open_study({url!r})\n"
        "    await engine.dispose()\n"
        "asyncio.run(main())\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1] == "True"


def test_database_start_at_head_does_not_import_alembic(database_url):
    """Migrations checked, not re-run: the first start loads Alembic, a start at head does not."""
    assert _alembic_loaded_by_open(database_url) is True
    assert _alembic_loaded_by_open(database_url) is False
