"""Slow work is deferred within Discord's 3-second window and answered by a follow-up."""

from __future__ import annotations

import time

import pytest

from bot.discord_app import deferral
from tests import discord_payloads as p
from tests import harness
from tests.hardening.discord_checks import check_message


@pytest.fixture
async def bot():
    """The production bot in the harness (see tests/discord_app/conftest.py)."""
    h = await harness.start()
    yield h
    await h.bot.close()


@pytest.fixture
def slow_vote(bot, monkeypatch):
    """The vote takes longer than the (shortened) deferral budget."""
    monkeypatch.setattr(deferral, "DEFER_AFTER", 0.01)
    replies = bot.bot.replies
    vote = replies.vote

    def slow(*args):
        time.sleep(0.2)
        return vote(*args)

    monkeypatch.setattr(replies, "vote", slow)
    return bot


@pytest.mark.parametrize("prive", [False, True])
async def test_slow_vote_is_deferred_then_followed_up(slow_vote, prive):
    """Type 5 (thinking) first, then the chart and its embeds as the one follow-up."""
    requests = await slow_vote.send(p.command("vote", prive=prive))
    assert [r.method for r in requests] == ["POST", "POST"]
    deferred, follow_up = requests
    assert deferred.path.endswith("/callback")
    assert deferred.body["type"] == 5
    assert bool((deferred.body.get("data") or {}).get("flags", 0) & 64) is prive
    assert follow_up.path.startswith(f"/webhooks/{p.APP_ID}/")
    assert follow_up.files == ["vote_A_HRC_RES_56_2.png"]
    check_message(follow_up.body)


async def test_slow_error_is_explained_in_the_follow_up(slow_vote):
    """An unknown country found after the deferral: the French explanation is the follow-up.

    The public « thinking… » placeholder is deleted first, so the explanation stays private.
    """
    requests = await slow_vote.send(p.command("vote", pays="Atlantide"))
    assert [r.body.get("type") for r in requests if r.path.endswith("/callback")] == [5]
    [deleted] = [r for r in requests if r.method == "DELETE"]
    assert deleted.path.endswith("/messages/@original")
    [follow_up] = [r for r in requests if r.method == "POST" and r.path.startswith("/webhooks/")]
    assert "Atlantide" in follow_up.body["embeds"][0]["description"]
    assert follow_up.body["flags"] == 64


async def test_fast_vote_is_answered_directly(bot):
    """Without delay (the cached chart), one type-4 answer as before."""
    await bot.send(p.command("vote"))
    requests = await bot.send(p.command("vote"))
    assert [r.body["type"] for r in requests] == [4]
