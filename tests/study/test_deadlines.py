"""Deadlines on storage: a locked or frozen database is answered within Discord's window, truthfully.

The slow tests lock the SQLite file from another process (``BEGIN EXCLUSIVE``) or freeze the
PostgreSQL cluster (SIGSTOP); the fast ones inject a COMMIT whose outcome the code cannot know.
"""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.core.errors import UserError
from bot.core.study.models import AnswerOutcome
from bot.core.study.service import StudyService
from bot.discord_app.preflight import unavailable
from bot.storage.database import SchemaIncompleteError, open_study, verify
from bot.storage.repository import StudyRepository
from bot.storage.resilience import RetryPolicy, is_transient, permanent_kind
from tests.study.conftest import PG_DIR, PG_URL, require_cluster
from tests.study.faults import Outage, frozen_postgres, locked_sqlite

GUILD, CHANNEL, STARTER, MEMBER = 111, 222, 333, 10
# Discord's window to acknowledge an interaction; the deadline (1.5 s) must leave room in it.
WINDOW = 3.0


async def _study_at(url: str, service, clock) -> StudyService:
    repository, _ = await open_study(url)
    return StudyService(service, repository, clock)


@pytest.mark.slow
async def test_locked_sqlite_answer_is_refused_within_the_window_and_not_stored(service, clock, tmp_path):
    """Finding 2: another process locks the file; the click is refused in < 3 s, nothing stored later."""
    path = tmp_path / "study.sqlite3"
    study = await _study_at(f"sqlite:///{path}", service, clock)
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    with locked_sqlite(path, seconds=12):
        began = time.monotonic()
        with pytest.raises(UserError) as raised:
            await study.answer(GUILD, question.id, MEMBER, 0)
        elapsed = time.monotonic() - began
    assert raised.value.code == "base_indisponible"
    assert elapsed < WINDOW
    # Before: the answer was written once the lock cleared, and the member then read « Déjà répondu ».
    assert await study.answer(GUILD, question.id, MEMBER, 0) is AnswerOutcome.ACCEPTED
    await study.repository.engine.dispose()


@pytest.mark.slow
@pytest.mark.postgres
async def test_frozen_postgres_is_answered_within_the_window_and_recovers(service, clock):
    """Finding 2: PostgreSQL frozen by SIGSTOP; answers and the leaderboard fail in < 3 s, then work again."""
    require_cluster(directory=True)
    from tests.study.conftest import reset_postgres

    await reset_postgres(PG_URL)
    study = await _study_at(PG_URL, service, clock)
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    with frozen_postgres(PG_DIR):
        for call in (
            lambda: study.answer(GUILD, question.id, MEMBER, 0),
            lambda: study.leaderboard(GUILD, "tout"),
        ):
            began = time.monotonic()
            with pytest.raises(UserError) as raised:
                await call()
            assert time.monotonic() - began < WINDOW
            assert raised.value.code in {"base_indisponible", "issue_inconnue"}
    outcome = await study.answer(GUILD, question.id, MEMBER, 0)
    assert outcome in {AnswerOutcome.ACCEPTED, AnswerOutcome.RECORDED}
    assert (await study.progress(GUILD, MEMBER)).score.answered == 1
    await study.repository.engine.dispose()


class CutCommit:
    """The next COMMIT reaches the database, then the connection is lost: the code cannot know."""

    def __init__(self, outage: Outage, *, then_down: bool) -> None:
        self.armed = False
        self.outage = outage
        self.then_down = then_down
        event.listen(Session, "after_commit", self._after)

    def close(self) -> None:
        event.remove(Session, "after_commit", self._after)

    def _after(self, _session: Session) -> None:
        if self.armed:
            self.armed = False
            if self.then_down:
                self.outage.arm(1000)  # and the database stays down for the retries
            raise OperationalError("COMMIT", None, Exception("connection lost"))


@pytest.fixture
async def cut(engines, service, clock):
    """A study service whose next COMMIT can be cut; yields (study, arm)."""
    engine = await engines()
    study = StudyService(service, StudyRepository(engine, RetryPolicy(delays=(0.0, 0.0))), clock)
    outage = Outage(engine)
    faults: list[CutCommit] = []

    def arm(*, then_down: bool) -> Outage:
        fault = CutCommit(outage, then_down=then_down)
        fault.armed = True
        faults.append(fault)
        return outage

    yield study, arm
    for fault in faults:
        fault.close()


async def test_answer_whose_commit_was_cut_is_retried_and_said_already_recorded(cut):
    """The COMMIT of an answer went through but its reply was lost: the retry finds it, counted once."""
    study, arm = cut
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    arm(then_down=False)
    assert await study.answer(GUILD, question.id, MEMBER, 1) is AnswerOutcome.RECORDED
    assert (await study.progress(GUILD, MEMBER)).score.answered == 1


async def test_answer_whose_commit_was_cut_while_down_is_unknown_not_refused(cut):
    """Cut COMMIT, then the database down: « non confirmé », never « indisponible »; a retry: « déjà »."""
    study, arm = cut
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    outage = arm(then_down=True)
    with pytest.raises(UserError) as raised:
        await study.answer(GUILD, question.id, MEMBER, 1)
    assert raised.value.code == "issue_inconnue"
    outage.arm(0)
    assert await study.answer(GUILD, question.id, MEMBER, 1) is AnswerOutcome.RECORDED
    assert await study.answer(GUILD, question.id, MEMBER, 2) is AnswerOutcome.DUPLICATE
    assert (await study.progress(GUILD, MEMBER)).score.answered == 1


