"""The bot's words in French, the source, and in English: gettext catalogs under ``bot/locale``.

Templates and the few Python modules that write user-facing sentences are written in French; the
French text is the message id. ``pybabel`` extracts the ids (``babel.cfg``, ``make locale``) into
``bot/locale/messages.pot``; ``bot/locale/en/LC_MESSAGES/messages.po`` holds the English, compiled
into the ``.mo`` committed beside it. ``tests/render/test_catalog.py`` fails on an id left
untranslated or fuzzy, and on a ``.mo`` older than its ``.po``.

The language is always chosen by the caller (Discord's locale of the interaction, the ``--lang``
option), never read from the process's environment: a French bot on an English server, or a
French console in an English terminal, stays French.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bot.render.typography import french_spacing

DOMAIN = "messages"
FRENCH = "fr"
ENGLISH = "en"
LANGUAGES = (FRENCH, ENGLISH)
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


class _French(gettext.NullTranslations):
    """French, the source language: the message ids as they are, with French plurals.

    gettext's default plural is English (« 0 résultats »); French takes the singular for 0 and 1.
    """

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        """Return the singular for 0 and 1, the plural above."""
        return msgid1 if n <= 1 else msgid2

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        """Return the singular for 0 and 1, the plural above."""
        return msgid1 if n <= 1 else msgid2


def language(lang: str | None) -> str:
    """Return ``lang`` if the bot speaks it, else French."""
    return lang if lang in LANGUAGES else FRENCH


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """Return the catalog of ``lang`` (French: the source itself); a missing ``.mo`` raises at once."""
    if language(lang) == FRENCH:
        return _French()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def words(lang: str) -> Callable[[str], str]:
    """Return ``_`` for a Python module's own sentences in ``lang`` (French ones get French spacing)."""
    catalog = translations(language(lang))
    if language(lang) == FRENCH:
        return lambda message: french_spacing(catalog.gettext(message))
    return catalog.gettext
