"""The vote chart: a real PNG whose tiles show each member's vote from the source text."""

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from bot.core.text.models import VoteChoice
from bot.render import chart

SOURCE = Path(__file__).resolve().parents[2] / "corpus" / "A_HRC_RES_56_2.fr.txt"


@pytest.fixture(scope="module")
def png(service) -> bytes:
    """The chart as the whole-vote reply draws it."""
    return chart.vote_chart_png(
        service.votes.tallies(), service.resolution.vote.totals, service.resolution.metadata
    )


def _source_choice() -> dict[str, VoteChoice]:
    """Each member's vote, from the raw text's three lists."""
    text = SOURCE.read_text(encoding="utf-8")
    out: dict[str, VoteChoice] = {}
    for heading, choice in (
        ("Ont voté pour :", VoteChoice.FOR),
        ("Ont voté contre :", VoteChoice.AGAINST),
        ("Se sont abstenus :", VoteChoice.ABSTAIN),
    ):
        after = text[text.index(heading) + len(heading) :]
        line = next(x for x in after.splitlines() if x.strip() and not re.match(r"[¹²³⁴⁵]", x))
        out |= dict.fromkeys(line.strip().rstrip("].").split(", "), choice)
    return out


def test_chart_is_a_png_that_opens(png):
    """The bytes are a PNG of the declared width, tall enough for 47 tiles, and not huge."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    image.verify()
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size[0] == chart.WIDTH
    rows = 4 + 2 + 4 + 2 + 2  # ceil(13/4), ceil(8/4), ceil(13/4), ceil(7/4), ceil(6/4)
    assert image.size[1] >= rows * (chart.TILE_H + chart.GAP) + 5 * chart.HEADER_H
    assert 20_000 < len(png) < 1_000_000


def test_chart_tiles_show_each_members_vote(service, png):
    """Each member's tile, at its place in its group, has the tint of its vote in the source."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    choices = _source_choice()
    y = chart.TOP  # the top of the first group, below the title and the legend
    seen = 0
    for tally in service.votes.tallies():
        y += chart.HEADER_H
        for index, member in enumerate(tally.members):
            x = chart.MARGIN + (index % chart.COLUMNS) * (chart.TILE_W + chart.GAP)
            top = y + (index // chart.COLUMNS) * (chart.TILE_H + chart.GAP)
            # A spot at the tile's right end: past the name, inside the border.
            pixel = image.getpixel((x + chart.TILE_W - 6, top + 6))
            assert pixel == chart.STYLES[choices[member.country]][2], member.country
            seen += 1
        y += -(-len(tally.members) // chart.COLUMNS) * (chart.TILE_H + chart.GAP)
    assert seen == 47


def test_chart_palette_is_okabe_ito_and_never_colour_alone():
    """Okabe-Ito fills, and a distinct letter and pattern for each vote."""
    okabe_ito = {(0, 114, 178), (213, 94, 0), (240, 228, 66)}
    assert {fill for fill, _, _ in chart.STYLES.values()} == okabe_ito
    assert len(set(chart.LETTERS.values())) == 3
    assert len(set(chart.PATTERNS.values())) == 3


def test_chart_import_does_not_load_pillow():
    """Pillow loads only when a chart is drawn: importing the service stays light."""
    import subprocess
    import sys

    code = "import bot.core.service, bot.render.chart, sys; assert 'PIL' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
