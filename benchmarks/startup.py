"""Start-up cost: corpus parse + index build in process, and whole-command wall time.

Prints medians; the baseline is a bare `python -c pass` measured in the same run, so the figure
that matters is the difference (our own start-up) rather than the machine's speed.
Run: .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.service import Service
from bot.core.text.corpus import load_resolution


def median_ms(runs: int, action: Callable[[], object]) -> float:
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def command(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)


def main() -> None:
    corpus = ROOT / "corpus"
    parse = median_ms(50, lambda: load_resolution(corpus))
    build = median_ms(50, lambda: Service.from_corpus(corpus).index)
    service = Service.from_corpus(corpus)
    lookup = median_ms(2000, lambda: service.paragraphs("29")) * 1000
    search = median_ms(500, lambda: service.search("coopération Sud-Sud"))
    baseline = median_ms(10, lambda: command("-c", "pass"))
    cli = median_ms(10, lambda: command("-m", "bot", "paragraphe", "29"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus parse + validation      median {parse:8.2f} ms")
    print(f"service build (parse + index)  median {build:8.2f} ms")
    print(f"paragraph lookup '29'          median {lookup:8.2f} µs")
    print(f"search 'coopération Sud-Sud'   median {search:8.3f} ms")
    print(f"python -c pass (baseline)      median {baseline:8.1f} ms")
    print(f"resolution-bot paragraphe 29   median {cli:8.1f} ms  (+{cli - baseline:.1f} ms over baseline)")
    print(f"peak RSS of this process              {rss:8.1f} MiB")


if __name__ == "__main__":
    main()
