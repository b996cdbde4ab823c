"""The operations endpoint: ``/health`` for Docker's HEALTHCHECK, ``/ready`` and ``/metrics``.

``/health`` is liveness: 200 while the gateway is connected, whatever the study database does
(restarting the container would not mend a database), with the database's state as a detail.
``/ready`` is readiness: 200 only when the database answers too, for a load balancer or an
orchestrator that should hold traffic back meanwhile.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST

from bot.observability.metrics import Metrics

# aiohttp's server side (~30 ms to import) is loaded only when METRICS_PORT asks for the endpoint:
# the bot imports this module for Health, and a start without the port never serves anything.
if TYPE_CHECKING:
    from aiohttp import web


# How long /health and /ready wait for the database to answer; Docker's probe gives up after 4 s.
PROBE_TIMEOUT = 1.0
DATABASE_OK, DATABASE_DOWN = "ok", "indisponible"


class DatabaseProbe:
    """Whether the study database answers: one query at a time, given ``timeout`` seconds.

    A query past its time is not cancelled (a connection cut mid-query can take seconds to
    close, and a pile of them would exhaust the pool): it is left to finish, and until it does
    every request reads « indisponible » at once instead of starting another query.
    """

    def __init__(self, query: Callable[[], Awaitable[bool]], timeout: float = PROBE_TIMEOUT) -> None:
        self._query = query
        self.timeout = timeout
        self._task: asyncio.Task[bool] | None = None
        self._started = 0.0

    async def answers(self) -> bool:
        """Run the query (or join the one running) and return whether it succeeded in time."""
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run())
            self._started = loop.time()
        remaining = self._started + self.timeout - loop.time()
        if remaining > 0:
            await asyncio.wait({self._task}, timeout=remaining)
        return self._task.done() and self._task.result()

    async def _run(self) -> bool:
        try:
            return bool(await self._query())
        except Exception:  # unreachable, refused, locked: all mean « indisponible »
            return False

    def close(self) -> None:
        """Cancel a query still running (on shutdown)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()


@dataclass
class Health:
    """What ``/health`` and ``/ready`` report; the bot updates it from its gateway events."""

    ready: bool = False
    checks: dict[str, Callable[[], bool]] = field(default_factory=dict)
    database: DatabaseProbe | None = None

    def snapshot(self) -> tuple[bool, dict[str, object]]:
        """Return whether the process is healthy and the details to show."""
        results: dict[str, bool] = {}
        for name, check in self.checks.items():
            try:
                results[name] = bool(check())
            except Exception:  # a failing probe is an unhealthy answer, not a crashed endpoint
                results[name] = False
        healthy = self.ready and all(results.values())
        return healthy, {
            "status": "ok" if healthy else "indisponible",
            "ready": self.ready,
            "checks": results,
        }

    async def report(self) -> tuple[bool, bool, dict[str, object]]:
        """Return liveness, readiness and the details: ``snapshot``'s, plus the database's state."""
        healthy, body = self.snapshot()
        database = self.database is None or await self.database.answers()
        if self.database is not None:
            body["database"] = DATABASE_OK if database else DATABASE_DOWN
        return healthy, healthy and database, body


def build_app(metrics: Metrics, health: Health) -> web.Application:
    """Return the aiohttp application serving both endpoints."""
    from aiohttp import web

    def answer(ok: bool, body: dict[str, object]) -> web.Response:
        text = json.dumps(body, ensure_ascii=False)
        return web.Response(text=text, status=200 if ok else 503, content_type="application/json")

    async def health_view(_: web.Request) -> web.Response:
        healthy, _ready, body = await health.report()
        return answer(healthy, body)

    async def ready_view(_: web.Request) -> web.Response:
        _healthy, ready, body = await health.report()
        return answer(ready, body)

    async def metrics_view(_: web.Request) -> web.Response:
        # CONTENT_TYPE_LATEST carries a charset parameter, which aiohttp wants passed separately.
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/health", health_view)
    app.router.add_get("/ready", ready_view)
    app.router.add_get("/metrics", metrics_view)
    return app


class OpsServer:
    """Serve the operations endpoints on ``host:port`` alongside the bot, in the same event loop."""

    def __init__(self, metrics: Metrics, health: Health, host: str = "0.0.0.0", port: int = 9108) -> None:  # noqa: S104
        from aiohttp import web

        self._health = health
        self._runner = web.AppRunner(build_app(metrics, health), access_log=None)
        self.host = host
        self.port = port

    async def start(self) -> int:
        """Start listening; return the bound port (useful with port 0 in tests)."""
        from aiohttp import web

        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self.port

    async def stop(self) -> None:
        """Stop listening and release the port."""
        await self._runner.cleanup()
        if self._health.database is not None:
            self._health.database.close()
