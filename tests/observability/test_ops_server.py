"""The operations endpoint over real HTTP on 127.0.0.1: /health, /ready and /metrics."""

import asyncio

import aiohttp

from bot.observability.metrics import Metrics
from bot.observability.server import DatabaseProbe, Health, OpsServer


async def test_health_reports_unready_then_ready() -> None:
    """/health answers 503 until the gateway is ready, 200 after, and 503 when a check fails."""
    metrics, health = Metrics(), Health()
    database_ok = [True]
    health.checks["base"] = lambda: database_ok[0]
    server = OpsServer(metrics, health, host="127.0.0.1", port=0)
    port = await server.start()
    try:
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{port}/health"
            async with session.get(url) as response:
                assert response.status == 503
                assert (await response.json())["ready"] is False
            health.ready = True
            async with session.get(url) as response:
                assert response.status == 200
                assert await response.json() == {"status": "ok", "ready": True, "checks": {"base": True}}
            database_ok[0] = False
            async with session.get(url) as response:
                assert response.status == 503
                assert (await response.json())["checks"] == {"base": False}
    finally:
        await server.stop()


async def test_metrics_exposes_counters_and_histogram() -> None:
    """/metrics serves the Prometheus text format with interactions by command and outcome."""
    metrics = Metrics()
    metrics.observe("paragraphe", "ok", 0.012)
    metrics.observe("paragraphe", "ok", 0.020)
    metrics.observe("vote", "user_error", 0.004)
    metrics.reconnects.inc()
    server = OpsServer(metrics, Health(ready=True), host="127.0.0.1", port=0)
    port = await server.start()
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{port}/metrics") as response,
        ):
            assert response.status == 200
            assert response.headers["Content-Type"].startswith("text/plain")
            body = await response.text()
    finally:
        await server.stop()
    assert 'resolution_bot_interactions_total{command="paragraphe",outcome="ok"} 2.0' in body
    assert 'resolution_bot_interactions_total{command="vote",outcome="user_error"} 1.0' in body
    assert 'resolution_bot_interaction_latency_seconds_count{command="paragraphe"} 2.0' in body
    assert 'resolution_bot_interaction_latency_seconds_bucket{command="paragraphe",le="0.025"} 2.0' in body
    assert "resolution_bot_gateway_reconnects_total 1.0" in body


def test_metrics_registries_are_independent() -> None:
    """Two Metrics objects never share counts (tests and several bots in one process)."""
    first, second = Metrics(), Metrics()
    first.observe("aide", "ok", 0.001)
    assert b'command="aide"' in first.exposition()
    assert b'command="aide"' not in second.exposition()


async def test_health_stays_live_and_ready_follows_the_database() -> None:
    """/health keeps its 200 (liveness) with the database as a detail; /ready is 503 while it is down."""
    database_ok = [True]

    async def query() -> bool:
        if not database_ok[0]:
            raise ConnectionRefusedError
        return True

    health = Health(ready=True, database=DatabaseProbe(query))
    server = OpsServer(Metrics(), health, host="127.0.0.1", port=0)
    port = await server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            for up, code in ((True, 200), (False, 503), (True, 200)):
                database_ok[0] = up
                async with session.get(base + "/health") as response:
                    assert response.status == 200
                    body = await response.json()
                    assert body["database"] == ("ok" if up else "indisponible")
                    assert body["status"] == "ok"
                async with session.get(base + "/ready") as response:
                    assert response.status == code
                    assert (await response.json())["database"] == body["database"]
            health.ready = False  # gateway down: neither live nor ready, whatever the database
            async with session.get(base + "/ready") as response:
                assert response.status == 503
    finally:
        await server.stop()


async def test_hung_database_is_reported_within_the_probe_timeout() -> None:
    """A query that never returns (a frozen server): « indisponible » after the timeout, then at once,
    with no second query piled on the first; once it returns, the next probe runs afresh."""
    started: list[asyncio.Event] = []
    release = asyncio.Event()

    async def query() -> bool:
        started.append(asyncio.Event())
        await release.wait()
        return True

    probe = DatabaseProbe(query, timeout=0.2)
    loop = asyncio.get_running_loop()
    began = loop.time()
    assert await probe.answers() is False
    assert 0.2 <= loop.time() - began < 0.5
    began = loop.time()
    assert await probe.answers() is False
    assert loop.time() - began < 0.05
    assert len(started) == 1
    release.set()
    await asyncio.sleep(0)
    assert await probe.answers() is True
    assert len(started) == 2
    probe.close()
