"""One answer to a question, however it was asked: ``/question``, a mention, the message menu.

The answer is the declared ``/question`` reply, in pages like every long reply, with a button for
each paragraph the question names (``§29``, ``PP3``) above ◀ ▶.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from bot.commands import catalog, paging
from bot.commands.spec import Args, Surface
from bot.discord_app.deferral import within_window
from bot.discord_app.embeds import send_reply
from bot.discord_app.options import owner_of
from bot.discord_app.views.navigation import reference_buttons
from bot.discord_app.views.pages import page_view

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot
    from bot.render.pages import Page
    from bot.render.replies import Replies

QUESTION = catalog.BY_NAME["question"]


def question_args(text: str) -> Args:
    """The arguments of ``/question texte:text``, however the question came."""
    return Args(QUESTION, {"texte": text}, Surface.DISCORD)


def question_page(replies: Replies, text: str) -> Page:
    """Page 1 of the answer to ``text`` (the work: run it off the event loop)."""
    return paging.page(replies, QUESTION, question_args(text))


def question_view(bot: StudyBot, text: str, page: Page, owner: int) -> discord.ui.View | None:
    """A button for each paragraph ``text`` names, and ◀ ▶ when the answer has several pages."""
    references = reference_buttons(bot.replies.questions.references_in(text))
    return page_view(bot, QUESTION, question_args(text), page, owner, references)


async def answer_question(
    bot: StudyBot, interaction: discord.Interaction[Any], text: str, *, ephemeral: bool
) -> None:
    """Answer ``text`` to an interaction (``/question``, the message menu), deferring if slow.

    The answer is in the language of the user's client (``replies_for``).
    """
    replies = bot.replies_for(interaction)
    page = await within_window(
        interaction,
        lambda: question_page(replies, text),
        ephemeral=ephemeral,
        run=bot.answers.runner(interaction.user.id),
    )
    view = question_view(bot, text, page, owner_of(interaction, ephemeral))
    await send_reply(interaction, page.reply, ephemeral=ephemeral, view=view)
