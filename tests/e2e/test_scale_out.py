"""Scale-out: two bot processes, one shard each (SHARD_COUNT=2), behind one API base URL.

The stand-in routes a guild's interactions to the shard Discord would: (guild_id >> 22) % 2.
"""

from __future__ import annotations

from typing import Any

from tests import discord_payloads as p
from tests.e2e.conftest import BotProcess

SHARD_0_GUILD = p.GUILD_ID + (1 << 22)
SHARD_1_GUILD = p.GUILD_ID  # (900000000000000002 >> 22) % 2 == 1


def in_guild(payload: dict[str, Any], guild_id: int) -> dict[str, Any]:
    """The same interaction, from another guild."""
    payload["guild_id"] = payload["channel"]["guild_id"] = str(guild_id)
    payload["authorizing_integration_owners"] = {"0": str(guild_id)}
    return payload


def test_two_processes_each_answer_their_own_guilds(standin):
    """Each process identifies its shard and answers the guilds routed to it, and only those."""
    assert (SHARD_0_GUILD >> 22) % 2 == 0
    assert (SHARD_1_GUILD >> 22) % 2 == 1
    ready, identified = standin.ready_count, len(standin.identifies)
    gateway = {"SHARD_COUNT": "2", "DISCORD_GATEWAY_URL": standin.gateway_url}
    first = BotProcess(standin, SHARD_IDS="0", **gateway)
    second = BotProcess(standin, SHARD_IDS="1", **gateway)
    try:
        standin.wait_ready(ready + 2)
        assert sorted(tuple(i["shard"]) for i in standin.identifies[identified:]) == [(0, 2), (1, 2)]
        for number in range(1, 7):
            guild = SHARD_0_GUILD if number % 2 else SHARD_1_GUILD
            payload = in_guild(p.command("paragraphe", numero=str(number)), guild)
            answer = standin.interact(payload)
            assert answer.body["data"]["embeds"][0]["title"].startswith(f"OP{number} ")
            assert (payload["id"], (guild >> 22) % 2) in standin.delivered
        # Shard 1's process stops: its guilds wait for it, shard 0's are still answered.
        assert second.stop() == 0, second.stderr[-4000:]
        waiting = in_guild(p.command("aide"), SHARD_1_GUILD)
        standin.send(waiting)
        answered = standin.interact(in_guild(p.command("resolution"), SHARD_0_GUILD))
        assert answered.body["type"] == 4
        assert not standin.callbacks_for(waiting)
        assert waiting["id"] not in {interaction for interaction, _ in standin.delivered}
    finally:
        assert first.stop() == 0, first.stderr[-4000:]
        second.stop()
