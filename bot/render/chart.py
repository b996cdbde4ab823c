"""The vote chart: the 47 members by regional group and vote, as a PNG readable without colour.

Pillow rather than matplotlib: this is a grid of labelled tiles, not a plot, and Pillow imports
in a few tens of milliseconds with no numpy, while matplotlib with Agg weighs ten times more.
Pillow's bundled font has no accents, so a Latin subset of DejaVu Sans (100 kB, free licence)
ships in ``bot/assets/``: the chart prints « Érythrée » the same on every machine.

Colours are Okabe-Ito (blue, vermillion, yellow), which stay distinct for the common colour-vision
deficiencies and also differ in lightness (they survive greyscale). Colour is never the only cue:
each vote has a letter (P, C, A) and a pattern (plain, hatched, dotted), and the legend shows both.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core.text.french import format_date
from bot.core.text.models import Metadata, VoteChoice

if TYPE_CHECKING:
    from PIL import Image

    from bot.core.votes.book import GroupTally

ASSETS = Path(__file__).resolve().parents[1] / "assets"
REGULAR = ASSETS / "DejaVuSans-latin.ttf"
BOLD = ASSETS / "DejaVuSans-Bold-latin.ttf"
WIDTH = 1290
MARGIN = 30
COLUMNS = 4
TILE_W, TILE_H, GAP = 300, 46, 10
BAND_W = 52
HEADER_H = 58
# Title, subtitle and legend take the top of the image.
TOP = 190
INK = (20, 20, 20)
PAPER = (255, 255, 255)
MUTED = (90, 90, 90)
# Okabe & Ito (2008), "Color Universal Design": (fill, ink for the letter, tint for the tile).
STYLES: dict[VoteChoice, tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]] = {
    VoteChoice.FOR: ((0, 114, 178), (255, 255, 255), (222, 235, 245)),
    VoteChoice.AGAINST: ((213, 94, 0), (255, 255, 255), (249, 226, 208)),
    VoteChoice.ABSTAIN: ((240, 228, 66), (20, 20, 20), (252, 249, 214)),
}
LETTERS = {VoteChoice.FOR: "P", VoteChoice.AGAINST: "C", VoteChoice.ABSTAIN: "A"}
LABELS = {VoteChoice.FOR: "Pour", VoteChoice.AGAINST: "Contre", VoteChoice.ABSTAIN: "Abstention"}
PATTERNS = {VoteChoice.FOR: "uni", VoteChoice.AGAINST: "hachuré", VoteChoice.ABSTAIN: "pointillé"}


def vote_chart_png(
    tallies: Iterable[GroupTally], totals: Mapping[VoteChoice, int], meta: Metadata | None = None
) -> bytes:
    """Draw the members of each regional group as tiles coloured, lettered and patterned by vote."""
    from PIL import Image, ImageDraw, ImageFont  # the chart alone pays for Pillow

    groups = list(tallies)
    rows = sum(-(-len(t.members) // COLUMNS) for t in groups)
    top = TOP
    height = top + len(groups) * HEADER_H + rows * (TILE_H + GAP) + MARGIN
    image = Image.new("RGB", (WIDTH, height), PAPER)
    draw = ImageDraw.Draw(image)
    fonts = {size: ImageFont.truetype(REGULAR, size) for size in (16, 17, 18, 20)}
    fonts |= {-size: ImageFont.truetype(BOLD, size) for size in (18, 22, 26)}

    symbol = meta.symbol if meta else "A/HRC/RES/56/2"
    when = f" · {format_date(meta.adopted)}" if meta else ""
    draw.text((MARGIN, 24), f"Vote enregistré de la résolution {symbol}{when}", fill=INK, font=fonts[-26])
    summary = _counts(totals, ", ")
    members = sum(totals.values())
    draw.text(
        (MARGIN, 64),
        f"{members} membres du Conseil, par groupe régional : {summary}",
        fill=MUTED,
        font=fonts[20],
    )
    _legend(image, fonts[18], 110)

    y = top
    for tally in groups:
        draw.text((MARGIN, y + 20), f"{tally.group.name} ({tally.group.code})", fill=INK, font=fonts[-22])
        draw.text(
            (WIDTH - MARGIN, y + 24), _counts(tally.totals, " · "), fill=MUTED, font=fonts[18], anchor="ra"
        )
        y += HEADER_H
        for index, member in enumerate(tally.members):
            x = MARGIN + (index % COLUMNS) * (TILE_W + GAP)
            row_y = y + (index // COLUMNS) * (TILE_H + GAP)
            _tile(image, (x, row_y), member.vote, member.country, fonts)
        y += -(-len(tally.members) // COLUMNS) * (TILE_H + GAP)

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _counts(totals: Mapping[VoteChoice, int], separator: str) -> str:
    words = {VoteChoice.FOR: "pour", VoteChoice.AGAINST: "contre", VoteChoice.ABSTAIN: "abstention"}
    return separator.join(
        f"{totals[c]} {words[c]}{'s' if c is VoteChoice.ABSTAIN and totals[c] > 1 else ''}"
        for c in VoteChoice
    )


def _legend(image: Image.Image, font: Any, y: int) -> None:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    x = MARGIN
    draw.text((x, y + 16), "Légende :", fill=INK, font=font, anchor="lm")
    x += int(draw.textlength("Légende :", font=font)) + 16
    for choice in VoteChoice:
        _band(image, (x, y, x + BAND_W, y + 32), choice, font)
        label = f"{LETTERS[choice]} = {LABELS[choice]} ({PATTERNS[choice]})"
        draw.text((x + BAND_W + 10, y + 16), label, fill=INK, font=font, anchor="lm")
        x += BAND_W + 40 + int(draw.textlength(label, font=font))


def _tile(
    image: Image.Image, at: tuple[int, int], choice: VoteChoice, name: str, fonts: dict[int, Any]
) -> None:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    x, y = at
    fill, _, tint = STYLES[choice]
    # Yellow on white is faint: the abstention tile gets a darker olive edge.
    edge = (150, 140, 20) if choice is VoteChoice.ABSTAIN else fill
    draw.rectangle((x, y, x + TILE_W, y + TILE_H), fill=tint, outline=edge, width=2)
    _band(image, (x, y, x + BAND_W, y + TILE_H), choice, fonts[-18])
    draw.text((x + BAND_W + 10, y + TILE_H // 2), name, fill=INK, font=fonts[17], anchor="lm")


def _band(image: Image.Image, box: tuple[int, int, int, int], choice: VoteChoice, font: Any) -> None:
    """A swatch in the vote's colour with its pattern and, on a clear disc, its letter.

    Drawn on its own small image then pasted, so that hatching stops at the swatch's edge.
    """
    from PIL import Image, ImageDraw

    left, top, right, bottom = box
    width, height = right - left, bottom - top
    fill, ink, tint = STYLES[choice]
    swatch = Image.new("RGB", (width, height), fill)
    draw = ImageDraw.Draw(swatch)
    if choice is VoteChoice.AGAINST:
        for offset in range(-height, width, 9):
            draw.line((offset, height, offset + height, 0), fill=tint, width=2)
    elif choice is VoteChoice.ABSTAIN:
        for row, dy in enumerate(range(4, height - 2, 7)):
            for dx in range(4 + (row % 2) * 4, width - 2, 8):
                draw.ellipse((dx - 1.5, dy - 1.5, dx + 1.5, dy + 1.5), fill=INK)
    cx, cy = width // 2, height // 2
    draw.ellipse((cx - 13, cy - 13, cx + 13, cy + 13), fill=fill, outline=ink, width=2)
    draw.text((cx, cy), LETTERS[choice], fill=ink, font=font, anchor="mm")
    draw.rectangle((0, 0, width - 1, height - 1), outline=INK, width=1)
    image.paste(swatch, (left, top))
