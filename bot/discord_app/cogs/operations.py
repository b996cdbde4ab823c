"""What the maintainer sees: gateway state for ``/health``, reconnects, guilds, every interaction's timing.

Also the last line of defence of "every interaction is answered": a click on a button whose custom
id no handler claims (a forged id, or one from a version of the bot that no longer exists) gets
the French "invalid button" answer instead of Discord's "This interaction failed".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.core.errors import UserError
from bot.discord_app.instrument import OUTCOME_KEY, command_label, set_ready
from bot.discord_app.view_store import claims

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)
# The custom-id prefixes of the bot's buttons: navigation (views/navigation.py), study (views/study.py)
# and revision (views/revision.py).
BUTTON_NAMESPACES = ("rb", "st", "rv")


class OperationsCog(commands.Cog):
    """Gateway and interaction listeners feeding ``bot.metrics`` and ``bot.health``."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self._seen_shards: set[int] = set()
        self._connected: set[int] = set()

    def _update_ready(self) -> None:
        expected = set(self.bot.shard_ids or range(self.bot.shard_count or 1))
        set_ready(self.bot.health, self.bot.metrics, self.bot.is_ready() and expected <= self._connected)
        self.bot.metrics.guilds.set(len(self.bot.guilds))

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """All shards are up: healthy."""
        self._update_ready()

    @commands.Cog.listener()
    async def on_shard_connect(self, shard_id: int) -> None:
        """A READY: the first one per shard is the start, the next ones are re-identifications."""
        if shard_id in self._seen_shards:
            self.bot.metrics.reconnects.inc()
            log.info("shard %s : nouvelle session (ré-identification)", shard_id)
        self._seen_shards.add(shard_id)
        self._connected.add(shard_id)
        self._update_ready()

    @commands.Cog.listener()
    async def on_shard_resumed(self, shard_id: int) -> None:
        """A RESUMED: the session survived the drop."""
        self.bot.metrics.reconnects.inc()
        self._connected.add(shard_id)
        log.info("shard %s : session reprise", shard_id)
        self._update_ready()

    @commands.Cog.listener()
    async def on_shard_disconnect(self, shard_id: int) -> None:
        """A dropped gateway connection: unhealthy until the shard is back."""
        self._connected.discard(shard_id)
        self._update_ready()

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Stamp the interaction's arrival; answer a click that no handler claims."""
        data: dict[str, Any] = dict(interaction.data or {})
        names = (c.name for c in self.bot.tree.get_commands())
        label = command_label(interaction.type.value, data, names, namespaces=BUTTON_NAMESPACES)
        self.bot.tracker.received(interaction.id, label, interaction.extras)
        custom_id = str(data.get("custom_id", ""))
        if interaction.type is discord.InteractionType.component and not claims(
            self.bot, interaction, custom_id
        ):
            interaction.extras[OUTCOME_KEY] = "user_error"
            await self.bot.answer_error(interaction, UserError("bouton_invalide"))
