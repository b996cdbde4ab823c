"""Quiz question quality: rule violations over many seeded rounds, per rule and question kind.

Generates rounds of 10 questions for seeds 0..N-1 over each part of the text (tout, preambule,
dispositif), plus the question of the day of every paragraph, and counts the questions that break
each rule of bot/core/study/quality.py (a question breaking a rule twice counts once). Also prints
the word count of the quotes. Run: .venv/bin/python benchmarks/quiz_quality.py [--seeds 60]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.service import Service
from bot.core.study.generator import QuizGenerator
from bot.core.study.models import GeneratedQuestion, QuestionKind
from bot.core.study.quality import QUOTED_KINDS, RULES, count, quoted_text, words
from bot.core.text.lexicon import lexicon

PARTS = ("tout", "preambule", "dispositif")


def generate(generator: QuizGenerator, seeds: int) -> list[GeneratedQuestion]:
    questions = [q for seed in range(seeds) for part in PARTS for q in generator.generate(seed, 10, part)]
    paragraphs = generator.resolution.paragraphs
    return questions + [generator.for_paragraph(p.number, p) for p in paragraphs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=60)
    args = parser.parse_args()
    service = Service.from_corpus(ROOT / "corpus")
    generator = QuizGenerator.from_service(service)
    started = time.perf_counter()
    questions = generate(generator, args.seeds)
    elapsed = time.perf_counter() - started
    kinds = Counter(q.kind for q in questions)
    counts = count(questions, service.resolution, lexicon())
    shown = [k for k in QuestionKind if k in QUOTED_KINDS]
    print(f"{len(questions)} questions ({args.seeds} seeds x {len(PARTS)} parts x 10, plus one a paragraph)")
    print(f"generated in {elapsed:.2f} s; " + ", ".join(f"{k.value} {kinds[k]}" for k in QuestionKind))
    print()
    print(f"{'rule':24}" + "".join(f"{k.value:>12}" for k in shown) + f"{'total':>8}")
    for rule in RULES:
        cells = [counts[rule, k] for k in shown]
        print(
            f"{rule:24}" + "".join(f"{n:>5} / {kinds[k]:<4}" for n, k in zip(cells, shown, strict=True)),
            end="",
        )
        print(f"{sum(cells):>8}")
    print()
    for kind in shown:
        sizes = [len(words(quoted_text(q))) for q in questions if q.kind is kind]
        if sizes:
            print(
                f"{kind.value:>10} quote words: min {min(sizes)}, median {statistics.median(sizes):g},"
                f" max {max(sizes)}"
            )


if __name__ == "__main__":
    main()
