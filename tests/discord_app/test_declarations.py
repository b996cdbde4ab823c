"""One declaration in bot/commands/ is enough: the CLI, the console and Discord all get the command."""

import io
import json

import discord
import pytest

from bot.cli import build_parser, main
from bot.commands import catalog
from bot.commands.spec import EVERYWHERE, Command, Option, Surface, Text
from bot.console import Console
from tests import discord_payloads as p
from tests import harness

# A made-up read-only command, declared the way a new one would be: a reply, a JSON shape, an option.
EXTRAIT = Command(
    "extrait",
    "excerpt",
    Text("Le début d'un paragraphe", "The opening of a paragraph"),
    options=(
        Option(
            "numero",
            "number",
            Text("Numéro ou référence", "Number or reference"),
            required=True,
            free_text=True,
            metavar="REFERENCE",
        ),
        catalog.PRIVE,
        catalog.JSON,
    ),
    reply=lambda replies, args: replies.paragraphe(args.text("numero")),
    to_json=lambda replies, args: {"ids": [q.id for q in replies.service.paragraphs(args.text("numero"))]},
    surfaces=EVERYWHERE,
)


@pytest.fixture
def declared(monkeypatch):
    """The catalog with one more command, as if it had been added to catalog.py."""
    monkeypatch.setattr(catalog, "COMMANDS", (*catalog.COMMANDS, EXTRAIT))
    monkeypatch.setattr(catalog, "BY_NAME", {**catalog.BY_NAME, EXTRAIT.name: EXTRAIT})
    return EXTRAIT


def test_declared_command_reaches_the_command_line(declared, capsys, service):
    """The CLI parser and dispatch know the new command, text and JSON, with nothing else written."""
    assert "extrait" in build_parser().format_help()
    assert main(["extrait", "29", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ids": ["OP29"]}
    assert main(["extrait", "PP3"]) == 0
    assert service.paragraphs("PP3")[0].text[:60] in capsys.readouterr().out


def test_declared_command_reaches_the_console(declared, app):
    """The console answers the new command like the built-in ones, named option syntax included."""
    console = Console(app.replies)
    out = io.StringIO()
    console.run(io.StringIO("/extrait numero:29\n"), out, interactive=False)
    assert app.service.paragraphs("29")[0].text[:60] in out.getvalue()
    assert "Commande inconnue" not in out.getvalue()


async def test_declared_command_reaches_discord(declared, discord_replies, tmp_path):
    """The slash command is generated (French name, English localization) and answers through dispatch."""
    h = await harness.start(discord_replies, settings=harness.study_settings(tmp_path / "data"))
    try:
        tree = h.bot.tree
        command = tree.get_command("extrait")
        assert command is not None
        payload = await command.get_translated_payload(tree, tree.translator)
        assert payload["name_localizations"]["en-US"] == "excerpt"
        assert [o["name"] for o in payload["options"]] == ["numero", "prive"]
        requests = await h.send(p.command("extrait", numero="29", prive=True))
        [answer] = [r for r in requests if r.path.endswith("/callback")]
        data = answer.body["data"]
        assert data["flags"] & discord.MessageFlags.ephemeral.flag
        # The verb is set in italics on Discord: look for the end of the quote, word for word.
        ending = discord_replies.service.paragraphs("29")[0].text[-40:]
        assert ending in json.dumps(data["embeds"], ensure_ascii=False)
    finally:
        await h.bot.close()


def test_every_declared_option_is_on_a_surface():
    """No option is declared for nowhere, and each command's free text option is unique."""
    for command in catalog.COMMANDS:
        assert all(option.surfaces for option in command.options), command.name
        assert sum(option.free_text for option in command.options) <= 1, command.name
        for surface in Surface:
            names = [o.name for o in command.options_for(surface)]
            assert len(names) == len(set(names)), (command.name, surface)
