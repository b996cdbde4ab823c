"""Durability: an answer the bot called « enregistrée » survives a PostgreSQL crash.

The CI cluster runs with fsync and synchronous_commit off for speed, so no crash test may rely on
it. This test starts its own cluster with PostgreSQL's defaults (``DURABLE=1``), records answers
through the study service, stops the server in immediate mode (no checkpoint: the next start runs
crash recovery from the WAL), starts it again and reads the answers back from a new process.
"""

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.core.study.models import AnswerOutcome
from bot.core.study.service import StudyService
from bot.storage.database import create_engine, migrate
from bot.storage.repository import StudyRepository
from tests.study.conftest import patient_retry

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "postgres.sh"
GUILD, CHANNEL, STARTER, ALICE, BOB = 7, 8, 9, 501, 502

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _pg(*args: str, **env: str) -> str:
    done = subprocess.run(
        ["bash", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def durable_cluster() -> Iterator[tuple[str, str]]:
    """A throwaway cluster with the default durability settings: (its directory, its URL)."""
    exports = dict(
        line.removeprefix("export ").split("=", 1) for line in _pg("start", DURABLE="1").splitlines()
    )
    directory, url = (exports[k].strip("'") for k in ("STUDY_PG_DIR", "TEST_DATABASE_URL"))
    try:
        yield directory, url
    finally:
        _pg("stop", directory)


async def test_recorded_answers_survive_a_crash(durable_cluster, service, clock):
    directory, url = durable_cluster
    engine = create_engine(url)
    await migrate(engine)
    async with engine.connect() as connection:
        settings = {
            name: (await connection.execute(text(f"SHOW {name}"))).scalar_one()
            for name in ("fsync", "synchronous_commit", "full_page_writes")
        }
    # The point of this test: it runs on the defaults, not on the fast cluster's settings.
    assert settings == {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
    study = StudyService(service, StudyRepository(engine, patient_retry()), clock)
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=11)
    wrong = (question.body.answer + 1) % len(question.body.choices)
    assert await study.answer(GUILD, question.id, ALICE, question.body.answer) is AnswerOutcome.ACCEPTED
    assert await study.answer(GUILD, question.id, BOB, wrong) is AnswerOutcome.ACCEPTED
    await engine.dispose()

    _pg("crash", directory)
    _pg("restart", directory)

    engine = create_engine(url)
    try:
        restarted = StudyService(service, StudyRepository(engine, patient_retry()), clock)
        alice = await restarted.progress(GUILD, ALICE)
        bob = await restarted.progress(GUILD, BOB)
        assert (alice.score.answered, alice.score.correct) == (1, 1)
        assert (bob.score.answered, bob.score.correct) == (1, 0)
        # The answers are still one each: recovery neither lost nor replayed them twice.
        assert await restarted.answer(GUILD, question.id, ALICE, wrong) is AnswerOutcome.DUPLICATE
    finally:
        await engine.dispose()
