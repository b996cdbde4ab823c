"""Group study: /quiz, /classement, /progres, /etude and /paragraphe-du-jour, plus their timers.

Thin callbacks: parse the options, await ``StudyService`` (deferring the interaction when the
database is slow: ``deferral.settled``), render with ``StudyReplies`` and send through ``embeds``;
a quiz's channel messages (questions, their edit on close, reveals, scores) go through
``QuizPosts``. A question closes when its time is up, when the last of those who answered the
question before answers it, or on « Révéler »; the database says which caller won each close.
The guided reading's controllers and buttons are ``bot/discord_app/reading.py``'s.
Two background loops poll the database (not in-memory timers), so that a
question whose process restarted, or that another process opened, is still closed on time:
one closes the expired questions and posts each reveal once, the other claims the paragraphs of
the day that are due.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUESTIONS, MAX_QUESTIONS, MAX_THEME_LENGTH, MIN_QUESTIONS
from bot.core.study.models import AnswerOutcome, Question
from bot.core.study.service import StudyService
from bot.core.study.zones import MAX_ZONE_LENGTH
from bot.discord_app.deferral import settled
from bot.discord_app.embeds import edit_reply, send_reply
from bot.discord_app.instrument import OUTCOME_KEY
from bot.discord_app.locale import language_of
from bot.discord_app.options import PARTIES, choices, described, names
from bot.discord_app.quiz_posts import DAILY_PART, QuizPosts, best_effort
from bot.discord_app.reading import ReadingControls
from bot.discord_app.views.study import StudyState, erase_view, question_view
from bot.render.study import StudyReplies

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
# How often each process polls for expired questions and due paragraphs of the day, in seconds:
# a reveal comes at most this late; one indexed query per tick is cheap on both databases.
QUIZ_TICK = 2.0
DAILY_TICK = 30.0
# How long close() waits for a tick, or a study click or /quiz past its first response, to finish
# its database work and posts: each of its operations has a 1.5 s deadline
# (bot/storage/resilience.py), and shutdown must end within 10 s.
TICK_GRACE = 2.5
# A button that edits its own message defers as an update (no "thinking…" message).
_UPDATE: dict[str, bool] = {"ephemeral": False, "thinking": False}
GUILD_INSTALL = app_commands.AppInstallationType(guild=True, user=False)
GUILD_CONTEXT = app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)


class TextChannelOption(app_commands.Transformer):
    """A text or announcement channel, taken from the interaction's resolved data.

    ``discord.TextChannel`` would need the channel cache, which a bot without intents lacks.
    """

    @property
    def type(self) -> discord.AppCommandOptionType:
        """A channel option."""
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        """Only channels a message can be posted in."""
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(self, interaction: Interaction, value: Any, /) -> app_commands.AppCommandChannel:
        """Accept the resolved channel as is (Discord already filtered the types)."""
        if not isinstance(value, app_commands.AppCommandChannel):
            raise UserError("option_invalide")
        return value


def guild_of(interaction: Interaction) -> int:
    """Return the server of an interaction; study data is per server, so DMs are refused."""
    if interaction.guild_id is None or interaction.channel_id is None:
        raise UserError("serveur_seulement")
    return interaction.guild_id


def is_manager(interaction: Interaction) -> bool:
    """Whether the member has Manage Server here (Discord computed it for this interaction)."""
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def is_moderator(interaction: Interaction) -> bool:
    """Whether the member has Manage Messages here: they may reveal or end anyone's quiz."""
    return interaction.guild_id is not None and interaction.permissions.manage_messages


