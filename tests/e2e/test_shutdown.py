"""Stopping: SIGTERM and SIGINT close the gateway, finish replies in flight, exit 0; no database, no start."""

from __future__ import annotations

import signal
import time

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import BotProcess

# A functional bound (Docker's default stop timeout is 10 s before SIGKILL), not a speed target.
STOP_BOUND = 10.0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_finishes_the_reply_in_flight_and_exits_0(standin, signum):
    """A reply still on its way when the signal arrives is delivered; the gateway closes with 1000."""
    ready = standin.ready_count
    bot = BotProcess(standin)
    standin.wait_ready(ready + 1)
    standin.fault("POST", "/interactions/", delay=1.5)  # Discord slow to accept the reply
    payload = p.command("paragraphe", numero="29")
    call = standin.interact(payload)  # the reply has reached Discord, which has not answered yet
    closes = len(standin.close_codes)
    began = time.monotonic()
    bot.process.send_signal(signum)
    status = bot.stop(timeout=60)
    elapsed = time.monotonic() - began
    assert status == 0, bot.stderr[-4000:]
    assert elapsed < STOP_BOUND
    assert call.delayed
    assert not call.abandoned  # the bot waited for Discord's answer to its reply before closing
    assert len(standin.callbacks_for(payload)) == 1
    assert standin.close_codes[closes:] == [1000]
    assert "Traceback" not in bot.stderr
    assert standin.token not in bot.stderr


def test_database_unavailable_at_start_explains_and_exits_non_zero(standin):
    """PostgreSQL refusing connections: a French message naming DATABASE_URL, no traceback, no password."""
    calls = len(standin.calls)
    bot = BotProcess(standin, DATABASE_URL="postgresql://etude:mot-de-passe-secret@127.0.0.1:1/etude")
    status = bot.wait()
    assert status != 0
    assert "Base de données d'étude impossible à ouvrir" in bot.stderr
    assert "DATABASE_URL" in bot.stderr
    assert "Traceback" not in bot.stderr
    assert "mot-de-passe-secret" not in bot.stderr + bot.stdout
    assert len(standin.calls) == calls  # never went online without its database
