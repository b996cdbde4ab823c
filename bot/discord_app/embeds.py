"""Turn rendered replies into Discord messages: the one place that builds embeds."""

from __future__ import annotations

import io
import logging

import discord
from discord.utils import MISSING

from bot.render.reply import Reply, group_pages

log = logging.getLogger(__name__)


def to_embed(reply: Reply) -> discord.Embed:
    """Build the embed of one page (``Reply.pages()`` has already enforced Discord's limits)."""
    embed = discord.Embed(
        title=reply.title or None,
        description=reply.description or None,
        colour=int(reply.colour),
        url=reply.url if reply.title else None,
    )
    if reply.footer:
        embed.set_footer(text=reply.footer)
    for item in reply.fields:
        embed.add_field(name=item.name, value=item.value, inline=item.inline)
    return embed


def to_messages(reply: Reply) -> list[list[discord.Embed]]:
    """Split a reply into messages of at most 10 embeds and 6000 characters each."""
    return [[to_embed(page) for page in message] for message in group_pages(reply.pages())]


def to_files(reply: Reply) -> list[discord.File]:
    """Return the reply's attachments as uploads (fresh objects: a File is consumed when sent)."""
    return [discord.File(io.BytesIO(item.data), filename=item.filename) for item in reply.files]


async def send_reply(
    interaction: discord.Interaction,
    reply: Reply,
    *,
    ephemeral: bool = False,
    view: discord.ui.View | None = None,
) -> None:
    """Answer an interaction with ``reply``: the first message answers, the rest follow up.

    The view (buttons) goes on the last message, under the end of the text.
    """
    messages = to_messages(reply)
    files = to_files(reply)
    ephemeral = ephemeral or reply.ephemeral
    last = len(messages) - 1
    for number, embeds in enumerate(messages):
        # MISSING, not None: discord.py reads None as "remove", MISSING as "not given".
        extra_view = view if number == last and view is not None else MISSING
        extra_files = files if number == 0 and files else MISSING
        if number == 0 and not interaction.response.is_done():
            await interaction.response.send_message(
                embeds=embeds, ephemeral=ephemeral, view=extra_view, files=extra_files
            )
        else:
            await interaction.followup.send(
                embeds=embeds, ephemeral=ephemeral, view=extra_view, files=extra_files
            )


async def edit_reply(interaction: discord.Interaction, reply: Reply, *, view: discord.ui.View | None) -> None:
    """Replace the message a button sits on (one message's worth: a paragraph or a page of results)."""
    embeds = to_messages(reply)[0]
    await interaction.response.edit_message(embeds=embeds, view=view)


async def reply_to_message(
    message: discord.Message, reply: Reply, *, view: discord.ui.View | None = None
) -> None:
    """Answer a message (a mention of the bot) with ``reply``, as a Discord reply that pings no one.

    The first message replies to the question (``mention_author=False``: the asker is not pinged,
    the client's default being to ping); the rest follow it in the channel. The view goes on the last.
    """
    messages = to_messages(reply)
    files = to_files(reply)
    last = len(messages) - 1
    for number, embeds in enumerate(messages):
        extra_view = view if number == last and view is not None else MISSING
        extra_files = files if number == 0 and files else MISSING
        if number == 0:
            await message.reply(
                embeds=embeds,
                view=extra_view,
                files=extra_files,
                mention_author=False,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        else:
            await message.channel.send(
                embeds=embeds,
                view=extra_view,
                files=extra_files,
                allowed_mentions=discord.AllowedMentions.none(),
            )
