"""Drive the real bot through discord.py's own dispatch, recording what it would send to Discord.

STYLE.md section 5.3. The bot is built as in production (``StudyBot`` + ``setup_hook``) but never
logs in; gateway-shaped INTERACTION_CREATE payloads go through ``ConnectionState.parse_interaction_create``
(the gateway parser: command tree, autocomplete, dynamic buttons, error handler) and every webhook
request (interaction callbacks, follow-ups) lands in a recording ``AsyncWebhookAdapter``.
MESSAGE_CREATE payloads go through ``parse_message_create`` (the ``on_message`` listeners); the bot's
own API requests (``POST /channels/…/messages``) are recorded by replacing ``HTTPClient.request``.
The private seams of discord.py (``async_context``, ``_connection``) stay in this one file.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.webhook import async_ as webhook_async

from bot.cli import App
from bot.discord_app.client import StudyBot
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.settings import Settings
from tests import discord_payloads as p


@dataclass
class Request:
    """One HTTP request the bot made: method, path (with ids), JSON body and uploaded file names."""

    method: str
    path: str
    body: dict[str, Any]
    files: list[str] = field(default_factory=list)


class Recorder(webhook_async.AsyncWebhookAdapter):
    """Record webhook requests and answer them as Discord would (the created message)."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[Request] = []

    async def request(self, route: Any, session: Any, **kwargs: Any) -> Any:
        body = kwargs.get("payload")
        if body is None and kwargs.get("multipart"):
            body = discord.utils._from_json(kwargs["multipart"][0]["value"])
        files = [f.filename for f in kwargs.get("files") or []]
        path = route.url.removeprefix(discord.http.Route.BASE)
        self.requests.append(Request(route.method, path, body or {}, files))
        if path.endswith("/callback"):
            kind = (body or {}).get("type")
            message = p.message_from((body or {}).get("data") or {}) if kind in (4, 7) else None
            return p.callback_response(str(route.webhook_id), body or {}, message)
        if route.method == "POST":
            return p.message_from(body or {})
        return {}

    async def http_request(self, route: Any, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
        """Stand in for ``HTTPClient.request``: record the bot's own API calls, answer as Discord."""
        body = kwargs.get("json")
        if body is None and form:
            body = discord.utils._from_json(next(f["value"] for f in form if f["name"] == "payload_json"))
        names = [f.filename for f in files or []]
        path = route.url.removeprefix(discord.http.Route.BASE)
        self.requests.append(Request(route.method, path, body or {}, names))
        if route.method == "POST" and path.endswith("/messages"):
            return p.message_from(body or {})
        return {}


class Harness:
    """A bot that answers payloads in-process."""

    def __init__(self, bot: StudyBot, recorder: Recorder) -> None:
        self.bot = bot
        self.recorder = recorder

    async def send(self, payload: dict[str, Any]) -> list[Request]:
        """Dispatch one INTERACTION_CREATE and return the requests it caused, once all work is done."""
        return await self._dispatch(self.bot._connection.parse_interaction_create, payload)

    async def message(self, payload: dict[str, Any]) -> list[Request]:
        """Dispatch one MESSAGE_CREATE and return the requests it caused, once all work is done."""
        return await self._dispatch(self.bot._connection.parse_message_create, payload)

    async def _dispatch(self, parse: Any, payload: dict[str, Any]) -> list[Request]:
        start = len(self.recorder.requests)
        token = webhook_async.async_context.set(self.recorder)
        try:
            before = asyncio.all_tasks()
            parse(payload)
            while pending := {t for t in asyncio.all_tasks() - before if _is_work(t)} - {
                asyncio.current_task()
            }:
                await asyncio.wait(pending, timeout=30)
        finally:
            webhook_async.async_context.reset(token)
        return self.recorder.requests[start:]


def _is_work(task: asyncio.Task[Any]) -> bool:
    """Whether a task is part of answering; a view's 15-minute expiry timer (ephemeral replies) is not."""
    return not task.done() and "timeout_task_impl" not in task.get_coro().__qualname__  # type: ignore[union-attr]


def discord_replies(settings: Settings | None = None) -> Replies:
    """The replies the Discord front end uses (Discord markdown), over the real corpus."""
    app = App(settings or Settings(discord_token=None))
    return Replies(app.service, Renderer(app.settings.templates_dir, markup=True))


async def start(replies: Replies | None = None) -> Harness:
    """Build the production bot without logging in and run its ``setup_hook``."""
    settings = Settings(discord_token=None)
    bot = StudyBot(settings, replies or discord_replies(settings))
    await bot._async_setup_hook()
    await bot.setup_hook()
    bot._connection.application_id = p.APP_ID
    # What login would have set from GET /users/@me.
    bot._connection.user = discord.ClientUser(
        state=bot._connection, data=p.user(p.BOT_USER_ID) | {"bot": True}
    )
    recorder = Recorder()
    bot.http.request = recorder.http_request  # type: ignore[method-assign]
    return Harness(bot, recorder)
