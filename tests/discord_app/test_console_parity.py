"""The offline console and Discord give the same words for the same command (STYLE.md 5.4).

Discord shows a long answer in pages; the console prints it whole: the pages, end to end, are
the console's text (their « page k/N » aside).
"""

import re

import pytest

from bot.console import Console
from tests import discord_payloads as p

# (console line, slash command name, its options)
SAME = [
    ("/paragraphe 29", "paragraphe", {"numero": "29"}),
    ("/paragraphe PP3", "paragraphe", {"numero": "PP3"}),
    ("/note 4", "note", {"numero": "4"}),
    ("/cherche coopération Sud-Sud", "cherche", {"requete": "coopération Sud-Sud"}),
    ("/cherche dialogue partie:preambule", "cherche", {"requete": "dialogue", "partie": "preambule"}),
    ("/cherche coopération", "cherche", {"requete": "coopération"}),
    ("/paragraphe 1-37", "paragraphe", {"numero": "1-37"}),
    ("/paragraphe 29, 31", "paragraphe", {"numero": "29, 31"}),
    ("/references", "references", {}),
    ("/vote France", "vote", {"pays": "France"}),
    ("/vote groupe:Afrique", "vote", {"groupe": "Afrique"}),
    ("/vote", "vote", {}),
    ("/resolution", "resolution", {}),
    ("/references 70/1", "references", {"document": "70/1"}),
    ("/aide", "aide", {}),
    ("/paragraphe 99", "paragraphe", {"numero": "99"}),
    ("/vote Atlantide", "vote", {"pays": "Atlantide"}),
]


def _plain(markdown: str) -> str:
    """Discord markdown to the console's plain text: bold, italics and escapes removed."""
    text = re.sub(r"\*\*|(?<![\\*])\*(?!\*)", "", markdown)
    return re.sub(r"\\(.)", r"\1", text)


def _pages_text(pages) -> str:
    """The text of a Discord answer's pages laid out like ``Reply.as_text`` (title, body, footer · link)."""
    embeds = [e for data in pages for e in data["embeds"]]
    first, last = embeds[0], embeds[-1]
    parts = [first.get("title", ""), *(e.get("description", "") for e in embeds)]
    footer = re.sub(r"^page \d+/\d+ · ", "", (last.get("footer") or {}).get("text", ""))
    parts.append(" · ".join(x for x in (footer, first.get("url", "")) if x))
    return "\n\n".join(_plain(x).strip("\n") for x in parts if x.strip())


@pytest.fixture(scope="module")
def console(app):
    """The console front end over the same service, with its plain-text renderer."""
    return Console(app.replies)


@pytest.mark.parametrize(("line", "name", "options"), SAME, ids=[s[0] for s in SAME])
async def test_console_and_discord_say_the_same(bot, console, line, name, options):
    """Same command, same words: only Discord's markdown differs."""
    requests = await bot.send(p.command(name, **options))
    [answer] = requests  # one message, whatever the length
    assert _pages_text(await bot.pages(answer.body["data"])) == console.answer(line).as_text()
