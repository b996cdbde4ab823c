"""Stateless ``/revision`` buttons: « Voir la réponse », the grades, and the erase confirmation.

As with the study buttons, the state is the custom id plus the database: the id names a session
row and the step the card was shown at, so a click is answered by any process, after a restart
too, and a second press of the same button (same step) records nothing. Whose session it is comes
from the database, never from the id: only its member can press their own buttons.

Formats (``session`` a row id, ``step`` the number of grades the session had recorded):

- ``rv:v:session:step``: show the answer;
- ``rv:g:a|d|b|f:session:step``: grade « À revoir », « Difficile », « Bien », « Facile »;
- ``rv:x:user``: confirm erasing ``user``'s revision (only that user may click).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.core.errors import UserError
from bot.core.study.revision_models import ReviewView
from bot.core.study.schedule import Grade, format_interval
from bot.discord_app.views.stateless import ROW_ID_MAX, SNOWFLAKE_MAX, StatelessButton, bounded_int
from bot.render.i18n import ENGLISH, FRENCH, language, words

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

PREFIX = "rv:"
SHOW, GRADE, ERASE = "v", "g", "x"
_ID = r"[0-9]{1,20}"  # the shape only: bounded_int checks the value
_PATTERNS = {
    SHOW: re.compile(rf"(?P<target>{_ID}):(?P<step>{_ID})"),
    GRADE: re.compile(rf"(?P<extra>[adbf]):(?P<target>{_ID}):(?P<step>{_ID})"),
    ERASE: re.compile(rf"(?P<target>{_ID})"),
}
LETTERS = {Grade.AGAIN: "a", Grade.HARD: "d", Grade.GOOD: "b", Grade.EASY: "f"}
GRADES = {letter: grade for grade, letter in LETTERS.items()}
_STYLES = {
    Grade.AGAIN: discord.ButtonStyle.danger,
    Grade.HARD: discord.ButtonStyle.secondary,
    Grade.GOOD: discord.ButtonStyle.success,
    Grade.EASY: discord.ButtonStyle.primary,
}


@dataclass(frozen=True, slots=True)
class RevisionState:
    """What a revision button does, parsed and validated from its custom id."""

    action: str  # "v" show, "g" grade, "x" erase
    target: int  # a session row id, or a Discord user id
    step: int = 0
    grade: Grade | None = None

    def custom_id(self) -> str:
        """Return the custom id that carries this state."""
        if self.action == GRADE and self.grade is not None:
            return f"{PREFIX}{GRADE}:{LETTERS[self.grade]}:{self.target}:{self.step}"
        if self.action == SHOW:
            return f"{PREFIX}{SHOW}:{self.target}:{self.step}"
        return f"{PREFIX}{self.action}:{self.target}"


def parse_revision_state(raw: str) -> RevisionState:
    """Parse the part of a custom id after ``rv:``; raise ``UserError`` for a forged one."""
    action, _, rest = raw.partition(":")
    pattern = _PATTERNS.get(action)
    match = pattern.fullmatch(rest) if pattern else None
    if match is None:
        raise UserError("bouton_invalide")
    found = match.groupdict()
    if action == ERASE:
        return RevisionState(action, bounded_int(found["target"], SNOWFLAKE_MAX))
    # A step is a count of grades in one session: it starts at 0 and fits the same column type.
    step = bounded_int(found["step"], ROW_ID_MAX, low=0)
    grade = GRADES[found["extra"]] if action == GRADE else None
    return RevisionState(action, bounded_int(found["target"], ROW_ID_MAX), step, grade)


class RevisionClicks(Protocol):
    """What answers a revision click: the revision cog, registered as ``bot.revision_clicks``."""

    async def on_button(self, interaction: discord.Interaction[Any], state: RevisionState) -> None:
        """Answer one click on a revision button."""
        ...


class RevisionButton(StatelessButton[RevisionState], prefix=PREFIX):
    """One revision button; what it does is read from its custom id when it is clicked."""

    @classmethod
    def parse(cls, raw: str) -> RevisionState:
        """Parse the part of a custom id after ``rv:``."""
        return parse_revision_state(raw)

    async def act(self, interaction: discord.Interaction[Any], bot: StudyBot, state: RevisionState) -> None:
        """Hand the click to the revision cog (answered as an internal error if it is not loaded)."""
        if bot.revision_clicks is None:
            raise LookupError("revision cog not loaded")
        await bot.revision_clicks.on_button(interaction, state)


def grade_labels(lang: str = FRENCH) -> dict[Grade, str]:
    """The grades' button labels in ``lang``: Anki's « À revoir », « Difficile », « Bien », « Facile »."""
    _ = words(lang)
    return {
        Grade.AGAIN: _("À revoir"),
        Grade.HARD: _("Difficile"),
        Grade.GOOD: _("Bien"),
        Grade.EASY: _("Facile"),
    }


def card_view(view: ReviewView, lang: str = FRENCH) -> discord.ui.View | None:
    """« Voir la réponse » under a card's front; the grades, with their next intervals, under its answer."""
    if view.card is None:
        return None
    _ = words(lang)
    buttons = discord.ui.View(timeout=None)
    session, step = view.session.id, view.session.step
    if not view.revealed:
        show = RevisionState(SHOW, session, step)
        buttons.add_item(RevisionButton(show, label=_("Voir la réponse"), style=discord.ButtonStyle.primary))
        return buttons
    # As in Anki, each grade tells when the card would come back (« Bien · 3 j »); cramming tells nothing.
    english = language(lang) == ENGLISH
    texts = {i.grade: format_interval(i.delta, english=english) for i in view.intervals}
    labels = grade_labels(lang)
    for grade in view.grades:
        label = f"{labels[grade]} · {texts[grade]}" if grade in texts else labels[grade]
        state = RevisionState(GRADE, session, step, grade)
        buttons.add_item(RevisionButton(state, label=label, style=_STYLES[grade]))
    return buttons


def erase_view(user_id: int, lang: str = FRENCH) -> discord.ui.View:
    """Return the one button that confirms erasing ``user_id``'s revision."""
    _ = words(lang)
    view = discord.ui.View(timeout=None)
    state = RevisionState(ERASE, user_id)
    view.add_item(RevisionButton(state, label=_("Effacer ma révision"), style=discord.ButtonStyle.danger))
    return view
