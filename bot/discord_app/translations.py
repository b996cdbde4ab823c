"""English localizations of every command, option and choice name and description.

The French strings are the source (what discord.py publishes by default); Discord shows the
en-US or en-GB text to users whose client is in English. Both come from bot/commands/catalog.py,
where each command is declared once; the few words that differ in British English go below.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.commands.catalog import english_names

# French source -> English, from the command declarations. Names must stay lowercase, without
# spaces, at most 32 characters (tests/discord_app/test_registration.py checks the payloads).
_ENGLISH: dict[str, str] = english_names()
# British spellings where they differ from American ones.
_BRITISH: dict[str, str] = {}

LOCALES: dict[discord.Locale, dict[str, str]] = {
    discord.Locale.american_english: _ENGLISH,
    discord.Locale.british_english: _ENGLISH | _BRITISH,
}


def english(french: str, locale: discord.Locale = discord.Locale.american_english) -> str | None:
    """Return the English text of a French command string, or ``None`` when there is none."""
    table = LOCALES.get(locale)
    return None if table is None else table.get(french)


class StudyTranslator(app_commands.Translator):
    """Translate command strings for the English locales; other locales fall back to French."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        """Return the localization of ``string`` for ``locale``, if there is one."""
        return english(string.message, locale)
