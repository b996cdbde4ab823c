"""The bot: wiring of the cogs, the buttons and the shared replies, plus ``run`` and ``sync``."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import gc
import logging
import re
import signal
import tempfile
from pathlib import Path
from typing import Any, cast

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.ext import commands
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.service import DEFAULT_LIMIT, MAX_LIMIT
from bot.core.study.clock import Clock, system_clock
from bot.core.study.service import StudyService
from bot.discord_app.instrument import InteractionTracker
from bot.discord_app.preflight import DatabaseUnavailableError, describe
from bot.observability.metrics import Metrics
from bot.observability.server import Health, OpsServer
from bot.render.replies import Replies
from bot.render.reply import Reply
from bot.settings import Settings

log = logging.getLogger(__name__)

_VERSIONED = re.compile(r"/v\d+/?$")
API_VERSION_PATH = "/v10"
REPLY_CACHE = 1024
# On SIGTERM, how long in-flight interactions get to be answered before the HTTP session closes.
SHUTDOWN_GRACE = 5.0


def configure_endpoints(api_base_url: str | None, gateway_url: str | None) -> None:
    """Point discord.py at a proxy or a stand-in for Discord's HTTP API and gateway.

    ``api_base_url`` replaces ``https://discord.com/api`` (``/v10`` is added unless a version is
    given). discord.py reads both as class attributes, so this is process-wide, as it should be:
    one process runs one bot.
    """
    if api_base_url:
        base = api_base_url.rstrip("/")
        discord.http.Route.BASE = base if _VERSIONED.search(base) else base + API_VERSION_PATH
    if gateway_url:
        # Used when SHARD_COUNT is set (discord.py then skips GET /gateway/bot, which names the URL).
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


class TokenRefusedError(Exception):
    """Discord refused ``DISCORD_TOKEN`` (the message never contains it)."""


class DiscordUnreachableError(Exception):
    """The API could not be reached at start-up (network, DNS, proxy); the message says which."""


# One error for a study database that cannot be opened, whether the pre-flight check or
# setup_hook finds it: the command line explains both the same way.
StudyDatabaseError = DatabaseUnavailableError


class StudyBot(commands.AutoShardedBot):
    """The study bot: slash commands and mentions, no privileged intent, pings impossible."""

    def __init__(
        self,
        settings: Settings,
        replies: Replies,
        *,
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
        self.replies = replies
        self.metrics, self.tracker, self.health = metrics, tracker, Health()
        self._cache_replies()
        self._frozen = False
        # Study storage, opened in setup_hook; tests inject a clock and tick the timers by hand.
        self._clock = clock
        self._study_timers = study_timers
        self._study_engine: AsyncEngine | None = None
        self._closing: asyncio.Future[None] | None = None

    async def setup_hook(self) -> None:
        """Add the cogs, the translator and the stateless buttons (no sync: see ``sync``)."""
        from bot.discord_app.cogs.errors import ErrorsCog
        from bot.discord_app.cogs.operations import OperationsCog
        from bot.discord_app.cogs.questions import QuestionsCog
        from bot.discord_app.cogs.resolution import ResolutionCog
        from bot.discord_app.cogs.study import StudyCog
        from bot.discord_app.translations import StudyTranslator
        from bot.discord_app.views.navigation import NavButton
        from bot.discord_app.views.study import StudyButton

        await self.tree.set_translator(StudyTranslator())
        await self.add_cog(ErrorsCog(self))
        await self.add_cog(ResolutionCog(self))
        await self.add_cog(QuestionsCog(self))
        await self.add_cog(OperationsCog(self))
        self.add_dynamic_items(NavButton)
        study = await self._open_study()
        await self.add_cog(StudyCog(self, study, timers=self._study_timers))
        self.add_dynamic_items(StudyButton)

    async def _open_study(self) -> StudyService:
        """Open (and migrate) the study database; failing that, a ``StudyDatabaseError``."""
        url = self.settings.study_database_url
        try:
            study, self._study_engine = await StudyService.open(self.replies.service, url, self._clock)
        except ValueError as error:  # an unsupported scheme, from normalise_url
            raise StudyDatabaseError(describe(url), bad_url=True) from error
        except Exception as error:  # unreachable server, bad credentials, unwritable directory
            raise StudyDatabaseError(describe(url), bad_url=False) from error
        return study

    async def close(self) -> None:
        """Stop the study timers, release the database, then close the gateway and HTTP.

        Called twice on SIGTERM (the signal handler, then ``async with``): both wait for one
        shutdown, so the database is never disposed of halfway when the event loop ends.
        """
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._shut_down())
        await asyncio.shield(self._closing)

    async def _shut_down(self) -> None:
        from bot.discord_app.cogs.study import StudyCog

        cog = self.get_cog(StudyCog.__cog_name__)
        if isinstance(cog, StudyCog):
            await cog.stop_timers()
        # Before super().close(): once the client is marked closed, ``start`` returns and the
        # event loop may end, cutting a disposal still in progress.
        if self._study_engine is not None:
            await self._study_engine.dispose()
            self._study_engine = None
        await super().close()

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
        """Log that the gateway session is up (never the token)."""
        log.info("connecté comme %s (%s), shards %s", self.user, self.application_id, self.shard_ids)

    async def answer_error(self, interaction: discord.Interaction[Any], error: Exception) -> None:
        """Answer any error in French, once; see ``ErrorsCog``."""
        from bot.discord_app.cogs.errors import answer_error

        await answer_error(self.replies.renderer, interaction, error)

    def claims(self, interaction: discord.Interaction[Any], custom_id: str) -> bool:
        """Whether a button or a view registered with discord.py handles this component click."""
        # discord.py discards an unclaimed click silently; its view store is the only record of
        # what is claimed (private, hence the guard: on doubt, assume claimed, never answer twice).
        # A dynamic item also needs the id on the clicked message (else discord.py drops the click).
        try:
            store = self._connection._view_store
            on_message = custom_id in _custom_ids(interaction.message)
            if on_message and any(pattern.fullmatch(custom_id) for pattern in store._dynamic_items):
                return True
            return any(key[1] == custom_id for items in store._views.values() for key in items)
        except AttributeError:
            return True

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
        await self.close()

    def search_page(self, query: str, part: str, page: int) -> tuple[Reply, bool]:
        """Return one page of search results and whether a next page exists."""
        # Pages stop where the core's result limit does (MAX_LIMIT hits).
        return self._search_page(query, part, min(page, MAX_LIMIT // DEFAULT_LIMIT))

    def quote(self, reference: str) -> Reply:
        """Return the reply quoting ``reference`` (cached: the text never changes)."""
        return self._quote(reference)

    def _cache_replies(self) -> None:
        # The corpus is immutable and a Reply is frozen: the same input always renders the same
        # reply, so popular paragraphs and queries skip the search and the templates. Errors are
        # not cached (lru_cache does not store exceptions).
        self._quote = functools.lru_cache(maxsize=REPLY_CACHE)(self.replies.paragraphe)
        self._search_page = functools.lru_cache(maxsize=REPLY_CACHE)(
            lambda query, part, page: self.replies.cherche_page(query, part=part, page=page)
        )


def _custom_ids(message: discord.Message | None) -> set[str]:
    """The custom ids of a message's components, nested ones included."""
    found: set[str] = set()
    stack: list[Any] = list(message.components) if message is not None else []
    while stack:
        component = stack.pop()
        if custom_id := getattr(component, "custom_id", None):
            found.add(custom_id)
        stack.extend(getattr(component, "children", None) or [])
        stack.extend(getattr(component, "components", None) or [])
    return found


