"""Study storage figures: quiz generation speed, answers per second, and a burst of clicks.

Prints medians; for each database given (SQLite in a temporary file always, plus each URL passed
as an argument, e.g. the TEST_DATABASE_URL of .ci/postgres.sh), a burst of 200 members answering
one question at once through 4 engines ("processes"), each member clicking twice.
Run: .venv/bin/python benchmarks/study.py [postgresql://…]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text

from bot.core.service import Service
from bot.core.study.clock import ManualClock
from bot.core.study.models import AnswerOutcome
from bot.core.study.service import StudyService
from bot.storage.database import create_engine, migrate
from bot.storage.repository import StudyRepository

MEMBERS, ENGINES = 200, 4


async def reset(url: str) -> None:
    if url.startswith("postgres"):
        engine = create_engine(url)
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await engine.dispose()


async def measure(service: Service, url: str, label: str) -> None:
    await reset(url)
    clock = ManualClock(datetime(2026, 1, 7, 12, tzinfo=UTC))
    engines = [create_engine(url) for _ in range(ENGINES)]
    started = time.perf_counter()
    await migrate(engines[0])
    migrate_ms = (time.perf_counter() - started) * 1000
    studies = [StudyService(service, StudyRepository(e), clock) for e in engines]
    _, question = await studies[0].start_quiz(1, 2, 3, count=1, seed=1, seconds=600)
    samples = []
    for user in range(200):
        started = time.perf_counter()
        await studies[0].answer(1, question.id, 10_000 + user, 0)
        samples.append((time.perf_counter() - started) * 1000)
    # Another channel: the first quiz still runs in channel 2, and a channel runs one at a time.
    _, burst = await studies[0].start_quiz(1, 4, 3, count=1, seed=2, seconds=600)
    clicks = [
        studies[(user + twice) % ENGINES].answer(1, burst.id, user, twice % 2)
        for user in range(MEMBERS)
        for twice in range(2)
    ]
    started = time.perf_counter()
    outcomes = await asyncio.gather(*clicks)
    burst_ms = (time.perf_counter() - started) * 1000
    reveal = await studies[0].close_question(1, burst.id)
    accepted = outcomes.count(AnswerOutcome.ACCEPTED)
    print(f"{label}: migrations from empty {migrate_ms:.0f} ms")
    print(f"{label}: one answer, median {statistics.median(samples):.2f} ms over 200")
    print(
        f"{label}: burst of {2 * MEMBERS} clicks by {MEMBERS} members via {ENGINES} engines: "
        f"{burst_ms:.0f} ms, accepted {accepted}, duplicates {outcomes.count(AnswerOutcome.DUPLICATE)}, "
        f"counted in reveal {sum(c.count for c in reveal.counts)}"
    )
    for engine in engines:
        await engine.dispose()


def main() -> None:
    service = Service.from_corpus(ROOT / "corpus")
    study = StudyService(service, repository=None, clock=ManualClock(datetime.now(UTC)))  # type: ignore[arg-type]
    samples = []
    for seed in range(50):
        started = time.perf_counter()
        study.generator.generate(seed, count=10)
        samples.append((time.perf_counter() - started) * 1000)
    print(f"generation: 10-question round, median {statistics.median(samples):.2f} ms over 50 seeds")
    with tempfile.TemporaryDirectory() as directory:
        asyncio.run(measure(service, f"sqlite:///{directory}/study.sqlite3", "sqlite"))
    for url in sys.argv[1:]:
        asyncio.run(measure(service, url, "postgresql"))


if __name__ == "__main__":
    main()
