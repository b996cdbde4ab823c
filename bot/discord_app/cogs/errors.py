"""No interaction left unanswered: every error becomes a French reply, unexpected ones are logged."""

from __future__ import annotations

import contextlib
import logging
import uuid
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserError
from bot.discord_app.deferral import PUBLIC_PLACEHOLDER
from bot.discord_app.embeds import send_reply
from bot.discord_app.instrument import OUTCOME_KEY, outcome_of
from bot.render.templates import Renderer

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)


def explain(error: BaseException) -> UserError:
    """Map an error to the ``UserError`` whose template answers it; log the unexpected ones."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, UserError):
        return original
    if isinstance(original, app_commands.CommandNotFound):
        return UserError("commande_inconnue", saisie=original.name, commandes=[])
    if isinstance(original, app_commands.TransformerError):
        return UserError("option_invalide")
    if isinstance(original, app_commands.CommandSignatureMismatch):
        # A client still showing a command's old options (after a deploy, before Discord refreshed
        # it): the member can do nothing but retry; the operator is told what to run.
        log.warning(
            "/%s : options reçues différentes de celles déclarées ; lancer `resolution-bot sync`",
            original.command.qualified_name,
        )
        return UserError("commande_perimee")
    code = uuid.uuid4().hex[:8]
    log.error("erreur interne %s", code, exc_info=original)
    return UserError("erreur_interne", code=code)


async def answer_error(
    renderer: Renderer, interaction: discord.Interaction[Any], error: BaseException
) -> None:
    """Answer ``error`` to the user alone, as a follow-up if the interaction was already answered.

    After a public deferral the first follow-up would replace the « thinking… » message everyone
    sees, whatever its flags: that placeholder is deleted first, so the explanation stays private.
    """
    explained = explain(error)
    interaction.extras[OUTCOME_KEY] = outcome_of(explained.code)  # read by the metrics (instrument.py)
    reply = renderer.error(explained)
    try:
        if interaction.type is discord.InteractionType.autocomplete:
            # Autocomplete cannot carry a message: no suggestions is the answer.
            if not interaction.response.is_done():
                await interaction.response.autocomplete([])
            return
        if interaction.extras.pop(PUBLIC_PLACEHOLDER, False):
            # Already gone (deleted by a moderator): the explanation is sent all the same.
            with contextlib.suppress(discord.NotFound):
                await interaction.delete_original_response()
        await send_reply(interaction, reply, ephemeral=True)
    except discord.HTTPException:
        # Expired token (past 15 minutes) or Discord refusing: nothing left to answer on.
        log.warning("réponse d'erreur impossible pour l'interaction %s", interaction.id, exc_info=True)


class ErrorsCog(commands.Cog):
    """Install the command tree's error handler while loaded (theticketbot's TreeErrorHandler)."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self._previous = bot.tree.on_error

    async def cog_load(self) -> None:
        """Route every command error through ``on_app_command_error``."""
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        """Restore discord.py's default handler."""
        self.bot.tree.on_error = self._previous  # type: ignore[method-assign]

    async def on_app_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """Answer in the user's language; unexpected errors get a short code, logged with their traceback."""
        await answer_error(self.bot.replies_for(interaction).renderer, interaction, error)
