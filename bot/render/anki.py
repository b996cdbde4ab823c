"""A member's revision cards as an Anki package (``.apkg``), built with genanki.

The model and deck ids are derived from the resolution's symbol, never drawn at random, so that
a second export imports into the same Anki deck and note type; each note's guid is derived from
its card id, so that importing again updates the notes instead of duplicating them. Fields hold
plain text: the official wording is kept verbatim (only ``&``, ``<`` and ``>`` would be escaped
for Anki's HTML, and the resolution has none).
"""

from __future__ import annotations

import hashlib
import html
import io
from collections.abc import Sequence
from datetime import datetime

from bot.core.study.revision_models import ExportedCard
from bot.core.text.models import Metadata

FIELDS = ("Recto", "Réponse", "Paragraphe", "Texte", "Carte")
_FRONT = "<div class=recto>{{Recto}}</div>"
_BACK = (
    "{{FrontSide}}<hr id=answer><div class=reponse>{{Réponse}}</div>"
    "{{#Texte}}<p class=texte>{{#Paragraphe}}<b>{{Paragraphe}}</b> : {{/Paragraphe}}{{Texte}}</p>{{/Texte}}"
)
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; } .texte { font-size: 16px; }"


def stable_id(name: str) -> int:
    """Return a fixed id for ``name`` in the range Anki's own ids use (2**30 to 2**31)."""
    digest = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big")
    return (1 << 30) + digest % (1 << 30)


def filename(meta: Metadata) -> str:
    """Return the package's file name: ``revision_A_HRC_RES_56_2.apkg``."""
    return f"revision_{meta.symbol.replace('/', '_')}.apkg"


def deck_name(meta: Metadata) -> str:
    """Return the Anki deck's name."""
    return f"Résolution {meta.number} ({meta.symbol})"


def apkg(cards: Sequence[ExportedCard], meta: Metadata, when: datetime) -> bytes:
    """Return the ``.apkg`` of ``cards``: one note a card, in the order given, dated ``when``."""
    import genanki  # a few tenths of a second to import: only an export needs it

    model = genanki.Model(
        stable_id(f"{meta.symbol} modèle de carte"),
        f"Résolution {meta.number} · carte",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Carte", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
    )
    deck = genanki.Deck(stable_id(f"{meta.symbol} paquet"), deck_name(meta))
    for item in cards:
        card = item.card
        # A vote card has no paragraph: its back is the recorded vote itself.
        text = item.paragraph_text if item.paragraph_text is not None else card.back
        fields = [card.front, card.answer, card.paragraph_id or "", text, card.id]
        tags = [card.kind.value, *([card.paragraph_id] if card.paragraph_id else [])]
        tags.append(item.stage.value if item.stage is not None else "a_commencer")
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[html.escape(f, quote=False) for f in fields],
                guid=genanki.guid_for(meta.symbol, card.id),
                tags=tags,
            )
        )
    buffer = io.BytesIO()
    genanki.Package(deck).write_to_file(buffer, timestamp=when.timestamp())
    return buffer.getvalue()
