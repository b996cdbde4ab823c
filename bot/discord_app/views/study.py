"""Stateless study buttons: quiz answers, « Terminer », reading navigation and erase confirmation.

As with ``navigation.py``, a button's whole state lives in its custom id and in the database, so a
click is answered by any process, even one started after the message was sent. Ids are
user-forgeable: each field is validated here, and ownership (who may end a round, whose data is
erased) is checked against the database or the clicker, never trusted from the id alone.

Formats (ids are database ids; ``user`` a Discord user id):

- ``st:a:question:choice``: answer ``choice`` (0-based) to a quiz question;
- ``st:t:round``: end a round (its starter, or a member with Manage Server);
- ``st:r:p|n|m|f:session``: reading session ◀, ▶, « marquer comme lu », « terminer »;
- ``st:e:user``: confirm erasing ``user``'s data (only that user may click).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.core.errors import UserError
from bot.core.study.models import Question, ReadingView

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

PREFIX = "st:"
_ID = r"[1-9]\d{0,18}"
_PATTERNS = {
    "a": re.compile(rf"(?P<target>{_ID}):(?P<extra>[0-7])"),
    "t": re.compile(rf"(?P<target>{_ID})"),
    "r": re.compile(rf"(?P<extra>[pnmf]):(?P<target>{_ID})"),
    "e": re.compile(r"(?P<target>[1-9]\d{0,19})"),
}
LETTERS = "ABCDEFGH"
# Reading actions, in the order of their buttons.
PREVIOUS, MARK, NEXT, FINISH = "p", "m", "n", "f"


@dataclass(frozen=True, slots=True)
class StudyState:
    """What a study button does, parsed and validated from its custom id."""

    action: str  # "a" answer, "t" end round, "r" reading, "e" erase
    target: int  # question, round, session or user id
    extra: str = ""  # the choice index of an answer, or the reading action

    def custom_id(self) -> str:
        """Return the custom id that carries this state."""
        if self.action == "a":
            return f"{PREFIX}a:{self.target}:{self.extra}"
        if self.action == "r":
            return f"{PREFIX}r:{self.extra}:{self.target}"
        return f"{PREFIX}{self.action}:{self.target}"


def parse_study_state(raw: str) -> StudyState:
    """Parse the part of a custom id after ``st:``; raise ``UserError`` for a forged one."""
    action, _, rest = raw.partition(":")
    pattern = _PATTERNS.get(action)
    match = pattern.fullmatch(rest) if pattern else None
    if match is None:
        raise UserError("bouton_invalide")
    found = match.groupdict()
    return StudyState(action, int(found["target"]), found.get("extra") or "")


class StudyButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"st:(?P<state>.{0,97})"):
    """One study button; what it does is read from its custom id when it is clicked."""

    def __init__(
        self,
        state: StudyState | None,
        *,
        raw: str = "",
        label: str | None = None,
        emoji: str | None = None,
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
    ) -> None:
        custom_id = state.custom_id() if state is not None else PREFIX + raw
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label, emoji=emoji, style=style, custom_id=custom_id, disabled=disabled
        )
        super().__init__(button)
        self.state = state

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> StudyButton:
        """Rebuild the button from a clicked id; a bad id is kept and answered in ``callback``."""
        # Raising here would leave the click unanswered (discord.py only logs it).
        try:
            state: StudyState | None = parse_study_state(match["state"])
        except UserError:
            state = None
        return cls(state, raw=match["state"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Do what the id says; any error is answered in French like a command's."""
        bot = cast("StudyBot", interaction.client)
        try:
            if self.state is None:
                raise UserError("bouton_invalide")
            from bot.discord_app.cogs.study import study_cog

            await study_cog(bot).on_button(interaction, self.state)
        except Exception as error:
            await bot.answer_error(interaction, error)


def question_view(question: Question, *, with_end: bool) -> discord.ui.View:
    """Return one button per choice (A, B, …) and, for a round, « Terminer » for its starter."""
    view = discord.ui.View(timeout=None)
    for index in range(len(question.body.choices)):
        state = StudyState("a", question.id, str(index))
        view.add_item(StudyButton(state, label=LETTERS[index], style=discord.ButtonStyle.primary))
    if with_end:
        end = StudyState("t", question.round_id)
        view.add_item(StudyButton(end, label="Terminer", style=discord.ButtonStyle.danger))
    return view


def reading_view(view: ReadingView) -> discord.ui.View | None:
    """Return ◀ « marquer comme lu » ▶ « terminer » for an active session; none once it ended."""
    if view.status != "active":
        return None
    buttons = discord.ui.View(timeout=None)
    session = view.session_id
    buttons.add_item(StudyButton(StudyState("r", session, PREVIOUS), emoji="◀", disabled=view.at_start))
    buttons.add_item(
        StudyButton(
            StudyState("r", session, MARK),
            label="Marquer comme lu",
            style=discord.ButtonStyle.success,
            disabled=view.read,
        )
    )
    buttons.add_item(StudyButton(StudyState("r", session, NEXT), emoji="▶", disabled=view.at_end))
    buttons.add_item(
        StudyButton(StudyState("r", session, FINISH), label="Terminer", style=discord.ButtonStyle.danger)
    )
    return buttons


def erase_view(user_id: int) -> discord.ui.View:
    """Return the one button that confirms erasing ``user_id``'s data."""
    view = discord.ui.View(timeout=None)
    state = StudyState("e", user_id)
    view.add_item(StudyButton(state, label="Effacer mes données", style=discord.ButtonStyle.danger))
    return view
