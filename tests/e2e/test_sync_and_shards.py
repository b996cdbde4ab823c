"""`resolution-bot sync`, sharding and start-up errors, against the stand-in."""

from __future__ import annotations

import subprocess
import sys

from tests import discord_payloads as p
from tests.e2e.conftest import ROOT, BotProcess

COMMANDS = {"paragraphe", "note", "cherche", "vote", "resolution", "references", "question", "aide"}
MENUS = {"Chercher dans la résolution"}
STUDY = {"quiz", "classement", "progres", "etude", "paragraphe-du-jour", "revision"}


def _puts(standin):
    return [c for c in standin.calls if c.method == "PUT"]


def test_sync_to_one_guild(standin):
    """sync --guild ID registers the commands and the menu in that guild only, localized."""
    before = len(_puts(standin))
    bot = BotProcess(standin, "sync", "--guild", "123456789012345678")
    assert bot.wait() == 0, bot.stderr[-4000:]
    [put] = _puts(standin)[before:]
    assert put.path == f"/applications/{p.APP_ID}/guilds/123456789012345678/commands"
    assert {c["name"] for c in put.body} == COMMANDS | STUDY | MENUS
    assert {c["name"] for c in put.body if c["type"] == 3} == MENUS
    assert all(c["name_localizations"]["en-GB"] for c in put.body)
    # Context menus have no description (Discord refuses one).
    assert all(c["description_localizations"]["en-US"] for c in put.body if c["type"] == 1)
    assert f"{len(COMMANDS | STUDY | MENUS)} commandes" in bot.stdout
    assert standin.token not in bot.stdout + bot.stderr
    # Sync is HTTP only: no gateway session was opened for it.
    assert not [c for c in standin.calls[-3:] if c.path == "/gateway/bot"]


def test_sync_global_and_guild_from_environment(standin):
    """Without --guild, DISCORD_GUILD_ID picks the guild; with neither, the sync is global."""
    before = len(_puts(standin))
    assert BotProcess(standin, "sync", DISCORD_GUILD_ID="42").wait() == 0
    assert BotProcess(standin, "sync").wait() == 0
    paths = [c.path for c in _puts(standin)[before:]]
    assert paths == [f"/applications/{p.APP_ID}/guilds/42/commands", f"/applications/{p.APP_ID}/commands"]


def test_shard_slice_identifies_its_shards(standin):
    """SHARD_COUNT=3 SHARD_IDS=2 opens exactly shard 2 of 3, at DISCORD_GATEWAY_URL.

    One shard only: discord.py waits 5 s between identifies (Discord's rate limit), as it should.
    """
    ready = standin.ready_count
    identified = len(standin.identifies)
    bot = BotProcess(standin, SHARD_COUNT="3", SHARD_IDS="2", DISCORD_GATEWAY_URL=standin.gateway_url)
    try:
        standin.wait_ready(ready + 1)
    finally:
        assert bot.stop() == 0, bot.stderr[-4000:]
    assert sorted(tuple(i["shard"]) for i in standin.identifies[identified:]) == [(2, 3)]


def test_run_without_token_explains_and_exits_2():
    """`run` without DISCORD_TOKEN: a French explanation, exit status 2, no traceback."""
    env = {"PATH": "/usr/bin:/bin", "DISCORD_TOKEN": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "DISCORD_TOKEN n'est pas défini" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_with_a_refused_token_explains_and_exits_2(standin):
    """A token the API refuses (401): a French message, exit 2, and the token not echoed."""
    bot = BotProcess(standin, DISCORD_TOKEN="wrong.token.value")
    assert bot.wait() == 2
    assert "DISCORD_TOKEN" in bot.stderr
    assert "wrong.token.value" not in bot.stderr + bot.stdout


def test_shard_ids_without_count_explains_and_exits_2(standin):
    """SHARD_IDS alone cannot pick a slice: a French message and exit 2, before any connection."""
    bot = BotProcess(standin, SHARD_IDS="1")
    assert bot.wait() == 2
    assert "SHARD_COUNT" in bot.stderr
