"""The offline console: type ``/paragraphe 29`` as on Discord, read the same answer as text.

It reads Discord's own syntax too (``/paragraphe numero:29``) and the English names Discord shows
(``/help``, ``/paragraph 29``); a command that exists only on Discord (``/classement``) says so.
In English (``resolution-bot console --lang en``) it answers in English and also takes the English
names of options and choices (``/search cooperation part:preamble``). Ctrl-C and Ctrl-D leave at
once, with status 0 and no traceback, at a prompt or in the middle of an answer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.commands import catalog
from bot.commands.revision import REVISION
from bot.commands.spec import Args, Command, Surface
from bot.core.errors import UserError
from bot.render.i18n import FRENCH
from bot.render.replies import Replies
from bot.render.reply import Reply

if TYPE_CHECKING:
    from bot.revision_offline import OfflineRevision

log = logging.getLogger(__name__)

QUIT = frozenset({"quitter", "quit", "exit", "q"})
MAX_LINE_LENGTH = 4000


class Console:
    """Parse console lines into the declared commands and answer them with the shared ``Replies``."""

    def __init__(self, replies: Replies, data_dir: Path | None = None) -> None:
        """``data_dir`` holds the SQLite file of /revision (by default the settings' data directory)."""
        self.replies = replies
        self.english = replies.renderer.lang != FRENCH
        self.commands: dict[str, Command] = {c.name: c for c in catalog.on(Surface.CONSOLE)}
        # The names the user's language shows, for the list of commands in an error.
        self.shown = {c.name: c.english if self.english else c.name for c in self.commands.values()}
        # The English names a Discord client in English shows (/help for /aide), French first.
        self.aliases = {c.english: c for c in self.commands.values()} | self.commands
        console = set(self.aliases)
        self.discord_only = {
            name: command
            for command in catalog.on(Surface.DISCORD)
            for name in (command.english, command.name)
            if name not in console
        }
        self.data_dir = data_dir
        self._revision: OfflineRevision | None = None

    @property
    def in_dialogue(self) -> bool:
        """Whether /revision is waiting for a key (a card's answer, a grade, or « oui »)."""
        return self._revision is not None and self._revision.active

    def answer(self, line: str) -> Reply | None:
        """Answer one line; ``None`` for a blank line or a request to quit.

        While /revision is waiting for a key, a line that is not a /command is that key (an empty
        line shows the answer, as Enter does in Anki).
        """
        revision = self._revision
        if revision is not None and revision.active and not line.lstrip().startswith("/"):
            return self._guarded("revision", lambda: revision.key(line))
        line = line.strip()
        if not line:
            return None
        if len(line) > MAX_LINE_LENGTH:
            line = line[:MAX_LINE_LENGTH]
        name, _, rest = line.removeprefix("/").partition(" ")
        name = name.casefold()
        command = self.aliases.get(name)

        def call() -> Reply | None:
            if name in self.discord_only:
                only = self.discord_only[name]
                raise UserError(
                    "discord_seulement", commande=f"/{only.english if self.english else only.name}"
                )
            if command is None:
                raise UserError(
                    "commande_inconnue", saisie=name[:50], commandes=[f"/{c}" for c in self.shown.values()]
                )
            if command is REVISION:
                return self._revise(rest)
            return self._call(command, rest)

        return self._guarded(name, call)

    def _guarded(self, name: str, call: Callable[[], Reply | None]) -> Reply | None:
        """Run ``call``; a ``UserError`` is its French reply, anything else an error code (logged)."""
        try:
            return call()
        except UserError as error:
            return self.replies.renderer.error(error)
        except Exception:
            import uuid  # only on this path: uuid loads platform (~2 ms at every start)

            code = uuid.uuid4().hex[:8]
            log.exception("erreur interne %s sur la commande %r", code, name)
            return self.replies.renderer.error(UserError("erreur_interne", code=code))

    def _revise(self, rest: str) -> Reply:
        """/revision ACTION: the dialogue over the local revision file, opened on first use."""
        if self._revision is None:
            from bot.revision_offline import FILE_NAME, OfflineRevision
            from bot.settings import Settings

            path = (self.data_dir or Settings().data_dir) / FILE_NAME
            self._revision = OfflineRevision(self.replies, path)
        return self._revision.command(rest.strip())

    def close(self) -> None:
        """Close the /revision file, if one was opened."""
        if self._revision is not None:
            self._revision.close()
            self._revision = None

    def _call(self, command: Command, rest: str) -> Reply:
        """Read ``texte option:valeur`` as the command's options; the free text fills its text option.

        The text option may be named too (``/paragraphe numero:29``, as Discord writes it), but
        only at the start: « texte: » in the middle of a question is part of the question.
        """
        options = command.options_for(Surface.CONSOLE)
        text_option = command.rest_of_line
        # Each option by its French name, and in English by its English name too.
        aliases = {o.name: o.name for o in options} | (
            {o.english: o.name for o in options} if self.english else {}
        )
        named = tuple(a for a, o in aliases.items() if text_option is None or o != text_option.name)
        text, typed = _split_options(rest, named)
        values = {aliases[a]: _choice(command, aliases[a], v) for a, v in typed.items()}
        if text_option is not None:
            for alias in (a for a, o in aliases.items() if o == text_option.name):
                prefix = f"{alias}:"
                if text[: len(prefix)].casefold() == prefix:
                    text = text[len(prefix) :].strip()
            values[text_option.name] = text
        assert command.reply is not None  # noqa: S101 -- every console command has a reply
        defaults = {o.name: o.default for o in options}
        return command.reply(self.replies, Args(command, defaults | values, Surface.CONSOLE))

    def run(self, stdin: TextIO, stdout: TextIO, *, interactive: bool, greeting: Reply | None = None) -> int:
        """Read commands until end of input, ``/quitter`` or Ctrl-C; print each answer. Returns 0."""
        if greeting is not None:
            print(greeting.as_text(), file=stdout, end="\n\n")
        if interactive:
            # Someone at a keyboard: the question ranker trains while they type (bot/core/search/ranker.py).
            self.replies.warm_in_background()
        try:
            with _ctrl_c_as_input(stdin, interactive=interactive):
                for line in read_lines(stdin, interactive=interactive):
                    # « q » stops a revision session, not the console; « /quitter » always quits.
                    quitting = line.strip().removeprefix("/").casefold() in QUIT
                    if quitting and (not self.in_dialogue or line.lstrip().startswith("/")):
                        break
                    reply = self.answer(line)
                    if reply is not None:
                        print(reply.as_text(), file=stdout, end="\n\n", flush=True)
        except KeyboardInterrupt:
            # Ctrl-C while an answer is computed, or where the terminal could not be set: leaving
            # is what the user asked for, not an error.
            print(file=stdout)
        finally:
            self.close()
        return 0


def read_lines(stdin: TextIO, *, interactive: bool) -> Iterator[str]:
    """Yield input lines; at a terminal, with line editing and history (readline)."""
    if not interactive:
        yield from stdin
        return
    while True:
        try:
            line = input("> ")
        except EOFError:  # Ctrl-D
            print()
            return
        if line == _CTRL_C:
            print()
            return
        yield line


# What input() returns when Ctrl-C is pressed at the prompt (see _ctrl_c_as_input): no one types it.
_CTRL_C = "\x03"


@contextmanager
def _ctrl_c_as_input(stdin: TextIO, *, interactive: bool) -> Iterator[None]:
    """At a terminal, read Ctrl-C as a key that ends the console rather than as SIGINT.

    Ctrl-C makes the terminal send SIGINT to the whole foreground process group: under
    ``make console``, make receives it too and dies of it (status 130), whatever this process
    does. Without the terminal's interrupt character, Ctrl-C is a key like another: readline hands
    it to ``read_lines`` (bound below), which ends the session, and everyone exits 0.
    Ctrl-backslash (quit) and Ctrl-Z keep their meaning. Elsewhere (a pipe, a terminal that
    cannot be set, libedit), nothing changes and a KeyboardInterrupt ends the session instead.
    """
    if not interactive:
        yield
        return
    import readline  # importing it gives input() line editing and history

    if "libedit" in (readline.__doc__ or ""):  # macOS's stand-in reads other bindings
        yield
        return
    try:
        import termios

        descriptor = stdin.fileno()
        saved = termios.tcgetattr(descriptor)
    except (ImportError, OSError, ValueError):
        yield
        return
    changed = [*saved[:6], list(saved[6])]
    changed[6][termios.VINTR] = b"\x00" if isinstance(saved[6][termios.VINTR], bytes) else 0
    # Ctrl-C ends the line with exactly \x03: start of line, clear it, the key, accept.
    readline.parse_and_bind(r'"\C-c": "\C-a\C-k\C-v\C-c\C-j"')
    termios.tcsetattr(descriptor, termios.TCSANOW, changed)
    try:
        yield
    finally:
        termios.tcsetattr(descriptor, termios.TCSANOW, saved)


def _choice(command: Command, option: str, typed: str) -> str:
    """The value of a choice typed as its shown name (« preamble », « préambule »), else as typed."""
    for choice in command.option(option).choices:
        if typed.casefold() in (choice.name.fr.casefold(), choice.name.en.casefold()):
            return choice.value
    return typed


def _split_options(rest: str, names: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """Split ``texte partie:preambule`` into the free text and the named options it carries."""
    if not names:
        return rest.strip(), {}
    pattern = re.compile(rf"(?:^|\s)({'|'.join(names)}):", re.IGNORECASE)
    pieces = pattern.split(rest)
    options = {pieces[i].casefold(): pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}
    return pieces[0].strip(), options
