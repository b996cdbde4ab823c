"""A rendered reply, independent of Discord, and the one place where Discord's limits are enforced."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum

# Discord's embed limits (discord.py ``Embed`` docstrings and the API documentation).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
FIELDS_PER_EMBED = 25
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10

_SENTENCE_END = re.compile(r"(?<=[.;:!?»])\s+|\n")


class Colour(IntEnum):
    """The colours of replies, by meaning (no colour literal elsewhere)."""

    TEXT = 0x1F6FB2  # UN blue: quotes of the resolution
    SEARCH = 0x3B8EA5
    VOTE = 0x5B7F3A
    INFO = 0x6B7280
    ERROR = 0xC0392B


@dataclass(frozen=True, slots=True)
class Field:
    """A named block of an embed."""

    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a reply (a chart image): the console writes it, Discord uploads it."""

    filename: str
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Reply:
    """What one command answers: one embed's worth of parts, before any splitting.

    ``description`` may exceed Discord's limits: ``pages()`` splits it at sentence boundaries.
    """

    kind: str
    title: str
    description: str
    colour: Colour = Colour.INFO
    footer: str = ""
    url: str | None = None
    fields: tuple[Field, ...] = ()
    ephemeral: bool = False
    # Files belong to the message, not to an embed: pages() leaves them here for the sender.
    files: tuple[Attachment, ...] = ()
    # Sent as the message's text rather than an embed: text a member copies in one tap on mobile
    # (the « Citer » citation). Only the description is sent; it must fit Discord's 2000 characters.
    text_only: bool = False

    def pages(self) -> list[Reply]:
        """Split into embeds that each fit Discord's limits, 6000 characters in all included.

        The title goes on the first embed, the footer on the last; the description is cut at
        sentence boundaries; fields follow the description and spill onto further embeds.
        """
        title = shorten(self.title, TITLE_LIMIT)
        footer = shorten(self.footer, FOOTER_LIMIT)
        # Reserve room for the title and the footer on every chunk: always safe, and the
        # description limit stays at least 6000 - 256 - 2048 = 3696 characters.
        budget = min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - len(title) - len(footer))
        parts: list[tuple[str, list[Field]]] = [(chunk, []) for chunk in split_text(self.description, budget)]
        used = len(title if len(parts) == 1 else "") + len(parts[-1][0]) + len(footer)
        for item in _fit_fields(self.fields):
            cost = len(item.name) + len(item.value)
            fields = parts[-1][1]
            if len(fields) >= FIELDS_PER_EMBED or used + cost > EMBED_TOTAL_LIMIT:
                parts.append(("", []))
                fields = parts[-1][1]
                used = len(footer)
            fields.append(item)
            used += cost
        last = len(parts) - 1
        return [
            Reply(
                kind=self.kind,
                title=title if number == 0 else "",
                description=text,
                colour=self.colour,
                footer=footer if number == last else "",
                url=self.url if number == 0 else None,
                fields=tuple(fields),
                ephemeral=self.ephemeral,
            )
            for number, (text, fields) in enumerate(parts)
        ]

    def size(self) -> int:
        """Return the characters Discord counts towards the 6000 per message."""
        return (
            len(self.title)
            + len(self.description)
            + len(self.footer)
            + sum(len(f.name) + len(f.value) for f in self.fields)
        )

    def as_text(self) -> str:
        """Return the reply as plain text, as the console prints it."""
        parts = [self.title, self.description]
        parts.extend(f"{f.name}\n{f.value}" for f in self.fields)
        parts.append(" · ".join(p for p in (self.footer, self.url or "") if p))
        return "\n\n".join(p.strip("\n") for p in parts if p.strip())


def group_pages(pages: list[Reply]) -> list[list[Reply]]:
    """Pack embeds into messages: at most 10 embeds and 6000 characters per message."""
    messages: list[list[Reply]] = []
    for page in pages:
        current = messages[-1] if messages else None
        if (
            current is None
            or len(current) >= EMBEDS_PER_MESSAGE
            or sum(p.size() for p in current) + page.size() > EMBED_TOTAL_LIMIT
        ):
            messages.append([page])
        else:
            current.append(page)
    return messages


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into chunks of at most ``limit`` characters, never inside a word.

    Cuts fall, in order of preference, between paragraphs, after a sentence (``.;:!?»``), then
    between words; a single word longer than ``limit`` is the only thing ever cut.
    """
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else [""]
    chunks: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]
        cut = window.rfind("\n\n")
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() <= limit]
            cut = ends[-1] if ends else window.rfind(" ")
        if cut <= 0:
            cut = limit
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        chunks.append(text)
    return chunks


def shorten(text: str, limit: int) -> str:
    """Fit ``text`` into ``limit`` characters, cutting between words and marking the cut with …."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > 0 else limit - 1].rstrip() + "…"


def _fit_fields(fields: tuple[Field, ...]) -> list[Field]:
    return [
        Field(shorten(item.name, FIELD_NAME_LIMIT), shorten(item.value, FIELD_VALUE_LIMIT), item.inline)
        for item in fields
    ]