def build(settings: Settings, replies: Replies, *, study_timers: bool = True) -> StudyBot:
    """Return a bot pointed at the configured endpoints."""
    configure_endpoints(settings.discord_api_base_url, settings.discord_gateway_url)
    return StudyBot(settings, replies, study_timers=study_timers)


async def run(settings: Settings, replies: Replies) -> None:
    """Connect to the gateway and answer until SIGTERM or SIGINT, then close cleanly."""
    assert settings.discord_token is not None  # noqa: S101 -- the CLI checks it first
    from bot.discord_app.preflight import check_database

    await check_database(settings.study_database_url)
    bot = build(settings, replies)
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task[None]] = []

    def stop() -> None:
        if not stopping:  # a second signal while stopping does not start a second shutdown
            stopping.append(loop.create_task(bot.shutdown()))

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop)
    ops = await start_ops_server(settings, bot)
    try:
        async with bot:
            try:
                await bot.start(settings.discord_token.get_secret_value(), reconnect=True)
            except discord.LoginFailure:
                raise TokenRefusedError from None
            except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as error:
                # Only start-up gets here: once connected, discord.py reconnects on its own.
                raise DiscordUnreachableError(discord.http.Route.BASE) from error
            if stopping:
                await stopping[0]
    finally:
        if ops is not None:
            await ops.stop()
    log.info("déconnecté proprement")


async def start_ops_server(settings: Settings, bot: StudyBot) -> OpsServer | None:
    """Serve /health and /metrics on METRICS_PORT, in the bot's event loop (nothing when unset)."""
    if settings.metrics_port is None:
        return None
    server = OpsServer(bot.metrics, bot.health, port=settings.metrics_port)
    port = await server.start()
    log.info("métriques et santé sur le port %d (/metrics, /health)", port)
    return server


async def sync(settings: Settings, replies: Replies, guild_id: int | None) -> list[str]:
    """Register the slash commands globally, or in one guild (instant, for development).

    Uses HTTP only (no gateway session). Returns the names Discord now knows.
    """
    assert settings.discord_token is not None  # noqa: S101 -- the CLI checks it first
    # Registering commands reads no study data: a scratch database lets sync run from a machine
    # that cannot reach DATABASE_URL, and never touches the real one.
    with tempfile.TemporaryDirectory(prefix="resolution-sync-") as scratch:
        scratch_url = StudyService.default_url(Path(scratch))
        bot = build(dataclasses.replace(settings, database_url=scratch_url), replies, study_timers=False)
        return await _sync(bot, settings.discord_token.get_secret_value(), guild_id)


async def _sync(bot: StudyBot, token: str, guild_id: int | None) -> list[str]:
    async with bot:
        try:
            await bot.login(token)
        except discord.LoginFailure:
            raise TokenRefusedError from None
        except (aiohttp.ClientError, OSError) as error:
            raise DiscordUnreachableError(discord.http.Route.BASE) from error
        guild = discord.Object(id=guild_id) if guild_id else None
        if guild is not None:
            bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
    return [command.name for command in synced]