class StudyCog(commands.Cog):
    """Quizzes, leaderboard, progress, guided reading and the paragraph of the day."""

    progres = app_commands.Group(
        **names("progres"),
        allowed_installs=GUILD_INSTALL,
        allowed_contexts=GUILD_CONTEXT,
    )
    etude = app_commands.Group(
        **names("etude"),
        allowed_installs=GUILD_INSTALL,
        allowed_contexts=GUILD_CONTEXT,
    )
    du_jour = app_commands.Group(
        **names("paragraphe-du-jour"),
        allowed_installs=GUILD_INSTALL,
        allowed_contexts=GUILD_CONTEXT,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: StudyBot, study: StudyService, *, timers: bool = True) -> None:
        self.bot = bot
        self.study = study
        # French for the posts no one asked for (the timers); a reply speaks its asker's language.
        self.replies = StudyReplies(bot.replies.renderer, bot.replies.meta)
        self._languages = {lang: StudyReplies(r.renderer, r.meta) for lang, r in bot.languages.items()}
        # Posts no one asked for (the timers' reveals and summaries) stay French.
        self.posts = QuizPosts(bot, study, self.replies)
        self.reading = ReadingControls(bot, study.readings, self.replies_for)
        self.timers = timers
        # Study work that shutdown lets finish before the database closes: timer ticks, and clicks
        # whose work goes on after their first response (posts, the early close of a question).
        self._work: set[asyncio.Task[Any]] = set()

    async def cog_load(self) -> None:
        """Close or resume what a stopped process left open, then start the timers."""
        await self.recover()
        if self.timers:
            self._quiz_timer.start()
            self._daily_timer.start()
        self.bot.study_clicks = self  # the study buttons hand their clicks here (views/study.py)

    async def cog_unload(self) -> None:
        """Stop the timers (also called by the bot's ``close``)."""
        if self.bot.study_clicks is self:
            self.bot.study_clicks = None
        await self.stop_timers()

    async def stop_timers(self) -> None:
        """Cancel both loops; let a tick or a click in progress finish (a cancelled query would be lost)."""
        self._quiz_timer.cancel()
        self._daily_timer.cancel()
        if self._work:
            await asyncio.wait(self._work, timeout=TICK_GRACE)

    @contextlib.contextmanager
    def _in_progress(self) -> Iterator[None]:
        """Count the current task as study work for ``stop_timers``.

        Shutdown waits for interactions until their first response only; a quiz click goes on
        after it (posting, remembering a message), and disposing of the engine under it logged a
        pool error and lost the write.
        """
        task = asyncio.current_task()
        if task is None:  # not in a task: nothing shutdown could wait for
            yield
            return
        self._work.add(task)
        try:
            yield
        finally:
            self._work.discard(task)

    # Commands

    @app_commands.command(**names("quiz"))
    @app_commands.describe(**described("quiz"))
    @app_commands.choices(partie=PARTIES)
    @app_commands.allowed_installs(guilds=True, users=False)
    @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
    async def quiz(
        self,
        interaction: Interaction,
        theme: app_commands.Range[str, 1, MAX_THEME_LENGTH] | None = None,
        questions: app_commands.Range[int, MIN_QUESTIONS, MAX_QUESTIONS] = DEFAULT_QUESTIONS,
        partie: str = "tout",
    ) -> None:
        """Start a round in this channel; its first question comes with answer buttons."""
        guild = guild_of(interaction)
        channel = cast("int", interaction.channel_id)
        started = self.study.start_quiz(guild, channel, interaction.user.id, theme, questions, partie)
        _, question = await settled(interaction, started, ephemeral=False)
        reply = self.replies_for(interaction).quiz_question(question)
        posted = await send_reply(
            interaction, reply, view=question_view(question, with_end=True, lang=language_of(interaction))
        )
        with self._in_progress():
            await best_effort(self.posts.remember(question, posted))

    @app_commands.command(**names("classement"))
    @app_commands.describe(**described("classement"))
    @app_commands.choices(periode=choices("classement", option="periode"))
    @app_commands.allowed_installs(guilds=True, users=False)
    @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
    async def classement(self, interaction: Interaction, periode: str = "tout", prive: bool = False) -> None:
        """Show the server's leaderboard for a period."""
        board = await settled(
            interaction, self.study.leaderboard(guild_of(interaction), periode), ephemeral=prive
        )
        await send_reply(interaction, self.replies_for(interaction).classement(board), ephemeral=prive)

    @progres.command(**names("progres", "voir"))
    async def progres_voir(self, interaction: Interaction) -> None:
        """Show the member their own progress, privately."""
        progress = await settled(
            interaction, self.study.progress(guild_of(interaction), interaction.user.id), ephemeral=True
        )
        await send_reply(interaction, self.replies_for(interaction).progres(progress))

    @progres.command(**names("progres", "effacer"))
    async def progres_effacer(self, interaction: Interaction) -> None:
        """Ask for confirmation, privately, with a button only this member can press."""
        guild_of(interaction)
        reply = self.replies_for(interaction).progres_confirmation()
        await send_reply(interaction, reply, view=erase_view(interaction.user.id, language_of(interaction)))

    @etude.command(**names("etude", "commencer"))
    @app_commands.describe(**described("etude", "commencer"))
    @app_commands.choices(partie=PARTIES)
    async def etude_commencer(
        self,
        interaction: Interaction,
        theme: app_commands.Range[str, 1, MAX_THEME_LENGTH] | None = None,
        partie: str = "tout",
    ) -> None:
        """Start a reading session at its first paragraph, ending the channel's previous one if allowed."""
        await self.reading.start(interaction, guild_of(interaction), theme, partie)

    @etude.command(**names("etude", "reprendre"))
    async def etude_reprendre(self, interaction: Interaction) -> None:
        """Post the channel's unfinished session again, at its current paragraph."""
        await self.reading.resume(interaction, guild_of(interaction))

    @du_jour.command(**names("paragraphe-du-jour", "programmer"))
    @app_commands.describe(**described("paragraphe-du-jour", "programmer"))
    @app_commands.choices(ordre=choices("paragraphe-du-jour", "programmer", option="ordre"))
    async def du_jour_programmer(
        self,
        interaction: Interaction,
        canal: app_commands.Transform[app_commands.AppCommandChannel, TextChannelOption],
        heure: app_commands.Range[int, 0, 23],
        ordre: str = "ordre",
        fuseau: app_commands.Range[str, 1, MAX_ZONE_LENGTH] | None = None,
        prive: bool = False,
    ) -> None:
        """Set the server's paragraph of the day (Manage Server only)."""
        guild = self._managed_guild(interaction)
        setting = self.study.set_daily(guild, canal.id, heure, ordre, fuseau)
        schedule = await settled(interaction, setting, ephemeral=prive)
        reply = self.replies_for(interaction).reglage_du_jour(schedule, self.study.clock())
        await send_reply(interaction, reply, ephemeral=prive)

    @du_jour_programmer.autocomplete("fuseau")
    async def _zones(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in self.study.zone_choices(current)]

    @du_jour.command(**names("paragraphe-du-jour", "arreter"))
    @app_commands.describe(**described("paragraphe-du-jour", "arreter"))
    async def du_jour_arreter(self, interaction: Interaction, prive: bool = False) -> None:
        """Stop the server's paragraph of the day (Manage Server only)."""
        guild = self._managed_guild(interaction)
        await settled(interaction, self.study.stop_daily(guild), ephemeral=prive)
        await send_reply(interaction, self.replies_for(interaction).reglage_du_jour(None), ephemeral=prive)

    def replies_for(self, interaction: Interaction) -> StudyReplies:
        """Return the study replies in the language of the user's client."""
        return self._languages.get(language_of(interaction), self.replies)

    def _managed_guild(self, interaction: Interaction) -> int:
        # default_permissions is only the default: a server can grant the command to anyone.
        guild = guild_of(interaction)
        if not is_manager(interaction):
            raise UserError("gestion_requise")
        return guild

    # Buttons (views/study.py parses the ids and hands the state here)

    async def on_button(self, interaction: Interaction, state: StudyState) -> None:
        """Answer one click on a study button."""
        guild = guild_of(interaction)
        if state.action == "a":
            await self._answer(interaction, guild, state.target, int(state.extra))
        elif state.action == "v":
            await self._reveal(interaction, guild, state.target)
        elif state.action == "t":
            await self._end(interaction, guild, state.target)
        elif state.action == "r":
            await self.reading.click(interaction, guild, state)
        else:
            await self._erase(interaction, guild, state.target)

    async def _answer(self, interaction: Interaction, guild: int, question_id: int, choice: int) -> None:
        async def store() -> tuple[Question, AnswerOutcome]:
            question = await self.study.question(guild, question_id)
            if choice >= len(question.body.choices):
                raise UserError("bouton_invalide")
            return question, await self.study.answer(guild, question_id, interaction.user.id, choice)

        # « enregistrée » only once stored: the reply is built from what the database said.
        question, outcome = await settled(interaction, store(), ephemeral=True)
        if outcome is not AnswerOutcome.ACCEPTED:
            # Answered (« déjà répondu », « trop tard ») but refused: counted as such in the metrics.
            interaction.extras[OUTCOME_KEY] = "user_error"
        await send_reply(
            interaction, self.replies_for(interaction).quiz_vote(outcome, question), ephemeral=True
        )
        if outcome is AnswerOutcome.ACCEPTED:
            # The clicker has their answer; the early close is the channel's business.
            with self._in_progress():
                await best_effort(self._close_if_all_answered(question))

    async def _close_if_all_answered(self, question: Question) -> None:
        reveal = await self.study.close_if_all_answered(question)
        if reveal is not None:
            await self.posts.announce(reveal)

    async def _reveal(self, interaction: Interaction, guild: int, question_id: int) -> None:
        user = interaction.user.id
        revealing = self.study.reveal_now(guild, question_id, user, force=is_moderator(interaction))
        # A refusal (a bystander, the loser of two presses) is a UserError: answered privately.
        reveal = await settled(interaction, revealing, **_UPDATE)
        with self._in_progress():
            await self.posts.announce(reveal, interaction)

    async def _end(self, interaction: Interaction, guild: int, round_id: int) -> None:
        user = interaction.user.id
        ending = self.study.end_round(guild, round_id, user, force=is_moderator(interaction))
        summary = await settled(interaction, ending, **_UPDATE)
        with self._in_progress():
            await self.posts.announce_end(summary, interaction)

    async def _erase(self, interaction: Interaction, guild: int, user_id: int) -> None:
        if user_id != interaction.user.id:
            raise UserError("bouton_reserve")
        erasure = await settled(interaction, self.study.erase_user(guild, user_id), **_UPDATE)
        await edit_reply(interaction, self.replies_for(interaction).progres_efface(erasure), view=None)

    # Timers and start-up

    async def recover(self) -> None:
        """Post the summary of each round a stopped process left with no question running.

        Questions still running need nothing: the quiz timer polls the database and closes them.
        """
        recovery = await self.study.recover()
        for summary in recovery.interrupted:
            if summary.last_reveal is not None:  # its question stays on screen, closed
                daily = summary.round.part == DAILY_PART  # the paragraph of the day keeps its text
                await self.posts.close_on_screen(summary.last_reveal, keep_text=daily)
            await self.posts.post(summary.round.channel_id, self.replies.quiz_fin(summary))
        if recovery.resumed:
            log.info("%d question(s) de quiz reprise(s) au démarrage", len(recovery.resumed))

    async def tick_quiz(self) -> None:
        """Close the expired questions and post what this process won: reveal, next question or end."""
        for reveal in await self.study.close_expired():
            await self.posts.announce(reveal)

    async def tick_daily(self) -> None:
        """Post each paragraph of the day this process claimed, with its one-question quiz."""
        for post in await self.study.claim_due_daily():
            view = question_view(post.question, with_end=False)
            posted = await self.posts.post(
                post.schedule.channel_id, self.replies.paragraphe_du_jour(post), view
            )
            await best_effort(self.posts.remember(post.question, posted, keep_text=True))

    @tasks.loop(seconds=QUIZ_TICK)
    async def _quiz_timer(self) -> None:
        await self._shielded(self.tick_quiz)

    @tasks.loop(seconds=DAILY_TICK)
    async def _daily_timer(self) -> None:
        await self._shielded(self.tick_daily)

    async def _shielded(self, tick: Callable[[], Awaitable[None]]) -> None:
        # Cancelling a loop must not cut a tick between its database write and its post.
        task = asyncio.ensure_future(_survive(tick))
        self._work.add(task)
        task.add_done_callback(self._work.discard)
        await asyncio.shield(task)


async def _survive(tick: Callable[[], Awaitable[None]]) -> None:
    """Run one tick; an error is logged with a code, never allowed to stop the loop for good."""
    try:
        await tick()
    except Exception as error:
        if isinstance(error, UserError) and error.code in {"base_indisponible", "issue_inconnue"}:
            return  # logged by the retry policy, once an outage; the next tick tries again
        log.exception("erreur interne %s dans une boucle d'étude", uuid.uuid4().hex[:8])
