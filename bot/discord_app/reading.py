"""The guided reading on Discord (``/etude``): its controller messages and their buttons.

A controller is the message with ◀ « Marquer comme lu » ▶ « Terminer » under the paragraph the
group is on. ``/etude commencer`` posts the first one; ``/etude reprendre`` posts a new one and
retires the previous: its buttons are removed and a line links to the new message (its ids name
an older controller, so a client still showing them is refused by the service all the same).
The study cog declares the commands and hands them, and the reading clicks, to ``ReadingControls``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.core.errors import UserError
from bot.core.study.models import ReadingView
from bot.core.study.reading import ReadingService
from bot.discord_app.deferral import settled
from bot.discord_app.embeds import edit_reply, send_reply, to_messages
from bot.discord_app.locale import language_of
from bot.discord_app.views.study import FINISH, MARK, NEXT, PREVIOUS, StudyState, reading_view
from bot.render.reply import Reply
from bot.render.study import StudyReplies

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
_STEPS = {PREVIOUS: -1, NEXT: 1}


def leads(interaction: Interaction) -> bool:
    """Whether the member may lead any reading here: Manage Messages in this channel (moderators)."""
    return interaction.guild_id is not None and interaction.permissions.manage_messages


class ReadingControls:
    """Post, retire and answer reading controllers; the study cog calls it."""

    def __init__(
        self, bot: StudyBot, readings: ReadingService, replies: Callable[[Interaction], StudyReplies]
    ) -> None:
        self.bot = bot
        self.readings = readings
        # The replies in the clicker's language (French, or English for en-US and en-GB).
        self.replies = replies

    async def start(self, interaction: Interaction, guild: int, theme: str | None, part: str) -> None:
        """Start a session here and post its controller (retiring the one of a session it replaced)."""
        channel = cast("int", interaction.channel_id)
        user = interaction.user.id
        starting = self.readings.start(guild, channel, user, part, theme, force=leads(interaction))
        await self._post(interaction, await settled(interaction, starting, ephemeral=False), continued=False)

    async def resume(self, interaction: Interaction, guild: int) -> None:
        """Post the channel's session again as a new controller, retiring the previous one."""
        resuming = self.readings.resume(guild, cast("int", interaction.channel_id))
        await self._post(interaction, await settled(interaction, resuming, ephemeral=False), continued=True)

    async def click(self, interaction: Interaction, guild: int, state: StudyState) -> None:
        """Answer one reading button: a private mark, or (for those who lead) a move or the end."""
        ref, user = state.reading, interaction.user.id
        if state.extra == MARK:
            mark = await settled(interaction, self.readings.mark(guild, ref, user), ephemeral=True)
            await send_reply(interaction, self.replies(interaction).etude_lu(mark), ephemeral=True)
            return
        # ◀ ▶ and « Terminer » edit their own message: deferred as an update (no "thinking…").
        if state.extra == FINISH:
            ending = self.readings.finish(guild, ref, user, force=leads(interaction))
            summary = await settled(interaction, ending, ephemeral=False, thinking=False)
            await edit_reply(interaction, self.replies(interaction).etude_resume(summary), view=None)
            return
        moving = self.readings.move(guild, ref, user, _STEPS[state.extra], force=leads(interaction))
        view = await settled(interaction, moving, ephemeral=False, thinking=False)
        await edit_reply(
            interaction,
            self.replies(interaction).etude(view),
            view=reading_view(view, language_of(interaction)),
        )

    async def _post(self, interaction: Interaction, view: ReadingView, *, continued: bool) -> None:
        """Post the controller, record its message, then retire the controller it replaces."""
        replies = self.replies(interaction)
        message_id = await send_reply(
            interaction, replies.etude(view), view=reading_view(view, language_of(interaction))
        )
        if message_id is None:  # Discord did not say: the next resume cannot retire this one
            log.warning("lecture %s : message de commande sans identifiant", view.session_id)
            return
        try:
            await self.readings.attach(view.guild_id, view.ref, message_id)
        except UserError as error:
            # The controller works without it (its ids carry its number); only a later resume's
            # edit of this message, and the link in a refusal, are lost. The member has their answer.
            log.warning("lecture %s : message de commande non enregistré (%s)", view.session_id, error.code)
        if view.retired_message_id is not None:
            notice = replies.etude_retiree(view, message_id, continued=continued)
            await self._retire(view.channel_id, view.retired_message_id, notice)

    async def _retire(self, channel_id: int, message_id: int, notice: Reply) -> None:
        """Edit a replaced controller into ``notice`` (a line linking to the new one), without buttons."""
        old = self.bot.get_partial_messageable(channel_id).get_partial_message(message_id)
        try:
            # Through the channel, not the interaction: its token expired 15 minutes after it was sent.
            await old.edit(embeds=to_messages(notice)[0], view=None)
        except discord.HTTPException as error:
            # Deleted, or no longer editable: its buttons are refused anyway (older controller).
            log.warning("lecture : ancienne commande %s non modifiée (%s)", message_id, error.status)
