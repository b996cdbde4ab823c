"""Replies of ``/revision``: a card, the end of a session, statistics, export, erasure and reminders.

The Discord cog and the offline front ends (console, command line) both render through this
class; ``keys=True`` adds the keyboard keys the console reads in place of buttons.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.core.study.revision_models import (
    ExportedCard,
    MemberSettings,
    Reminder,
    ReviewView,
    RevisionErasure,
    RevisionStats,
)
from bot.core.study.revision_plans import NEW_PER_DAY, zone
from bot.core.text.models import Metadata
from bot.render import anki
from bot.render.reply import Attachment, Colour, Reply
from bot.render.templates import Renderer

# The console's keys, as in Anki: 1 to 4 for the grades, space or Enter to show the answer.
GRADE_KEYS = {"a_revoir": "1", "difficile": "2", "bien": "3", "facile": "4"}


class RevisionReplies:
    """Render each revision result with its template; every reply is private (ephemeral)."""

    def __init__(self, renderer: Renderer, meta: Metadata) -> None:
        self.renderer = renderer
        self.meta = meta

    def card(self, view: ReviewView, *, keys: bool = False) -> Reply:
        """Show a session's current card (its front, or front and answer), or the end of the session."""
        if view.card is None:
            return self.renderer.render(
                "revision_fin", ephemeral=True, view=view, limite=NEW_PER_DAY, meta=self.meta
            )
        return self.renderer.render(
            "revision_carte",
            colour=Colour.TEXT,
            ephemeral=True,
            view=view,
            keys=GRADE_KEYS if keys else {},
            meta=self.meta,
        )

    def stats(self, figures: RevisionStats) -> Reply:
        """Show a member's revision figures."""
        return self.renderer.render(
            "revision_stats", ephemeral=True, stats=figures, limite=NEW_PER_DAY, meta=self.meta
        )

    def export(
        self, cards: list[ExportedCard], when: datetime, *, everything: bool, shown_as: str | None = None
    ) -> Reply:
        """Describe the Anki package and attach it; ``shown_as`` names where the command line wrote it."""
        reply = self.renderer.render(
            "revision_export",
            ephemeral=True,
            cards=cards,
            everything=everything,
            deck=anki.deck_name(self.meta),
            filename=shown_as or anki.filename(self.meta),
            meta=self.meta,
        )
        package = Attachment(anki.filename(self.meta), anki.apkg(cards, self.meta, when))
        return replace(reply, files=(package,))

    def confirmation(self, *, console: bool = False) -> Reply:
        """Ask the member to confirm erasing their revision (a button, or « oui » in the console)."""
        return self.renderer.render("revision_confirmation", ephemeral=True, console=console, meta=self.meta)

    def cancelled(self) -> Reply:
        """Confirm that nothing was erased (the console's « effacer » answered with anything but « oui »)."""
        return self.renderer.render("revision_annulee", ephemeral=True, meta=self.meta)

    def erased(self, erasure: RevisionErasure) -> Reply:
        """Confirm what erasing removed."""
        return self.renderer.render("revision_efface", ephemeral=True, erasure=erasure, meta=self.meta)

    def reminder(self, settings: MemberSettings, *, refused: bool = False) -> Reply:
        """Show the member's reminder setting; ``refused`` when the confirmation message bounced."""
        refused = refused or settings.dm_refused_at is not None
        return self.renderer.render(
            "revision_rappel",
            ephemeral=True,
            settings=settings,
            refused=refused,
            fuseau=zone(settings.timezone).key,
            meta=self.meta,
        )

    def reminder_message(self, reminder: Reminder) -> Reply:
        """The private message of a daily reminder."""
        return self.renderer.render("revision_rappel_message", reminder=reminder, meta=self.meta)

    def refusal(self) -> Reply:
        """Tell the member, once, that a reminder could not reach their private messages."""
        return self.renderer.render("revision_rappel_refuse", ephemeral=True, meta=self.meta)
