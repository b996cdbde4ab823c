"""Interaction latency of the study bot against a bare discord.py bot, in the same stand-in run.

For /paragraphe and /cherche: time from the INTERACTION_CREATE leaving the stand-in's gateway to
the bot's first response arriving at its HTTP API (both timestamps taken in the stand-in). The
baseline is benchmarks/bare_bot.py answering a constant string; requests alternate between the
two bots so that machine noise hits both alike. Also: start-up time to READY and resident memory.
Run: .venv/bin/python benchmarks/discord_latency.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

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
    "70/1",
    "pays en développement",
]


def unique_queries() -> Iterator[str]:
    """Two-word queries from the text's own vocabulary, each asked once."""
    from bot.core.text.corpus import load_resolution

    words = sorted(
        {w.strip(",.;:()«»") for p in load_resolution(ROOT / "corpus").segments for w in p.text.split()}
    )
    words = [w for w in words if len(w) > 5 and w.isalpha()]
    random.shuffle(words)
    seen: set[str] = set()
    while True:
        query = f"{random.choice(words)} {random.choice(words)}"
        if query not in seen:
            seen.add(query)
            yield query


def start(argv: list[str], standin: StandIn) -> tuple[subprocess.Popen[bytes], float]:
    env = os.environ | {
        "DISCORD_TOKEN": standin.token,
        "DISCORD_API_BASE_URL": standin.api_url,
        "LOG_LEVEL": "WARNING",
    }
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, *argv], cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    standin.wait_ready(1, timeout=120)
    return process, time.perf_counter() - began


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def latency_ms(standin: StandIn, payload: dict[str, object]) -> float:
    sent = standin.send(payload)
    return (standin.answer(payload, timeout=60).at - sent) * 1000


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200, help="interactions per command and per bot")
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    random.seed(562)

    ours_server, bare_server = StandIn().start(), StandIn().start()
    ours, ours_start = start(["-m", "bot", "run"], ours_server)
    bare, bare_start = start(["benchmarks/bare_bot.py"], bare_server)
    results: dict[tuple[str, str], list[float]] = {}
    try:
        fresh = unique_queries()
        for command in ("paragraphe", "cherche", "cherche*"):
            for round_number in range(args.warmup + args.rounds):
                if command == "paragraphe":
                    options = {"numero": str(random.randint(1, 37))}
                elif command == "cherche":
                    options = {"requete": random.choice(QUERIES)}
                else:  # never asked before: no cached reply, the whole search and rendering
                    options = {"requete": next(fresh)}
                for name, server in (("study", ours_server), ("bare", bare_server)):
                    elapsed = latency_ms(server, p.command(command.rstrip("*"), **options))
                    if round_number >= args.warmup:
                        results.setdefault((command, name), []).append(elapsed)
        memory = {"study": rss_mib(ours.pid), "bare": rss_mib(bare.pid)}
    finally:
        for process in (ours, bare):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        ours_server.stop()
        bare_server.stop()

    print(
        f"discord.py interaction latency, stand-in on 127.0.0.1, "
        f"{args.rounds} rounds after {args.warmup} warm-up"
    )
    print(f"{'command':<12}{'bot':<8}{'median ms':>11}{'p95 ms':>9}")
    for command in ("paragraphe", "cherche", "cherche*"):
        for name in ("study", "bare"):
            median, p95 = summary(results[command, name])
            print(f"/{command:<11}{name:<8}{median:>11.2f}{p95:>9.2f}")
        ratio = statistics.median(results[command, "study"]) / statistics.median(results[command, "bare"])
        print(f"/{command:<11}median ratio study/bare = {ratio:.2f} (target <= 1.3)")
    print(
        "cherche*: a query never asked before (the study bot caches rendered replies of its immutable text)"
    )
    print(f"start-up to READY: study {ours_start:.2f} s, bare {bare_start:.2f} s")
    print(f"resident memory after the run: study {memory['study']:.1f} MiB, bare {memory['bare']:.1f} MiB")


if __name__ == "__main__":
    main()
