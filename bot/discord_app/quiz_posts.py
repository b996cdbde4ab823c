"""What a quiz channel sees: each question posted, edited when it closes, then its reveal and what follows.

Only a winner calls these: the one caller whose close or end the database counted (``Reveal.first``,
or an end that did not raise ``quiz_termine``), so each reveal, question and summary is posted once
whatever raced it (timers in several processes, three presses of « Terminer », the last answer).
A closed question's message is edited in place: its buttons disabled, the right one marked, the
counts shown. Through the click's own response when the click sits on that message (one request,
and no channel permission needed), else through the channel, with the message id the database
remembered when the question was posted.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

import discord

from bot.core.errors import UserError
from bot.core.study.models import Question, QuestionStatus, Reveal, RoundStatus, RoundSummary
from bot.discord_app.embeds import edit_channel_message, edit_reply, send_to_channel
from bot.discord_app.views.study import closed_question_view, question_view
from bot.render.reply import Reply
from bot.render.study import StudyReplies

if TYPE_CHECKING:
    from bot.core.study.service import StudyService
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
# The round of a paragraph of the day (storage/daily.py): one question, no « Terminer », and its
# message is the paragraph itself, which a close keeps.
DAILY_PART = "jour"
# The study database down or unsure: the retry policy has logged it once already.
_OUTAGES = frozenset({"base_indisponible", "issue_inconnue"})


async def best_effort(step: Awaitable[None]) -> None:
    """Run a step that can fail without harm, logging its error instead of answering it.

    For what follows a reply already given (remembering a message, an early close after an
    answer): the clicker was answered, and the timer closes the question on time anyway.
    """
    try:
        await step
    except Exception as error:
        if isinstance(error, UserError) and error.code in _OUTAGES:
            return
        log.exception("erreur interne %s après une réponse de quiz", uuid.uuid4().hex[:8])


class QuizPosts:
    """Post a quiz's messages in its channel and edit its closed questions."""

    def __init__(self, bot: StudyBot, study: StudyService, replies: StudyReplies) -> None:
        self.bot = bot
        self.study = study
        self.replies = replies

    async def remember(self, question: Question, message_id: int | None, *, keep_text: bool = False) -> None:
        """Store where ``question`` was posted; if a close came first, close it on screen now.

        A close may come before the message id is stored: « Terminer » between the timer's close
        and its post of the next question, or the last expected answer in the first instants
        after the post. That close had no message to edit; this edit shows it (buttons disabled,
        answer marked, counts), as ``close_on_screen`` would have. ``keep_text``: the paragraph
        of the day, whose text stays.
        """
        if message_id is None:
            return
        stored = await self.study.set_message(question.guild_id, question.id, message_id)
        if stored.status is QuestionStatus.CLOSED:
            # Already closed: this writes nothing and returns the counts of that close.
            await self.close_on_screen(
                await self.study.close_question(stored.guild_id, stored.id), keep_text=keep_text
            )
        elif stored.status is not QuestionStatus.OPEN:
            channel = self.bot.get_partial_messageable(question.channel_id)
            await self._edit(channel, message_id, None, closed_question_view(stored))

    async def question(self, question: Question) -> None:
        """Post a round's next question with its buttons, and remember its message."""
        view = question_view(question, with_end=True)
        message_id = await self.post(question.channel_id, self.replies.quiz_question(question), view)
        await best_effort(self.remember(question, message_id))

    async def announce(self, reveal: Reveal, interaction: Interaction | None = None) -> None:
        """Close ``reveal``'s question on screen, post the reveal, then the next question or the scores.

        ``interaction``: the click on the question's message that closed it (« Révéler »), if any.
        """
        question = reveal.question
        last = reveal.next_question is None
        summary = await self.study.round_summary(question.guild_id, question.round_id) if last else None
        daily = summary is not None and summary.round.part == DAILY_PART
        await self.close_on_screen(reveal, interaction, keep_text=daily)
        await _acknowledge(interaction)
        await self.post(question.channel_id, self.replies.quiz_reponse(reveal))
        if reveal.next_question is not None:
            await self.question(reveal.next_question)
        elif summary is not None and not daily and summary.round.status is not RoundStatus.OPEN:
            await self.post(question.channel_id, self.replies.quiz_fin(summary))

    async def announce_end(self, summary: RoundSummary, interaction: Interaction) -> None:
        """After « Terminer » won: the question it closed, on screen and revealed, then the scores."""
        reveal = summary.last_reveal
        if reveal is not None:
            await self.close_on_screen(reveal, interaction)
        await _acknowledge(interaction)
        if reveal is not None:
            await self.post(summary.round.channel_id, self.replies.quiz_reponse(reveal))
        await self.post(summary.round.channel_id, self.replies.quiz_fin(summary))

    async def close_on_screen(
        self, reveal: Reveal, interaction: Interaction | None = None, *, keep_text: bool = False
    ) -> None:
        """Edit a closed question's message: buttons disabled, the answer marked, the counts shown."""
        question = reveal.question
        reply = None if keep_text else self.replies.quiz_question(question, reveal)
        view = closed_question_view(question)
        clicked = interaction.message if interaction is not None else None
        # The press came from this question's own message: its buttons carry the question's id.
        # Its message id may not be stored yet (« Révéler » in the first instants after the post).
        own = clicked is not None and question.message_id in (None, clicked.id)
        if interaction is not None and own and reply:
            await edit_reply(interaction, reply, view=view)
            return
        if question.message_id is None:
            return  # its post failed: nothing on screen to close
        channel = self.bot.get_partial_messageable(question.channel_id)
        await self._edit(channel, question.message_id, reply, view)

    async def post(self, channel_id: int, reply: Reply, view: discord.ui.View | None = None) -> int | None:
        """Post in a channel; return the message id, or ``None`` if Discord refused (logged)."""
        channel = self.bot.get_partial_messageable(channel_id)
        try:
            return await send_to_channel(channel, reply, view=view)
        except discord.HTTPException as error:
            # Missing access or a deleted channel: the data is safe in the database; say why.
            log.warning("publication impossible dans le salon %s : %s", channel_id, error.status)
            return None

    async def _edit(
        self, channel: discord.PartialMessageable, message_id: int, reply: Reply | None, view: discord.ui.View
    ) -> None:
        try:
            await edit_channel_message(channel, message_id, reply, view=view)
        except discord.HTTPException as error:
            # A deleted message or lost access: the close stands in the database all the same.
            log.warning("message %s du salon %s non modifiable : %s", message_id, channel.id, error.status)


async def _acknowledge(interaction: Interaction | None) -> None:
    """Answer a click that edited nothing of its own message: a button's silent acknowledgement."""
    if interaction is not None and not interaction.response.is_done():
        await interaction.response.defer()
