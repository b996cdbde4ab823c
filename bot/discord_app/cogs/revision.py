"""``/revision``: spaced repetition, always private, plus its daily reminder loop.

Thin callbacks: parse the options, await ``RevisionService`` (deferring when the database is slow),
render with ``RevisionReplies`` and send. The buttons (views/revision.py) hand their clicks here.
The reminder loop polls the database every minute; each reminder is claimed by one process, and a
member whose private messages refuse one is not written to again (they are told once, privately,
at their next ``/revision``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.core.errors import UserError
from bot.core.study.revision import RevisionService
from bot.core.study.revision_models import SessionMode
from bot.core.study.service import StudyService
from bot.discord_app.cogs.study import GUILD_CONTEXT, GUILD_INSTALL, guild_of
from bot.discord_app.deferral import settled, within_window
from bot.discord_app.embeds import edit_reply, send_reply, send_to_channel
from bot.discord_app.locale import language_of
from bot.discord_app.options import described, names
from bot.discord_app.views.revision import ERASE, GRADE, SHOW, RevisionState, card_view, erase_view
from bot.render.reply import Reply
from bot.render.revision import RevisionReplies

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
# Reminders are due at a whole hour: a minute's polling is precise enough, one query a tick.
REMINDER_TICK = 60.0
TICK_GRACE = 2.5  # as the study timers: a tick in progress may finish its database work at shutdown
# A button that edits its own (ephemeral) message defers as an update.
_UPDATE: dict[str, bool] = {"ephemeral": True, "thinking": False}


class RevisionCog(commands.Cog):
    """``/revision commencer``, ``reviser-tout``, ``stats``, ``export``, ``effacer``, ``rappel``."""

    revision = app_commands.Group(
        **names("revision"), allowed_installs=GUILD_INSTALL, allowed_contexts=GUILD_CONTEXT
    )

    def __init__(self, bot: StudyBot, study: StudyService, *, timers: bool = True) -> None:
        self.bot = bot
        # The study storage and clock, for the revision's own use cases.
        self.service = RevisionService(study.resolution, study.repository, study.clock)
        # French: the daily reminder's private message, which answers no interaction (no locale).
        self.replies = RevisionReplies(bot.replies.renderer, bot.replies.meta)
        self._by_language = {
            lang: RevisionReplies(replies.renderer, replies.meta) for lang, replies in bot.languages.items()
        }
        self.timers = timers
        self._ticks: set[asyncio.Future[None]] = set()
        self._warming: asyncio.Future[None] | None = None

    async def cog_load(self) -> None:
        """Build the deck in a thread (no click waits for it), start the reminders, take the clicks."""
        self._warming = asyncio.ensure_future(asyncio.to_thread(self.service.warm))
        if self.timers:
            self._reminders.start()
        self.bot.revision_clicks = self

    async def cog_unload(self) -> None:
        """Stop the reminder loop (also called by the bot's ``close``)."""
        if self.bot.revision_clicks is self:
            self.bot.revision_clicks = None
        await self.stop_timers()

    async def stop_timers(self) -> None:
        """Cancel the reminder loop and let a tick in progress finish."""
        self._reminders.cancel()
        pending = {t for t in (*self._ticks, self._warming) if t is not None}
        if pending:
            await asyncio.wait(pending, timeout=TICK_GRACE)

    def replies_for(self, interaction: Interaction) -> RevisionReplies:
        """The revision replies in the language of the member's client (French unless it is English)."""
        return self._by_language.get(language_of(interaction), self.replies)

    # Commands

    @revision.command(**names("revision", "commencer"))
    async def commencer(self, interaction: Interaction) -> None:
        """Show the first due card, privately, with « Voir la réponse »."""
        await self._start(interaction, SessionMode.DUE)

    @revision.command(**names("revision", "reviser-tout"))
    async def reviser_tout(self, interaction: Interaction) -> None:
        """Go through every card, privately, without changing the schedule."""
        await self._start(interaction, SessionMode.CRAM)

    async def _start(self, interaction: Interaction, mode: SessionMode) -> None:
        guild = guild_of(interaction)
        started = self.service.start(guild, interaction.user.id, mode)
        view = await settled(interaction, started, ephemeral=True)
        await send_reply(
            interaction,
            self.replies_for(interaction).card(view),
            view=card_view(view, language_of(interaction)),
        )
        await self._notice(interaction, guild)

    @revision.command(**names("revision", "stats"))
    async def stats(self, interaction: Interaction) -> None:
        """Show the member's revision figures, privately."""
        guild = guild_of(interaction)
        figures = await settled(interaction, self.service.stats(guild, interaction.user.id), ephemeral=True)
        await send_reply(interaction, self.replies_for(interaction).stats(figures))
        await self._notice(interaction, guild)

    @revision.command(**names("revision", "export"))
    @app_commands.describe(**described("revision", "export"))
    async def export(self, interaction: Interaction, toutes: bool = False) -> None:
        """Attach the member's cards as an Anki package, privately."""
        guild = guild_of(interaction)
        cards = await settled(
            interaction, self.service.export(guild, interaction.user.id, everything=toutes), ephemeral=True
        )
        now = self.service.clock()
        # genanki writes a SQLite file and a zip: in a thread, deferred past a second.
        reply = await within_window(
            interaction,
            lambda: self.replies_for(interaction).export(cards, now, everything=toutes),
            ephemeral=True,
        )
        await send_reply(interaction, reply)

    @revision.command(**names("revision", "effacer"))
    async def effacer(self, interaction: Interaction) -> None:
        """Ask for confirmation, privately, with a button only this member can press."""
        guild_of(interaction)
        await send_reply(
            interaction,
            self.replies_for(interaction).confirmation(),
            view=erase_view(interaction.user.id, language_of(interaction)),
        )

    @revision.command(**names("revision", "rappel"))
    @app_commands.describe(**described("revision", "rappel"))
    async def rappel(
        self,
        interaction: Interaction,
        heure: app_commands.Range[int, 0, 23] | None = None,
        fuseau: app_commands.Range[str, 1, 64] | None = None,
        arreter: bool = False,
    ) -> None:
        """Set, stop or show the daily reminder (``fuseau`` alone sets the time zone); confirmed by DM."""
        guild, user = guild_of(interaction), interaction.user.id
        if arreter:
            settings = await settled(interaction, self.service.stop_reminder(guild, user), ephemeral=True)
        elif heure is None and fuseau:
            settings = await settled(
                interaction, self.service.set_timezone(guild, user, fuseau), ephemeral=True
            )
        elif heure is None:
            settings = await settled(interaction, self.service.settings(guild, user), ephemeral=True)
        else:
            setting = self.service.set_reminder(guild, user, heure, fuseau, interaction.channel_id)
            settings = await settled(interaction, setting, ephemeral=True)
            if not await self._write(user, self.replies_for(interaction).reminder(settings)):
                await self.service.dm_refused(guild, user, told=True)
                await send_reply(interaction, self.replies_for(interaction).reminder(settings, refused=True))
                return
        await send_reply(interaction, self.replies_for(interaction).reminder(settings))

    @rappel.autocomplete("fuseau")
    async def _zones(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in self.service.zone_choices(current)]

    async def _notice(self, interaction: Interaction, guild: int) -> None:
        """Tell the member, once, that a reminder bounced off their closed private messages."""
        try:
            if await self.service.refusal_notice(guild, interaction.user.id):
                await send_reply(interaction, self.replies_for(interaction).refusal())
        except UserError:
            return  # the database went away after answering: the notice waits for the next time

    # Buttons (views/revision.py parses the ids and hands the state here)

    async def on_button(self, interaction: Interaction, state: RevisionState) -> None:
        """Answer one click: show the answer, record a grade, or erase after confirmation."""
        guild, user = guild_of(interaction), interaction.user.id
        if state.action == ERASE:
            if state.target != user:
                raise UserError("bouton_reserve")
            erasure = await settled(interaction, self.service.erase(guild, user), **_UPDATE)
            await edit_reply(interaction, self.replies_for(interaction).erased(erasure), view=None)
            return
        if state.action == SHOW:
            work = self.service.show(guild, user, state.target, state.step)
        elif state.action == GRADE and state.grade is not None:
            work = self.service.grade(guild, user, state.target, state.step, state.grade)
        else:
            raise UserError("bouton_invalide")
        view = await settled(interaction, work, **_UPDATE)
        await edit_reply(
            interaction,
            self.replies_for(interaction).card(view),
            view=card_view(view, language_of(interaction)),
        )

    # Reminders

    async def tick_reminders(self) -> None:
        """Send each reminder this process claimed; a refused private message stops that member's."""
        for reminder in await self.service.claim_reminders():
            if not await self._write(reminder.user_id, self.replies.reminder_message(reminder)):
                await self.service.dm_refused(reminder.guild_id, reminder.user_id, told=False)

    async def _write(self, user_id: int, reply: Reply) -> bool:
        """Send a private message; ``False`` when the member's private messages refuse it."""
        try:
            channel = await self.bot.create_dm(discord.Object(id=user_id))
            await send_to_channel(channel, reply)
        except discord.Forbidden:
            return False
        except discord.HTTPException as error:
            # Not a refusal (a 5xx, a rate limit given up): tomorrow's reminder tries again.
            log.warning("rappel de révision non envoyé : %s", error.status)
        return True

    @tasks.loop(seconds=REMINDER_TICK)
    async def _reminders(self) -> None:
        task = asyncio.ensure_future(self._tick())
        self._ticks.add(task)
        task.add_done_callback(self._ticks.discard)
        await asyncio.shield(task)  # cancelling the loop must not cut a claim from its message

    async def _tick(self) -> None:
        """One tick; an error is logged, never allowed to stop the loop for good."""
        try:
            await self.tick_reminders()
        except Exception as error:
            if isinstance(error, UserError) and error.code in {"base_indisponible", "issue_inconnue"}:
                return  # logged by the retry policy, once an outage; the next tick tries again
            log.exception("erreur interne dans la boucle des rappels de révision")
