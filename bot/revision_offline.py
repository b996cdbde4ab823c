"""``/revision`` offline: the console's and the command line's review, against a local SQLite file.

One local member (server 0, member 0) reviews with the same deck, the same schedule and the same
replies as on Discord; the terminal plays the buttons. After a card's front, Enter shows the
answer; then 1 to 4 grade it (« À revoir », « Difficile », « Bien », « Facile », Anki's keys; 1 and
3 when cramming); q stops. ``effacer`` asks for « oui ».

The storage is asynchronous: one event loop (``asyncio.Runner``) lives as long as the dialogue, and
each action runs to its end on it, so a terminal stays a plain blocking loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bot.commands.revision import (
    ACTIONS,
    COMMENCER,
    EFFACER,
    EVERY_CARD,
    EXPORT,
    REVISER_TOUT,
    REVISION,
    STATS,
)
from bot.core.errors import UserError
from bot.core.study.clock import Clock, system_clock
from bot.render import anki
from bot.render.i18n import FRENCH
from bot.render.revision import GRADE_KEYS, RevisionReplies

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine

    from bot.core.study.revision import RevisionService
    from bot.core.study.revision_models import ReviewView, RevisionStats
    from bot.render.replies import Replies
    from bot.render.reply import Reply

T = TypeVar("T")
FILE_NAME = "revision.sqlite3"
# The local member: offline, the file is the member's own, on no server.
GUILD = USER = 0
STOP = frozenset({"q", "quitter", "quit", "stop"})
SHOW = frozenset({"", "v", "voir", " "})
YES = frozenset({"oui", "o", "yes", "y"})
# The actions by the names an English client shows (« start », « cram », « erase »): English
# replies name them so, and either name works in either language.
ENGLISH_ACTIONS = {sub.english: sub.name for sub in REVISION.subcommands if sub.name in ACTIONS}


class OfflineRevision:
    """One local member's revision in a SQLite file: actions, then the keys of the session running."""

    def __init__(self, replies: Replies, path: Path, clock: Clock = system_clock) -> None:
        self.replies = RevisionReplies(replies.renderer, replies.meta)
        self.core = replies.service
        self.path = path
        self.clock = clock
        self._runner: asyncio.Runner | None = None
        self._engine: AsyncEngine | None = None
        self._service: RevisionService | None = None
        self.view: ReviewView | None = None  # the session running, at its current card
        self.confirming = False  # « effacer » is waiting for « oui »

    @property
    def active(self) -> bool:
        """Whether the next line is a key of this dialogue (a session running, or a confirmation)."""
        return self.confirming or (self.view is not None and self.view.card is not None)

    def _run(self, work: Coroutine[Any, Any, T]) -> T:
        if self._runner is None:
            self._runner = asyncio.Runner()
        return self._runner.run(work)

    def _open(self) -> RevisionService:
        """Open (and migrate) the local file the first time an action needs it."""
        if self._service is None:
            from bot.core.study.revision import RevisionService
            from bot.storage.database import open_study, sqlite_url

            # A terminal session: Alembic's step-by-step lines, when the file is first made, are noise.
            logging.getLogger("alembic").setLevel(logging.WARNING)
            repository, self._engine = self._run(open_study(sqlite_url(self.path)))
            self._service = RevisionService(self.core.resolution, repository, self.clock)
        return self._service

    def stats(self) -> RevisionStats:
        """Return the local member's figures (the command line's ``--json``)."""
        service = self._open()
        return self._run(service.stats(GUILD, USER))

    def command(self, action: str, *, everything: bool = False, output: Path | None = None) -> Reply:
        """Answer one action: ``commencer``, ``reviser-tout``, ``stats``, ``export [toutes]``, ``effacer``."""
        words = action.split()
        name = words[0].casefold() if words else COMMENCER
        name = ENGLISH_ACTIONS.get(name, name)
        every = {EVERY_CARD, REVISION.subcommand(EXPORT).option(EVERY_CARD).english}
        everything = everything or any(w.casefold() in every for w in words[1:])
        service = self._open()
        self.confirming = False
        if name in (COMMENCER, REVISER_TOUT):
            from bot.core.study.revision_models import SessionMode

            mode = SessionMode.DUE if name == COMMENCER else SessionMode.CRAM
            self.view = self._run(service.start(GUILD, USER, mode))
            return self._card()
        if name == STATS:
            return self.replies.stats(self.stats())
        if name == EXPORT:
            return self.export(everything=everything, output=output)[0]
        if name == EFFACER:
            self.confirming = True
            return self.replies.confirmation(console=True)
        english = self.replies.renderer.lang != FRENCH
        shown = [REVISION.subcommand(a).english if english else a for a in ACTIONS]
        raise UserError("action_inconnue", saisie=name[:50], actions=shown)

    def export(self, *, everything: bool = False, output: Path | None = None) -> tuple[Reply, Path, int]:
        """Write the Anki package (``output``, or its usual name here); return the reply, path and count."""
        cards = self._run(self._open().export(GUILD, USER, everything=everything))
        target = output or Path(anki.filename(self.replies.meta))
        reply = self.replies.export(cards, self.clock(), everything=everything, shown_as=str(target))
        try:
            target.write_bytes(reply.files[0].data)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise UserError("apkg_impossible", chemin=str(target), raison=reason) from exc
        return reply, target, len(cards)

    def key(self, line: str) -> Reply | None:
        """Answer a line typed while the dialogue is active; ``None`` when it stops with nothing to say."""
        typed = line.strip().casefold()
        service = self._open()
        if self.confirming:
            self.confirming = False
            if typed in YES:
                return self.replies.erased(self._run(service.erase(GUILD, USER)))
            return self.replies.cancelled()
        view = self.view
        if view is None or view.card is None:
            return None
        if typed in STOP:
            self.view = None
            return self.replies.card(replace(view, card=None))  # what the session did so far
        session = view.session
        grade = next((g for g, k in GRADE_KEYS.items() if k == typed), None)
        if not view.revealed or grade is None or grade not in {g.value for g in view.grades}:
            # Before the answer, any key shows it (as Anki's space bar); after, only a grade moves on.
            self.view = self._run(service.show(GUILD, USER, session.id, session.step))
            return self._card()
        from bot.core.study.schedule import Grade

        self.view = self._run(service.grade(GUILD, USER, session.id, session.step, Grade(grade)))
        return self._card()

    def _card(self) -> Reply:
        assert self.view is not None  # noqa: S101 -- called right after a session step
        return self.replies.card(self.view, keys=True)

    def close(self) -> None:
        """Release the database and the event loop."""
        if self._runner is not None:
            if self._engine is not None:
                self._runner.run(self._engine.dispose())
            self._runner.close()
            self._runner = None
