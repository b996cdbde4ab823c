"""A quiz click's work that outlives its first response is finished before the bot exits.

Its own module, so that its bot is alone on its stand-in (test_quiz_lifecycle.py keeps one bot
per backend running for the whole module).
"""

from __future__ import annotations

import sqlite3

from tests import discord_payloads as p
from tests.e2e.conftest import started
from tests.e2e.test_quiz_lifecycle import CHANNELS, act, control, in_channel, press, private, start, title


def test_e2e_sigterm_during_a_reveal_lets_its_posts_and_writes_finish(standin, tmp_path):
    """SIGTERM right after « Révéler » answered: the reveal and next question still go out, stored; exit 0."""
    data = tmp_path / "data"
    bot = started(standin, DATA_DIR=str(data))
    channel = next(CHANNELS)
    try:
        question = start(standin, channel)
        # Discord slow to take the posts that follow the click's answer: the work outlives it.
        slow = standin.fault("POST", f"/channels/{channel}/messages", delay=0.6, times=2)
        since = len(standin.calls)
        assert not private(act(standin, press(question, control(question, "v"), p.USER_ID)))
    finally:
        status = bot.stop()
    assert status == 0, bot.stderr[-4000:]
    assert "ERROR" not in bot.stderr, bot.stderr[-4000:]
    posted = in_channel(standin, channel, since)
    assert [c.delayed and not c.abandoned for c in posted] == [True, True]
    assert slow.seen == 2
    assert title(posted[1].body) == "Quiz · question 2 sur 3"
    with sqlite3.connect(data / "study.sqlite3") as db:
        stored = db.execute("SELECT message_id FROM quiz_questions WHERE position = 1").fetchall()
    assert stored == [(int(posted[1].response["id"]),)]  # remembered before the database closed
