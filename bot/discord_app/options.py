"""Options shared by several slash commands, described once: ``prive``, ``partie``, and who owns buttons."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _

PRIVE = _("Réponse visible de vous seul (par défaut : non)")
PARTIES = [
    app_commands.Choice(name=_("tout"), value="tout"),
    app_commands.Choice(name=_("préambule"), value="preambule"),
    app_commands.Choice(name=_("dispositif"), value="dispositif"),
]


def owner_of(interaction: discord.Interaction[Any], prive: bool) -> int:
    """Buttons of an ephemeral reply belong to its reader; a public reply's to everyone (0)."""
    return interaction.user.id if prive else 0