async def test_round_whose_commit_was_cut_is_not_created_twice(cut):
    """A new round is not idempotent: a cut COMMIT is reported as unknown at once, not retried."""
    study, arm = cut
    arm(then_down=False)
    with pytest.raises(UserError) as raised:
        await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    assert raised.value.code == "issue_inconnue"
    async with study.repository.engine.connect() as connection:
        assert await connection.scalar(text("SELECT count(*) FROM quiz_rounds")) == 1


async def test_an_outage_logs_one_warning_and_one_on_recovery(engines, service, clock, caplog):
    """Finding 9: a timer polling every 2 s meets the outage each time; the log says so twice in all."""
    engine = await engines()
    study = StudyService(service, StudyRepository(engine, RetryPolicy(delays=(0.0,))), clock)
    outage = Outage(engine)
    outage.arm(1000)
    with caplog.at_level(logging.WARNING, logger="bot.storage.resilience"):
        for _ in range(5):
            with pytest.raises(UserError):
                await study.close_expired()
        outage.arm(0)
        await study.close_expired()
        await study.close_expired()
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(messages) == 2, messages
    assert "indisponible" in messages[0]
    assert "de nouveau disponible" in messages[1]


def test_errors_are_temporary_or_permanent(tmp_path):
    """Busy, locked and lost connections are retried; read-only, missing tables, refused logins are not."""
    import sqlite3

    class PgError(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__(sqlstate)
            self.sqlstate = sqlstate

    def wrapped(error: Exception) -> OperationalError:
        return OperationalError("SELECT 1", None, error)

    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)")
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as written:
        readonly.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.OperationalError) as missing:
        readonly.execute("SELECT * FROM quiz_answers")
    with pytest.raises(sqlite3.OperationalError) as syntax:
        readonly.execute("SELEC 1")
    assert permanent_kind(wrapped(written.value)) == "lecture_seule"
    assert permanent_kind(wrapped(missing.value)) == "schema"
    assert permanent_kind(wrapped(syntax.value)) is None
    assert not is_transient(wrapped(syntax.value))
    for state, kind in [("28P01", "identifiants"), ("3D000", "identifiants"), ("25006", "lecture_seule")]:
        assert permanent_kind(wrapped(PgError(state))) == kind
        assert not is_transient(wrapped(PgError(state)))
    for state in ("40001", "40P01", "57014", "08006", "57P01"):
        assert is_transient(wrapped(PgError(state)))
        assert permanent_kind(wrapped(PgError(state))) is None


async def test_permanent_error_is_reported_at_once_not_retried(engines, service, clock, caplog):
    """A dropped table: one try, an ERROR in the log, « base indisponible » for the member."""
    engine = await engines()
    study = StudyService(service, StudyRepository(engine, RetryPolicy(delays=(1.0, 1.0))), clock)
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    async with engine.begin() as connection:
        await connection.execute(text("DROP TABLE quiz_answers"))
    began = time.monotonic()
    with caplog.at_level(logging.INFO, logger="bot.storage.resilience"), pytest.raises(UserError) as raised:
        await study.answer(GUILD, question.id, MEMBER, 0)
    assert raised.value.code == "base_indisponible"
    assert time.monotonic() - began < 1.0  # no retry waited its 1 s
    records = [r for r in caplog.records if r.name == "bot.storage.resilience"]
    assert [r.levelname for r in records] == ["ERROR"], [r.getMessage() for r in records]


async def test_start_refuses_a_read_only_database(tmp_path, monkeypatch):
    """Finding 3: a database opened read-only starts no bot: the write probe fails, permanently."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "study.sqlite3"
    _, engine = await open_study(f"sqlite:///{path}")
    await engine.dispose()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    with pytest.raises(OperationalError, match="readonly") as raised:
        await open_study(url)
    error = unavailable(url, raised.value)
    assert error.reason is not None
    assert "lecture seule" in error.reason
    assert not error.setting
    assert not (tmp_path / "file:").exists()  # the URI's scheme is no folder to create


async def test_a_uri_database_gets_its_own_directory_not_a_file_folder(tmp_path, monkeypatch):
    """``sqlite:///file:PATH?uri=true``: PATH's directory is created, nothing named « file: »."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "data" / "study.sqlite3"
    _, engine = await open_study(f"sqlite:///file:{path}?uri=true")
    await engine.dispose()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


async def test_start_refuses_a_schema_with_a_dropped_table(engines):
    """Finding 3: the answers table was dropped: the start stops and names it."""
    engine = await engines()
    await verify(engine)
    async with engine.begin() as connection:
        await connection.execute(text("DROP TABLE quiz_answers"))
    with pytest.raises(SchemaIncompleteError) as raised:
        await verify(engine)
    assert raised.value.missing == ["quiz_answers"]
    assert unavailable("sqlite://", raised.value).reason.startswith("le schéma est incomplet")


async def test_in_memory_database_is_accepted_with_a_french_warning(caplog):
    """Finding 9: DATABASE_URL=sqlite:// works, and the log says its data are lost at exit."""
    with caplog.at_level(logging.WARNING, logger="bot.storage.database"):
        _, engine = await open_study("sqlite://")
    await engine.dispose()
    [warning] = caplog.records
    assert "en mémoire" in warning.getMessage()
    assert "perdus" in warning.getMessage()
