"""English localizations of every command, option and choice name and description.

The French strings are the source (what discord.py publishes by default); Discord shows the
en-US or en-GB text to users whose client is in English. One table for both English locales:
the few words that differ between them are spelled per locale.
"""

from __future__ import annotations

import discord
from discord import app_commands

# French source -> English. Names must stay lowercase, without spaces, at most 32 characters.
_ENGLISH: dict[str, str] = {
    # /paragraphe
    "paragraphe": "paragraph",
    "Citer un paragraphe mot pour mot : 29, §29, PP3, note 4, 29-31": (
        "Quote a paragraph word for word: 29, §29, PP3, note 4, 29-31"
    ),
    "numero": "number",
    "Numéro ou référence : 29, PP3, note 4, 29-31": "Number or reference: 29, PP3, note 4, 29-31",
    # /note
    "note": "footnote",
    "Citer une note de bas de page et le paragraphe qui l'appelle": (
        "Quote a footnote and the paragraph that calls it"
    ),
    "Numéro de la note (1 à 5)": "Footnote number (1 to 5)",
    # /cherche
    "cherche": "search",
    "Chercher des passages dans le texte de la résolution": "Search the text of the resolution",
    "requete": "query",
    "Mots à chercher, par exemple : coopération Sud-Sud": "Words to look for, e.g. South-South cooperation",
    "partie": "part",
    "Partie du texte où chercher (par défaut : tout)": "Part of the text to search (default: all)",
    "tout": "all",
    "préambule": "preamble",
    "dispositif": "operative part",
    # /vote
    "vote": "vote",
    "Le vote d'un pays, d'un groupe régional, ou le vote complet": (
        "How a country or a regional group voted, or the whole vote"
    ),
    "pays": "country",
    "Nom du pays membre du Conseil (facultatif)": "Name of the Council member (optional)",
    "groupe": "group",
    "Groupe régional : Afrique, Asie-Pacifique, GRULAC, EEG, WEOG (facultatif)": (
        "Regional group: Africa, Asia-Pacific, GRULAC, EEG, WEOG (optional)"
    ),
    # /resolution
    "resolution": "resolution",
    "La fiche de la résolution A/HRC/RES/56/2": "The summary card of resolution A/HRC/RES/56/2",
    # /references
    "references": "references",
    "Les documents cités par la résolution": "The documents the resolution cites",
    "document": "document",
    "Document cité, par exemple 70/1 ou Charte (facultatif)": (
        "Cited document, e.g. 70/1 or Charter (optional)"
    ),
    # /question and the message menu (a menu name may hold spaces and capitals)
    "question": "question",
    "Poser une question sur la résolution : réponse tirée du texte, passages cités": (
        "Ask about the resolution: answered from the text, passages quoted"
    ),
    "texte": "text",
    "Votre question, par exemple : Que demande le Conseil au Haut-Commissaire ?": (
        "Your question (in French), e.g. Que demande le Conseil au Haut-Commissaire ?"
    ),
    "Chercher dans la résolution": "Search in the resolution",
    # /aide
    "aide": "help",
    "Comment utiliser le bot": "How to use the bot",
    # shared option
    "prive": "private",
    "Réponse visible de vous seul (par défaut : non)": "Answer visible to you only (default: no)",
}
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
