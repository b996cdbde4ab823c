"""A database that fails mid-run: connection errors are retried, then explained; no answer counted twice."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from bot.core.errors import UserError
from bot.core.study.models import AnswerOutcome
from bot.core.study.service import StudyService
from bot.storage.database import create_engine
from bot.storage.repository import StudyRepository
from bot.storage.resilience import RetryPolicy, is_transient
from tests.study.faults import Outage

GUILD, CHANNEL, STARTER = 111, 222, 333
FAST = RetryPolicy(delays=(0.0, 0.0, 0.0))


@pytest.fixture
async def flaky(engines, service, clock) -> tuple[StudyService, Outage]:
    """A study service whose database fails on demand, retried without waiting."""
    engine = await engines()
    return StudyService(service, StudyRepository(engine, FAST), clock), Outage(engine)


def test_connection_errors_are_transient_and_others_are_not():
    """Only errors about reaching the database are retried: never a constraint or a bad statement."""
    assert is_transient(OperationalError("SELECT 1", None, Exception("database is locked")))
    assert is_transient(ConnectionResetError())
    assert is_transient(TimeoutError())
    invalidated = ProgrammingError("SELECT 1", None, Exception("closed"))
    assert not is_transient(invalidated)
    invalidated.connection_invalidated = True
    assert is_transient(invalidated)
    assert not is_transient(IntegrityError("INSERT", None, Exception("unique")))
    assert not is_transient(ValueError("bug"))
    assert not is_transient(UserError("question_inconnue"))


async def test_answer_is_recorded_once_when_its_insert_fails_then_succeeds(flaky):
    """The INSERT of an answer fails twice (rolled back), the third try stores it: one answer, not three."""
    study, outage = flaky
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    outage.arm(2, "INSERT INTO quiz_answers")
    outcome = await study.answer(GUILD, question.id, 10, 0)
    assert outcome is AnswerOutcome.ACCEPTED
    assert outage.raised == 2
    assert (await study.repository.progress.user_score(GUILD, 10)).answered == 1
    # A click retried by the member after that is the duplicate it is.
    assert (await study.answer(GUILD, question.id, 10, 1)) is AnswerOutcome.DUPLICATE
    assert (await study.repository.progress.user_score(GUILD, 10)).answered == 1


async def test_database_down_explains_in_french_and_keeps_no_partial_write(flaky, caplog):
    """Every try fails: ``base_indisponible`` with an error id, one warning with that id, nothing stored."""
    study, outage = flaky
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    outage.arm(100)
    with (
        caplog.at_level(logging.INFO, logger="bot.storage.resilience"),
        pytest.raises(UserError) as raised,
    ):
        await study.answer(GUILD, question.id, 10, 0)
    assert raised.value.code == "base_indisponible"
    assert outage.raised == len(FAST.delays) + 1
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert raised.value.data["code"] in warnings[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)  # the SQL and its parameters stay out of the logs
    outage.arm(0)
    assert (await study.repository.progress.user_score(GUILD, 10)).answered == 0
    assert (await study.answer(GUILD, question.id, 10, 0)) is AnswerOutcome.ACCEPTED


async def test_a_round_half_written_is_rolled_back_and_written_once(flaky):
    """Creating a round fails on its questions' INSERT: retried, exactly one round with its questions."""
    study, outage = flaky
    outage.arm(1, "INSERT INTO quiz_questions")
    round_, _ = await study.start_quiz(GUILD, CHANNEL, STARTER, count=3, seed=4)
    async with study.repository.engine.connect() as connection:
        rounds = await connection.scalar(text("SELECT count(*) FROM quiz_rounds"))
        questions = await connection.scalar(text("SELECT count(*) FROM quiz_questions"))
    assert outage.raised == 1
    assert (rounds, questions) == (1, 3)
    assert len(await study.repository.quiz.round_questions(GUILD, round_.id)) == 3


async def test_errors_of_the_statement_are_not_retried(flaky):
    """A user error raised inside a transaction goes straight to the user, tried once."""
    study, outage = flaky
    with pytest.raises(UserError) as raised:
        await study.answer(GUILD, 987654, 10, 0)
    assert raised.value.code == "question_inconnue"
    assert outage.raised == 0


async def drop_connections(database_url: str, outage: Outage) -> int:
    """Lose the study engine's connections (how many): PostgreSQL kills its backends, SQLite fails one."""
    if not database_url.startswith("postgresql"):
        outage.arm(1, invalidated=True)
        return 1
    killer = create_engine(database_url)
    try:
        async with killer.begin() as connection:
            killed = await connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            return sum(1 for (done,) in killed if done)
    finally:
        await killer.dispose()


async def test_dropped_connections_are_replaced_and_scores_kept(flaky, database_url):
    """The server drops every connection between two clicks: the next one is answered, counted once."""
    study, outage = flaky
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=5)
    assert (await study.answer(GUILD, question.id, 10, 0)) is AnswerOutcome.ACCEPTED
    assert await drop_connections(database_url, outage) >= 1
    assert (await study.answer(GUILD, question.id, 11, 1)) is AnswerOutcome.ACCEPTED
    assert await drop_connections(database_url, outage) >= 1
    board = await study.leaderboard(GUILD, "tout")
    assert sorted((s.score.user_id, s.score.answered) for s in board.standings) == [(10, 1), (11, 1)]
