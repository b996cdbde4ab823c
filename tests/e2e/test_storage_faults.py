"""Real bot processes and a sick study database: a click is always answered, SIGTERM ends within 10 s,
and a database the bot cannot write stops the start with a French message (issue 17, findings 2-3).

The SQLite file is locked by another process holding ``BEGIN EXCLUSIVE``; PostgreSQL is frozen
with SIGSTOP (a hung server or network), the cluster of ``.ci/postgres.sh``.
"""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import ROOT, BotProcess, started
from tests.study.conftest import PG_DIR, PG_URL, require_cluster, reset_postgres
from tests.study.faults import frozen_postgres, locked_sqlite

pytestmark = pytest.mark.slow
# Docker's default stop timeout before SIGKILL: the requirement, not a speed target.
STOP_BOUND = 10.0
# Discord's window to acknowledge an interaction.
WINDOW = 3.0
UNAVAILABLE = "Base de données indisponible"


def _click_answer(standin, payload) -> tuple[float, str]:
    """Send a click; return how long its acknowledgement took and the title the member finally read."""
    sent = standin.send(payload)
    callback = standin.answer(payload, timeout=30)
    acknowledged = callback.at - sent
    if callback.body["type"] == 4:
        return acknowledged, callback.body["data"]["embeds"][0]["title"]
    assert callback.body["type"] == 5  # deferred: the answer is the follow-up
    follow_up = f"/webhooks/{p.APP_ID}/{payload['token']}"
    call = standin.wait_for(
        lambda: next((c for c in standin.calls if c.path.startswith(follow_up) and c.body), None), 30
    )
    return acknowledged, call.body["embeds"][0]["title"]


def _quiz(standin) -> tuple[dict, list[str]]:
    quiz = standin.interact(p.command("quiz", questions=2)).body["data"]
    return p.message_from(quiz), p.custom_ids(quiz)


def _clicks_then_sigterm(standin, bot: BotProcess, fault, payloads, titles) -> None:
    """Under ``fault``: each payload is acknowledged within the window and read as ``titles``; then
    SIGTERM exits 0 within 10 s, without a traceback."""
    try:
        with fault:
            for payload, wanted in zip(payloads, titles, strict=True):
                acknowledged, title = _click_answer(standin, payload)
                assert acknowledged < WINDOW
                assert title in wanted
            began = time.monotonic()
            status = bot.stop(timeout=30)
            seconds = time.monotonic() - began
        print(f"SIGTERM with the database sick: exit {status} after {seconds:.2f} s")  # -s shows it
        assert status == 0, bot.stderr[-4000:]
        assert seconds < STOP_BOUND, bot.stderr[-4000:]
    finally:
        bot.stop()
    assert "Traceback" not in bot.stderr, bot.stderr[-4000:]


def test_e2e_locked_sqlite_click_is_answered_and_sigterm_exits_within_10_s(standin, tmp_path):
    """Finding 2: with the file locked elsewhere, a click reads « indisponible »; SIGTERM took 31 s."""
    data = tmp_path / "data"
    bot = started(standin, DATA_DIR=str(data))
    message, ids = _quiz(standin)
    click = p.button(message, ids[0], user_id=p.USER_ID)
    fault = locked_sqlite(data / "study.sqlite3", seconds=12)
    _clicks_then_sigterm(standin, bot, fault, [click], [{UNAVAILABLE}])
    # Nothing was stored behind the member's back once the lock cleared.
    with sqlite3.connect(data / "study.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM quiz_answers").fetchone() == (0,)


@pytest.mark.postgres
def test_e2e_frozen_postgres_click_is_answered_and_sigterm_exits_within_10_s(standin):
    """Finding 2: PostgreSQL SIGSTOPped; a click and /classement answered in French; SIGTERM within 10 s."""
    require_cluster(directory=True)
    asyncio.run(reset_postgres(PG_URL))
    bot = started(standin, DATABASE_URL=PG_URL)
    message, ids = _quiz(standin)
    payloads = [p.button(message, ids[0], user_id=p.USER_ID), p.command("classement")]
    titles = [{UNAVAILABLE, "Enregistrement non confirmé"}, {UNAVAILABLE}]
    _clicks_then_sigterm(standin, bot, frozen_postgres(PG_DIR), payloads, titles)


def _prepared(tmp_path: Path) -> Path:
    """A study database at head, made by the code the bot runs at start (in a child process)."""
    path = tmp_path / "data" / "study.sqlite3"
    code = (
        "import asyncio, sys; from bot.storage.database import open_study; "
        "asyncio.run(open_study(sys.argv[1]))"
    )
    subprocess.run([sys.executable, "-c", code, f"sqlite:///{path}"], cwd=ROOT, check=True)
    return path


def test_e2e_read_only_database_stops_the_start_with_exit_1(standin, tmp_path):
    """Finding 3: a database that refuses writes never goes online; a French message, exit 1."""
    path = _prepared(tmp_path)
    calls = len(standin.calls)
    bot = BotProcess(standin, DATABASE_URL=f"sqlite:///file:{path}?mode=ro&uri=true")
    assert bot.wait() == 1
    assert "Base de données d'étude inutilisable" in bot.stderr
    assert "la base refuse d'écrire" in bot.stderr
    assert "Traceback" not in bot.stderr
    assert not [c for c in standin.calls[calls:] if "/gateway" in c.path or c.path.endswith("/commands")]


def test_e2e_dropped_table_stops_the_start_with_exit_1(standin, tmp_path):
    """Finding 3: the answers table was dropped: the start stops and says the schema is incomplete."""
    path = _prepared(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE quiz_answers")
    bot = BotProcess(standin, DATA_DIR=str(path.parent))
    assert bot.wait() == 1
    assert "le schéma est incomplet" in bot.stderr
    assert "Traceback" not in bot.stderr


@pytest.mark.postgres
def test_e2e_refused_credentials_stop_the_start_with_exit_2(standin):
    """Finding 3: a role PostgreSQL does not know is a setting to correct: exit 2, not retried."""
    require_cluster()
    url = PG_URL.replace("postgres@", "personne:secret-zq@", 1)
    bot = BotProcess(standin, DATABASE_URL=url)
    assert bot.wait() == 2
    assert "identifiants refusés" in bot.stderr
    assert "secret-zq" not in bot.stderr + bot.stdout
    assert "Traceback" not in bot.stderr


def test_e2e_in_memory_database_warns_in_french(standin):
    """Finding 9: DATABASE_URL=sqlite:// goes online, with a warning that study data will not survive."""
    bot = started(standin, DATABASE_URL="sqlite://", LOG_LEVEL="INFO")
    assert bot.stop() == 0
    assert "base d'étude en mémoire" in bot.stderr
    assert "perdus à l'arrêt" in bot.stderr
