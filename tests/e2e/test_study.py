"""The real bot process and the study database: quiz clicks and scores across restarts, start-up failures."""

from __future__ import annotations

import asyncio
import re

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import BotProcess, started
from tests.study.conftest import BACKENDS, PG_URL, reset_postgres

LETTERS = "ABCD"
UNREACHABLE = "postgresql://etude:motdepasse@127.0.0.1:9/etude"


def _started(standin, data_dir: str, database_url: str) -> BotProcess:
    return started(standin, DATA_DIR=data_dir, DATABASE_URL=database_url)


def _title(call) -> str:
    return call.body["data"]["embeds"][0]["title"]


@pytest.fixture(params=BACKENDS)
def database_url(request) -> str:
    """'' for the default SQLite file in DATA_DIR, or the reset PostgreSQL test database."""
    if request.param == "sqlite":
        return ""
    if not PG_URL:
        pytest.fail("CI=true but TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL")
    asyncio.run(reset_postgres(PG_URL))
    return PG_URL


def test_e2e_quiz_click_after_a_restart_counts_and_scores_survive(standin, tmp_path, database_url):
    """A quiz message from one process is answered and ended on the next; a third still ranks it."""
    data_dir = str(tmp_path / "data")
    first = _started(standin, data_dir, database_url)
    try:
        started_quiz = standin.interact(p.command("quiz", questions=2))
        quiz = started_quiz.body["data"]
        assert quiz["embeds"][0]["title"] == "Quiz · question 1 sur 2"
        message = standin.wait_for(lambda: started_quiz.response)["resource"]["message"]  # with its id
        ids = p.custom_ids(quiz)
        assert _title(standin.interact(p.button(message, ids[0], user_id=p.USER_ID))) == "Réponse enregistrée"
    finally:
        assert first.stop() == 0, first.stderr[-4000:]
    assert "ERROR sqlalchemy" not in first.stderr, first.stderr[-4000:]  # the database closed cleanly

    second = _started(standin, data_dir, database_url)
    try:
        again = standin.interact(p.button(message, ids[1], user_id=p.USER_ID))
        assert _title(again) == "Déjà répondu"  # the first process's answer is in the database
        other = standin.interact(p.button(message, ids[1], user_id=p.OTHER_USER_ID))
        assert _title(other) == "Réponse enregistrée"
        end = p.button(message, ids[-1], user_id=p.USER_ID)
        since = len(standin.calls)
        closed = standin.interact(end)
        assert closed.body["type"] == 7  # the question's message, closed by the press
        channel = f"/channels/{p.CHANNEL_ID}/messages"
        reveal, summary = standin.wait_for(
            lambda: (
                (found := [c for c in standin.calls[since:] if (c.method, c.path) == ("POST", channel)])
                and len(found) >= 2
                and found
            )
        )
        letter = re.fullmatch(r"Réponse : ([ABCD]) · .+", reveal.body["embeds"][0]["title"])
        assert letter is not None, reveal.body["embeds"][0]["title"]
        assert summary.body["embeds"][0]["title"] == "Quiz terminé · 1 question"
        assert summary.body["allowed_mentions"] == {"parse": []}
    finally:
        assert second.stop() == 0, second.stderr[-4000:]
    assert "ERROR sqlalchemy" not in second.stderr, second.stderr[-4000:]  # the database closed cleanly

    right = LETTERS.index(letter[1])
    third = _started(standin, data_dir, database_url)
    try:
        board = standin.interact(p.command("classement")).body["data"]["embeds"][0]["description"]
    finally:
        assert third.stop() == 0, third.stderr[-4000:]
    assert "ERROR sqlalchemy" not in third.stderr, third.stderr[-4000:]  # the database closed cleanly
    for user, choice in ((p.USER_ID, 0), (p.OTHER_USER_ID, 1)):
        correct = int(choice == right)
        assert f"<@{user}> : {correct} bonne réponse sur 1" in board, board


def test_e2e_unsupported_database_url_explains_and_exits_2(standin):
    """DATABASE_URL of another database: a French message naming it without its password, exit 2."""
    bot = BotProcess(standin, DATABASE_URL="mysql://etude:motdepasse@db.example/etude")
    assert bot.wait() == 2
    assert "DATABASE_URL non prise en charge (mysql://etude:***@db.example/etude)" in bot.stderr
    assert "motdepasse" not in bot.stderr + bot.stdout
    assert "Traceback" not in bot.stderr


def test_e2e_unreachable_database_explains_and_exits_1(standin):
    """A PostgreSQL server that does not answer: a French message, exit 1, no traceback."""
    bot = BotProcess(standin, DATABASE_URL=UNREACHABLE)
    assert bot.wait() == 1
    assert "Base de données d'étude impossible à ouvrir (postgresql+asyncpg" not in bot.stderr
    assert (
        "Base de données d'étude impossible à ouvrir (postgresql://etude:***@127.0.0.1:9/etude" in bot.stderr
    )
    assert "motdepasse" not in bot.stderr + bot.stdout
    assert "Traceback" not in bot.stderr


def test_e2e_sync_needs_no_study_database(standin):
    """`sync` registers the commands even where DATABASE_URL cannot be reached (it reads no study data)."""
    bot = BotProcess(standin, "sync", "--guild", "123456789012345678", DATABASE_URL=UNREACHABLE)
    assert bot.wait() == 0, bot.stderr[-4000:]
    assert "commandes enregistrées" in bot.stdout
