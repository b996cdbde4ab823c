"""Stateless study buttons: quiz answers, « Terminer », reading navigation and erase confirmation.

As with ``navigation.py`` (both build on ``stateless.py``), a button's whole state lives in its
custom id and in the database, so a click is answered by any process, even one started after the
message was sent. Ids are user-forgeable: each field is validated here, and ownership (who may
end a round, whose data is erased) is checked against the database or the clicker, never trusted
from the id alone.

Formats (ids are database ids; ``user`` a Discord user id):

- ``st:a:question:choice``: answer ``choice`` (0-based) to a quiz question;
- ``st:v:question``: reveal a question before its time is up (its round's starter, or a member
  with Manage Messages);
- ``st:t:round``: end a round (its starter, or a member with Manage Messages);
- ``st:r:p|n|m|f:session:controller:paragraph``: reading session ◀, ▶, « marquer comme lu »,
  « terminer », pressed on controller message number ``controller`` while it showed
  ``paragraph`` (``OP12``): the click acts on that paragraph, or is refused if ``/etude
  reprendre`` replaced that controller. Ids of the earlier form ``st:r:action:session`` (sent
  before controllers were numbered) parse as controller 0, which no session has: refused the same way;
- ``st:e:user``: confirm erasing ``user``'s data (only that user may click).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.core.errors import UserError
from bot.core.study.models import Question, ReadingRef, ReadingStatus, ReadingView
from bot.discord_app.views.stateless import ROW_ID_MAX, SNOWFLAKE_MAX, StatelessButton, bounded_int
from bot.render.i18n import FRENCH, words

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

PREFIX = "st:"
_ID = r"[0-9]{1,20}"  # the shape only: bounded_int checks the value
_PARAGRAPH = r"[PO]P[1-9][0-9]?"  # PP1..PP99, OP1..OP99: the shape; the session's order decides
_PATTERNS = {
    "a": re.compile(rf"(?P<target>{_ID}):(?P<extra>[0-7])"),
    "t": re.compile(rf"(?P<target>{_ID})"),
    "v": re.compile(rf"(?P<target>{_ID})"),
    # Controller and paragraph are absent from ids of the earlier form.
    "r": re.compile(
        rf"(?P<extra>[pnmf]):(?P<target>{_ID})(?::(?P<controller>{_ID}):(?P<paragraph>{_PARAGRAPH}))?"
    ),
    "e": re.compile(rf"(?P<target>{_ID})"),
}
# A question, round or session is a database row; the erase button names a Discord user.
_BOUNDS = {"a": ROW_ID_MAX, "t": ROW_ID_MAX, "v": ROW_ID_MAX, "r": ROW_ID_MAX, "e": SNOWFLAKE_MAX}
LETTERS = "ABCDEFGH"
# Reading actions, in the order of their buttons.
PREVIOUS, MARK, NEXT, FINISH = "p", "m", "n", "f"


@dataclass(frozen=True, slots=True)
class StudyState:
    """What a study button does, parsed and validated from its custom id."""

    action: str  # "a" answer, "v" reveal, "t" end round, "r" reading, "e" erase
    target: int  # question, round, session or user id
    extra: str = ""  # the choice index of an answer, or the reading action
    controller: int = 0  # reading: the controller message's number (0: an id of the earlier form)
    paragraph: str = ""  # reading: the paragraph the controller showed

    def custom_id(self) -> str:
        """Return the custom id that carries this state."""
        if self.action == "a":
            return f"{PREFIX}a:{self.target}:{self.extra}"
        if self.action == "r" and self.paragraph:
            return f"{PREFIX}r:{self.extra}:{self.target}:{self.controller}:{self.paragraph}"
        if self.action == "r":
            return f"{PREFIX}r:{self.extra}:{self.target}"
        return f"{PREFIX}{self.action}:{self.target}"

    @property
    def reading(self) -> ReadingRef:
        """What a reading button names: session, controller and paragraph."""
        return ReadingRef(self.target, self.controller, self.paragraph)


def parse_study_state(raw: str) -> StudyState:
    """Parse the part of a custom id after ``st:``; raise ``UserError`` for a forged one."""
    action, _, rest = raw.partition(":")
    pattern = _PATTERNS.get(action)
    match = pattern.fullmatch(rest) if pattern else None
    if match is None:
        raise UserError("bouton_invalide")
    found = match.groupdict()
    target = bounded_int(found["target"], _BOUNDS[action])
    controller = found.get("controller")
    if controller is None:
        return StudyState(action, target, found.get("extra") or "")
    return StudyState(action, target, found["extra"], bounded_int(controller, ROW_ID_MAX), found["paragraph"])


class StudyClicks(Protocol):
    """What answers a study click: the study cog, which registers itself as ``bot.study_clicks``.

    The buttons call it through the bot rather than importing the cog, which imports them.
    """

    async def on_button(self, interaction: discord.Interaction[Any], state: StudyState) -> None:
        """Answer one click on a study button."""
        ...


class StudyButton(StatelessButton[StudyState], prefix=PREFIX):
    """One study button; what it does is read from its custom id when it is clicked."""

    @classmethod
    def parse(cls, raw: str) -> StudyState:
        """Parse the part of a custom id after ``st:``."""
        return parse_study_state(raw)

    async def act(self, interaction: discord.Interaction[Any], bot: StudyBot, state: StudyState) -> None:
        """Hand the click to the study cog (answered as an internal error if it is not loaded)."""
        if bot.study_clicks is None:
            raise LookupError("study cog not loaded")
        await bot.study_clicks.on_button(interaction, state)


def question_view(question: Question, *, with_end: bool, lang: str = FRENCH) -> discord.ui.View:
    """Return one button per choice (A, B, …) and, for a round, « Révéler » and « Terminer »."""
    _ = words(lang)
    view = discord.ui.View(timeout=None)
    for index in range(len(question.body.choices)):
        state = StudyState("a", question.id, str(index))
        view.add_item(StudyButton(state, label=LETTERS[index], style=discord.ButtonStyle.primary))
    if with_end:
        reveal = StudyState("v", question.id)
        view.add_item(StudyButton(reveal, label=_("Révéler"), style=discord.ButtonStyle.secondary))
        end = StudyState("t", question.round_id)
        view.add_item(StudyButton(end, label=_("Terminer"), style=discord.ButtonStyle.danger))
    return view


def closed_question_view(question: Question) -> discord.ui.View:
    """Return the choices of a closed question, all disabled, the right one green and ticked.

    Disabled buttons cannot be clicked at all: a late click is no longer possible once the edit
    lands (one racing it is answered « Trop tard »). « Révéler » and « Terminer » go: the next
    question carries its own.
    """
    view = discord.ui.View(timeout=None)
    for index in range(len(question.body.choices)):
        right = index == question.body.answer
        view.add_item(
            StudyButton(
                StudyState("a", question.id, str(index)),
                label=f"{LETTERS[index]} ✓" if right else LETTERS[index],
                style=discord.ButtonStyle.success if right else discord.ButtonStyle.secondary,
                disabled=True,
            )
        )
    return view


def reading_view(view: ReadingView, lang: str = FRENCH) -> discord.ui.View | None:
    """Return ◀ « marquer comme lu » ▶ « terminer » for an active session; none once it ended.

    Each id names this controller and the paragraph shown. « Marquer comme lu » is never
    disabled: a mark is each member's own, and the message is the same for everyone.
    """
    _ = words(lang)
    if view.status != ReadingStatus.ACTIVE:
        return None

    def state(action: str) -> StudyState:
        return StudyState("r", view.session_id, action, view.controller, view.paragraph.id)

    buttons = discord.ui.View(timeout=None)
    buttons.add_item(StudyButton(state(PREVIOUS), emoji="◀", disabled=view.at_start))
    buttons.add_item(StudyButton(state(MARK), label=_("Marquer comme lu"), style=discord.ButtonStyle.success))
    buttons.add_item(StudyButton(state(NEXT), emoji="▶", disabled=view.at_end))
    buttons.add_item(StudyButton(state(FINISH), label=_("Terminer"), style=discord.ButtonStyle.danger))
    return buttons


def erase_view(user_id: int, lang: str = FRENCH) -> discord.ui.View:
    """Return the one button that confirms erasing ``user_id``'s data."""
    _ = words(lang)
    view = discord.ui.View(timeout=None)
    state = StudyState("e", user_id)
    view.add_item(StudyButton(state, label=_("Effacer mes données"), style=discord.ButtonStyle.danger))
    return view
