"""Options shared by slash commands, read from their declarations (bot/commands/), and who owns buttons."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _

from bot.commands import catalog, options
from bot.commands.spec import Command, Surface

PRIVE = _(options.PRIVE.description.fr)
PARTIES = [app_commands.Choice(name=_(c.name.fr), value=c.value) for c in options.PARTIES]


def _declared(path: tuple[str, ...]) -> Command:
    command = catalog.BY_NAME[path[0]]
    for name in path[1:]:
        command = command.subcommand(name)
    return command


def names(*path: str) -> dict[str, Any]:
    """The ``name`` and ``description`` of a declared command or subcommand (``"etude", "commencer"``)."""
    command = _declared(path)
    return {"name": _(command.name), "description": _(command.description.fr)}


def described(*path: str) -> dict[str, Any]:
    """The description of each Discord option of a declared command, for ``app_commands.describe``."""
    return {o.name: _(o.description.fr) for o in _declared(path).options_for(Surface.DISCORD)}


def choices(*path: str, option: str) -> list[app_commands.Choice[str]]:
    """The declared choices of one option, for ``app_commands.choices``."""
    return [
        app_commands.Choice(name=_(c.name.fr), value=c.value) for c in _declared(path).option(option).choices
    ]


def owner_of(interaction: discord.Interaction[Any], prive: bool) -> int:
    """Buttons of an ephemeral reply belong to its reader; a public reply's to everyone (0)."""
    return interaction.user.id if prive else 0
