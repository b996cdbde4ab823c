"""Flood: one member floods the bot with costly questions; do the other members notice?

The study bot runs as a process against the stand-in (tests/e2e/standin.py). Ten members send
/paragraphe and /cherche one after another (20 ms between an answer and their next command),
first alone for ``--seconds``, then while one member sends ``--flood`` interactions at once:
half /question, half mentions of the bot, each about 480 characters of the vote route's worst
case (« vote ab ab ab … », super-linear in the router of this tree). Latency is from the
INTERACTION_CREATE leaving the stand-in to the bot's first response (a deferral counts, as for
Discord). The flooder's CPU is the bot process's CPU time (/proc) over a flood sent alone,
divided by the interactions sent; mentions past five a minute are ignored by the cooldown.
``--tree`` runs the bot from another checkout (e.g. main) with the same stand-in and load.
Run: .venv/bin/python benchmarks/flood.py [--flood 50] [--seconds 6] [--tree /work/main]
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
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import discord_payloads as p
from tests.e2e.standin import StandIn

MEMBERS = 10
THINK = 0.02  # seconds between a member's answer and their next command
QUERIES = ["coopération Sud-Sud", "droits de l'homme", "Haut-Commissaire", "société civile", "dialogue"]
WORDS = ["droit", "coopération", "rapport", "conseil", "États", "dialogue", "capacités", "session"]
# The vote route's worst case in this tree (~330 ms of CPU each, measured in-process).
ADVERSARIAL = ("vote" + " ab" * 200)[:480]


def start(tree: Path, standin: StandIn, data: str) -> subprocess.Popen[bytes]:
    env = os.environ | {
        "DISCORD_TOKEN": standin.token,
        "DISCORD_API_BASE_URL": standin.api_url,
        "LOG_LEVEL": "WARNING",
        "METRICS_PORT": "",
        "SHARD_COUNT": "",
        "SHARD_IDS": "",
        "DATABASE_URL": "",
        "DATA_DIR": data,
        "PYTHONPATH": str(tree),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=tree, env=env, stderr=subprocess.DEVNULL
    )
    standin.wait_ready(1, timeout=120)
    return process


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (/proc/pid/stat fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def member_command(rng: random.Random, user_id: int, number: int) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.5:
        return p.command("paragraphe", user_id=user_id, numero=str(rng.randint(1, 37)))
    if roll < 0.8:
        return p.command("cherche", user_id=user_id, requete=rng.choice(QUERIES))
    return p.command("cherche", user_id=user_id, requete=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {number}")


async def members(standin: StandIn, until: asyncio.Event, seconds: float, seed: int) -> list[float]:
    """Ten members sending commands until ``until`` is set and ``seconds`` have passed; latencies (ms)."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def member(index: int) -> None:
        rng = random.Random(seed * 100 + index)
        user_id = 700000000000000000 + index
        number = 0
        while time.perf_counter() < deadline or not until.is_set():
            number += 1
            sent, call = await asyncio.wait_for(standin.exchange(member_command(rng, user_id, number)), 60)
            latencies.append((call.at - sent) * 1000)
            await asyncio.sleep(THINK)

    await asyncio.gather(*(member(i) for i in range(MEMBERS)))
    return latencies


async def flood(standin: StandIn, count: int, flooder: int) -> float:
    """One member sends ``count`` interactions at once; return when every /question is answered."""
    began = time.perf_counter()
    questions = [
        p.command("question", user_id=flooder, texte=f"{ADVERSARIAL[:470]} {n}") for n in range(count // 2)
    ]
    texts = [f"{ADVERSARIAL[:470]} {n}" for n in range(count - len(questions))]
    mentions = [p.mention(text, author_id=flooder) for text in texts]
    await asyncio.gather(
        *(standin.exchange(q) for q in questions),
        *(asyncio.to_thread(standin.post, m) for m in mentions),
    )
    return time.perf_counter() - began


def settle(process: subprocess.Popen[bytes], quiet: float = 0.5) -> None:
    """Wait until the bot has used no CPU for ``quiet`` seconds (deferred follow-ups, mentions done)."""
    before = cpu_seconds(process.pid)
    while True:
        time.sleep(quiet)
        now = cpu_seconds(process.pid)
        if now - before < 0.02:
            return
        before = now


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(latencies: list[float]) -> str:
    ordered = sorted(latencies)
    return (
        f"{len(ordered):>6}{statistics.median(ordered):>9.2f}{percentile(ordered, 0.95):>9.2f}"
        f"{ordered[-1]:>10.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--flood", type=int, default=50, help="interactions the flooder sends at once")
    parser.add_argument("--seconds", type=float, default=6.0, help="minimum duration of each phase")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose bot runs")
    args = parser.parse_args()
    standin = StandIn().start()
    data = tempfile.TemporaryDirectory(prefix="flood-")
    process = start(args.tree.resolve(), standin, data.name)
    try:
        warm = asyncio.Event()
        warm.set()
        standin.run(members(standin, warm, 1.0, seed=1))
        # The flooder alone: its CPU per interaction.
        cpu = cpu_seconds(process.pid)
        alone = standin.run(flood(standin, args.flood, flooder=800000000000000001))
        settle(process)
        flood_cpu = cpu_seconds(process.pid) - cpu
        # The other members alone, then with the flood.
        done = asyncio.Event()
        done.set()
        quiet = standin.run(members(standin, done, args.seconds, seed=2))
        settle(process)

        async def together() -> tuple[list[float], float]:
            finished = asyncio.Event()

            async def flooding() -> float:
                try:
                    return await flood(standin, args.flood, flooder=800000000000000002)
                finally:
                    finished.set()

            others, took = await asyncio.gather(members(standin, finished, args.seconds, seed=2), flooding())
            return others, took

        flooded, took = standin.run(together())
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        standin.stop()
        data.cleanup()
    print(
        f"flood: {MEMBERS} members send /paragraphe and /cherche; one member sends {args.flood} at once "
        f"({args.flood // 2} /question, {args.flood - args.flood // 2} mentions) of {len(ADVERSARIAL)} "
        f"characters; bot from {args.tree.resolve()}; {os.cpu_count()} CPUs"
    )
    print(f"{'others':<16}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>10}")
    print(f"{'without flood':<16}{summary(quiet)}")
    print(f"{'during flood':<16}{summary(flooded)}")
    ratio = statistics.median(flooded) / statistics.median(quiet)
    print(f"median ratio (during / without): {ratio:.2f}")
    print(
        f"flooder: bot CPU {flood_cpu * 1000 / args.flood:.1f} ms per interaction sent "
        f"({flood_cpu:.2f} s for {args.flood}); every /question answered within {alone:.1f} s alone, "
        f"{took:.1f} s during the others' load"
    )


if __name__ == "__main__":
    main()
