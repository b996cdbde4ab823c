"""Replies of the study commands (quiz, leaderboard, progress, reading, paragraph of the day).

The Discord cogs await ``StudyService`` and pass what it returns here; each method picks its
template in ``templates/`` and returns a ``Reply``. Nothing here touches the database.
"""

from __future__ import annotations

from datetime import datetime

from bot.core.study.models import (
    AnswerOutcome,
    DailyPost,
    DailySchedule,
    Erasure,
    Leaderboard,
    Progress,
    Question,
    ReadingMark,
    ReadingSummary,
    ReadingView,
    Reveal,
    RoundSummary,
)
from bot.core.study.zones import zone
from bot.core.text.models import Metadata
from bot.render.reply import Colour, Reply
from bot.render.templates import Renderer


class StudyReplies:
    """Render each study result with its template."""

    def __init__(self, renderer: Renderer, meta: Metadata) -> None:
        self.renderer = renderer
        self.meta = meta

    def quiz_question(self, question: Question, reveal: Reveal | None = None) -> Reply:
        """Show a question with its countdown; once ``reveal`` closed it, its answer and the counts."""
        return self.renderer.render(
            "quiz_question", colour=Colour.TEXT, question=question, reveal=reveal, meta=self.meta
        )

    def quiz_vote(self, outcome: AnswerOutcome, question: Question) -> Reply:
        """Tell one member, privately, what became of their click."""
        return self.renderer.render(
            "quiz_vote", ephemeral=True, outcome=outcome.value, question=question, meta=self.meta
        )

    def quiz_reponse(self, reveal: Reveal) -> Reply:
        """Reveal the right answer with its paragraph, the counts and who found it."""
        return self.renderer.render("quiz_reponse", colour=Colour.TEXT, reveal=reveal, meta=self.meta)

    def quiz_fin(self, summary: RoundSummary) -> Reply:
        """Show the scores of a finished (or interrupted) round."""
        return self.renderer.render("quiz_fin", summary=summary, meta=self.meta)

    def classement(self, board: Leaderboard) -> Reply:
        """Show a server's leaderboard."""
        return self.renderer.render("classement", board=board, meta=self.meta)

    def progres(self, progress: Progress) -> Reply:
        """Show a member their own progress (privately)."""
        return self.renderer.render("progres", ephemeral=True, progress=progress, meta=self.meta)

    def progres_efface(self, erasure: Erasure) -> Reply:
        """Confirm, privately, what erasing removed."""
        return self.renderer.render("progres_efface", ephemeral=True, erasure=erasure, meta=self.meta)

    def progres_confirmation(self) -> Reply:
        """Ask a member, privately, to confirm erasing their data (the button confirms)."""
        return self.renderer.render("progres_confirmation", ephemeral=True, meta=self.meta)

    def etude(self, view: ReadingView) -> Reply:
        """Show a reading session at its current paragraph."""
        return self.renderer.render("etude", colour=Colour.TEXT, view=view, meta=self.meta)

    def etude_lu(self, mark: ReadingMark) -> Reply:
        """Tell one member, privately, that the paragraph is marked as read for them (or already was)."""
        return self.renderer.render("etude_lu", ephemeral=True, mark=mark, meta=self.meta)

    def etude_retiree(self, view: ReadingView, message_id: int, *, continued: bool) -> Reply:
        """The line for a replaced controller: the reading continues (``continued``) or a new one starts.

        ``message_id`` is the new controller message, which the line links to.
        """
        return self.renderer.render(
            "etude_retiree",
            guild_id=view.guild_id,
            channel_id=view.channel_id,
            message_id=message_id,
            continued=continued,
            meta=self.meta,
        )

    def etude_resume(self, summary: ReadingSummary) -> Reply:
        """Show the end of a reading session."""
        return self.renderer.render("etude_resume", summary=summary, meta=self.meta)

    def paragraphe_du_jour(self, post: DailyPost) -> Reply:
        """Show the paragraph of the day with its question."""
        return self.renderer.render("paragraphe_du_jour", colour=Colour.TEXT, post=post, meta=self.meta)

    def reglage_du_jour(self, schedule: DailySchedule | None, now: datetime | None = None) -> Reply:
        """Show the server's paragraph-of-the-day setting and, in its zone, when the next post comes.

        A next post already due at ``now`` (its hour has passed today) comes within a minute.
        """
        upcoming = schedule.next_at if schedule is not None and schedule.enabled else None
        local = upcoming.astimezone(zone(schedule.timezone)) if upcoming and schedule else None
        soon = upcoming is not None and now is not None and upcoming <= now
        return self.renderer.render(
            "paragraphe_du_jour_reglage", schedule=schedule, prochaine=local, bientot=soon, meta=self.meta
        )
