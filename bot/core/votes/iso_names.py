"""ISO 3166 names as pycountry gives them, their French translations, and ISO's reading order.

The country index (countries.py) reads every name a student may type from them; the English names
of replies (english_names.py) map the French name the index shows back to English. Both read the
French translation the same way, here.
"""

from __future__ import annotations

import re
from functools import cache
from gettext import NullTranslations

_INVERTED_TAIL = re.compile(r"(?:\b(?:de|du|des|of|the)|d'|^[ÎI]les?(?: de la)?)$", re.IGNORECASE)


@cache
def french() -> NullTranslations:
    """Pycountry's French translation of ISO 3166-1 names, loaded once (and only when asked)."""
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])


def names_of(entry: object) -> tuple[list[str], list[str]]:
    """A pycountry entry's English names (name, official, common) and those French translates."""
    english = [
        n for n in (getattr(entry, attr, None) for attr in ("name", "official_name", "common_name")) if n
    ]
    translation = french()
    return english, [translation.gettext(n) for n in english if translation.gettext(n) != n]


def uninvert(name: str, *, loose: bool = False) -> str:
    """Turn ISO's inverted names into reading order: ``Corée, République de`` → ``République de Corée``.

    Only a tail that ends with a preposition is a moved head (``Palestine, État de``); others are
    qualifiers (``Taïwan, province de Chine``) and stay, unless ``loose`` (extra lookup keys).
    """
    head, comma, tail = name.partition(", ")
    tail = tail.strip()
    if not comma or not (loose or _INVERTED_TAIL.search(tail)):
        return name
    return f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"
