"""The paragraph ranker held out six ways: the paragraph it names, and what it does to answers.

The ranker (bot/core/search/ranker.py) trains on the tuning questions, so the tuning figures of
benchmarks/questions.py are partly in-sample. Here the batches are split in six folds; each
fold's questions are answered by a ranker trained without them (the corpus lists and the other
folds' labelled questions). Printed: for the content questions, how often the ranker's first
paragraph and search's first passage are right; then the whole router's answered and declined
counts, with the ranker and without it (search alone). Blind batches are never used.

Run:  .venv/bin/python benchmarks/paragraph_ranker.py     (a few minutes: six trainings)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.questions import BATCHES, QUESTIONS, load_cases, run, shares
from bot.core.questions.evidence import DECLINE_THRESHOLD
from bot.core.questions.router import QuestionAnswerer
from bot.core.search.ranker import ParagraphRanker
from bot.core.service import Service
from bot.render.templates import Renderer

FOLDS = 6


def _spaced(text: str) -> str:
    return " ".join(text.split())


def main() -> None:
    service = Service.from_corpus(ROOT / "corpus")
    renderer = Renderer(ROOT / "templates", markup=False)
    texts = {s.id: s.text for s in service.resolution.segments if s.id.startswith(("PP", "OP"))}
    labelled = set(service.paraphrases.labelled)
    unlabelled = [e for e in service.paraphrases.examples(texts) if e not in labelled]
    groups = {"questions": load_cases(QUESTIONS)}
    groups |= {p.stem: load_cases(p) for p in sorted(BATCHES.glob("batch_*.jsonl"))}
    names = list(groups)
    with_ranker = [0, 0, 0, 0]
    without = [0, 0, 0, 0]
    ranker_right = search_right = content = 0
    for fold in (names[i::FOLDS] for i in range(FOLDS)):
        held = {_spaced(c["question"]) for name in fold for c in groups[name]}
        examples = unlabelled + [(q, pid) for q, pid in labelled if q not in held]
        ranker = ParagraphRanker(lambda examples=examples: examples)
        cases = [c for name in fold for c in groups[name]]
        service.__dict__["ranker"] = ranker  # the Service's cached ranker, for this fold
        with_ranker = [
            a + b
            for a, b in zip(
                with_ranker, shares(run(service, renderer, cases, DECLINE_THRESHOLD)), strict=True
            )
        ]
        service.__dict__["ranker"] = ParagraphRanker(list)  # search alone
        without = [
            a + b
            for a, b in zip(without, shares(run(service, renderer, cases, DECLINE_THRESHOLD)), strict=True)
        ]
        alone = QuestionAnswerer(service)
        for case in cases:
            cited = case["citations"]
            if not (case["answerable"] and cited and cited[0].startswith(("PP", "OP"))):
                continue
            content += 1
            first = ranker.rank(case["question"], limit=1)
            ranker_right += bool(first) and first[0][0] in cited
            answer = alone.answer(case["question"])
            shown = answer.citations or [h.paragraph.id for h in answer.closest]
            search_right += bool(shown) and shown[0] in cited
    print(f"content questions held out: {content}")
    print(f"  ranker's first paragraph right: {ranker_right} ({ranker_right / content:.1%})")
    print(f"  search's first passage right:   {search_right} ({search_right / content:.1%})")
    for label, (good, answerable, declined, unanswerable) in (
        ("with the ranker", with_ranker),
        ("search alone", without),
    ):
        print(
            f"{label:16} answered {good}/{answerable} ({good / answerable:.1%}), "
            f"declined {declined}/{unanswerable} ({declined / unanswerable:.1%})"
        )


if __name__ == "__main__":
    main()
