"""Stateless buttons: ◀ ▶ between paragraphs and result pages, and « Citer ».

Every button's state lives in its custom id (at most 100 characters), so a click is answered by
whichever process receives it, even after a restart: ``discord.ui.DynamicItem`` matches the id
against one template and rebuilds the button from it. Ids are user-forgeable, so every field is
validated and a bad one is answered with a message in the clicker's language, never left unanswered.

Formats (``owner`` is 0 for a public message, else the id of the only user allowed to click):

- ``rb:p:OP29:owner``: show this paragraph in place of the message's;
- ``rb:c:OP29``: answer the clicker alone with the formal citation;
- ``rb:o:OP29``: answer the clicker alone with this paragraph and its ◀ « Citer » ▶ (the references
  typed in a question: the answer stays in place for everyone);
- ``rb:s:2:tout:owner:query``: show page 2 of the results of ``query``, five a page: the format
  of the search pages sent before every long reply had pages (``views/pages.py``, ``pg:``); still
  answered, with the new buttons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot.commands import catalog, paging
from bot.commands.spec import Args, Surface
from bot.core.errors import UserError
from bot.core.service import PARTS
from bot.core.text.models import Paragraph
from bot.discord_app.embeds import edit_reply, send_reply
from bot.discord_app.views.pages import page_view
from bot.discord_app.views.stateless import SNOWFLAKE_MAX, StatelessButton, bounded_int, owner_may
from bot.render.i18n import FRENCH, words

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

PREFIX = "rb:"
_ID = re.compile(r"(?:PP|OP|FN)[1-9]\d{0,2}", re.ASCII)
_PAGE = re.compile(r"[1-9]|10", re.ASCII)  # the pages these ids were made for: 50 hits, 5 a page
PREVIOUS, NEXT = "◀", "▶"
# Two rows of five: a range like « §1-20 » is listed in full by the « Références : » line, but
# buttons past ten would bury the answer (Discord allows 25).
MAX_REFERENCE_BUTTONS = 10


@dataclass(frozen=True, slots=True)
class State:
    """What a button does, parsed and validated from its custom id."""

    action: str  # "p" paragraph, "c" citation, "o" open a reference, "s" search page
    target: str = ""  # paragraph id, or the query of a search
    owner: int = 0
    page: int = 1
    part: str = "tout"

    def custom_id(self) -> str:
        """Return the custom id that carries this state."""
        if self.action in ("c", "o"):
            return f"{PREFIX}{self.action}:{self.target}"
        if self.action == "p":
            return f"{PREFIX}p:{self.target}:{self.owner}"
        return f"{PREFIX}s:{self.page}:{self.part}:{self.owner}:{self.target}"


def parse_state(raw: str) -> State:
    """Parse the part of a custom id after ``rb:``; raise ``UserError`` for a forged or stale one."""
    action, _, rest = raw.partition(":")
    if action in ("c", "o") and _ID.fullmatch(rest):
        return State(action, rest)
    if action == "p":
        target, _, owner = rest.partition(":")
        if _ID.fullmatch(target):
            return State("p", target, _owner(owner))
    if action == "s":
        page, part, owner, query = [*rest.split(":", 3), "", "", ""][:4]
        if _PAGE.fullmatch(page) and part in PARTS and query.strip():
            return State("s", query, _owner(owner), int(page), part)
    raise UserError("bouton_invalide")


def _owner(digits: str) -> int:
    """0 (a public message) or the Discord user id of the only member who may click."""
    return bounded_int(digits, SNOWFLAKE_MAX, low=0)


class NavButton(StatelessButton[State], prefix=PREFIX):
    """One navigation button; what it does is read from its custom id when it is clicked."""

    @classmethod
    def parse(cls, raw: str) -> State:
        """Parse the part of a custom id after ``rb:``."""
        return parse_state(raw)

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Let only the owner of an ephemeral reply use its buttons (and tell anyone else why)."""
        return await owner_may(interaction, self.state.owner if self.state is not None else 0)

    async def act(self, interaction: discord.Interaction[Any], bot: StudyBot, state: State) -> None:
        """Quote, cite, open a reference or turn a page of results, in the clicker's language."""
        replies = bot.replies_for(interaction)
        lang = replies.renderer.lang
        if state.action == "c":
            paragraph = replies.service.paragraphs(state.target)[0]
            await send_reply(interaction, replies.citation(paragraph), ephemeral=True)
        elif state.action == "o":
            found = replies.service.paragraphs(state.target)
            view = paragraph_view(bot, found, interaction.user.id, lang)
            await send_reply(interaction, replies.paragraphe(state.target), ephemeral=True, view=view)
        elif state.action == "p":
            found = replies.service.paragraphs(state.target)
            reply = replies.paragraphe(state.target)
            await edit_reply(interaction, reply, view=paragraph_view(bot, found, state.owner, lang))
        else:
            command = catalog.BY_NAME["cherche"]
            args = Args(command, {"requete": state.target, "partie": state.part}, Surface.DISCORD)
            page = paging.page(replies, command, args, state.page)
            await edit_reply(interaction, page.reply, view=page_view(bot, command, args, page, state.owner))


def paragraph_view(
    bot: StudyBot, paragraphs: list[Paragraph], owner: int, lang: str = FRENCH
) -> discord.ui.View | None:
    """Return ◀ « Citer » ▶ for a single paragraph (a range gets none: it is already a list)."""
    _ = words(lang)
    if len(paragraphs) != 1:
        return None
    paragraph = paragraphs[0]
    before, after = bot.replies.service.neighbours(paragraph)
    view = discord.ui.View(timeout=None)
    if before is not None:
        view.add_item(NavButton(State("p", before.id, owner), label=before.id, emoji=PREVIOUS))
    view.add_item(NavButton(State("c", paragraph.id), label=_("Citer"), style=discord.ButtonStyle.primary))
    if after is not None:
        view.add_item(NavButton(State("p", after.id, owner), label=after.id, emoji=NEXT))
    return view


def reference_buttons(ids: list[str]) -> list[discord.ui.Item[Any]]:
    """Return one button per reference typed in a question (at most ``MAX_REFERENCE_BUTTONS``)."""
    return [NavButton(State("o", segment_id), label=segment_id) for segment_id in ids[:MAX_REFERENCE_BUTTONS]]
