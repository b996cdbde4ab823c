"""The baseline for discord_latency.py: a bare discord.py bot answering a constant string.

Same library, same intents, same endpoints as the study bot, none of its work: what is left of
the latency is discord.py and the stand-in. Run by discord_latency.py, not by hand.
"""

from __future__ import annotations

import asyncio
import os
import signal

import discord
from discord import app_commands

discord.http.Route.BASE = os.environ["DISCORD_API_BASE_URL"].rstrip("/") + "/v10"


class BareBot(discord.AutoShardedClient):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.none(), allowed_mentions=discord.AllowedMentions.none())
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="paragraphe")
        async def paragraphe(interaction: discord.Interaction, numero: str, prive: bool = False) -> None:
            await interaction.response.send_message("ok")

        @self.tree.command(name="cherche")
        async def cherche(interaction: discord.Interaction, requete: str, prive: bool = False) -> None:
            await interaction.response.send_message("ok")


async def main() -> None:
    bot = BareBot()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__":
    asyncio.run(main())
