"""Long replies as pages: one message says « page 2/8 » and turns with ◀ ▶; terminals print it all.

A reply longer than a page is cut between paragraphs (``reply.split_text``), never inside a word,
and every page keeps the title; its footer says where the reader is. Search results are paged by
count instead (``RESULTS_PER_PAGE`` a page), so that a page shows whole results and the total
comes from the ranking, not from the text's length.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.core.limits import DEFAULT_LIMIT
from bot.render.reply import Reply, split_text

if TYPE_CHECKING:
    from bot.render.templates import Renderer

# About one screen of Discord text: 37 operative paragraphs make 8 pages, not 4 walls of 4,000
# characters (Discord's own limit, 4,096 a description, stays far off).
PAGE_LENGTH = 2000
RESULTS_PER_PAGE = DEFAULT_LIMIT


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a reply: its text (stamped « page k/N » when there are several), k and N."""

    reply: Reply
    number: int
    count: int


def split(reply: Reply, length: int = PAGE_LENGTH) -> list[Reply]:
    """Cut ``reply`` into pages of at most ``length`` characters of text, between paragraphs.

    Each page keeps the title, footer and link; the attachments (the vote chart) go with the
    first, which is the message that carries them.
    """
    chunks = split_text(reply.description, length)
    return [
        replace(reply, description=chunk, files=reply.files if number == 0 else ())
        for number, chunk in enumerate(chunks)
    ]


def stamp(renderer: Renderer, reply: Reply, number: int, count: int) -> Reply:
    """Say on ``reply`` that it is page ``number`` of ``count`` (``templates/_page.md.j2``)."""
    if count <= 1:
        return reply
    footer = renderer.render("_page", number=number, count=count, rest=reply.footer).footer
    return replace(reply, footer=footer)


def paginate(renderer: Renderer, reply: Reply, length: int = PAGE_LENGTH) -> tuple[Reply, ...]:
    """Split ``reply`` into pages, each stamped with its number and the true number of pages."""
    pages = split(reply, length)
    return tuple(stamp(renderer, page, number, len(pages)) for number, page in enumerate(pages, 1))


def pick(pages: tuple[Reply, ...], number: int) -> Page:
    """Return page ``number`` of ``pages``, the last one for a number past the end (a stale button)."""
    number = max(1, min(number, len(pages)))
    return Page(pages[number - 1], number, len(pages))


def count_pages(total: int, per_page: int = RESULTS_PER_PAGE) -> int:
    """How many pages ``total`` results take (one, empty, when there are none)."""
    return max(1, -(-total // per_page))
