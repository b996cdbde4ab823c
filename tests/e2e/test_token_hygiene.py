"""A token read from a secret file (trailing newline) works, and its stripped form is never logged."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import BotProcess
from tests.e2e.standin import StandIn

# Shaped like a real token: the bot's id in base64, a timestamp, an HMAC.
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GtokEn.e2e-hmac-part-never-logged-0123456789"


@pytest.fixture(scope="module")
def standin():
    """A stand-in whose application token is ``TOKEN``."""
    server = StandIn(token=TOKEN).start()
    yield server
    server.stop()


def test_e2e_token_with_trailing_newline_connects_and_never_shows(standin):
    """DISCORD_TOKEN="…\\n": discord.py strips it and connects; no DEBUG line shows any secret part."""
    before = standin.ready_count
    bot = BotProcess(standin, DISCORD_TOKEN=TOKEN + "\n")
    try:
        standin.wait_ready(before + 1)
    finally:
        assert bot.stop() == 0, bot.stderr[-4000:]
    hmac = TOKEN.rsplit(".", 1)[1]
    assert "DEBUG" in bot.stderr  # the most verbose level was on
    assert TOKEN not in bot.stderr + bot.stdout
    assert hmac not in bot.stderr + bot.stdout
