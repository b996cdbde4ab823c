"""Quality floor on the shared dev set: below the targets, so that noise cannot break CI.

The targets (nDCG@10 0.90, MRR@10 0.92, S@1 0.88) are checked by benchmarks/search_quality.py;
this test only guards against a change that wrecks the ranking.
"""

import importlib.util
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "search_quality.py"
FLOOR = {"ndcg": 0.85, "mrr": 0.85, "s1": 0.80}
KIND_FLOOR = 0.65


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("search_quality", BENCHMARK)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(quality, service):
    queries = quality.load_queries(quality.dev_path())
    assert len(queries) >= 20
    return quality.evaluate(quality.project_ranker(service), queries), quality.evaluate(
        quality.baseline_ranker(service), queries
    )


def test_search_quality_floor_overall(scores):
    """Overall nDCG@10, MRR@10 and S@1 on the dev set stay above the floor."""
    ours, _ = scores
    for metric, floor in FLOOR.items():
        assert ours["overall"][metric] >= floor, (metric, ours["overall"])


def test_search_quality_floor_every_kind(scores):
    """Every kind of query keeps nDCG@10 above the per-kind floor."""
    ours, _ = scores
    low = {kind: round(m["ndcg"], 3) for kind, m in ours.items() if m["ndcg"] < KIND_FLOOR}
    assert low == {}


def test_search_quality_beats_the_naive_baseline(scores):
    """The project's ranker beats rank-bm25 over lower-cased split text on every overall metric."""
    ours, baseline = scores
    for metric in ("ndcg", "mrr", "r5", "s1"):
        assert ours["overall"][metric] > baseline["overall"][metric], metric


def test_quality_metric_matches_the_readme_definition(quality):
    """The scoring function gives the README's values on a hand-checked ranking."""
    row = quality.score(["op2", "OP1", "OP1", "PP3"], {"OP1": 2, "OP2": 1})
    assert row["mrr"] == 1.0
    assert row["s1"] == 1.0
    assert row["r5"] == 1.0
    assert row["ndcg"] == pytest.approx((1 + 3 / 1.584962500721156) / (3 + 1 / 1.584962500721156))
