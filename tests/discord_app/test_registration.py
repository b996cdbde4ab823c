"""What ``sync`` registers: French names, English localizations of everything, user installs."""

import discord
import pytest

COMMANDS = {"paragraphe", "note", "cherche", "vote", "resolution", "references", "question", "aide"}
MENUS = {"Chercher dans la résolution"}
STUDY = {"quiz", "classement", "progres", "etude", "paragraphe-du-jour", "revision"}
ENGLISH = ("en-US", "en-GB")


@pytest.fixture
async def payloads(bot):
    """The command payloads as sync sends them (translator applied)."""
    tree = bot.bot.tree
    commands = tree.get_commands(type=discord.AppCommandType.chat_input)
    return [await c.get_translated_payload(tree, tree.translator) for c in commands]


@pytest.fixture
async def menus(bot):
    """The message context menus as sync sends them."""
    tree = bot.bot.tree
    commands = tree.get_commands(type=discord.AppCommandType.message)
    return [await c.get_translated_payload(tree, tree.translator) for c in commands]


def _localized(item, key):
    """Every English locale has a non-empty localization of item[key], different in name at least."""
    localizations = item.get(f"{key}_localizations") or {}
    return all(localizations.get(locale) for locale in ENGLISH)


async def test_registration_every_command_is_there_with_prive(payloads):
    """The eight commands, each with a prive option, and the study commands."""
    assert {c["name"] for c in payloads} == COMMANDS | STUDY
    for command in (c for c in payloads if c["name"] in COMMANDS):
        assert "prive" in [o["name"] for o in command["options"]], command["name"]


async def test_registration_every_name_and_description_has_english(payloads):
    """Commands, options and choices: French source, en-US and en-GB localizations of each."""
    for command in payloads:
        assert _localized(command, "name"), command["name"]
        assert _localized(command, "description"), command["name"]
        assert len(command["description"]) <= 100
        for option in _options(command):
            assert option["description"], (command["name"], option["name"])
            assert _localized(option, "name"), option["name"]
            assert _localized(option, "description"), option["name"]
            for choice in option.get("choices") or []:
                assert _localized(choice, "name"), choice["name"]
    names = {c["name"]: c["name_localizations"]["en-US"] for c in payloads}
    assert names["cherche"] == "search"
    assert names["aide"] == "help"


def _options(command):
    """Every option of a command, subcommands and their own options included."""
    for option in command.get("options") or []:
        yield option
        yield from _options(option)


async def test_registration_user_installable_everywhere(payloads):
    """Installable on servers and user accounts; usable in servers, bot DMs and private channels."""
    for command in (c for c in payloads if c["name"] in COMMANDS):
        assert sorted(command["integration_types"]) == [0, 1]
        assert sorted(command["contexts"]) == [0, 1, 2]


async def test_registration_study_commands_are_for_servers(payloads):
    """Study data is per server: installed with the bot in a server, usable there only."""
    study = {c["name"]: c for c in payloads if c["name"] in STUDY}
    for command in study.values():
        assert command["integration_types"] == [0]
        assert command["contexts"] == [0]
    assert study["paragraphe-du-jour"]["default_member_permissions"] == 1 << 5  # Manage Server
    assert [o["name"] for o in study["progres"]["options"]] == ["voir", "effacer"]
    revision = {o["name"]: o for o in study["revision"]["options"]}
    assert list(revision) == ["commencer", "reviser-tout", "stats", "export", "effacer", "rappel"]
    assert study["revision"]["name_localizations"]["en-US"] == "review"
    heure, fuseau, arreter = revision["rappel"]["options"]
    assert (heure["name"], heure["min_value"], heure["max_value"]) == ("heure", 0, 23)
    assert (fuseau["name"], fuseau["autocomplete"]) == ("fuseau", True)
    assert arreter["name_localizations"] == {"en-US": "stop", "en-GB": "stop"}


async def test_registration_autocomplete_and_limits(payloads):
    """paragraphe.numero and vote.pays autocomplete; the query is capped at the core's maximum."""
    options = {(c["name"], o["name"]): o for c in payloads for o in c["options"]}
    assert options["paragraphe", "numero"]["autocomplete"] is True
    assert options["vote", "pays"]["autocomplete"] is True
    assert options["cherche", "requete"]["max_length"] == 500
    assert [ch["value"] for ch in options["cherche", "partie"]["choices"]] == [
        "tout",
        "preambule",
        "dispositif",
    ]


async def test_registration_question_and_its_menu(payloads, menus):
    """/question texte (1 to 1000 raw characters: mentions are stripped, then 500 apply) and its menu."""
    options = {(c["name"], o["name"]): o for c in payloads for o in c["options"]}
    texte = options["question", "texte"]
    assert (texte["required"], texte["min_length"], texte["max_length"]) == (True, 1, 1000)
    assert texte["name_localizations"] == {"en-US": "text", "en-GB": "text"}
    [question] = [c for c in payloads if c["name"] == "question"]
    assert question["description_localizations"]["en-GB"].startswith("Ask about the resolution")
    assert {m["name"] for m in menus} == MENUS
    [menu] = menus
    assert menu["type"] == 3
    assert menu["name_localizations"] == {
        "en-US": "Search in the resolution",
        "en-GB": "Search in the resolution",
    }
    assert sorted(menu["integration_types"]) == [0, 1]
    assert sorted(menu["contexts"]) == [0, 1, 2]
