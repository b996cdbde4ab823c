"""Property-based fuzzing of every command's input through the core and the renderer.

Whatever a user types, the answer is a reply within Discord's limits or a French error, never an
unhandled exception, never a ping, never a template evaluated from user text.
"""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from bot.core.errors import UserError
from bot.core.service import Service
from bot.render.replies import Replies
from bot.render.reply import (
    EMBED_TOTAL_LIMIT,
    EMBEDS_PER_MESSAGE,
    FIELD_VALUE_LIMIT,
    FIELDS_PER_EMBED,
    Reply,
)
from bot.render.templates import Renderer
from tests.hardening.strategies import user_text
from tests.hypothesis_profiles import budget

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# What Discord parses as a ping: @everyone/@here, users, members and roles.
PING = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
FIXTURE_OK = (HealthCheck.function_scoped_fixture,)


@pytest.fixture(scope="module")
def discord_replies(service: Service) -> Replies:
    """Replies in Discord markdown, as the bot sends them."""
    return Replies(service, Renderer(TEMPLATES, markup=True))


@pytest.fixture(scope="module")
def console_replies(service: Service) -> Replies:
    """Replies in plain text, as the console prints them."""
    return Replies(service, Renderer(TEMPLATES, markup=False))


def answer(replies: Replies, ask: Callable[[Replies], Reply]) -> Reply:
    """Ask; a ``UserError`` becomes its rendered French explanation, as every front end does."""
    try:
        return ask(replies)
    except UserError as error:
        return replies.renderer.error(error)


def check_sendable(reply: Reply) -> None:
    """Assert the reply fits one Discord message and cannot ping or run template code."""
    pages = reply.pages()
    assert 1 <= len(pages) <= EMBEDS_PER_MESSAGE
    assert sum(page.size() for page in pages) <= EMBED_TOTAL_LIMIT * EMBEDS_PER_MESSAGE
    for page in pages:
        assert page.size() <= EMBED_TOTAL_LIMIT
        assert len(page.fields) <= FIELDS_PER_EMBED
        assert all(len(f.value) <= FIELD_VALUE_LIMIT for f in page.fields)
        text = page.as_text()
        assert not PING.search(text), text
    assert reply.title.strip() or reply.description.strip()


def check_no_template_evaluation(typed: str, reply: Reply) -> None:
    """User text that looks like jinja2 stays literal: ``{{ 7*7 }}`` never becomes 49."""
    if "{{ 7*7 }}" in typed:
        assert "49" not in reply.as_text().replace(typed, "")


COMMANDS: dict[str, Callable[[str], Callable[[Replies], Reply]]] = {
    "paragraphe": lambda t: lambda r: r.paragraphe(t),
    "note": lambda t: lambda r: r.note(t),
    "cherche": lambda t: lambda r: r.cherche(t),
    "cherche_partie": lambda t: lambda r: r.cherche("coopération", part=t),
    "vote_pays": lambda t: lambda r: r.vote(country=t),
    "vote_groupe": lambda t: lambda r: r.vote(group=t),
    "references": lambda t: lambda r: r.references(t),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@settings(max_examples=budget(300), deadline=None, suppress_health_check=FIXTURE_OK)
@given(typed=user_text)
def test_fuzz_discord_reply_is_sendable(command: str, typed: str, discord_replies: Replies) -> None:
    """Any text in any option gives a sendable, ping-free Discord reply or a French error."""
    reply = answer(discord_replies, COMMANDS[command](typed))
    check_sendable(reply)
    check_no_template_evaluation(typed, reply)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@settings(max_examples=budget(100), deadline=None, suppress_health_check=FIXTURE_OK)
@given(typed=user_text)
def test_fuzz_console_reply_cannot_ping(command: str, typed: str, console_replies: Replies) -> None:
    """Plain-text replies (console, and the text Discord shows in notifications) defuse mentions too."""
    reply = answer(console_replies, COMMANDS[command](typed))
    assert not re.search(r"@(everyone|here)", reply.as_text())


@pytest.mark.parametrize("typed", ["{{ 7*7 }}", "{% for x in range(9) %}x{% endfor %}", "{{ config }}"])
def test_template_syntax_in_user_text_stays_literal(typed: str, discord_replies: Replies) -> None:
    """Jinja2 syntax typed by a user is echoed, escaped for markdown, never evaluated."""
    reply = answer(discord_replies, lambda r: r.vote(country=typed))
    text = reply.as_text()
    assert "{{" in text or "{%" in text
    assert "49" not in text
    assert "xxxxxxxxx" not in text
