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
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
from discord.webhook import async_ as webhook_async

from bot.app import App
from bot.discord_app.bot import StudyBot
from bot.render.replies import Replies
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
        # Told of each accepted interaction callback, as the bot's HTTP trace is in production.
        self.on_callback: Any = None
        # Private messages: the channel opened for each user, and the users whose DMs are closed
        # (Discord opens the channel, then refuses the message: 403, code 50007).
        self.dm_channels: dict[str, int] = {}
        self.refuse_dms: set[int] = set()

    async def request(self, route: Any, session: Any, **kwargs: Any) -> Any:
        body = kwargs.get("payload")
        if body is None and kwargs.get("multipart"):
            body = discord.utils._from_json(kwargs["multipart"][0]["value"])
        files = [f.filename for f in kwargs.get("files") or []]
        path = route.url.removeprefix(discord.http.Route.BASE)
        self.requests.append(Request(route.method, path, body or {}, files))
        if path.endswith("/callback"):
            if self.on_callback is not None:
                # Discord's answer comes back on a later turn of the loop, after the bot's
                # on_interaction listener stamped the arrival; answering here at once would not.
                asyncio.get_running_loop().call_soon(self.on_callback, int(route.webhook_id))
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
        if (route.method, path) == ("POST", "/users/@me/channels"):
            user_id = int((body or {})["recipient_id"])
            channel = next((c for c, u in self.dm_channels.items() if u == user_id), None) or p.snowflake()
            self.dm_channels[channel] = user_id
            return {"id": channel, "type": 1, "recipients": [p.user(user_id)]}
        if route.method == "POST" and path.endswith("/messages"):
            channel = path.split("/")[2]
            if self.dm_channels.get(channel) in self.refuse_dms:
                refused = {"code": 50007, "message": "Cannot send messages to this user"}
                raise discord.Forbidden(SimpleNamespace(status=403, reason="Forbidden"), refused)
            return p.message_from(body or {}, channel_id=channel if channel in self.dm_channels else None)
        if route.method == "PATCH" and path.startswith("/channels/") and "/messages/" in path:
            _, _, channel, _, message = path.split("/")  # an edit of a message: Discord returns it
            return p.message_from(body or {}, message_id=message, channel_id=channel)
        return {}


class Harness:
    """A bot that answers payloads in-process."""

    def __init__(self, bot: StudyBot, recorder: Recorder) -> None:
        self.bot = bot
        self.recorder = recorder

    async def send(self, payload: dict[str, Any]) -> list[Request]:
        """Dispatch one INTERACTION_CREATE and return the requests it caused, once all work is done."""
        return await self._dispatch(self.bot._connection.parse_interaction_create, payload)

    def send_nowait(self, payload: dict[str, Any]) -> None:
        """Dispatch one INTERACTION_CREATE without waiting for its work (to test concurrent members)."""
        token = webhook_async.async_context.set(self.recorder)
        try:  # the tasks discord.py starts copy this context, recorder included
            self.bot._connection.parse_interaction_create(payload)
        finally:
            webhook_async.async_context.reset(token)

    async def pages(self, first: dict[str, Any], user_id: int = p.USER_ID) -> list[dict[str, Any]]:
        """Click ▶ under the message ``first`` (a message body) until the last page; every page's body.

        Each click must edit the message in place (type 7): a paged reply is one message.
        """
        bodies = [first]
        message = p.message_from(first)
        while (custom_id := p.next_page(bodies[-1])) is not None:
            [callback] = [
                r
                for r in await self.send(p.button(message, custom_id, user_id))
                if r.path.endswith("/callback")
            ]
            assert callback.body["type"] == 7, callback.body
            bodies.append(callback.body["data"])
            message = p.message_from(callback.body["data"], message["id"])
        return bodies

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
    return App(settings or Settings(discord_token=None)).replies_for(markup=True)


def study_settings(data_dir: Path | None = None, database_url: str | None = None) -> Settings:
    """Settings that never touch the developer's data: a study database in ``data_dir`` or at the URL."""
    folder = data_dir or Path(tempfile.mkdtemp(prefix="harness-"))
    return Settings(discord_token=None, data_dir=folder, database_url=database_url)


async def start(
    replies: Replies | None = None, *, settings: Settings | None = None, clock: Any = None
) -> Harness:
    """Build the production bot without logging in and run its ``setup_hook``.

    The study timers do not run: tests move ``clock`` and call the cog's ``tick_*`` themselves.
    """
    settings = settings or study_settings()
    extra = {"clock": clock} if clock is not None else {}
    replies = replies or discord_replies(settings)
    app = App(settings, service=replies.service)  # the composition root opens the study storage
    # English clients get the English replies, as runner.build_bot wires them.
    languages = app.languages(markup=replies.renderer.markup) | {replies.renderer.lang: replies}
    bot = StudyBot(
        settings, replies, open_study=app.open_study, languages=languages, study_timers=False, **extra
    )
    recorder = Recorder()
    recorder.on_callback = bot.tracker.responded  # bot.metrics counts as with the real HTTP session
    bot.http.request = recorder.http_request  # type: ignore[method-assign]
    await bot._async_setup_hook()
    await bot.setup_hook()
    bot._connection.application_id = p.APP_ID
    # What login would have set from GET /users/@me.
    bot._connection.user = discord.ClientUser(
        state=bot._connection, data=p.user(p.BOT_USER_ID) | {"bot": True}
    )
    return Harness(bot, recorder)
