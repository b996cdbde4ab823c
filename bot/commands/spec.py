"""The shape of a command declaration: names, options, the call and the JSON, in one place.

The command line, the offline console and the slash-command tree are generated from these
declarations (``bot.cli``, ``bot.console``, ``bot.discord_app``), so a command is written once.
Nothing here imports discord or argparse: each front end reads the fields it needs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.render.pages import Page
    from bot.render.replies import Replies
    from bot.render.reply import Reply


class Surface(Enum):
    """Where a command or an option exists."""

    CLI = "cli"
    CONSOLE = "console"
    DISCORD = "discord"


class Presenter(Enum):
    """How Discord shows a command's reply, beyond sending it (bot/discord_app/slash.py).

    Every one but STUDY sends a long reply as one message with pages (◀ ▶).
    """

    PLAIN = "plain"  # the reply, nothing more
    PARAGRAPH = "paragraph"  # ◀ « Citer » ▶ under a quoted paragraph; a range in pages
    FOOTNOTE = "footnote"  # the same for a footnote
    SEARCH = "search"  # pages of results, answered from the per-member answer threads
    DEFERRED = "deferred"  # drawn in a thread, deferred past one second (the vote chart)
    QUESTION = "question"  # a button for each paragraph the question names
    STUDY = "study"  # not generated: the study cog answers (storage, timers, buttons)


EVERYWHERE = frozenset(Surface)
CLI_ONLY = frozenset({Surface.CLI})
DISCORD_ONLY = frozenset({Surface.DISCORD})


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing string in French (the source) and English (Discord's en-US and en-GB)."""

    fr: str
    en: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One fixed value of an option: what the user sees, what the code receives."""

    name: Text
    value: str


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a command.

    ``rest_of_line`` marks the option that takes the text after the command name in the console;
    on the command line it is the positional words (one word with ``many_words=False``), or a
    ``--flag`` with ``positional=False``. ``flag`` is the CLI's ``--name`` when it differs from
    the French name; ``min_value`` and ``max_value`` bound an integer (Discord's client shows
    them; the core checks them again); ``complete`` suggests values for Discord's autocomplete.
    """

    name: str
    english: str
    description: Text
    kind: type = str
    required: bool = False
    default: Any = None
    choices: tuple[Choice, ...] = ()
    rest_of_line: bool = False
    positional: bool = True
    many_words: bool = True
    metavar: str | None = None
    flag: str | None = None
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    complete: Callable[[Replies, str], list[tuple[str, str]]] | None = None
    surfaces: frozenset[Surface] = EVERYWHERE

    @property
    def cli_flag(self) -> str:
        """The option's long flag on the command line (``--partie``)."""
        return f"--{self.flag or self.name}"


class Args(dict[str, Any]):
    """The options of one call, by French name.

    An option the command declares but this surface lacks (``--limit`` in the console) reads as
    ``None``; a name the command does not declare is a bug and raises ``KeyError``. ``notices``
    collects side remarks a front end may show apart from the answer (the command line prints
    them on stderr, like « Graphique du vote écrit dans … »).
    """

    def __init__(self, command: Command, values: Mapping[str, Any], surface: Surface) -> None:
        super().__init__(values)
        self.surface = surface
        self.declared = frozenset(o.name for o in command.options)
        self.notices: list[str] = []

    def __missing__(self, key: str) -> Any:
        if key not in self.declared:
            raise KeyError(key)
        return None

    def text(self, name: str) -> str:
        """Return a free-text option as one string (the CLI gives a list of words)."""
        value = self[name]
        if isinstance(value, list | tuple):
            return " ".join(value)
        return "" if value is None else str(value)


ReplyCall = Callable[["Replies", Args], "Reply"]
JsonCall = Callable[["Replies", Args], dict[str, Any]]
PageCall = Callable[["Replies", Args, int], "Page"]


@dataclass(frozen=True, slots=True)
class Command:
    """One command: its names in both languages, its options, and how it answers.

    ``reply`` renders the answer (every front end); ``to_json`` gives the stable JSON shape of
    DESIGN.md (``--json``). A command without ``reply`` is a process command of the CLI (run,
    sync, console, export), handled there. ``presenter`` says what Discord adds to the reply;
    ``help`` is the command line's description where Discord's does not fit offline. Discord
    shows a long reply as pages (``bot/commands/paging.py``): its text cut into pages, unless
    ``page`` gives page k itself (search results, a count of hits a page).
    """

    name: str
    english: str
    description: Text
    options: tuple[Option, ...] = ()
    reply: ReplyCall | None = None
    to_json: JsonCall | None = None
    surfaces: frozenset[Surface] = EVERYWHERE
    presenter: Presenter = Presenter.PLAIN
    subcommands: tuple[Command, ...] = field(default=())
    help: str | None = None
    page: PageCall | None = None

    def options_for(self, surface: Surface) -> tuple[Option, ...]:
        """The options this command has on ``surface``."""
        return tuple(o for o in self.options if surface in o.surfaces)

    def option(self, name: str) -> Option:
        """Return the option called ``name`` (French)."""
        return next(o for o in self.options if o.name == name)

    def subcommand(self, name: str) -> Command:
        """Return the subcommand called ``name`` (French)."""
        return next(c for c in self.subcommands if c.name == name)

    def texts(self, surface: Surface) -> list[Text]:
        """Every string users see of this command on ``surface``: names, descriptions, options, choices."""
        found = [Text(self.name, self.english), self.description]
        for option in self.options_for(surface):
            found += [Text(option.name, option.english), option.description]
            found += [choice.name for choice in option.choices]
        for sub in self.subcommands:
            found += sub.texts(surface)
        return found

    @property
    def rest_of_line(self) -> Option | None:
        """The option that takes the rest of the console's line, if any."""
        return next((o for o in self.options if o.rest_of_line), None)
