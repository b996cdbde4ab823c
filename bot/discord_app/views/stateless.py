"""The base of every button of the bot: a ``DynamicItem`` whose whole state lives in its custom id.

A click is answered by whichever process receives it, even one started after the message was
sent: discord.py matches the id against the class's template and rebuilds the button from it.
Ids are user-forgeable, so a subclass parses and validates its state; a bad id is kept and
answered in French (« bouton invalide ») rather than left unanswered, and any error of the click
goes to the bot's error handler, once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar, cast

import discord

from bot.core.errors import UserError
from bot.discord_app.embeds import send_reply
from bot.discord_app.instrument import OUTCOME_KEY

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

CUSTOM_ID_LIMIT = 100  # Discord's limit on a component's custom id
# The largest integers an id may carry, checked before any reaches the database (a 19-digit number
# overflowed the driver's 64-bit integers: an internal error and a traceback at every click). Row
# ids are ``Integer`` columns, 32-bit signed on PostgreSQL; snowflakes are stored as ``BigInteger``.
ROW_ID_MAX = 2**31 - 1
SNOWFLAKE_MAX = 2**63 - 1


def bounded_int(digits: str, high: int, *, low: int = 1) -> int:
    """Return ``digits`` as an integer in ``[low, high]``; raise ``UserError`` for anything else.

    Only ASCII digits without a leading zero: ``int`` would also take « ١٢ », « 1_2 » or « 012 »,
    ids the bot never writes.
    """
    canonical = digits.isascii() and digits.isdigit() and (digits == "0" or not digits.startswith("0"))
    # The length check first: no 5,000-digit conversion for a forged id.
    if not canonical or len(digits) > len(str(high)) or not low <= int(digits) <= high:
        raise UserError("bouton_invalide")
    return int(digits)


async def owner_may(interaction: discord.Interaction[Any], owner: int) -> bool:
    """Whether the clicker may use a button owned by ``owner`` (0: everyone); tell anyone else why.

    The buttons of a private (ephemeral) reply belong to the one who asked for it; the refusal is in
    the clicker's language.
    """
    if owner in (0, interaction.user.id):
        return True
    bot = cast("StudyBot", interaction.client)
    interaction.extras[OUTCOME_KEY] = "user_error"
    error = bot.replies_for(interaction).renderer.error(UserError("bouton_reserve"))
    await send_reply(interaction, error, ephemeral=True)
    return False


class ButtonState(Protocol):
    """What a button does, as parsed from its custom id."""

    def custom_id(self) -> str:
        """Return the custom id that carries this state (prefix included)."""
        ...


S = TypeVar("S", bound=ButtonState)


# The base itself is never registered with discord.py: its template matches nothing.
class StatelessButton(discord.ui.DynamicItem[discord.ui.Button[Any]], Generic[S], template=r"(?!)"):
    """A button rebuilt from its custom id: ``prefix`` + the state a subclass parses.

    Subclasses name their prefix (``class NavButton(StatelessButton[State], prefix="rb:")``) and
    implement ``parse`` and ``act``.
    """

    prefix: ClassVar[str]

    def __init_subclass__(cls, *, prefix: str, **kwargs: Any) -> None:
        """Derive the template discord.py matches clicked ids against from the prefix."""
        cls.prefix = prefix
        limit = CUSTOM_ID_LIMIT - len(prefix)
        super().__init_subclass__(template=rf"{re.escape(prefix)}(?P<state>.{{0,{limit}}})", **kwargs)

    def __init__(
        self,
        state: S | None,
        *,
        raw: str = "",
        label: str | None = None,
        emoji: str | None = None,
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
    ) -> None:
        """Build the button for ``state``, or for a forged id (``raw``, the part after the prefix)."""
        custom_id = state.custom_id() if state is not None else self.prefix + raw
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label, emoji=emoji, style=style, custom_id=custom_id, disabled=disabled
        )
        super().__init__(button)
        self.state = state
        self.raw = raw

    @classmethod
    def parse(cls, raw: str) -> S:
        """Parse the part of a custom id after the prefix; raise ``UserError`` for a forged one."""
        raise NotImplementedError

    async def act(self, interaction: discord.Interaction[Any], bot: StudyBot, state: S) -> None:
        """Do what the state says (errors are answered by ``callback``)."""
        raise NotImplementedError

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        """Rebuild the button from a clicked id; a bad id is kept and answered in ``callback``."""
        # Raising here would leave the click unanswered (discord.py only logs it): defer the check.
        try:
            state: S | None = cls.parse(match["state"])
        except UserError:
            state = None
        return cls(state, raw=match["state"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Do what the id says; any error is answered in French like a command's."""
        bot = cast("StudyBot", interaction.client)
        try:
            if self.state is None:
                raise UserError("bouton_invalide")
            await self.act(interaction, bot, self.state)
        except Exception as error:
            await bot.answer_error(interaction, error)
