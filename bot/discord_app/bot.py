"""The bot: its intents and options, the wiring of cogs and buttons, and a clean shutdown.

Starting it (endpoints, run, sync, start-up errors) is ``runner.py``; its replies come from
``Replies`` (bot/render/), built once by ``bot/app.py``.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, cast

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.ext import commands
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.study.clock import Clock, system_clock
from bot.core.study.service import StudyService
from bot.discord_app.cogs.errors import ErrorsCog, answer_error
from bot.discord_app.cogs.operations import OperationsCog
from bot.discord_app.cogs.questions import QuestionsCog
from bot.discord_app.cogs.revision import RevisionCog
from bot.discord_app.cogs.study import StudyCog
from bot.discord_app.deferral import AnswerPool
from bot.discord_app.instrument import InteractionTracker
from bot.discord_app.locale import language_of
from bot.discord_app.preflight import DatabaseUnavailableError, describe, unavailable
from bot.discord_app.slash import slash_commands
from bot.discord_app.translations import StudyTranslator
from bot.discord_app.views.navigation import NavButton
from bot.discord_app.views.pages import PageButton, PageSources
from bot.discord_app.views.revision import RevisionButton, RevisionClicks
from bot.discord_app.views.study import StudyButton, StudyClicks
from bot.observability.metrics import Metrics
from bot.observability.server import DatabaseProbe, Health
from bot.render.replies import Replies
from bot.settings import Settings
from bot.storage.database import stored_revisions

# Opens the study database and builds the study service over it (bot.app.App.open_study).
StudyOpener = Callable[[Clock], Awaitable[tuple[StudyService, AsyncEngine]]]

log = logging.getLogger(__name__)

# On SIGTERM, how long in-flight interactions get to be answered before the HTTP session closes.
SHUTDOWN_GRACE = 5.0
# Then how long closing the database's connections may take: a hung server never answers the
# goodbye, and Docker kills at 10 s. Past it the connections are dropped, not closed.
DISPOSE_GRACE = 1.0


class StudyBot(commands.AutoShardedBot):
    """The study bot: slash commands and mentions, no privileged intent, pings impossible."""

    def __init__(
        self,
        settings: Settings,
        replies: Replies,
        *,
        open_study: StudyOpener,
        languages: Mapping[str, Replies] | None = None,
        clock: Clock = system_clock,
        study_timers: bool = True,
    ) -> None:
        # A text-only bot: no voice, so no warning about voice libraries at every start.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        metrics = Metrics()
        tracker = InteractionTracker(metrics)
        super().__init__(
            http_trace=tracker.trace_config(),  # counts every interaction's first response
            # No prefix commands: a mention is a question (cogs/questions.py), never a command.
            command_prefix=(),
            help_command=None,
            # Interactions arrive without any intent; messages that mention the bot need these two
            # (not privileged: Discord gives the content of a message that mentions the bot).
            intents=discord.Intents(guild_messages=True, dm_messages=True),
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=settings.shard_count,
            # discord.py accepts None (all shards) although its stubs say list[int].
            shard_ids=cast("list[int]", settings.shard_ids),
            # User-installable: usable in servers, DMs with the bot and private channels.
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            allowed_contexts=app_commands.AppCommandContext(
                guild=True, dm_channel=True, private_channel=True
            ),
            enable_debug_events=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
            chunk_guilds_at_startup=False,
            max_messages=None,
        )
        self.settings = settings
        # French (the default, and the language of posts no one asked for: timers, mentions)...
        self.replies = replies
        # ...and every language a client may ask for (``replies_for``).
        self.languages = dict(languages or {})
        self.metrics, self.tracker = metrics, tracker
        self.health = Health(database=DatabaseProbe(self.database_answers))
        # Questions and searches are answered in these threads, not on the event loop.
        self.answers = AnswerPool()
        # The options of long replies whose pages a button id cannot carry (views/pages.py).
        self.page_sources = PageSources()
        self._frozen = False
        # Study storage, opened in setup_hook through the composition root (bot/app.py); tests
        # inject a clock and tick the timers by hand.
        self._open = open_study
        self._clock = clock
        self._study_timers = study_timers
        self._study_engine: AsyncEngine | None = None
        self._closing: asyncio.Future[None] | None = None
        # Set by the study and revision cogs while loaded: their buttons cannot import them.
        self.study_clicks: StudyClicks | None = None
        self.revision_clicks: RevisionClicks | None = None

    def replies_for(self, interaction: discord.Interaction[Any]) -> Replies:
        """Return the replies in the language of the user's client (French when it is not English)."""
        return self.languages.get(language_of(interaction), self.replies)

    async def setup_hook(self) -> None:
        """Add the cogs, the translator and the stateless buttons (no sync: see ``sync``)."""
        await self.tree.set_translator(StudyTranslator())
        await self.add_cog(ErrorsCog(self))
        for command in slash_commands(self):
            self.tree.add_command(command)
        await self.add_cog(QuestionsCog(self))
        await self.add_cog(OperationsCog(self))
        self.add_dynamic_items(NavButton, PageButton)
        study = await self._open_study()
        await self.add_cog(StudyCog(self, study, timers=self._study_timers))
        await self.add_cog(RevisionCog(self, study, timers=self._study_timers))
        self.add_dynamic_items(StudyButton, RevisionButton)
        # Every language's templates, compiled before the session opens rather than on a member's
        # first reply (about a second the first time on a machine, then read from jinja2's cache).
        renderers = {id(r.renderer): r.renderer for r in (self.replies, *self.languages.values())}
        for renderer in renderers.values():
            await asyncio.to_thread(renderer.warm)

    async def _open_study(self) -> StudyService:
        """Open (and migrate) the study database; failing that, a ``DatabaseUnavailableError``."""
        url = self.settings.study_database_url
        try:
            study, self._study_engine = await self._open(self._clock)
        except ValueError as error:  # an unsupported scheme, from normalise_url
            raise DatabaseUnavailableError(describe(url), bad_url=True) from error
        except Exception as error:  # unreachable, refused credentials, read-only, incomplete schema
            raise unavailable(url, error) from error
        return study

    async def database_answers(self) -> bool:
        """Whether the study database answers a read of its schema version (``/ready``)."""
        engine = self._study_engine
        return engine is not None and await stored_revisions(engine) is not None

    async def close(self) -> None:
        """Stop the study timers, release the database, then close the gateway and HTTP.

        Called twice on SIGTERM (the signal handler, then ``async with``): both wait for one
        shutdown, so the database is never disposed of halfway when the event loop ends.
        """
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._shut_down())
        await asyncio.shield(self._closing)

    async def _shut_down(self) -> None:
        for cog in (self.get_cog(StudyCog.__cog_name__), self.get_cog(RevisionCog.__cog_name__)):
            if isinstance(cog, StudyCog | RevisionCog):
                await cog.stop_timers()
        # Before super().close(): once the client is marked closed, ``start`` returns and the
        # event loop may end, cutting a disposal still in progress.
        if self._study_engine is not None:
            await _dispose(self._study_engine)
            self._study_engine = None
        await super().close()
        self.answers.close()

    async def on_connect(self) -> None:
        """Freeze the start-up objects (corpus, index, templates) out of the garbage collector's scans."""
        # Long-lived objects otherwise get re-scanned by every full collection, a pause that
        # lands on whichever interaction is being answered (gc.freeze, CPython docs). Once: a
        # reconnect must not freeze the garbage of the session before it.
        if not self._frozen:
            gc.freeze()
            self._frozen = True
            await self._pin_gateway()

    async def _pin_gateway(self) -> None:
        # After an INVALID_SESSION, discord.py re-identifies at DiscordWebSocket.DEFAULT_GATEWAY
        # (Discord's own), not at the URL GET /gateway/bot gave: behind a proxy or a stand-in
        # that would leave it. Pin the proxied URL unless DISCORD_GATEWAY_URL already did.
        if self.settings.discord_api_base_url and not self.settings.discord_gateway_url:
            try:
                _, url, *_ = await self.http.get_bot_gateway()
            except (aiohttp.ClientError, OSError, discord.HTTPException):
                log.warning("URL du gateway introuvable : définissez DISCORD_GATEWAY_URL", exc_info=True)
                return
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)

    async def on_ready(self) -> None:
        """Log that the gateway session is up (never the token); load the question ranker."""
        log.info("connecté comme %s (%s), shards %s", self.user, self.application_id, self.shard_ids)
        # The question route's paragraph ranker (a child process trains it, about three seconds,
        # unless DATA_DIR/cache holds it): off the event loop, once the session is up, rather than
        # on a member's first question; the question routes' patterns alike (about 2 s).
        # Reconnections find them loaded.
        self.replies.warm_in_background()

    async def answer_error(self, interaction: discord.Interaction[Any], error: Exception) -> None:
        """Answer any error in the user's language, once, privately; see ``ErrorsCog``."""
        await answer_error(self.replies_for(interaction).renderer, interaction, error)

    async def shutdown(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Close the gateway, let in-flight interactions be answered (up to ``grace`` s), then close."""
        for shard in self.shards.values():
            await shard.disconnect()  # no new interactions; the HTTP session stays open
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self.tracker.in_flight and loop.time() < deadline:
            await asyncio.sleep(0.05)
        if self.tracker.in_flight:
            log.warning("arrêt : %d interactions sans réponse", self.tracker.in_flight)
        # A handler may still be working after its answer (a notice read from the database):
        # disposing of the database under it would cut its transaction halfway.
        running = _handlers()
        if running:
            await asyncio.wait(running, timeout=max(0.0, deadline - loop.time()))
        await self.close()


# The tasks discord.py runs handlers in: commands, buttons and menus, and gateway events.
_HANDLER_TASKS = ("CommandTree-invoker", "discord-ui-view-dispatch-", "discord.py: on_")


def _handlers() -> set[asyncio.Task[Any]]:
    """The handler tasks still running, apart from the one asking."""
    current = asyncio.current_task()
    return {
        task
        for task in asyncio.all_tasks()
        if task is not current and not task.done() and task.get_name().startswith(_HANDLER_TASKS)
    }


async def _dispose(engine: AsyncEngine) -> None:
    """Close the engine's connections, or drop them after ``DISPOSE_GRACE`` (a hung server)."""
    task = asyncio.ensure_future(engine.dispose())
    done, _ = await asyncio.wait({task}, timeout=DISPOSE_GRACE)
    if not done:
        # Cancelled twice: SQLAlchemy's graceful close is shielded and gives up only when cancelled again.
        for _ in range(2):
            task.cancel()
            await asyncio.wait({task}, timeout=0.1)
        log.warning(
            "arrêt : la base d'étude ne répond pas, connexions abandonnées après %.0f s", DISPOSE_GRACE
        )
    if task.done() and not task.cancelled() and task.exception() is not None:
        log.warning("arrêt : fermeture de la base d'étude en échec (%s)", type(task.exception()).__name__)
