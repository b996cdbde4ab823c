"""Start the bot: point discord.py at its endpoints, run until a signal, or sync the commands.

Start-up failures become errors the command line explains in French: a refused token, an
unreachable API, a study database that cannot be opened, and a METRICS_PORT it cannot listen on.
"""

from __future__ import annotations

import asyncio
import dataclasses
import errno
import logging
import re
import signal
import sys
import tempfile
from pathlib import Path

import aiohttp
import discord
import yarl

from bot.app import App
from bot.discord_app.bot import StudyBot
from bot.discord_app.deferral import SWITCH_INTERVAL
from bot.discord_app.preflight import check_database
from bot.observability.server import OpsServer
from bot.settings import Settings

log = logging.getLogger(__name__)

_VERSIONED = re.compile(r"/v\d+/?$")
API_VERSION_PATH = "/v10"


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


class MetricsPortError(Exception):
    """The operations endpoint cannot listen on METRICS_PORT; ``reason`` says why, in French."""

    def __init__(self, port: int, reason: str) -> None:
        super().__init__(f"{port} : {reason}")
        self.port = port
        self.reason = reason


def _bind_failure(error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return "port déjà utilisé"
    if error.errno == errno.EACCES:
        return "permission refusée (sous 1024, un port demande des droits)"
    return f"écoute impossible ({error.strerror or type(error).__name__})"


def build(app: App, *, study_timers: bool = True) -> StudyBot:
    """Return a bot pointed at the configured endpoints, with Discord markdown replies."""
    settings = app.settings
    configure_endpoints(settings.discord_api_base_url, settings.discord_gateway_url)
    replies = app.replies_for(markup=True)
    return StudyBot(
        settings,
        replies,
        open_study=app.open_study,
        languages=app.languages(markup=True),
        study_timers=study_timers,
    )


async def run(app: App) -> None:
    """Connect to the gateway and answer until SIGTERM or SIGINT, then close cleanly."""
    settings = app.settings
    assert settings.discord_token is not None  # noqa: S101 -- the CLI checks it first
    await check_database(settings.study_database_url)
    sys.setswitchinterval(SWITCH_INTERVAL)  # the event loop waits less for the answer threads
    bot = build(app)
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
    """Serve /health, /ready and /metrics on METRICS_PORT, in the bot's event loop (nothing when unset)."""
    if settings.metrics_port is None:
        return None
    server = OpsServer(bot.metrics, bot.health, port=settings.metrics_port)
    try:
        port = await server.start()
    except OSError as error:
        await server.stop()  # the runner was set up: release it, or aiohttp warns at exit
        raise MetricsPortError(settings.metrics_port, _bind_failure(error)) from None
    log.info("métriques et santé sur le port %d (/metrics, /health, /ready)", port)
    return server


async def sync(app: App, guild_id: int | None) -> list[str]:
    """Register the slash commands globally, or in one guild (instant, for development).

    Uses HTTP only (no gateway session). Returns the names Discord now knows.
    """
    settings = app.settings
    assert settings.discord_token is not None  # noqa: S101 -- the CLI checks it first
    # Registering commands reads no study data: a scratch database lets sync run from a machine
    # that cannot reach DATABASE_URL, and never touches the real one.
    with tempfile.TemporaryDirectory(prefix="resolution-sync-") as scratch:
        scratch_settings = dataclasses.replace(settings, data_dir=Path(scratch), database_url=None)
        scratch_app = App(scratch_settings, service=app.service)
        bot = build(scratch_app, study_timers=False)
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
