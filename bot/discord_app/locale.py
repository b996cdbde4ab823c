"""The language of a reply on Discord: the locale of the user's client, French unless it is English.

Discord sends each interaction with the locale the user's client is set to (``interaction.locale``).
The bot speaks French (the default and the language of the text) and English, which it uses for the
two English locales Discord has, en-US and en-GB. A message that mentions the bot carries no locale:
it is answered in French, its frame in the question's own language (``_question_en``).
"""

from __future__ import annotations

from typing import Any

import discord

from bot.render.i18n import ENGLISH, FRENCH

ENGLISH_LOCALES = frozenset({discord.Locale.american_english, discord.Locale.british_english})


def language_of(interaction: discord.Interaction[Any]) -> str:
    """Return ``en`` for a client in English (US or UK), else ``fr``."""
    return ENGLISH if interaction.locale in ENGLISH_LOCALES else FRENCH
