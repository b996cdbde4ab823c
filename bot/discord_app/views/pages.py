"""◀ ▶ under a long reply: one message whose page the buttons turn, for every command alike.

A page is redrawn from the command and its options (``bot.commands.paging``), and those travel in
the button's custom id, so any process answers the click, even after a restart. Formats
(``owner`` is 0 for a public message, else the id of the only user allowed to click):

- ``pg:2:owner:cherche:coopération:tout``: page 2 of ``/cherche requete:coopération partie:tout``,
  the option values in declaration order, ``%`` and ``:`` written ``%25`` and ``%3A``;
- ``pg:2:owner:#1f2e…``: the same for options too long for a custom id (100 characters), kept in
  this process's memory (``PageSources``) under a digest: a click after a restart, or once
  ``PAGE_SOURCES`` newer ones have pushed it out, is told to run the command again.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot.commands import paging
from bot.commands.paging import PageSource
from bot.commands.spec import Args, Command
from bot.core.errors import UserError
from bot.discord_app.deferral import settled
from bot.discord_app.embeds import edit_reply
from bot.discord_app.views.stateless import (
    CUSTOM_ID_LIMIT,
    SNOWFLAKE_MAX,
    StatelessButton,
    bounded_int,
    owner_may,
)

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot
    from bot.render.pages import Page

PREFIX = "pg:"
PREVIOUS, NEXT = "◀", "▶"
# The most pages a reply has is one per segment (75); a forged id asks for no more than 999.
MAX_PAGE = 999
# Sources too long for a custom id kept in memory, most recent last: a few hours of a busy server.
PAGE_SOURCES = 4096
_ESCAPED = re.compile(r"%(25|3A)")
_DIGEST = re.compile(r"#[0-9a-f]{16}")


@dataclass(frozen=True, slots=True)
class PageState:
    """Which page to show, for whom, and of what: a source, or the digest of one kept in memory."""

    page: int
    owner: int
    source: PageSource | None = None
    digest: str = ""

    def custom_id(self) -> str:
        """Return the custom id that carries this state."""
        head = f"{PREFIX}{self.page}:{self.owner}:"
        if self.source is None:
            return head + self.digest
        return head + ":".join((self.source.command, *map(_escape, self.source.values)))


def parse_page_state(raw: str) -> PageState:
    """Parse the part of a custom id after ``pg:``; raise ``UserError`` for a forged one."""
    page, owner, rest = [*raw.split(":", 2), "", ""][:3]
    number = bounded_int(page, MAX_PAGE)
    member = bounded_int(owner, SNOWFLAKE_MAX, low=0)
    if _DIGEST.fullmatch(rest):
        return PageState(number, member, digest=rest)
    command, *values = rest.split(":")
    if command not in paging.pageable():
        raise UserError("bouton_invalide")
    return PageState(number, member, PageSource(command, tuple(_unescape(v) for v in values)))


class PageSources:
    """Sources too long for a custom id, by digest; the oldest go first past ``PAGE_SOURCES``."""

    def __init__(self, size: int = PAGE_SOURCES) -> None:
        self._size = size
        self._sources: OrderedDict[str, PageSource] = OrderedDict()

    def keep(self, source: PageSource) -> str:
        """Remember ``source``; return its digest (``#`` and 16 hex digits)."""
        text = "\x1f".join((source.command, *source.values))
        digest = "#" + hashlib.sha256(text.encode()).hexdigest()[:16]
        self._sources[digest] = source
        self._sources.move_to_end(digest)
        while len(self._sources) > self._size:
            self._sources.popitem(last=False)
        return digest

    def get(self, digest: str) -> PageSource | None:
        """Return the source kept under ``digest``, if this process still has it."""
        return self._sources.get(digest)


class PageButton(StatelessButton[PageState], prefix=PREFIX):
    """◀ or ▶: show another page of the reply in place, for everyone or for its owner alone."""

    @classmethod
    def parse(cls, raw: str) -> PageState:
        """Parse the part of a custom id after ``pg:``."""
        return parse_page_state(raw)

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Let only the owner of an ephemeral reply turn its pages (and tell anyone else why)."""
        return await owner_may(interaction, self.state.owner if self.state is not None else 0)

    async def act(self, interaction: discord.Interaction[Any], bot: StudyBot, state: PageState) -> None:
        """Redraw the page asked for, in the clicker's language, and put it in place of the message's."""
        source = state.source or bot.page_sources.get(state.digest)
        if source is None:
            raise UserError("pages_expirees")
        try:
            command, args = source.command_and_args()
        except KeyError:
            raise UserError("bouton_invalide") from None
        # A question's page is its answer again (some milliseconds): off the event loop, like
        # the command, and deferred as an update if it ever runs late.
        replies = bot.replies_for(interaction)
        work = bot.answers.run(interaction.user.id, lambda: paging.page(replies, command, args, state.page))
        page = await settled(interaction, work, ephemeral=bool(state.owner), thinking=False)
        view = page_view(bot, command, args, page, state.owner, _other_buttons(interaction.message))
        await edit_reply(interaction, page.reply, view=view)


def page_view(
    bot: StudyBot,
    command: Command,
    args: Args,
    page: Page,
    owner: int,
    items: list[discord.ui.Item[Any]] | None = None,
) -> discord.ui.View | None:
    """Return ``items`` and, when the reply has several pages, ◀ ▶ to the pages around ``page``."""
    buttons = list(items or ())
    around = ((page.number - 1, PREVIOUS), (page.number + 1, NEXT))
    targets = [(number, emoji) for number, emoji in around if 1 <= number <= page.count]
    source = PageSource.of(command, args)
    states = [PageState(number, owner, source) for number, _ in targets]
    if any(_length(state.custom_id()) > CUSTOM_ID_LIMIT for state in states):
        digest = bot.page_sources.keep(source)
        states = [PageState(number, owner, digest=digest) for number, _ in targets]
    for state, (number, emoji) in zip(states, targets, strict=True):
        buttons.append(PageButton(state, label=str(number), emoji=emoji))
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button in buttons:
        view.add_item(button)
    return view


def _other_buttons(message: discord.Message | None) -> list[discord.ui.Item[Any]]:
    """The buttons of ``message`` that do not turn pages (a question's references): they stay."""
    if message is None:
        return []
    kept = discord.ui.View.from_message(message, timeout=None).children
    return [item for item in kept if not str(getattr(item, "custom_id", "") or "").startswith(PREFIX)]


def _length(custom_id: str) -> int:
    """The length Discord may count: UTF-16 code units (an emoji is two), never fewer than characters."""
    return len(custom_id.encode("utf-16-le")) // 2


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace(":", "%3A")


def _unescape(value: str) -> str:
    return _ESCAPED.sub(lambda m: {"25": "%", "3A": ":"}[m.group(1)], value)
