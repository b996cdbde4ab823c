"""Search speed: index build time, queries/s and p50/p95 latency, real and synthetic corpora.

Synthetic corpora of 10k and 100k paragraphs are built by sampling the text's own clauses (a
fixed seed), so the vocabulary and its statistics are the text's. Each corpus is also scored with
plain ``rank_bm25.BM25Okapi.get_scores`` on the same tokens, in the same run, for the ratio.
Run: .venv/bin/python benchmarks/search_speed.py [--sizes 10000,100000] [--okapi-queries 20]
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.search.analyzer import analyze
from bot.core.search.index import SearchIndex
from bot.core.search.thesaurus import default_thesaurus
from bot.core.service import Service
from bot.core.text.models import Kind, Paragraph

# The kinds of query students type (and the dev set's queries when it is at hand).
QUERIES = [
    "coopération Sud-Sud",
    "droits de l'homme",
    "Haut-Commissaire",
    "A/HRC/55/78",
    "70/1",
    "COVID-19 vaccins",
    "xenofobie",
    "terorisme",
    "ODD",
    "landlocked developing countries",
    "Que doit faire le Secrétaire général ?",
    '"coopération triangulaire"',
    "financement du développement durable",
    "mesures coercitives unilatérales",
    "dialogue entre les civilisations",
    "pays les moins avancés",
]
DEV = (
    ROOT / "benchmarks" / "data" / "dev.jsonl",
    ROOT.parent / "shared" / "eval" / "dev.jsonl",
    ROOT.parent.parent / "shared" / "eval" / "dev.jsonl",
)


def queries() -> list[str]:
    for path in DEV:
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            return QUERIES + [json.loads(line)["q"] for line in lines if line.strip()]
    return QUERIES


def synthetic(segments: tuple[Paragraph, ...], size: int, seed: int = 56) -> list[Paragraph]:
    """Return ``size`` paragraphs of 1 to 4 clauses sampled from the text."""
    clauses = [c.strip() for s in segments for c in re.split(r"[;,]", s.text) if len(c.strip()) > 20]
    rng = random.Random(seed)
    return [
        Paragraph(Kind.OPERATIVE, number, ", ".join(rng.sample(clauses, rng.randint(1, 4))) + " ;", 0)
        for number in range(1, size + 1)
    ]


def timed(action: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = action() if callable(action) else None
    return time.perf_counter() - start, result


def latencies_ms(index: SearchIndex, typed: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for query in typed:
            start = time.perf_counter()
            index.run(query, limit=10)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench(name: str, segments: list[Paragraph] | tuple[Paragraph, ...], typed: list[str], okapi: int) -> None:
    from rank_bm25 import BM25Okapi

    thesaurus = default_thesaurus()
    start = time.perf_counter()
    index = SearchIndex(segments, thesaurus)
    build = time.perf_counter() - start
    index.run("échauffement", limit=10)  # first-call costs (rapidfuzz, caches) out of the figures
    rounds = 5 if len(segments) < 1000 else 2
    samples = latencies_ms(index, typed, rounds)
    p50, p95 = statistics.median(samples), percentile(samples, 0.95)
    qps = 1000 / statistics.mean(samples)
    # Plain BM25Okapi on the same analysed tokens: build, then get_scores per query.
    documents = [analyze(s.text) or ["∅"] for s in segments]
    okapi_build, bm25 = timed(lambda: BM25Okapi(documents))
    sample = typed[:okapi]
    analysed = [analyze(q) for q in sample]
    okapi_samples = []
    for terms in analysed:
        start = time.perf_counter()
        bm25.get_scores(terms)  # type: ignore[union-attr]
        okapi_samples.append((time.perf_counter() - start) * 1000)
    ours_scoring = []
    for terms in analysed:
        start = time.perf_counter()
        index.bm25.get_scores(terms)
        ours_scoring.append((time.perf_counter() - start) * 1000)
    okapi_p50 = statistics.median(okapi_samples)
    ours_p50 = statistics.median(ours_scoring)
    print(
        f"{name:<10} {len(segments):>7} docs  build {build:6.2f} s  "
        f"query p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  {qps:7.0f} q/s  (whole search: analysis, "
        f"thesaurus, typos, snippets)"
    )
    print(
        f"{'':<10} {'':>7}       BM25 scoring only: ours p50 {ours_p50:7.3f} ms vs BM25Okapi.get_scores "
        f"p50 {okapi_p50:8.2f} ms  → {okapi_p50 / ours_p50:6.0f}x faster  "
        f"(BM25Okapi build {okapi_build:.2f} s, {len(sample)} queries)"
    )
    ratio = okapi_p50 / p50
    verdict = (
        f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.0f}x slower (analysis and snippets dominate)"
    )
    print(f"{'':<10} {'':>7}       whole search p50 vs BM25Okapi.get_scores alone: {verdict}")


def main() -> None:
    sizes = [10_000, 100_000]
    okapi = 20
    args = sys.argv[1:]
    if "--sizes" in args:
        sizes = [int(s) for s in args[args.index("--sizes") + 1].split(",")]
    if "--okapi-queries" in args:
        okapi = int(args[args.index("--okapi-queries") + 1])
    service = Service.from_corpus(ROOT / "corpus")
    typed = queries()
    print(f"Search speed: {len(typed)} queries, limit 10, one process, {sys.platform}")
    bench("real", service.resolution.segments, typed, okapi)
    for size in sizes:
        bench("synthetic", synthetic(service.resolution.segments, size), typed, okapi)


if __name__ == "__main__":
    main()
