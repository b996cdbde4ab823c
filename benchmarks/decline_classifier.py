"""Would a learned « the text does not answer this » classifier help, as a veto on search's answers?

Issue 14 asks to weigh an intent classifier (character n-grams and a linear model) against the
scored rules on held-out batches. This measures the one place a classifier could add to the rules:
vetoing an answer search gives to a question the text does not answer. The classifier is the
paragraph ranker's (bot/core/search/ranker.py: TF-IDF character and word n-grams, LinearSVC),
trained on whether each tuning question is answerable. It is scored held out six ways by batch
file (every question of a batch is scored by a model that never saw that batch), so each figure is
what it would do on a batch written by someone new.

For each threshold: how many search answers it would veto, how many of them answer a question the
text does not answer (wrong answers turned into declines) and how many are right answers lost.

    .venv/bin/python benchmarks/decline_classifier.py     # about three minutes
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.questions import BATCHES, QUESTIONS, load_cases, run
from bot.core.questions.evidence import DECLINE_THRESHOLD
from bot.core.search.ranker import MAX_RANKED_CHARACTERS, Model, _fit
from bot.core.service import Service
from bot.core.text.french import fold_words
from bot.render.templates import Renderer

FOLDS = 6
THRESHOLDS = (0.5, 0.75, 1.0, 1.25)
OUTSIDE, INSIDE = "hors_texte", "repondable"


def main() -> int:
    sources = [QUESTIONS, *sorted(BATCHES.glob("batch_*.jsonl"))]
    cases = [(path.stem, case) for path in sources for case in load_cases(path)]
    service = Service.from_corpus(ROOT / "corpus")
    outcomes = run(
        service, Renderer(ROOT / "templates", markup=False), [c for _, c in cases], DECLINE_THRESHOLD
    )
    names = sorted({name for name, _ in cases})
    scores: list[float] = [0.0] * len(cases)
    for fold in range(FOLDS):
        held = set(names[fold::FOLDS])
        examples = [
            (c["question"], INSIDE if c["answerable"] else OUTSIDE) for n, c in cases if n not in held
        ]
        fitted = _fit(examples)
        if fitted is None:
            return 1
        model = Model.fitted(*fitted)
        for i, (name, case) in enumerate(cases):
            if name in held:
                scored = dict(model.scores(fold_words(case["question"][:MAX_RANKED_CHARACTERS])))
                scores[i] = scored[OUTSIDE]
    searched = [i for i, o in enumerate(outcomes) if o.answered and o.intent == "recherche"]
    wrong = sum(1 for o in outcomes if o.answered and not o.case["answerable"])
    print(f"{len(cases)} questions de réglage, {len(names)} fichiers, {FOLDS} plis par fichier")
    print(f"réponses de la recherche : {len(searched)} ; réponses à une question hors texte : {wrong}")
    for threshold in THRESHOLDS:
        vetoed = [i for i in searched if scores[i] > threshold]
        fixed = sum(1 for i in vetoed if not outcomes[i].case["answerable"])
        lost = sum(1 for i in vetoed if outcomes[i].case["answerable"] and outcomes[i].correct)
        print(
            f"  seuil {threshold:>4} : {len(vetoed):>3} refusées, {fixed:>3} fausses réponses évitées, "
            f"{lost:>3} justes perdues"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
