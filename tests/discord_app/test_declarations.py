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
            rest_of_line=True,
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
    """No option is declared for nowhere, and each command's rest-of-line option is unique."""
    for command in catalog.COMMANDS:
        assert all(option.surfaces for option in command.options), command.name
        assert sum(option.rest_of_line for option in command.options) <= 1, command.name
        for surface in Surface:
            names = [o.name for o in command.options_for(surface)]
            assert len(names) == len(set(names)), (command.name, surface)


def test_every_presenter_but_study_is_generated():
    """Each way of presenting a reply has its generator; only the study cog's commands are left out."""
    from bot.commands.spec import Presenter
    from bot.discord_app.slash import PRESENTERS

    assert set(PRESENTERS) == set(Presenter) - {Presenter.STUDY}


def _flatten(options, prefix=""):
    """Discord's options of a command payload, subcommands unfolded: {"etude commencer theme": option}."""
    found = {}
    for option in options or []:
        name = f"{prefix}{option['name']}"
        if option["type"] in (1, 2):  # a subcommand or a group
            found.update(_flatten(option.get("options"), f"{name} "))
        else:
            found[name] = option
    return found


def _declared_options(command, prefix=""):
    found = {f"{prefix}{o.name}": o for o in command.options_for(Surface.DISCORD)}
    for sub in command.subcommands:
        found.update(_declared_options(sub, f"{prefix}{sub.name} "))
    return found


async def test_study_commands_match_their_declarations(bot):
    """The study cog's signatures agree with the declarations: names, required, bounds, choices."""
    tree = bot.bot.tree
    payloads = {
        c.name: await c.get_translated_payload(tree, tree.translator)
        for c in tree.get_commands(type=discord.AppCommandType.chat_input)
    }
    study = [c for c in catalog.COMMANDS if Surface.DISCORD in c.surfaces and c.presenter.value == "study"]
    expected = {"quiz", "classement", "progres", "etude", "paragraphe-du-jour", "revision"}
    assert {c.name for c in study} == expected
    for command in study:
        sent = _flatten(payloads[command.name].get("options"), f"{command.name} ")
        declared = _declared_options(command, f"{command.name} ")
        assert set(sent) == set(declared), command.name
        for name, option in declared.items():
            got = sent[name]
            assert got.get("required", False) == option.required, name
            assert got.get("min_value") == option.min_value, name
            assert got.get("max_value") == option.max_value, name
            assert got.get("max_length") == option.max_length, name
            assert [c["value"] for c in got.get("choices") or []] == [c.value for c in option.choices], name


def test_quiz_theme_is_a_flag_on_the_command_line(capsys):
    """resolution-bot quiz --theme vote: the theme stays a --flag, as documented."""
    assert main(["quiz", "--theme", "vote", "--seed", "1", "--questions", "2", "--json"]) == 0
    questions = json.loads(capsys.readouterr().out)["questions"]
    assert len(questions) == 2
    assert all(q["kind"].startswith("vote") for q in questions)


def test_console_reads_option_names_in_the_middle_of_a_question_as_text(app):
    """« texte: » inside a question is part of it; only at the start does it name the option."""
    console = Console(app.replies)
    whole = console.answer("/question Que signifie le mot texte: dans la résolution ?")
    named = console.answer("/question texte: Que signifie le mot texte: dans la résolution ?")
    assert whole is not None
    assert named is not None
    assert "texte: dans la résolution" in whole.as_text()
    assert whole.as_text() == named.as_text()
