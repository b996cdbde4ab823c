"""The operations endpoint: ``/health`` for Docker's HEALTHCHECK and ``/metrics`` for Prometheus."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST

from bot.observability.metrics import Metrics

# aiohttp's server side (~30 ms to import) is loaded only when METRICS_PORT asks for the endpoint:
# the bot imports this module for Health, and a start without the port never serves anything.
if TYPE_CHECKING:
    from aiohttp import web


@dataclass
class Health:
    """What ``/health`` reports; the bot updates it from its gateway events."""

    ready: bool = False
    checks: dict[str, Callable[[], bool]] = field(default_factory=dict)

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


def build_app(metrics: Metrics, health: Health) -> web.Application:
    """Return the aiohttp application serving both endpoints."""
    from aiohttp import web

    async def health_view(_: web.Request) -> web.Response:
        healthy, body = health.snapshot()
        return web.Response(
            text=json.dumps(body, ensure_ascii=False),
            status=200 if healthy else 503,
            content_type="application/json",
        )

    async def metrics_view(_: web.Request) -> web.Response:
        # CONTENT_TYPE_LATEST carries a charset parameter, which aiohttp wants passed separately.
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/health", health_view)
    app.router.add_get("/metrics", metrics_view)
    return app


class OpsServer:
    """Serve the operations endpoints on ``host:port`` alongside the bot, in the same event loop."""

    def __init__(self, metrics: Metrics, health: Health, host: str = "0.0.0.0", port: int = 9108) -> None:  # noqa: S104
        from aiohttp import web

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
