"""The offline console: type ``/paragraphe 29`` as on Discord, read the same answer as text."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TextIO

from bot.core.errors import UserError
from bot.render.replies import Replies
from bot.render.reply import Reply

log = logging.getLogger(__name__)

QUIT = frozenset({"quitter", "quit", "exit", "q"})
MAX_LINE_LENGTH = 4000


@dataclass(frozen=True, slots=True)
class _Command:
    """A console command: its named options (``partie:``) and how it answers."""

    options: tuple[str, ...]
    answer: Callable[[str, dict[str, str]], Reply]


class Console:
    """Parse console lines into commands and answer them with the shared ``Replies``."""

    def __init__(self, replies: Replies) -> None:
        self.replies = replies
        r = replies
        self.commands: dict[str, _Command] = {
            "paragraphe": _Command((), lambda text, _: r.paragraphe(text)),
            "note": _Command((), lambda text, _: r.note(text)),
            "cherche": _Command(("partie",), lambda text, o: r.cherche(text, part=o.get("partie", "tout"))),
            # A terminal shows no image: skip drawing the chart (0.2 s on the first full vote).
            "vote": _Command(
                ("pays", "groupe"), lambda text, o: r.vote(o.get("pays", text), o.get("groupe"), chart=False)
            ),
            "resolution": _Command((), lambda _, __: r.resolution()),
            "references": _Command(("document",), lambda text, o: r.references(o.get("document", text))),
            "question": _Command((), lambda text, _: r.question(text)),
            # Offline, nobody else answers: the round is printed with its answers, for revision.
            "quiz": _Command(
                ("theme", "partie"),
                lambda text, o: r.quiz_offline(
                    theme=o.get("theme", text) or None, part=o.get("partie", "tout")
                )[0],
            ),
            "aide": _Command((), lambda _, __: r.aide()),
        }

    def answer(self, line: str) -> Reply | None:
        """Answer one line; ``None`` for a blank line or a request to quit."""
        line = line.strip()
        if not line:
            return None
        if len(line) > MAX_LINE_LENGTH:
            line = line[:MAX_LINE_LENGTH]
        name, _, rest = line.removeprefix("/").partition(" ")
        name = name.casefold()
        command = self.commands.get(name)
        try:
            if command is None:
                raise UserError(
                    "commande_inconnue", saisie=name[:50], commandes=[f"/{c}" for c in self.commands]
                )
            text, options = _split_options(rest, command.options)
            return command.answer(text, options)
        except UserError as error:
            return self.replies.renderer.error(error)
        except Exception:
            code = uuid.uuid4().hex[:8]
            log.exception("erreur interne %s sur la commande %r", code, name)
            return self.replies.renderer.error(UserError("erreur_interne", code=code))

    def run(self, stdin: TextIO, stdout: TextIO, *, interactive: bool, greeting: Reply | None = None) -> int:
        """Read commands until end of input or ``/quitter``; print each answer. Returns 0."""
        if greeting is not None:
            print(greeting.as_text(), file=stdout, end="\n\n")
        for line in _lines(stdin, interactive=interactive):
            if line.strip().removeprefix("/").casefold() in QUIT:
                break
            reply = self.answer(line)
            if reply is not None:
                print(reply.as_text(), file=stdout, end="\n\n", flush=True)
        return 0


def _lines(stdin: TextIO, *, interactive: bool) -> Iterator[str]:
    """Yield input lines; at a terminal, with line editing and history (readline)."""
    if not interactive:
        yield from stdin
        return
    import readline  # noqa: F401 -- importing it gives input() line editing and history

    while True:
        try:
            yield input("> ")
        except EOFError:
            print()
            return


def _split_options(rest: str, names: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """Split ``texte partie:preambule`` into the free text and the named options it carries."""
    if not names:
        return rest.strip(), {}
    pattern = re.compile(rf"(?:^|\s)({'|'.join(names)}):", re.IGNORECASE)
    pieces = pattern.split(rest)
    options = {pieces[i].casefold(): pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}
    return pieces[0].strip(), options
