"""The bot's readiness follows its study database (issue 17, /health from finding 9).

Before, /health said nothing of the study database: 200 while every answer said « réessayez ».
Here another process holds the SQLite file's write lock, as in the adversarial review.
"""

import asyncio
import sqlite3
import time

from bot.observability.server import PROBE_TIMEOUT


async def test_database_locked_by_another_process_is_reported_then_recovers(bot):
    """A locked file: live but « indisponible » within the probe timeout; unlocked: ready again."""
    health = bot.bot.health
    health.ready = True  # the gateway is up; only the database is in question
    healthy, ready, body = await health.report()
    assert (healthy, ready, body["database"]) == (True, True, "ok")
    path = bot.bot.settings.study_database_url.removeprefix("sqlite+aiosqlite:///")
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        began = time.perf_counter()
        healthy, ready, body = await health.report()
        assert time.perf_counter() - began < PROBE_TIMEOUT + 0.5
        assert (healthy, ready, body["database"]) == (True, False, "indisponible")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    deadline = time.perf_counter() + 5
    while not (await health.report())[1]:
        assert time.perf_counter() < deadline, "still not ready after the lock was released"
        await asyncio.sleep(0.05)  # the probe left running finishes on the event loop
    assert (await health.report())[2]["database"] == "ok"
