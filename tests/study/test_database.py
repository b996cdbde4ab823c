"""Migrations build exactly the models' schema on both backends; URLs and SQLite set-up."""

from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from bot.core.service import Service
from bot.core.study.service import StudyService
from bot.settings import Settings
from bot.storage.database import alembic_config, migrate, normalise_url
from bot.storage.repository import SqlStudyRepository
from bot.storage.tables import Base


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

        def down(sync_connection):
            config = alembic_config()
            config.attributes["connection"] = sync_connection
            command.downgrade(config, "base")

        await connection.run_sync(down)
    async with engine.connect() as connection:
        tables = set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
    assert tables <= {"alembic_version"}
    await migrate(engine)
    async with engine.connect() as connection:
        assert await connection.run_sync(_diff) == []


async def test_database_migrating_twice_changes_nothing(engines, service: Service, clock):
    """Start-up migrates every time: a second run keeps the data."""
    engine = await engines()
    study = StudyService(service, SqlStudyRepository(engine), clock)
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
    study, engine = await StudyService.open(service, url, clock)
    try:
        _, question = await study.start_quiz(1, 2, 3, count=1, seed=1)
        async with engine.connect() as connection:
            mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
            keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar_one()
    finally:
        await engine.dispose()
    assert (mode, keys) == ("wal", 1)
    assert Path(tmp_path / "nested" / "data" / "study.sqlite3").is_file()
    study, engine = await StudyService.open(service, url, clock)  # a restart finds the data
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
