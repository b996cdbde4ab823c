"""Fuzzing through discord.py's own dispatch: every command option, autocomplete, forged button ids.

Each case is a gateway-shaped INTERACTION_CREATE fed to the production bot (tests/harness.py).
Whatever it holds: no unhandled exception (nothing logged at ERROR), exactly one answer, every
message within Discord's limits with mentions off, and a forged button changes nothing (it gets
a private explanation, never an edit of the message it sits on). The commands are read from the
bot's command tree, so commands added later are fuzzed too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import discord
import pytest
from discord import AppCommandOptionType, app_commands
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.discord_app.views.navigation import parse_state
from bot.discord_app.views.pages import parse_page_state
from tests import discord_payloads as p
from tests import harness
from tests.hardening.discord_checks import (
    CASES,
    EPHEMERAL,
    ErrorLog,
    check_message,
    check_requests,
    messages,
)
from tests.hardening.strategies import FRAGMENTS, hostile_text, huge_numbers, user_text
from tests.hypothesis_profiles import budget

# Discord caps a string option at 6000 characters; longer never reaches a bot.
option_text = user_text.map(lambda t: t[:6000])


@dataclass(frozen=True)
class Slash:
    """One invocable slash command: its path (group, subcommand) and parameters."""

    path: tuple[str, ...]
    parameters: tuple[app_commands.Parameter, ...]


def slash_commands(tree: app_commands.CommandTree[Any]) -> list[Slash]:
    def walk(command: Any, path: tuple[str, ...]) -> Iterator[Slash]:
        if isinstance(command, app_commands.Group):
            for child in command.commands:
                yield from walk(child, (*path, child.name))
        else:
            yield Slash(path, tuple(command.parameters))

    slash = [c for c in tree.get_commands() if not isinstance(c, app_commands.ContextMenu)]
    return [s for c in slash for s in walk(c, (c.name,))]


def message_menus(tree: app_commands.CommandTree[Any]) -> list[str]:
    """The names of the context menus used on a message (their input is the message's text)."""
    return [
        c.name
        for c in tree.get_commands(type=discord.AppCommandType.message)
        if isinstance(c, app_commands.ContextMenu)
    ]


def value_for(parameter: app_commands.Parameter) -> st.SearchStrategy[Any] | None:
    """Hostile values of the parameter's type (choices included, and values outside them)."""
    kind = parameter.type
    choices = [c.value for c in parameter.choices]
    if kind is AppCommandOptionType.string:
        return st.one_of(st.sampled_from(choices), option_text) if choices else option_text
    if kind is AppCommandOptionType.integer:
        extremes = st.sampled_from([0, -1, 2**53, -(2**53), 10**6])
        return st.one_of(st.sampled_from(choices), extremes) if choices else st.integers(-(2**53), 2**53)
    if kind is AppCommandOptionType.number:
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind is AppCommandOptionType.boolean:
        return st.booleans()
    return None  # users, channels, attachments: no text to fuzz


def _option(parameter: app_commands.Parameter, value: Any, focused: bool = False) -> dict[str, Any]:
    option = {"name": parameter.display_name, "type": parameter.type.value, "value": value}
    return option | {"focused": True} if focused else option


def _nest(path: tuple[str, ...], options: list[dict[str, Any]]) -> dict[str, Any]:
    """The data of an interaction for ``/path…`` (subcommands nest their options)."""
    for name in reversed(path[1:]):
        options = [{"name": name, "type": 1, "options": options}]
    return {"id": p.snowflake(), "name": path[0], "type": 1, "options": options}


@st.composite
def invocations(draw: st.DrawFn, commands: list[Slash], autocomplete: bool) -> dict[str, Any]:
    """A command interaction, or an autocomplete one on a parameter that has autocompletion."""
    if autocomplete:
        targets = [(c, x) for c in commands for x in c.parameters if x.autocomplete]
        command, focused = draw(st.sampled_from(targets))
    else:
        command, focused = draw(st.sampled_from(commands)), None
    options = []
    resolved: dict[str, Any] = {}
    for parameter in command.parameters:
        if parameter is focused:
            options.append(_option(parameter, draw(option_text), focused=True))
            continue
        if parameter.type is AppCommandOptionType.channel:
            # Discord sends a channel option as an id plus the channel in data.resolved.
            if parameter.required or draw(st.booleans()):
                options.append(_option(parameter, str(p.CHANNEL_ID)))
                resolved["channels"] = {str(p.CHANNEL_ID): p.resolved_channel(p.CHANNEL_ID)}
            continue
        strategy = value_for(parameter)
        if strategy is not None and (parameter.required or draw(st.booleans())):
            options.append(_option(parameter, draw(strategy)))
    user_id = draw(st.sampled_from([p.USER_ID, p.OTHER_USER_ID]))
    where = draw(st.sampled_from(["guild", "dm"]))
    payload = p.command(command.path[0], user_id=user_id, where=where)
    payload["data"] = _nest(command.path, options)
    if resolved:
        payload["data"]["resolved"] = resolved
    if autocomplete:
        payload["type"] = 4
    return payload


class Fuzzer:
    """The harness on its own event loop, so that hypothesis' synchronous tests can drive it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.harness = self.loop.run_until_complete(harness.start())
        self.errors = ErrorLog()
        self.commands = slash_commands(self.harness.bot.tree)
        self.menus = message_menus(self.harness.bot.tree)

    def send(self, payload: dict[str, Any], suite: str, *, message: bool = False) -> list[harness.Request]:
        CASES[suite] += 1
        before = len(self.errors.records)
        dispatch = self.harness.message if message else self.harness.send
        requests = self.loop.run_until_complete(dispatch(payload))
        errors = self.errors.records[before:]
        assert not errors, [(r.getMessage(), r.exc_info) for r in errors]
        return requests

    def close(self) -> None:
        self.loop.run_until_complete(self.harness.bot.close())
        # Ephemeral replies' views wait 15 minutes to expire: end them with the loop.
        pending = asyncio.all_tasks(self.loop)
        for task in pending:
            task.cancel()
        if pending:
            self.loop.run_until_complete(asyncio.wait(pending))
        self.loop.close()


@pytest.fixture(scope="module")
def fuzzer() -> Iterator[Fuzzer]:
    fuzz = Fuzzer()
    root = logging.getLogger()
    root.addHandler(fuzz.errors)
    yield fuzz
    root.removeHandler(fuzz.errors)
    fuzz.close()


@settings(max_examples=budget(1500), deadline=None)
@given(data=st.data())
def test_fuzz_every_command_option(fuzzer: Fuzzer, data: st.DataObject) -> None:
    """Any option values on any command: one answer within limits, no ping, no internal error."""
    payload = data.draw(invocations(fuzzer.commands, autocomplete=False))
    body = check_requests(fuzzer.send(payload, "commandes"))
    assert body["type"] in (4, 5)
    embeds = (body.get("data") or {}).get("embeds") or []
    assert all(e.get("title") != "Erreur interne" for e in embeds)


@settings(max_examples=budget(600), deadline=None)
@given(data=st.data())
def test_fuzz_autocomplete(fuzzer: Fuzzer, data: st.DataObject) -> None:
    """Any text being typed: at most 25 choices of at most 100 characters, answered once."""
    payload = data.draw(invocations(fuzzer.commands, autocomplete=True))
    check_requests(fuzzer.send(payload, "autocompletion"))


@settings(max_examples=budget(400), deadline=None)
@given(data=st.data(), text=option_text.map(lambda t: t[:4000]))
def test_fuzz_message_context_menus(fuzzer: Fuzzer, data: st.DataObject, text: str) -> None:
    """A context menu on a message holding any text (up to Discord's 4000): one answer within limits."""
    assert fuzzer.menus
    menu = data.draw(st.sampled_from(fuzzer.menus))
    payload = p.message_command(menu, p.message(text, author_id=p.OTHER_USER_ID))
    check_requests(fuzzer.send(payload, "menus"))


@settings(max_examples=budget(400), deadline=None)
@given(text=option_text.map(lambda t: t[:3900]), where=st.sampled_from(["guild", "dm"]))
def test_fuzz_mentions(fuzzer: Fuzzer, text: str, where: str) -> None:
    """A message mentioning the bot with any text: at most one reply, within limits, pinging nobody."""
    requests = fuzzer.send(p.mention(text, where=where), "mentions", message=True)
    posted = [r for r in requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(posted) <= 1, [r.path for r in requests]
    for body in messages(requests):
        check_message(body)


# Custom ids: random strings, our prefix with garbage, valid shapes with out-of-range fields.
_ids = st.sampled_from(["OP0", "OP38", "OP999", "PP0", "PP34", "PP99", "FN0", "FN6", "FN99", "OP29", "op29"])
_owners = st.one_of(st.sampled_from(["0", str(p.USER_ID), "-1", "01", "9" * 21, ""]), huge_numbers)
# Database ids: absent rows, garbage, and numbers past every integer type (issue 17, finding 5).
_rows = st.one_of(st.sampled_from(["0", "999999", "-1", "x"]), huge_numbers)
forged_ids = st.one_of(
    st.text(max_size=100),
    st.builds(lambda t: "rb:" + t, hostile_text.map(lambda t: t[:97])),
    st.builds(lambda a, t: f"rb:{a}:{t}", st.sampled_from("pcsox"), hostile_text.map(lambda t: t[:90])),
    st.builds(lambda i, o: f"rb:p:{i}:{o}", _ids, _owners),
    st.builds(lambda a, i: f"rb:{a}:{i}", st.sampled_from("co"), _ids),
    st.builds(
        lambda page, part, owner, query: f"rb:s:{page}:{part}:{owner}:{query}"[:100],
        st.sampled_from(["0", "1", "2", "10", "11", "-1", "x"]),
        st.sampled_from(["tout", "preambule", "dispositif", "", "autre"]),
        _owners,
        st.one_of(st.sampled_from(FRAGMENTS), hostile_text),
    ),
    # Page buttons: garbage, and the shape pg:page:owner:command:values with bad fields, commands
    # that do not page (or do not exist), digests nobody kept and hostile option values.
    st.builds(lambda t: "pg:" + t, hostile_text.map(lambda t: t[:97])),
    st.builds(
        lambda page, owner, command, value: f"pg:{page}:{owner}:{command}:{value}"[:100],
        st.sampled_from(["0", "1", "2", "8", "999", "1000", "-1", "01", "x"]),
        _owners,
        st.sampled_from(
            ["paragraphe", "cherche", "question", "references", "vote", "quiz", "etude", "#0", ""]
        ),
        st.one_of(st.sampled_from([*FRAGMENTS, "1-37", "29:tout", "droits:milieu"]), hostile_text),
    ),
    st.builds(lambda o: f"pg:2:{o}:#0123456789abcdef", _owners),
    # Study buttons: garbage, and valid shapes naming questions, rounds, sessions or users that
    # do not exist (or another member, for the erase confirmation).
    st.builds(lambda t: "st:" + t, hostile_text.map(lambda t: t[:97])),
    st.builds(lambda a, t: f"st:{a}:{t}"[:100], st.sampled_from("atrve"), hostile_text),
    st.builds(lambda q, c: f"st:a:{q}:{c}", _rows, st.sampled_from("0349x")),
    st.builds(lambda a, n: f"st:r:{a}:{n}", st.sampled_from("pnmfx"), _rows),
    st.builds(lambda a, n, c, i: f"st:r:{a}:{n}:{c}:{i}", st.sampled_from("pnmfx"), _rows, _rows, _ids),
    st.builds(lambda n: f"st:t:{n}", st.one_of(_rows, st.just(""))),
    st.builds(lambda n: f"st:v:{n}", st.one_of(_rows, st.just(""))),
    st.builds(lambda o: f"st:e:{o}", _owners.filter(lambda o: o != str(p.USER_ID))),
    # Revision buttons: garbage, sessions and steps that do not exist, another member's erasure.
    st.builds(lambda t: "rv:" + t, hostile_text.map(lambda t: t[:97])),
    st.builds(lambda a, s, n: f"rv:{a}:{s}:{n}", st.sampled_from(["v", "g:a", "g:z", "x"]), _rows, _rows),
    st.builds(lambda o: f"rv:x:{o}", _owners.filter(lambda o: o != str(p.USER_ID))),
)


def _message_with(custom_id: str) -> dict[str, Any]:
    """The bot's message carrying the clicked button (Discord only sends clicks on real components)."""
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    return p.message_from({"components": [{"type": 1, "components": [button]}]}) | {"flags": 0}


@settings(max_examples=budget(1200), deadline=None)
@given(custom_id=forged_ids, on_message=st.booleans())
def test_fuzz_button_custom_ids(fuzzer: Fuzzer, custom_id: str, on_message: bool) -> None:
    """Any custom id, on the message or not: one answer; an invalid one changes nothing."""
    message = _message_with(custom_id) if on_message else p.message_from({})
    requests = fuzzer.send(p.button(message, custom_id), "boutons")
    body = check_requests(requests)
    assert all(e.get("title") != "Erreur interne" for e in (body.get("data") or {}).get("embeds") or [])
    try:
        if custom_id.startswith("rb:"):
            state: object = parse_state(custom_id.removeprefix("rb:"))
        elif custom_id.startswith("pg:"):
            state = parse_page_state(custom_id.removeprefix("pg:"))
        else:
            state = None
    except UserError:
        state = None
    if state is None or not on_message:
        # Rejected: a private explanation, the message left as it was.
        assert body["type"] == 4
        assert body["data"]["flags"] & EPHEMERAL
        assert len(requests) == 1


@settings(max_examples=budget(200), deadline=None)
@given(
    custom_id=st.one_of(
        st.builds(lambda i: f"rb:p:{i}:{p.USER_ID}", st.sampled_from(["OP1", "OP29", "PP3", "FN4"])),
        st.builds(lambda q: f"rb:s:2:tout:{p.USER_ID}:{q}"[:100], st.sampled_from(["droits", "coopération"])),
        st.builds(
            lambda source: f"pg:2:{p.USER_ID}:{source}",
            st.sampled_from(["paragraphe:1-37", "cherche:droits:tout", "references:"]),
        ),
    )
)
def test_fuzz_owner_buttons_refuse_other_users(fuzzer: Fuzzer, custom_id: str) -> None:
    """The buttons of someone's private reply, clicked by another user: refused, message untouched."""
    requests = fuzzer.send(p.button(_message_with(custom_id), custom_id, user_id=p.OTHER_USER_ID), "proprio")
    body = check_requests(requests)
    assert body["type"] == 4
    assert body["data"]["flags"] & EPHEMERAL
    assert body["data"]["embeds"][0]["title"] != "Erreur interne"
    # The owner may click the same button: it then edits the message in place.
    owner = check_requests(fuzzer.send(p.button(_message_with(custom_id), custom_id), "proprio"))
    assert owner["type"] == 7
