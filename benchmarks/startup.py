"""Start-up cost, as ratios to floors measured in the same run (so the machine's speed cancels out).

In process: corpus parse + index build, a lookup, a search (medians). Then five ratios, each the
median of several runs of ours over the median of its floor, runs interleaved so that noise from
other work on the machine hits both alike:
- the whole command ``resolution-bot paragraphe 29`` and ``cherche coopération`` (``python -m
  bot``) vs ``python -c "import jinja2"``, the least a templated answer costs;
- process start to gateway IDENTIFY of ``resolution-bot run`` vs benchmarks/bare_bot.py (a bare
  discord.py bot), each against its own Discord stand-in (tests/e2e/standin.py);
- the reply latency of a never-asked ``/cherche`` vs the bare bot's constant reply, and resident
  memory after a few hundred interactions (discord_latency.py and load.py measure these at length;
  their functions are reused here).
Run: .venv/bin/python benchmarks/startup.py [--runs 7]  (about a minute on 2 cores)
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import discord_latency, load
from bot.core.service import Service
from bot.core.text.corpus import load_resolution
from tests import discord_payloads as p
from tests.e2e.standin import StandIn

STUDY, BARE = ["-m", "bot", "run"], ["benchmarks/bare_bot.py"]


def median_ms(runs: int, action: Callable[[], object]) -> float:
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def command_ms(*args: str) -> float:
    """Wall time of one ``python ARGS`` in the checkout, without a token (so no .env token either)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        check=True,
        capture_output=True,
        cwd=ROOT,
        env=os.environ | {"DISCORD_TOKEN": ""},
    )
    return (time.perf_counter() - start) * 1000


def interleaved(runs: int, actions: dict[str, Callable[[], float]]) -> dict[str, float]:
    """Run every action once per round, ``runs`` rounds; the median of each action's results."""
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            samples[name].append(action())
    return {name: statistics.median(values) for name, values in samples.items()}


def verdict(label: str, ours: float, floor: float, unit: str, target: float) -> str:
    ratio = ours / floor
    met = "met" if ratio <= target else "NOT MET"
    return f"{label:<44}{ours:>9.1f} vs {floor:>7.1f} {unit:<4} ratio {ratio:4.2f}  target <= {target}  {met}"


def in_process() -> None:
    corpus = ROOT / "corpus"
    parse = median_ms(30, lambda: load_resolution(corpus))
    build = median_ms(30, lambda: Service.from_corpus(corpus).index)
    service = Service.from_corpus(corpus)
    lookup = median_ms(2000, lambda: service.paragraphs("29")) * 1000
    search = median_ms(500, lambda: service.search("coopération Sud-Sud"))
    print(f"corpus parse + validation      median {parse:8.2f} ms")
    print(f"service build (parse + index)  median {build:8.2f} ms")
    print(f"paragraph lookup '29'          median {lookup:8.2f} µs")
    print(f"search 'coopération Sud-Sud'   median {search:8.3f} ms")


def launch(argv: list[str]) -> tuple[subprocess.Popen[bytes], StandIn, float]:
    """Start a bot against a fresh stand-in; seconds from process start to its IDENTIFY.

    discord_latency.start times until READY, which the stand-in sends in the same handler as it
    receives IDENTIFY: the difference is one local write, well under a millisecond.
    """
    server = StandIn().start()
    process, seconds = discord_latency.start(argv, server)
    return process, server, seconds


def stop(process: subprocess.Popen[bytes], server: StandIn) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command and each bot start")
    parser.add_argument("--rounds", type=int, default=100, help="never-asked /cherche per bot")
    parser.add_argument("--interactions", type=int, default=300, help="load.py's mix before reading RSS")
    args = parser.parse_args()
    random.seed(562)
    # The bots' own settings, not the developer's: no metrics port or shards, study data in a
    # scratch directory (migrated on the first start, as on a fresh deployment).
    scratch = tempfile.mkdtemp(prefix="startup-bench-")
    os.environ.update(METRICS_PORT="", SHARD_COUNT="", SHARD_IDS="", DATABASE_URL="", DATA_DIR=scratch)
    # Measured as installed: pip and the Docker image compile the package to bytecode, as the
    # floor's jinja2 is in site-packages; a checkout run with PYTHONDONTWRITEBYTECODE would
    # otherwise recompile every module of ours on every start (~30 ms), and never the floor's.
    compileall.compile_dir(ROOT / "bot", quiet=1)

    in_process()
    commands = interleaved(
        args.runs,
        {
            "floor": lambda: command_ms("-c", "import jinja2"),
            "paragraphe": lambda: command_ms("-m", "bot", "paragraphe", "29"),
            "cherche": lambda: command_ms("-m", "bot", "cherche", "coopération"),
        },
    )

    starts: dict[str, list[float]] = {"study": [], "bare": []}
    for run in range(args.runs):
        last = run == args.runs - 1
        bots = {}
        for name, argv in (("study", STUDY), ("bare", BARE)):
            process, server, seconds = launch(argv)
            starts[name].append(seconds * 1000)
            bots[name] = (process, server)
            if not last:
                stop(process, server)
    try:
        # The last pair stays up: never-asked /cherche, alternating, then load.py's mix for memory.
        latencies: dict[str, list[float]] = {"study": [], "bare": []}
        fresh = discord_latency.unique_queries()
        warmup = 10
        for number in range(warmup + args.rounds):
            payload = p.command("cherche", requete=next(fresh))
            for name, (_, server) in bots.items():
                elapsed = discord_latency.latency_ms(server, payload)
                if number >= warmup:
                    latencies[name].append(elapsed)
        plan = load.workload(args.interactions)
        for _, server in bots.values():
            server.run(load.drive(server, plan, 16))
        memory = {name: load.rss_mib(process.pid) for name, (process, _) in bots.items()}
    finally:
        for process, server in bots.values():
            stop(process, server)
        shutil.rmtree(scratch, ignore_errors=True)
    interactions = warmup + args.rounds + args.interactions

    identify = {name: statistics.median(values) for name, values in starts.items()}
    reply = {name: statistics.median(values) for name, values in latencies.items()}
    print(f"\nratios, medians of {args.runs} runs each (floors measured in the same run, interleaved)")
    floor = commands["floor"]
    print(verdict("resolution-bot paragraphe 29 / import jinja2", commands["paragraphe"], floor, "ms", 2))
    print(verdict("resolution-bot cherche coopération / jinja2", commands["cherche"], floor, "ms", 3))
    print(verdict("start → IDENTIFY: run / bare discord.py", identify["study"], identify["bare"], "ms", 2.5))
    print(verdict(f"new /cherche reply, {args.rounds} each / bare", reply["study"], reply["bare"], "ms", 1.3))
    print(
        verdict(f"RSS after {interactions} interactions / bare", memory["study"], memory["bare"], "MiB", 2.5)
    )


if __name__ == "__main__":
    main()
