"""Search quality on the shared dev set, per query kind and overall, next to a naive baseline.

The baseline is rank-bm25's BM25Okapi over ``text.lower().split()``, computed in the same run;
metrics as in ``../shared/eval/README.md`` (nDCG@10, MRR@10, R@5, S@1 over the first 10 ids).
Run: .venv/bin/python benchmarks/search_quality.py [path/to/dev.jsonl] [--details]
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.service import Service

METRICS = ("ndcg", "mrr", "r5", "s1")
# The project's own copy first (a clean clone has nothing beside it), then the shared folder
# it was copied from, beside the checkout or beside the folder of worktrees.
DEV_CANDIDATES = (
    ROOT / "benchmarks" / "data" / "dev.jsonl",
    ROOT.parent / "shared" / "eval" / "dev.jsonl",
    ROOT.parent.parent / "shared" / "eval" / "dev.jsonl",
)
TARGETS = {"ndcg": 0.90, "mrr": 0.92, "s1": 0.88}
KIND_TARGET = 0.75

Ranker = Callable[[str], list[str]]


def dev_path() -> Path:
    """Return the dev set's path (the first candidate that exists)."""
    for path in DEV_CANDIDATES:
        if path.is_file():
            return path
    raise FileNotFoundError("dev.jsonl introuvable : " + ", ".join(map(str, DEV_CANDIDATES)))


def load_queries(path: Path) -> list[dict[str, object]]:
    """Read the graded queries, one JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(ranked: list[str], rel: dict[str, int], k: int = 10) -> dict[str, float]:
    """Score one ranking against graded ids (the README's function, verbatim in behaviour)."""
    ranked = list(dict.fromkeys(i.strip().upper() for i in ranked))[:k]
    first = next((r for r, i in enumerate(ranked, 1) if rel.get(i, 0) >= 1), None)
    dcg = sum((2 ** rel.get(i, 0) - 1) / math.log2(r + 1) for r, i in enumerate(ranked, 1))
    ideal = sorted(rel.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(r + 1) for r, g in enumerate(ideal, 1))
    answers = [i for i, g in rel.items() if g == 2]
    return {
        "mrr": 1 / first if first else 0.0,
        "ndcg": dcg / idcg,
        "r5": sum(i in ranked[:5] for i in answers) / len(answers),
        "s1": float(bool(ranked) and rel.get(ranked[0], 0) >= 1),
    }


def evaluate(ranker: Ranker, queries: list[dict[str, object]]) -> dict[str, dict[str, float]]:
    """Return the mean metrics per kind and under ``"overall"``."""
    rows: dict[str, list[dict[str, float]]] = {}
    for query in queries:
        relevant = _relevant(query)
        row = score(ranker(str(query["q"])), relevant)
        rows.setdefault(str(query["kind"]), []).append(row)
        rows.setdefault("overall", []).append(row)
    return {kind: {m: sum(r[m] for r in rs) / len(rs) for m in METRICS} for kind, rs in rows.items()}


def _relevant(query: dict[str, object]) -> dict[str, int]:
    relevant = query["relevant"]
    if not isinstance(relevant, dict):
        raise TypeError(f"relevant: objet attendu dans {query!r}")
    return {str(k): int(v) for k, v in relevant.items()}


def project_ranker(service: Service) -> Ranker:
    """Rank with the project's search, as ``cherche --limit 10`` does."""
    return lambda q: [h.id for h in service.search(q, limit=10).hits]


def baseline_ranker(service: Service) -> Ranker:
    """Rank with rank-bm25 over lower-cased, space-split text (the README's naive reference)."""
    from rank_bm25 import BM25Okapi

    segments = service.resolution.segments
    bm25 = BM25Okapi([s.text.lower().split() for s in segments])

    def rank(query: str) -> list[str]:
        scores = bm25.get_scores(query.lower().split())
        order = sorted(range(len(segments)), key=lambda i: -scores[i])
        return [segments[i].id for i in order if scores[i] > 0][:10]

    return rank


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else dev_path()
    queries = load_queries(path)
    service = Service.from_corpus(ROOT / "corpus")
    ours = evaluate(project_ranker(service), queries)
    base = evaluate(baseline_ranker(service), queries)
    print(f"Search quality on {path.name}: {len(queries)} queries (ours | naive rank-bm25 baseline)")
    header = "kind".ljust(12) + "".join(f"{m + '@10' if m in ('ndcg', 'mrr') else m:>18}" for m in METRICS)
    print(header + "     n")
    counts = {k: sum(1 for q in queries if q["kind"] == k) for k in ours if k != "overall"}
    counts["overall"] = len(queries)
    for kind in [*sorted(k for k in ours if k != "overall"), "overall"]:
        cells = "".join(f"{ours[kind][m]:>9.3f} | {base[kind][m]:<6.3f}" for m in METRICS)
        print(kind.ljust(12) + cells + f"{counts[kind]:>6}")
    overall = ours["overall"]
    checks = [f"{m}@{'1' if m == 's1' else '10'} {overall[m]:.3f} ≥ {t}" for m, t in TARGETS.items()]
    met = all(overall[m] >= t for m, t in TARGETS.items())
    worst = min((k for k in ours if k != "overall"), key=lambda k: ours[k]["ndcg"])
    kinds_met = ours[worst]["ndcg"] >= KIND_TARGET
    print(f"targets: {', '.join(checks)}: {'met' if met else 'NOT met'}")
    print(
        f"every kind nDCG@10 ≥ {KIND_TARGET}: {'met' if kinds_met else 'NOT met'} (lowest: {worst} "
        f"{ours[worst]['ndcg']:.3f})"
    )
    if "--details" in sys.argv:
        ranker = project_ranker(service)
        for query in queries:
            relevant = _relevant(query)
            ranked = ranker(str(query["q"]))
            row = score(ranked, relevant)
            print(f"{row['ndcg']:.2f} {query['kind']:<10} {query['q']!r} -> {ranked[:5]} want {relevant}")


if __name__ == "__main__":
    main()
