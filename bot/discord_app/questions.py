"""One answer to a question, however it was asked: ``/question``, a mention, the message menu."""

from __future__ import annotations

import discord

from bot.discord_app.views.navigation import references_view
from bot.render.replies import Replies
from bot.render.reply import Reply


def answer_question(replies: Replies, text: str) -> tuple[Reply, discord.ui.View | None]:
    """Return the answer to ``text`` and a button for each paragraph it names (``§29``, ``PP3``)."""
    references = replies.questions.references_in(text)
    return replies.question(text, references=references), references_view(references)
