"""Turn rendered replies into Discord messages: the one place that builds embeds."""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Awaitable
from typing import Protocol

import discord
from discord.utils import MISSING

from bot.render.reply import Reply, group_pages

log = logging.getLogger(__name__)
# Discord's limit on a message's text (a text-only reply; embeds have their own, in render/reply.py).
MESSAGE_CONTENT_LIMIT = 2000


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


class _Post(Protocol):
    """Send one message of a reply: ``channel.send``, ``message.reply`` or an interaction's."""

    def __call__(
        self, *, embeds: list[discord.Embed], view: discord.ui.View, files: list[discord.File]
    ) -> Awaitable[object]: ...


async def _post_pages(reply: Reply, view: discord.ui.View | None, *, first: _Post, rest: _Post) -> object:
    """The one loop that turns a reply into messages: ``first`` posts the first, ``rest`` the others.

    The attachments go with the first message; the view (buttons) goes on the last, under the
    end of the text. Returns what posting the last message returned.
    """
    messages = to_messages(reply)
    files = to_files(reply)
    last = len(messages) - 1
    sent: object = None
    for number, embeds in enumerate(messages):
        post = first if number == 0 else rest
        # MISSING, not None: discord.py reads None as "remove", MISSING as "not given".
        sent = await post(
            embeds=embeds,
            view=view if number == last and view is not None else MISSING,
            files=files if number == 0 and files else MISSING,
        )
    return sent


def _message_id(sent: object) -> int | None:
    """The id of a posted message: a follow-up returns the message, a first answer its callback."""
    if isinstance(sent, discord.Message):
        return sent.id
    if isinstance(sent, discord.InteractionCallbackResponse):
        return sent.message_id
    return None


async def send_reply(
    interaction: discord.Interaction,
    reply: Reply,
    *,
    ephemeral: bool = False,
    view: discord.ui.View | None = None,
) -> int | None:
    """Answer an interaction with ``reply``: the first message answers, the rest follow up.

    An interaction already answered (deferred, or a second reply) gets only follow-ups. Returns
    the id of the last message (the one carrying ``view``), when Discord said it: ``wait=True``
    has Discord return a follow-up's message, which a deferred /quiz needs to edit it later.
    """
    ephemeral = ephemeral or reply.ephemeral
    if reply.text_only:
        # No link preview under it: the citation is the text to copy, the link part of it.
        text = reply.description[:MESSAGE_CONTENT_LIMIT]
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=ephemeral, suppress_embeds=True)
        else:
            await interaction.response.send_message(text, ephemeral=ephemeral, suppress_embeds=True)
        return None  # a citation carries no view to attach to a message id
    follow_up = functools.partial(interaction.followup.send, ephemeral=ephemeral, wait=True)
    answer = functools.partial(interaction.response.send_message, ephemeral=ephemeral)
    first = follow_up if interaction.response.is_done() else answer
    return _message_id(await _post_pages(reply, view, first=first, rest=follow_up))


async def edit_reply(interaction: discord.Interaction, reply: Reply, *, view: discord.ui.View | None) -> None:
    """Replace the message a button sits on (one message's worth: a paragraph or a page of results)."""
    embeds = to_messages(reply)[0]
    if interaction.response.is_done():  # deferred while the database was slow (deferral.settled)
        await interaction.edit_original_response(embeds=embeds, view=view)
        return
    await interaction.response.edit_message(embeds=embeds, view=view)


async def reply_to_message(
    message: discord.Message, reply: Reply, *, view: discord.ui.View | None = None
) -> None:
    """Answer a message (a mention of the bot) with ``reply``, as a Discord reply that pings no one.

    The first message replies to the question (``mention_author=False``: the asker is not pinged,
    the client's default being to ping); the rest follow it in the channel. The view goes on the last.
    """
    none = discord.AllowedMentions.none()
    first = functools.partial(message.reply, mention_author=False, allowed_mentions=none)
    rest = functools.partial(message.channel.send, allowed_mentions=none)
    await _post_pages(reply, view, first=first, rest=rest)


async def send_to_channel(
    channel: discord.abc.Messageable, reply: Reply, *, view: discord.ui.View | None = None
) -> int | None:
    """Post ``reply`` in a channel, outside any interaction (timers, the paragraph of the day).

    The view goes on the last message, as in ``send_reply``; its id is returned.
    """
    return _message_id(await _post_pages(reply, view, first=channel.send, rest=channel.send))


async def edit_channel_message(
    channel: discord.PartialMessageable, message_id: int, reply: Reply | None, *, view: discord.ui.View
) -> None:
    """Replace a message the bot posted earlier (a closed quiz question); ``reply=None`` keeps its text.

    One message's worth, as ``edit_reply``; it needs no interaction, so a timer can do it.
    """
    embeds = to_messages(reply)[0] if reply is not None else MISSING
    await channel.get_partial_message(message_id).edit(embeds=embeds, view=view)
