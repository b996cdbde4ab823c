"""A small stand-in for Discord on 127.0.0.1: the HTTP endpoints the bot uses and the gateway.

The unmodified bot reaches it through ``DISCORD_API_BASE_URL`` (the API's ``GET /gateway/bot``
names this server's websocket). It runs in a thread with its own event loop, so that tests and
benchmarks drive it with plain blocking calls while the bot runs in another process.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests import discord_payloads as p

HEARTBEAT_MS = 41250


@dataclass
class Call:
    """One HTTP request the bot made, and when it arrived (``time.perf_counter``)."""

    method: str
    path: str
    body: Any
    at: float
    query: dict[str, str] = field(default_factory=dict)
    status: int = 200  # what the stand-in answered (a scripted fault's 429 or 5xx)
    delayed: bool = False  # set once a scripted slow answer has waited its delay
    abandoned: bool = False  # the bot hung up before the slow answer came
    response: Any = None  # what the stand-in answered (the message it created, for a callback)


@dataclass
class Fault:
    """Answer the next ``times`` requests whose path contains ``path`` with ``status`` (or a delay)."""

    method: str
    path: str
    status: int = 429
    times: int = 1
    retry_after: float = 0.2
    delay: float = 0.0
    seen: int = 0


class StandIn:
    """Discord's API and gateway, for one application whose token is ``token``."""

    def __init__(self, token: str = "e2e.token.never-logged") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.identifies: list[dict[str, Any]] = []
        self.close_codes: list[int | None] = []
        self.ready_count = 0
        self.resumes: list[dict[str, Any]] = []
        self._sockets: list[web.WebSocketResponse] = []
        self._sequence = 1
        # Sharding and faults: which socket serves which shard, what each session was sent (for
        # RESUME's replay), a gate that holds new connections before HELLO, and scripted HTTP faults.
        self._by_shard: dict[int, web.WebSocketResponse] = {}
        self._session_shard: dict[str, int] = {}
        self._shard_count = 1
        self._history: list[tuple[int, int, dict[str, Any]]] = []  # (shard, seq, message)
        self._gate: asyncio.Event | None = None
        self.faults: list[Fault] = []
        self.delivered: list[tuple[str, int]] = []  # (interaction id, shard whose socket got it)
        self._waiters: dict[str, asyncio.Future[Call]] = {}  # callback path → its future (load.py)
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # Life cycle (called from the test thread)

    def start(self) -> StandIn:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=30)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # What tests call

    def wait_for(self, predicate: Any, timeout: float = 60) -> Any:
        """Block until ``predicate()`` is truthy (re-checked on every event) and return its value."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not (value := predicate()):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"stand-in: condition not met in {timeout}s; calls: {self.paths()}")
                self._changed.wait(left)
            return value

    def wait_ready(self, count: int = 1, timeout: float = 60) -> None:
        """Block until the gateway has sent READY ``count`` times in all."""
        self.wait_for(lambda: self.ready_count >= count, timeout)

    def send(self, payload: dict[str, Any]) -> float:
        """Send an INTERACTION_CREATE over the gateway; return when it was sent (perf_counter)."""
        return asyncio.run_coroutine_threadsafe(
            self._dispatch("INTERACTION_CREATE", payload), self._loop
        ).result(30)

    def interact(self, payload: dict[str, Any], timeout: float = 60) -> Call:
        """Send an interaction and return the bot's answer to it (its callback request)."""
        self.send(payload)
        return self.answer(payload, timeout)

    def post(self, payload: dict[str, Any]) -> float:
        """Send a MESSAGE_CREATE over the gateway (someone wrote in a channel the bot sees)."""
        return asyncio.run_coroutine_threadsafe(self._dispatch("MESSAGE_CREATE", payload), self._loop).result(
            30
        )

    def replies_to(self, payload: dict[str, Any], timeout: float = 60) -> Call:
        """Block until the bot posts a message replying to the message ``payload`` and return it."""
        wanted = int(payload["id"])

        def reply() -> Call | None:
            return next(
                (
                    c
                    for c in self.calls
                    if c.method == "POST"
                    and c.path.endswith("/messages")
                    and ((c.body or {}).get("message_reference") or {}).get("message_id") == wanted
                ),
                None,
            )

        return self.wait_for(reply, timeout)

    def answer(self, payload: dict[str, Any], timeout: float = 60) -> Call:
        """Block until the bot answers ``payload`` (POST …/callback) and return that request."""
        path = f"/interactions/{payload['id']}/{payload['token']}/callback"
        return self.wait_for(lambda: next((c for c in self.calls if c.path == path), None), timeout)

    @property
    def connections(self) -> int:
        """How many gateway connections are open now."""
        return len(self._sockets)

    def drop(self, code: int = 4000) -> None:
        """Close the bot's gateway connection from the server side, as Discord does on a hiccup."""
        asyncio.run_coroutine_threadsafe(self._sockets[-1].close(code=code), self._loop).result(30)

    def op(self, op: int, data: Any = None) -> None:
        """Send a gateway opcode to the bot: 7 RECONNECT, 9 INVALID_SESSION (``data`` resumable)."""
        asyncio.run_coroutine_threadsafe(
            self._send(self._sockets[-1], {"op": op, "d": data}), self._loop
        ).result(30)

    def hold(self) -> None:
        """Keep new gateway connections waiting before HELLO (the bot is then disconnected)."""
        self._loop.call_soon_threadsafe(self._make_gate)

    def release(self) -> None:
        """Let the held connections proceed."""
        self._loop.call_soon_threadsafe(lambda: self._gate.set() if self._gate else None)

    def fault(self, method: str, path: str, status: int = 429, **options: Any) -> Fault:
        """Script an HTTP fault (429 with retry_after, 5xx, or a slow answer with ``delay``)."""
        fault = Fault(method, path, status, **options)
        self.faults.append(fault)
        return fault

    def callbacks_for(self, payload: dict[str, Any]) -> list[Call]:
        """Every callback request the bot made for ``payload``, refused ones (429, 5xx) included."""
        path = f"/interactions/{payload['id']}/{payload['token']}/callback"
        return [c for c in self.calls if c.path == path]

    async def exchange(self, payload: dict[str, Any]) -> tuple[float, Call]:
        """In the stand-in's loop: send an interaction, await its callback; (sent at, callback).

        For load generators (benchmarks/load.py), which run many of these at once in this loop
        rather than one blocking ``interact`` at a time.
        """
        path = f"/interactions/{payload['id']}/{payload['token']}/callback"
        waiter = self._waiters[path] = self._loop.create_future()
        sent = await self._dispatch("INTERACTION_CREATE", payload)
        return sent, await waiter

    def run(self, coroutine: Any, timeout: float | None = None) -> Any:
        """Run a coroutine in the stand-in's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def shard_of(self, payload: dict[str, Any]) -> int:
        """The shard Discord sends a guild event to: (guild_id >> 22) % shard_count; DMs go to 0."""
        guild = payload.get("guild_id")
        return (int(guild) >> 22) % self._shard_count if guild else 0

    def paths(self) -> list[str]:
        return [f"{c.method} {c.path}" for c in self.calls]

    # Server

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._api)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def _make_gate(self) -> None:
        self._gate = asyncio.Event()

    async def _stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _notify(self) -> None:
        with self._changed:
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        arrived = time.perf_counter()  # before reading the body: when the response reached us
        path = "/" + request.match_info["tail"]
        body = (
            await request.json()
            if request.can_read_body and request.content_type == "application/json"
            else None
        )
        if body is None and request.can_read_body:
            body = await self._multipart(request)
        call = Call(request.method, path, body, arrived, dict(request.query))
        self.calls.append(call)
        waiter = self._waiters.pop(path, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(call)
        self._notify()
        # Interaction callbacks and follow-ups are authorised by the interaction token in the path.
        public = path.startswith(("/interactions/", f"/webhooks/{p.APP_ID}/"))
        if not public and request.headers.get("Authorization") != f"Bot {self.token}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        for fault in self.faults:
            if fault.method == request.method and fault.path in path and fault.seen < fault.times:
                fault.seen += 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                    call.abandoned = request.transport is None or request.transport.is_closing()
                    call.delayed = True
                    self._notify()
                    break
                call.status = fault.status
                return _fault(fault)
        answer = self._route(request.method, path, body)
        if answer is None:
            call.status = 404
            return _json({"message": "Unknown route", "code": 0}, status=404)
        call.response = answer
        self._notify()  # a test may be waiting for the answer, not only for the request
        return _json(answer)

    async def _multipart(self, request: web.Request) -> Any:
        body: Any = {}
        files = []
        contents = {}  # the uploaded bytes by file name, for tests that read an attachment back
        async for part in await request.multipart():
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files.append(part.filename)  # type: ignore[union-attr]
                contents[part.filename] = bytes(await part.read())  # type: ignore[union-attr]
        return body | {"_files": files, "_contents": contents}

    def _route(self, method: str, path: str, body: Any) -> Any:
        app = str(p.APP_ID)
        if (method, path) == ("GET", "/users/@me"):
            return p.user(p.BOT_USER_ID, "resolution-bot") | {"bot": True}
        if (method, path) == ("GET", "/oauth2/applications/@me"):
            return {
                "id": app,
                "name": "resolution-bot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": p.user(p.USER_ID),
                "verify_key": "0" * 64,
                "team": None,
                "flags": 0,
                "interactions_endpoint_url": None,
            }
        if (method, path) in {("GET", "/gateway/bot"), ("GET", "/gateway")}:
            limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            return {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}
        if method == "PUT" and path.startswith(f"/applications/{app}/") and path.endswith("/commands"):
            # Discord gives context menus (sent without one) an empty description.
            return [
                {"description": ""} | c | {"id": p.snowflake(), "application_id": app, "version": "1"}
                for c in body
            ]
        if method == "POST" and path.endswith("/callback"):
            interaction_id = path.split("/")[2]
            kind = body.get("type")
            message = p.message_from(body.get("data") or {}) if kind in (4, 7) else None
            return p.callback_response(interaction_id, body, message)
        if method == "POST" and path.startswith(f"/webhooks/{app}/"):
            return p.message_from(body)
        if method == "PATCH" and path.startswith(f"/webhooks/{app}/"):
            return p.message_from(body)
        if method == "POST" and path.startswith("/channels/") and path.endswith("/messages"):
            return p.message_from(body or {}, channel_id=path.split("/")[2])
        if method == "PATCH" and path.startswith("/channels/") and "/messages/" in path:
            _, _, channel, _, message = path.split("/")  # the bot edits one of its messages
            return p.message_from(body or {}, message_id=message, channel_id=channel)
        return None

    # Gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        # zlib-stream: one compressor for the whole connection, each message ends with a sync flush.
        compressor = zlib.compressobj() if request.query.get("compress") == "zlib-stream" else None
        ws._standin_compressor = compressor  # type: ignore[attr-defined]
        self._notify()
        if self._gate is not None:
            await self._gate.wait()
        await self._send(ws, {"op": 10, "d": {"heartbeat_interval": HEARTBEAT_MS}})
        try:
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    continue
                await self._on_gateway(ws, json.loads(message.data))
        finally:
            self._sockets.remove(ws)
            for shard, socket in list(self._by_shard.items()):
                if socket is ws:
                    del self._by_shard[shard]
            self.close_codes.append(ws.close_code)
            self._notify()
        return ws

    async def _on_gateway(self, ws: web.WebSocketResponse, message: dict[str, Any]) -> None:
        op, data = message.get("op"), message.get("d")
        if op == 1:  # heartbeat
            await self._send(ws, {"op": 11})
        elif op == 2:  # identify
            self.identifies.append(data)
            shard = data.get("shard") or [0, 1]
            self._shard_count = shard[1]
            self._by_shard[shard[0]] = ws
            session = "session-" + p.snowflake()
            self._session_shard[session] = shard[0]
            ready = {
                "v": 10,
                "user": p.user(p.BOT_USER_ID, "resolution-bot") | {"bot": True},
                "guilds": [],
                "session_id": session,
                "resume_gateway_url": self.gateway_url,
                "shard": shard,
                "application": {"id": str(p.APP_ID), "flags": 0},
            }
            await self._send(ws, {"op": 0, "t": "READY", "s": self._next(), "d": ready})
            self.ready_count += 1
            self._notify()
        elif op == 6:  # resume
            self.resumes.append(data)
            shard = self._session_shard.get(data.get("session_id"), 0)
            self._by_shard[shard] = ws
            # Discord replays what the session missed, then says RESUMED.
            seq = data.get("seq") or 0
            for missed in [m for s, n, m in self._history if s == shard and n > seq]:
                await self._send(ws, missed)
            await self._send(ws, {"op": 0, "t": "RESUMED", "s": self._next(), "d": {}})
            self._notify()

    def _next(self) -> int:
        self._sequence += 1
        return self._sequence

    async def _dispatch(self, event: str, data: dict[str, Any]) -> float:
        if not self._sockets and not self._by_shard and self._gate is None:
            raise RuntimeError("no bot connected to the stand-in gateway")
        shard = self.shard_of(data)  # MESSAGE_CREATE too: a guild's events go to its shard
        message = {"op": 0, "t": event, "s": self._next(), "d": data}
        self._history = [*self._history[-999:], (shard, message["s"], message)]
        sent = time.perf_counter()
        ws = self._by_shard.get(shard)
        if ws is not None and not ws.closed:
            await self._send(ws, message)
            if event == "INTERACTION_CREATE":
                self.delivered.append((str(data["id"]), shard))
        # Else the shard is between connections: the event waits in the history for its RESUME.
        return sent

    async def _send(self, ws: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        text = json.dumps(payload)
        compressor = getattr(ws, "_standin_compressor", None)
        if compressor is None:
            await ws.send_str(text)
        else:
            await ws.send_bytes(compressor.compress(text.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH))


def _fault(fault: Fault) -> web.Response:
    if fault.status == 429:
        # As Discord sends it: the JSON body and the X-RateLimit headers (seconds, as decimals).
        headers = {
            "Retry-After": str(max(1, round(fault.retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(fault.retry_after),
            "X-RateLimit-Bucket": "standin-bucket",
            "X-RateLimit-Scope": "shared",
            # discord.py reads a 429 without Via as Cloudflare's ban, not Discord's rate limit.
            "Via": "1.1 google",
        }
        body = {"message": "You are being rate limited.", "retry_after": fault.retry_after, "global": False}
        response = _json(body, status=429)
        response.headers.update(headers)
        return response
    return _json({"message": "Service Unavailable", "code": 0}, status=fault.status)


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when the content type is exactly application/json (no charset).
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )
