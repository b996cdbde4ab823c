"""English localizations of every command, option and choice name and description.

The French strings are the source (what discord.py publishes by default); Discord shows the
en-US or en-GB text to users whose client is in English. Both come from bot/commands/catalog.py,
where each command is declared once; both English locales read the same table.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.commands.catalog import english_names


class StudyTranslator(app_commands.Translator):
    """Translate command strings for the English locales; other locales fall back to French.

    The tables are read from the declarations when discord.py loads the translator
    (``CommandTree.set_translator``), so every declared command is covered, new ones included.
    Names must stay lowercase, without spaces, at most 32 characters: the registration tests
    check the payloads.
    """

    def __init__(self) -> None:
        self.locales: dict[discord.Locale, dict[str, str]] = {}

    async def load(self) -> None:
        """Build the English tables from bot/commands/."""
        english = english_names()
        self.locales = {
            discord.Locale.american_english: english,
            discord.Locale.british_english: english,
        }

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        """Return the localization of ``string`` for ``locale``, if there is one."""
        table = self.locales.get(locale)
        return None if table is None else table.get(string.message)
