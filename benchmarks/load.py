"""Load: interactions per second the study bot sustains in the stand-in, next to a bare discord.py bot.

Both bots run as separate processes, each against its own stand-in (tests/e2e/standin.py); the
same sequence of interactions (/paragraphe 1-37, /cherche over ten common queries and, one time
in ten, a query never asked before) is sent to each with ``--concurrency`` interactions in flight
at once. Latency is from the INTERACTION_CREATE leaving the stand-in's gateway to the bot's first
response arriving at its HTTP API. Resident memory (VmRSS) of each bot process is read after 5,000
and 10,000 interactions: the difference is the growth over the last half of the run. New queries
fill the bot's bounded reply cache (1,024 entries: REPLY_CACHE in bot/render/replies.py) until it is full;
``--fresh 0`` sends only repeated ones, to see the growth without that cache filling.
Run: .venv/bin/python benchmarks/load.py [--interactions 10000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import discord_payloads as p
from tests.e2e.standin import StandIn

QUERIES = [
    "coopération Sud-Sud",
    "droits de l'homme",
    "Haut-Commissaire",
    "dialogue",
    "renforcement des capacités",
    "développement durable",
    "Nations Unies",
    "société civile",
    "pays en développement",
    "assistance technique",
]
WORDS = ["droit", "coopération", "rapport", "conseil", "États", "dialogue", "capacités", "session"]


def workload(count: int, fresh: float = 0.1, seed: int = 562) -> list[tuple[str, dict[str, str]]]:
    """The interactions to send, the same for both bots; ``fresh`` of them are new queries."""
    rng = random.Random(seed)
    plan: list[tuple[str, dict[str, str]]] = []
    for number in range(count):
        roll = rng.random()
        if roll < 0.5:
            plan.append(("paragraphe", {"numero": str(rng.randint(1, 37))}))
        elif roll < 1 - fresh:
            plan.append(("cherche", {"requete": rng.choice(QUERIES)}))
        else:  # never asked before: no cached reply
            plan.append(("cherche", {"requete": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {number}"}))
    return plan


def start(argv: list[str], standin: StandIn) -> subprocess.Popen[bytes]:
    env = os.environ | {
        "DISCORD_TOKEN": standin.token,
        "DISCORD_API_BASE_URL": standin.api_url,
        "LOG_LEVEL": "WARNING",
        "METRICS_PORT": "",
        "SHARD_COUNT": "",
        "SHARD_IDS": "",
    }
    process = subprocess.Popen([sys.executable, *argv], cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    standin.wait_ready(1, timeout=120)
    return process


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def drive(
    standin: StandIn, plan: list[tuple[str, dict[str, str]]], concurrency: int
) -> tuple[list[float], float]:
    """Send the plan with ``concurrency`` in flight; return latencies (ms) and the wall time (s)."""
    slots = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def one(name: str, options: dict[str, Any]) -> None:
        async with slots:
            sent, call = await asyncio.wait_for(standin.exchange(p.command(name, **options)), 60)
            latencies.append((call.at - sent) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(one(name, options) for name, options in plan))
    return latencies, time.perf_counter() - began


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_bot(
    name: str, argv: list[str], plan: list[tuple[str, dict[str, str]]], args: argparse.Namespace
) -> dict[str, Any]:
    server = StandIn().start()
    process = start(argv, server)
    try:
        warmup = workload(args.warmup, args.fresh, seed=7)
        server.run(drive(server, warmup, args.concurrency))
        half = len(plan) // 2
        results: dict[str, Any] = {"name": name, "rss_start": rss_mib(process.pid)}
        first, first_time = server.run(drive(server, plan[:half], args.concurrency))
        results["rss_half"] = rss_mib(process.pid)
        server.calls.clear()  # the stand-in's own record, not the bot's memory
        second, second_time = server.run(drive(server, plan[half:], args.concurrency))
        results["rss_end"] = rss_mib(process.pid)
        results["latencies"] = sorted(first + second)
        results["rate"] = len(plan) / (first_time + second_time)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        server.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interactions", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=16, help="interactions in flight at once")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument(
        "--fresh", type=float, default=0.1, help="share of never-asked queries (they fill the reply cache)"
    )
    args = parser.parse_args()
    plan = workload(args.interactions, args.fresh)
    runs = [
        run_bot("study", ["-m", "bot", "run"], plan, args),
        run_bot("bare", ["benchmarks/bare_bot.py"], plan, args),
    ]
    print(
        f"load: {args.interactions} interactions (/paragraphe 50 %, /cherche 50 %, {args.fresh:.0%} of all "
        f"new queries), {args.concurrency} in flight, stand-in on 127.0.0.1, {os.cpu_count()} CPUs"
    )
    half, full = f"RSS {len(plan) // 2} MiB", f"RSS {len(plan)} MiB"
    header = f"{'bot':<7}{'inter/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
    print(f"{header}{half:>14}{full:>15}")
    for run in runs:
        ordered = run["latencies"]
        print(
            f"{run['name']:<7}{run['rate']:>9.0f}{statistics.median(ordered):>9.2f}"
            f"{percentile(ordered, 0.95):>9.2f}{percentile(ordered, 0.99):>9.2f}"
            f"{run['rss_half']:>14.1f}{run['rss_end']:>15.1f}"
        )
    study = runs[0]
    growth = study["rss_end"] - study["rss_half"]
    print(
        f"study bot RSS after {args.interactions}: {study['rss_end']:.1f} MiB (target < 150); "
        f"growth over the last half: {growth:+.1f} MiB "
        f"(after the warm-up, before the run: {study['rss_start']:.1f} MiB)"
    )


if __name__ == "__main__":
    main()
