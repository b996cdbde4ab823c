"""Stateless buttons: ◀ ▶ between paragraphs and result pages, and « Citer ».

Every button's state lives in its custom id (at most 100 characters), so a click is answered by
whichever process receives it, even after a restart: ``discord.ui.DynamicItem`` matches the id
against one template and rebuilds the button from it. Ids are user-forgeable, so every field is
validated and a bad one is answered with a French message, never left unanswered.

Formats (``owner`` is 0 for a public message, else the id of the only user allowed to click):

- ``rb:p:OP29:owner``: show this paragraph in place of the message's;
- ``rb:c:OP29``: answer the clicker alone with the formal citation;
- ``rb:o:OP29``: answer the clicker alone with this paragraph and its ◀ « Citer » ▶ (the references
  typed in a question: the answer stays in place for everyone);
- ``rb:s:2:tout:owner:query``: show page 2 of the results of ``query``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_LIMIT, MAX_LIMIT
from bot.core.service import PARTS
from bot.core.text.models import Paragraph
from bot.discord_app.embeds import edit_reply, send_reply
from bot.discord_app.instrument import OUTCOME_KEY
from bot.discord_app.views.stateless import CUSTOM_ID_LIMIT, SNOWFLAKE_MAX, StatelessButton, bounded_int
from bot.render.i18n import FRENCH, words

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

PREFIX = "rb:"
_ID = re.compile(r"(?:PP|OP|FN)[1-9]\d{0,2}", re.ASCII)
_PAGE = re.compile(r"[1-9]|10", re.ASCII)  # MAX_LIMIT 50 hits, 5 a page
LAST_PAGE = MAX_LIMIT // DEFAULT_LIMIT
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
        if self.state is None or self.state.owner in (0, interaction.user.id):
            return True
        bot = cast("StudyBot", interaction.client)
        interaction.extras[OUTCOME_KEY] = "user_error"
        error = bot.replies_for(interaction).renderer.error(UserError("bouton_reserve"))
        await send_reply(interaction, error, ephemeral=True)
        return False

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
            # Pages stop where the core's result limit does (MAX_LIMIT hits).
            page = min(state.page, LAST_PAGE)
            reply, more = replies.cherche_page(state.target, state.part, page=page)
            view = search_view(state.target, state.part, state.page, more, state.owner)
            await edit_reply(interaction, reply, view=view)


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


def references_view(ids: list[str]) -> discord.ui.View | None:
    """Return one button per reference typed in a question (at most ``MAX_REFERENCE_BUTTONS``)."""
    if not ids:
        return None
    view = discord.ui.View(timeout=None)
    for segment_id in ids[:MAX_REFERENCE_BUTTONS]:
        view.add_item(NavButton(State("o", segment_id), label=segment_id))
    return view


def search_view(query: str, part: str, page: int, more: bool, owner: int) -> discord.ui.View | None:
    """Return ◀ ▶ between result pages, when there are several and the query fits in an id."""
    buttons = []
    if page > 1:
        buttons.append(
            NavButton(State("s", query, owner, page - 1, part), label=str(page - 1), emoji=PREVIOUS)
        )
    if more:
        buttons.append(NavButton(State("s", query, owner, page + 1, part), label=str(page + 1), emoji=NEXT))
    # A query too long for a custom id (100 characters) gets its first page only.
    if not buttons or any(len(b.item.custom_id or "") > CUSTOM_ID_LIMIT for b in buttons):
        return None
    view = discord.ui.View(timeout=None)
    for button in buttons:
        view.add_item(button)
    return view
