"""Questions in plain French: ``/question``, a mention of the bot, and the message menu.

All three answer with the declared ``/question`` reply, one message in pages (``questions.py``);
the paragraphs a question names (``§29``, ``PP3``, the citers of ``70/1``) are listed on a
« Références : » line with one button each, which shows that paragraph to the clicker alone
(``rb:o:…``, views/navigation.py).

Mentions need no privileged intent: Discord delivers the content of a message that mentions the
bot (and of the target of a message command) without *Message Content*. Only an explicit mention
in the text counts (``<@bot>``), so a reply to one of the bot's answers with its ping left on
does not start a question.
"""

from __future__ import annotations

import functools
import logging
import re
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.core.errors import UserError
from bot.core.questions.question import strip_mentions
from bot.discord_app.cogs.errors import explain
from bot.discord_app.embeds import reply_to_message
from bot.discord_app.instrument import outcome_of
from bot.discord_app.questions import answer_question, question_page, question_view

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
MENU = _("Chercher dans la résolution")
# Mentions answer in the channel, for everyone: a member may ask this many questions a minute,
# then is ignored until the minute is over (a flood of mentions cannot make the bot flood).
MENTIONS_PER_MINUTE = 5
MENTION_LABEL = "mention"  # the command label of answered mentions in bot.metrics


def mentions(content: str, user_id: int) -> bool:
    """Whether ``content`` mentions ``user_id`` explicitly (``<@id>`` or the older ``<@!id>``)."""
    return re.search(rf"<@!?{user_id}>", content) is not None


class QuestionsCog(commands.Cog):
    """Answer questions from the text alone, however they are asked."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        # A mention carries no locale: French, its frame in the question's own language.
        self.replies = bot.replies
        self.menu = app_commands.ContextMenu(name=MENU, callback=self.search_message)
        self._cooldown: commands.CooldownMapping[discord.Message] = commands.CooldownMapping.from_cooldown(
            MENTIONS_PER_MINUTE, 60, commands.BucketType.user
        )

    async def cog_load(self) -> None:
        """Add the message menu (discord.py cannot declare context menus inside a cog)."""
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        """Remove the message menu."""
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def search_message(self, interaction: Interaction, message: discord.Message) -> None:
        """Answer the text of any message as a question, to the one who asked alone.

        Ephemeral: the message is usually someone else's, and the one who clicked is checking it
        against the text; posting that in the channel would answer a question its author never
        asked the bot. /question prive:false is there to share an answer.
        """
        text = strip_mentions(message.content)
        if not text:
            raise UserError("message_sans_texte")
        await answer_question(self.bot, interaction, text, ephemeral=True)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a message that mentions the bot, in reply to it; ignore every other message."""
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None or message.is_system():
            return
        if not mentions(message.content, me.id):
            return
        if self._cooldown.update_rate_limit(message) is not None:
            log.info("mentions trop fréquentes de %s : message %s ignoré", message.author.id, message.id)
            return
        received = time.perf_counter()
        view, outcome = None, "ok"
        try:
            question = strip_mentions(message.content)
            page = await self.bot.answers.run(
                message.author.id, functools.partial(question_page, self.replies, question)
            )
            reply, view = page.reply, question_view(self.bot, question, page, owner=0)
        except Exception as error:
            # An empty or too long question is answered in French; a bug gets its logged code.
            explained = explain(error)
            reply, outcome = self.replies.renderer.error(explained), outcome_of(explained.code)
        try:
            await reply_to_message(message, reply, view=view)
        except discord.HTTPException:
            # No permission to write or read history there, or the question was deleted meanwhile.
            log.warning("réponse impossible à la mention %s", message.id, exc_info=True)
            return
        # Counted once answered, like an interaction (instrument.py); ignored floods are not answers.
        self.bot.metrics.observe(MENTION_LABEL, outcome, time.perf_counter() - received)
