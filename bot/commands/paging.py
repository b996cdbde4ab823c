"""Page k of any declared command's reply: what Discord's ◀ ▶ show, for every command alike.

A page is rebuilt from the command and its options alone (``PageSource``), so a button can carry
them in its custom id and any process can draw the page again, even after a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.commands import catalog
from bot.commands.spec import Args, Command, Option, Presenter, Surface

if TYPE_CHECKING:
    from bot.render.pages import Page
    from bot.render.replies import Replies

# Options that change who sees a reply, not what it says.
_NOT_CONTENT = frozenset({"prive"})


@dataclass(frozen=True, slots=True)
class PageSource:
    """A Discord command and the option values its reply is drawn from, in declaration order."""

    command: str
    values: tuple[str, ...]

    @classmethod
    def of(cls, command: Command, args: Mapping[str, Any]) -> PageSource:
        """The source of ``command`` called with ``args`` (an option left out is ``""``)."""
        return cls(command.name, tuple(_text(args.get(o.name)) for o in content_options(command)))

    def command_and_args(self) -> tuple[Command, Args]:
        """The declared command and its arguments; ``KeyError`` for a name or arity no command has."""
        command = pageable()[self.command]
        options = content_options(command)
        if len(options) != len(self.values):
            raise KeyError(self.command)
        values = {o.name: value or o.default for o, value in zip(options, self.values, strict=True)}
        return command, Args(command, values, Surface.DISCORD)


def content_options(command: Command) -> tuple[Option, ...]:
    """The Discord options of ``command`` that its reply depends on."""
    return tuple(o for o in command.options_for(Surface.DISCORD) if o.name not in _NOT_CONTENT)


def pageable() -> dict[str, Command]:
    """The commands whose replies Discord pages: every read-only one (the study cog pages none)."""
    return {
        c.name: c
        for c in catalog.on(Surface.DISCORD)
        if c.reply is not None and c.presenter is not Presenter.STUDY
    }


def page(replies: Replies, command: Command, args: Args, number: int = 1) -> Page:
    """Page ``number`` of ``command``'s reply (the last one past the end), stamped « page k/N »."""
    if command.page is not None:
        return command.page(replies, args, number)
    assert command.reply is not None  # noqa: S101 -- pageable() only holds commands with a reply
    return replies.pages(command.reply(replies, args), number)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(map(str, value))
    return str(value)
