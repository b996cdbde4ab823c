"""The quiz use cases: start a round, answer, close a question (by time, early or by hand), end it.

``StudyService`` inherits them (they are a module of their own only to keep modules small). The
rules that must hold whatever the concurrency are decided by the database, never by reading a
status first and acting after: one running quiz per channel, one close per question, one end per
round. A caller learns whether it won (``Reveal.first``, or a ``UserError`` for the loser of an
end) and only a winner has anything to post.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUESTIONS, MAX_THEME_LENGTH
from bot.core.study.explain import explained
from bot.core.study.models import AnswerOutcome, Question, Recovery, Reveal, Round, RoundStatus, RoundSummary
from bot.core.study.records import Closing, NewRound
from bot.core.text.french import fold

if TYPE_CHECKING:
    # Only for the types: at run time the core never imports the storage (tests/test_architecture.py).
    from bot.core.study.clock import Clock
    from bot.core.study.generator import QuizGenerator
    from bot.core.text.models import Resolution
    from bot.storage.repository import StudyRepository

DEFAULT_SECONDS = 30
MIN_SECONDS, MAX_SECONDS = 10, 600
# What « Révéler » and « Terminer » tell a member who may not press them (erreurs/quiz_reserve).
REVEAL, END = "reveler", "terminer"


class QuizUseCases:
    """Quiz rounds in a channel: what ``StudyService`` offers the front ends about them."""

    repository: StudyRepository
    resolution: Resolution
    clock: Clock
    generator: QuizGenerator
    starts_per_hour: int

    @explained
    async def start_quiz(
        self,
        guild_id: int,
        channel_id: int,
        starter_id: int,
        theme: str | None = None,
        count: int = DEFAULT_QUESTIONS,
        part: str = "tout",
        seed: int | None = None,
        seconds: int = DEFAULT_SECONDS,
    ) -> tuple[Round, Question]:
        """Generate a round from the text and open its first question; the seed is stored.

        Refused (``quiz_en_cours``) while a quiz runs in the channel, and (``quiz_limite``) past
        ``starts_per_hour`` quizzes started by this member in the last hour.
        """
        typed = (theme or "").strip() or None
        if typed is not None and len(typed) > MAX_THEME_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_THEME_LENGTH)
        if not MIN_SECONDS <= seconds <= MAX_SECONDS:
            raise UserError("duree_invalide", saisie=seconds, minimum=MIN_SECONDS, maximum=MAX_SECONDS)
        chosen = secrets.randbelow(2**31) if seed is None else seed
        questions = self.generator.generate(chosen, count=count, part=part, theme=typed)
        new = NewRound(
            guild_id, channel_id, starter_id, chosen, typed, fold(part or "tout"), seconds, questions
        )
        return await self.repository.quiz.create_round(new, self.clock(), self.starts_per_hour)

    @explained
    async def question(self, guild_id: int, question_id: int) -> Question:
        """Return one question of this guild (a button's custom id names it)."""
        question = await self.repository.quiz.question(guild_id, question_id)
        if question is None:
            raise UserError("question_inconnue")
        return question

    @explained
    async def set_message(self, guild_id: int, question_id: int, message_id: int) -> Question:
        """Remember the message showing a question (a close edits it); return the question now."""
        question = await self.repository.quiz.set_message(guild_id, question_id, message_id)
        if question is None:
            raise UserError("question_inconnue")
        return question

    @explained
    async def answer(self, guild_id: int, question_id: int, user_id: int, choice: int) -> AnswerOutcome:
        """Record one member's answer: accepted, a duplicate (first answer stands) or too late."""
        return await self.repository.quiz.record_answer(guild_id, question_id, user_id, choice, self.clock())

    @explained
    async def close_question(self, guild_id: int, question_id: int) -> Reveal:
        """Close a question, reveal its answer with the paragraph, and open the next question.

        Safe to call from several timers or processes: only one gets ``first=True``.
        """
        return self._reveal(await self.repository.quiz.close_question(guild_id, question_id, self.clock()))

    @explained
    async def close_if_all_answered(self, question: Question) -> Reveal | None:
        """Close ``question`` early once everyone who answered the one before has answered it.

        Returns the reveal only to the one call that closed it. The first question of a round has
        no one to wait for: its time limit, or « Révéler », closes it.
        """
        if question.position == 0:
            return None
        closing = await self.repository.quiz.close_if_complete(question.guild_id, question.id, self.clock())
        return self._reveal(closing) if closing is not None and closing.first else None

    @explained
    async def reveal_now(
        self, guild_id: int, question_id: int, user_id: int, *, force: bool = False
    ) -> Reveal:
        """Close a question before its time is up: its round's starter only, unless ``force`` (a moderator).

        The loser of two presses at once is told the question is closed (``question_close``):
        only the winner has a reveal to post.
        """
        question = await self.question(guild_id, question_id)
        round_ = await self._round(guild_id, question.round_id)
        if not force and user_id != round_.starter_id:
            raise UserError("quiz_reserve", starter_id=round_.starter_id, action=REVEAL)
        reveal = await self.close_question(guild_id, question_id)
        if not reveal.first:
            raise UserError("question_close", numero=question.number)
        return reveal

    @explained
    async def end_round(
        self, guild_id: int, round_id: int, user_id: int, *, force: bool = False
    ) -> RoundSummary:
        """End a round early: its starter only, unless ``force`` (a moderator).

        Acts once whatever the concurrency: the database names the one call that ended the round;
        every other one (a second press, a press after the end) gets ``quiz_termine`` and has
        nothing to post. ``last_reveal`` is the question this call closed on the way, if any.
        """
        round_ = await self._round(guild_id, round_id)
        if not force and user_id != round_.starter_id:
            raise UserError("quiz_reserve", starter_id=round_.starter_id, action=END)
        ending = await self.repository.quiz.end_round(guild_id, round_id, self.clock(), RoundStatus.FINISHED)
        if ending is None:
            raise UserError("quiz_termine")
        summary = await self.round_summary(guild_id, round_id)
        last = None if ending.closing is None else self._reveal(ending.closing)
        return RoundSummary(summary.round, summary.questions, summary.scores, last)

    @explained
    async def round_summary(self, guild_id: int, round_id: int) -> RoundSummary:
        """Return a round's questions and scores, best first."""
        round_ = await self._round(guild_id, round_id)
        questions = await self.repository.quiz.round_questions(guild_id, round_id)
        scores = await self.repository.quiz.round_scores(guild_id, round_id)
        return RoundSummary(round_, tuple(questions), tuple(scores))

    @explained
    async def expired(self) -> list[Question]:
        """Return the open questions past their time limit, all guilds (the timer loop closes them)."""
        return await self.repository.quiz.expired_questions(self.clock())

    @explained
    async def close_expired(self) -> list[Reveal]:
        """Close every question past its time limit (the timer loop of each process calls this).

        Returns only the reveals this call won: with several processes, each is posted once.
        """
        reveals = []
        for question in await self.expired():
            reveal = await self.close_question(question.guild_id, question.id)
            if reveal.first:
                reveals.append(reveal)
        return reveals

    @explained
    async def recover(self) -> Recovery:
        """At start-up: close the rounds a stopped process left with no question running, resume the rest.

        A round whose open question is past its time limit lost its timer with the process that
        owned it: its answers are kept and it ends as interrupted. A question still within its
        limit is returned so that the bot re-arms its timer.
        """
        now = self.clock()
        interrupted: list[RoundSummary] = []
        resumed: list[Question] = []
        for round_ in await self.repository.quiz.open_rounds():
            running = [
                q
                for q in await self.repository.quiz.open_questions(round_.id)
                if q.closes_at and q.closes_at > now
            ]
            if running:
                resumed.extend(running)
                continue
            ended = await self.repository.quiz.end_round(
                round_.guild_id, round_.id, now, RoundStatus.INTERRUPTED
            )
            if ended is None:  # several processes starting at once: one reports the round
                continue
            summary = await self.round_summary(round_.guild_id, round_.id)
            # The question it closed, so that the front end closes its message too (no reveal post).
            last = None if ended.closing is None else self._reveal(ended.closing)
            interrupted.append(RoundSummary(summary.round, summary.questions, summary.scores, last))
        return Recovery(tuple(interrupted), tuple(resumed))

    async def _round(self, guild_id: int, round_id: int) -> Round:
        round_ = await self.repository.quiz.round(guild_id, round_id)
        if round_ is None:
            raise UserError("quiz_inconnu")
        return round_

    def _reveal(self, closing: Closing) -> Reveal:
        """Complete what storage saw of a close with the paragraph the question comes from."""
        paragraph_id = closing.question.body.paragraph_id
        return Reveal(
            question=closing.question,
            paragraph=self.resolution.get(paragraph_id) if paragraph_id else None,
            counts=closing.counts,
            winners=closing.winners,
            first=closing.first,
            next_question=closing.next_question,
        )
