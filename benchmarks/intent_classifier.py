"""Intent classifier experiment: character n-grams + a linear model against the scored rules.

Issue 14 asks to measure, on held-out data, a small intent classifier of the kind chat-bot NLU
frameworks use (TF-IDF of character n-grams and words, a linear model, a fallback threshold)
against the router's rules, and to keep the better one. This script is that measurement; it is an
experiment, not a dependency: scikit-learn is not in the project, and without it the script says
so and exits 0.

Labels (7): the router's six intents and ``hors_texte`` (the text does not answer: decline).
- tests/questions/questions.jsonl: ``kind``; an unanswerable question is ``hors_texte`` unless its
  kind is vote or paragraphe (a non-member's vote, a missing paragraph are still routed there).
- tests/questions/batches/*.jsonl: ``topic`` mapped (reference→paragraphe, vote→vote,
  metadata→metadonnees, documents→citations, requests→demandes, content→recherche,
  outside→hors_texte).

Training data: questions.jsonl + the batch_* files. ``blind_e`` is never trained or tuned on;
it is only reported. The fallback threshold (top probability under it → recherche) is chosen by
5-fold cross-validation on the training data; the cross-validated figures are nested (each outer
fold chooses its own threshold on its own training part), so they are not flattered by it.

The rules' intent is ``QuestionAnswerer(service).answer(q).intent``, and ``hors_texte`` when the
answer is not answered and the intent is recherche. Secondary views, fairer to the rules, which
also decline inside the vote and paragraph routes: answer/decline agreement (from ``answerable``:
rules decline = ``answered`` is False, classifier decline = ``hors_texte``), and routing accuracy
on the answerable questions alone.

Run:  /tmp/clfvenv/bin/python benchmarks/intent_classifier.py
(a venv with scikit-learn and the project: python3 -m venv /tmp/clfvenv &&
/tmp/clfvenv/bin/pip install scikit-learn && /tmp/clfvenv/bin/pip install -e .)
"""

from __future__ import annotations

import json
import math
import pickle
import random
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = ROOT / "tests" / "questions" / "questions.jsonl"
BATCHES = ROOT / "tests" / "questions" / "batches"
TRAIN_BATCHES = tuple(sorted(p.name for p in BATCHES.glob("batch_*.jsonl")))
BLINDS = tuple(sorted(p.name for p in BATCHES.glob("blind_*.jsonl")))
LABELS = ["paragraphe", "vote", "metadonnees", "citations", "demandes", "recherche", "hors_texte"]
SHORT = {label: label[:4] for label in LABELS}
TOPICS = {
    "reference": "paragraphe",
    "vote": "vote",
    "metadata": "metadonnees",
    "documents": "citations",
    "requests": "demandes",
    "content": "recherche",
    "outside": "hors_texte",
    # Later batches' writers chose their own topic names.
    "addressee": "demandes",
    "footnote": "paragraphe",
    "vote_nonmember": "vote",
}
FALLBACK = "recherche"
THRESHOLDS = [round(step * 0.05, 2) for step in range(19)]  # 0.00 … 0.90
FOLDS = 5
SEED = 0
NEAR = 0.6  # a blind question this close to a training one is a near-paraphrase (some are verbatim)
C = 10.0  # fixed, not tuned: the figures below are not flattered by a search over it


def fold(text: str) -> str:
    """Lowercase, fold accents and typographic apostrophes (the features' input)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def load(path: Path, source: str) -> list[dict[str, Any]]:
    """Return one dict a line, with ``label``, ``source`` and ``lang`` set."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if "topic" in case:
            topic = case["topic"]
            if topic in TOPICS:
                case["label"] = TOPICS[topic]
            else:  # a writer's own topic: its answerability says the rest
                case["label"] = "recherche" if case["answerable"] else "hors_texte"
        elif case["answerable"] or case["kind"] in ("vote", "paragraphe"):
            case["label"] = case["kind"]
        else:
            case["label"] = "hors_texte"
        case["source"] = source
        case.setdefault("lang", "fr")
        cases.append(case)
    return cases


def make_model() -> Any:
    """TF-IDF of char_wb 2–5-grams and word 1–2-grams on folded text, logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(preprocessor=fold, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            ),
            (
                "words",
                TfidfVectorizer(
                    preprocessor=fold,
                    analyzer="word",
                    ngram_range=(1, 2),
                    token_pattern=r"(?u)\b\w+\b",  # noqa: S106 (a regex, not a password)
                    sublinear_tf=True,
                ),
            ),
        ]
    )
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    return Pipeline([("features", features), ("clf", classifier)])


def decide(model: Any, probabilities: Any, threshold: float) -> list[str]:
    """Return the top class, or the fallback when its probability is under ``threshold``."""
    classes = list(model.classes_)
    out = []
    for row in probabilities:
        best = int(row.argmax())
        out.append(classes[best] if row[best] >= threshold else FALLBACK)
    return out


def macro_f1(truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None) -> float:
    """Macro-F1 over ``labels`` (by default the labels present in ``truth``)."""
    from sklearn.metrics import f1_score

    labels = list(labels) if labels is not None else [lab for lab in LABELS if lab in set(truth)]
    return float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0))


def accuracy(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of exact matches."""
    return sum(t == p for t, p in zip(truth, predicted, strict=True)) / max(len(truth), 1)


def choose(table: list[tuple[float, float]]) -> float:
    """The middle of the widest run of thresholds reaching the best score (as benchmarks/questions.py)."""
    best = max(score for _, score in table)
    runs: list[list[float]] = []
    for threshold, score in table:
        if score >= best - 1e-12 and runs and runs[-1][-1] == round(threshold - 0.05, 2):
            runs[-1].append(threshold)
        elif score >= best - 1e-12:
            runs.append([threshold])
    widest = max(runs, key=len)
    return widest[(len(widest) - 1) // 2]


def out_of_fold(texts: list[str], labels: list[str], seed: int) -> tuple[Any, list[str]]:
    """Out-of-fold probabilities (rows in ``texts`` order) and the class order."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros((len(texts), len(LABELS)))
    classes = sorted(set(labels))
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(texts, labels):
        model = make_model().fit([texts[i] for i in train], [labels[i] for i in train])
        columns = [classes.index(c) for c in model.classes_]
        probabilities[np.ix_(test, columns)] = model.predict_proba([texts[i] for i in test])
    return probabilities[:, : len(classes)], classes


def threshold_table(texts: list[str], labels: list[str], seed: int) -> list[tuple[float, float, float]]:
    """(threshold, macro-F1, accuracy) of the out-of-fold predictions for every threshold."""
    probabilities, classes = out_of_fold(texts, labels, seed)

    class Classes:
        classes_ = classes

    table = []
    for threshold in THRESHOLDS:
        predicted = decide(Classes, probabilities, threshold)
        table.append((threshold, macro_f1(labels, predicted, LABELS), accuracy(labels, predicted)))
    return table


def nested_cv(texts: list[str], labels: list[str]) -> tuple[list[str], list[float], list[list[int]]]:
    """Outer 5-fold predictions, each fold's threshold chosen by an inner 5-fold CV of its training part."""
    from sklearn.model_selection import StratifiedKFold

    predicted = [""] * len(texts)
    thresholds: list[float] = []
    folds: list[list[int]] = []
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(texts, labels):
        train_texts = [texts[i] for i in train]
        train_labels = [labels[i] for i in train]
        table = threshold_table(train_texts, train_labels, SEED + 1)
        threshold = choose([(t, f1) for t, f1, _ in table])
        thresholds.append(threshold)
        model = make_model().fit(train_texts, train_labels)
        test_texts = [texts[i] for i in test]
        for i, label in zip(test, decide(model, model.predict_proba(test_texts), threshold), strict=True):
            predicted[i] = label
        folds.append(list(test))
    return predicted, thresholds, folds


def nearest(model: Any, train: list[str], texts: list[str]) -> list[float]:
    """Cosine of each text to its nearest training question, on the model's char n-gram TF-IDF."""
    chars = model.named_steps["features"].transformer_list[0][1]
    similarity = chars.transform(texts) @ chars.transform(train).T
    return [float(row.max()) if row.nnz else 0.0 for row in similarity]


def rules_intents(cases: list[dict[str, Any]]) -> tuple[list[str], list[bool], list[int]]:
    """The rules' 7-class label, whether they answered, and the CPU ns each question took."""
    from bot.core.questions.router import QuestionAnswerer
    from bot.core.service import Service

    answerer = QuestionAnswerer(Service.from_corpus(ROOT / "corpus"))
    labels, answered, costs = [], [], []
    for case in cases:
        start = time.process_time_ns()
        answer = answerer.answer(case["question"])
        costs.append(time.process_time_ns() - start)
        intent = answer.intent.value
        labels.append("hors_texte" if not answer.answered and intent == "recherche" else intent)
        answered.append(answer.answered)
    return labels, answered, costs


def confusion(truth: Sequence[str], predicted: Sequence[str], title: str) -> None:
    """Print a confusion matrix, rows the label, columns the prediction."""
    print(f"\n{title} (lignes : étiquette, colonnes : prédiction)")
    print(" " * 11 + "".join(f"{SHORT[lab]:>6}" for lab in LABELS) + "   juste")
    for row in LABELS:
        counts = [
            sum(1 for t, p in zip(truth, predicted, strict=True) if t == row and p == col) for col in LABELS
        ]
        total = sum(counts)
        if not total:
            continue
        cells = "".join(f"{n if n else '.':>6}" for n in counts)
        print(f"{row:<11}{cells}   {counts[LABELS.index(row)]}/{total}")


def line(
    name: str, truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None
) -> str:
    """One figure line: accuracy and macro-F1."""
    good = sum(t == p for t, p in zip(truth, predicted, strict=True))
    return (
        f"  {name:<12} exactitude {good:>3}/{len(truth):<3} {accuracy(truth, predicted):>6.1%}"
        f"   macro-F1 {macro_f1(truth, predicted, labels):.3f}"
    )


def secondary(
    cases: list[dict[str, Any]], clf: Sequence[str], rules: Sequence[str], rules_answered: Sequence[bool]
) -> None:
    """Answer/decline agreement and routing accuracy on the answerable questions."""
    should_decline = [not c["answerable"] for c in cases]
    clf_decline = [p == "hors_texte" for p in clf]
    rules_decline = [not a for a in rules_answered]
    for name, declines in (("classifieur", clf_decline), ("règles", rules_decline)):
        declined_ok = sum(d and s for d, s in zip(declines, should_decline, strict=True))
        false_declines = sum(d and not s for d, s in zip(declines, should_decline, strict=True))
        print(
            f"  {name:<12} décline {declined_ok}/{sum(should_decline)} des questions hors texte,"
            f" décline à tort {false_declines}/{len(cases) - sum(should_decline)} des répondables"
        )
    for name, combined in (
        ("l'un ou l'autre", [a or b for a, b in zip(clf_decline, rules_decline, strict=True)]),
        ("les deux", [a and b for a, b in zip(clf_decline, rules_decline, strict=True)]),
    ):
        declined_ok = sum(d and s for d, s in zip(combined, should_decline, strict=True))
        false_declines = sum(d and not s for d, s in zip(combined, should_decline, strict=True))
        print(
            f"  déclin si {name:<16} décline {declined_ok}/{sum(should_decline)},"
            f" décline à tort {false_declines}/{len(cases) - sum(should_decline)}"
        )
    truth7 = [c["label"] for c in cases]
    agree = [i for i in range(len(cases)) if clf[i] == rules[i]]
    good = sum(clf[i] == truth7[i] for i in agree)
    clf_wins = sum(clf[i] == truth7[i] != rules[i] for i in range(len(cases)))
    rules_wins = sum(rules[i] == truth7[i] != clf[i] for i in range(len(cases)))
    print(
        f"  accord classifieur = règles sur {len(agree)}/{len(cases)} questions, justes {good}/{len(agree)};"
        f" en désaccord : classifieur seul juste {clf_wins}, règles seules justes {rules_wins}"
        f" (McNemar exact p = {mcnemar(clf_wins, rules_wins):.3g})"
    )
    answerable = [i for i, c in enumerate(cases) if c["answerable"]]
    truth = [cases[i]["label"] for i in answerable]
    for name, predicted in (("classifieur", clf), ("règles", rules)):
        routed = [predicted[i] for i in answerable]
        good = sum(t == p for t, p in zip(truth, routed, strict=True))
        print(f"  {name:<12} route juste {good}/{len(truth)} répondables ({good / len(truth):.1%})")


def mcnemar(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value for ``b`` and ``c`` discordant pairs."""
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(min(b, c) + 1)) / 2**n
    return min(1.0, 2 * tail)


def cpu_cost(function: Callable[[str], Any], texts: list[str], repeat: int = 5) -> list[float]:
    """CPU µs per text (the best of ``repeat`` runs each)."""
    costs = []
    for text in texts:
        best = min(_timed(function, text) for _ in range(repeat))
        costs.append(best / 1000)
    return costs


def _timed(function: Callable[[str], Any], text: str) -> int:
    start = time.process_time_ns()
    function(text)
    return time.process_time_ns() - start


def adversarial(n: int = 500) -> dict[str, str]:
    """500-character inputs: vote word + many short words, one unbroken token, a repeated question."""
    rng = random.Random(SEED)
    words = []
    while len(" ".join(words)) < n - 10:
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 3))))
    short = ("vote " + " ".join(words))[:n]
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzéèàç0123456789") for _ in range(n))
    repeated = ("qui a voté contre la résolution et pourquoi la france " * 20)[:n]
    countries = ("vote France Allemagne Chine Brésil Inde Japon Cuba Chili " * 20)[:n]
    return {
        "vote + mots courts": short,
        "un seul mot": token,
        "question répétée": repeated,
        "pays": countries,
    }


def main(argv: list[str]) -> int:
    try:
        import numpy  # noqa: F401
        import sklearn
    except ImportError:
        print(
            "scikit-learn n'est pas installé : cette expérience n'est pas une dépendance du projet.\n"
            "Pour la lancer : python3 -m venv /tmp/clfvenv && /tmp/clfvenv/bin/pip install scikit-learn"
            " && /tmp/clfvenv/bin/pip install -e . && /tmp/clfvenv/bin/python benchmarks/intent_classifier.py"
        )
        return 0

    train = load(QUESTIONS, "questions")
    for name in TRAIN_BATCHES:
        train += load(BATCHES / name, name.removesuffix(".jsonl"))
    blind = [c for name in BLINDS for c in load(BATCHES / name, name.removesuffix(".jsonl"))]
    texts = [c["question"] for c in train]
    labels = [c["label"] for c in train]
    counts = {lab: labels.count(lab) for lab in LABELS}
    print(f"scikit-learn {sklearn.__version__} · entraînement {len(train)} questions · aveugle {len(blind)}")
    print("  étiquettes (entraînement) : " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(
        "  modèle : TF-IDF char_wb 2–5 + mots 1–2 (texte replié : minuscules, sans accents),"
        f" LogisticRegression(C={C}, class_weight=balanced)"
    )

    # Threshold: out-of-fold on the whole training data.
    table = threshold_table(texts, labels, SEED)
    threshold = choose([(t, f1) for t, f1, _ in table])
    print("\nSeuil de repli (proba max < seuil → recherche), CV 5 plis sur l'entraînement seul :")
    print("  " + "  ".join(f"{t:.2f}:{f1:.3f}" for t, f1, _ in table))
    print(f"  seuil choisi (macro-F1, milieu du plus large plateau) : {threshold:.2f}")

    # Rules on every question once (they are not trained; their figures on the training data are
    # on data they were tuned on).
    everything = train + blind
    rules_all, answered_all, rules_ns = rules_intents(everything)
    rules_train, rules_blind = rules_all[: len(train)], rules_all[len(train) :]
    answered_train, answered_blind = answered_all[: len(train)], answered_all[len(train) :]

    print("\n== Validation croisée 5 plis sur l'entraînement (imbriquée pour le seuil) ==")
    clf_cv, fold_thresholds, folds = nested_cv(texts, labels)
    print(f"  seuils choisis par pli : {', '.join(f'{t:.2f}' for t in fold_thresholds)}")
    print(line("classifieur", labels, clf_cv, LABELS))
    print(line("règles", labels, rules_train, LABELS) + "   (réglées sur ces données)")
    for name, predicted in (("classifieur", clf_cv), ("règles", rules_train)):
        per_fold = [accuracy([labels[i] for i in f], [predicted[i] for i in f]) for f in folds]
        f1s = [macro_f1([labels[i] for i in f], [predicted[i] for i in f], LABELS) for f in folds]
        print(
            f"  {name:<12} par pli : exactitude {statistics.mean(per_fold):.1%}"
            f" ± {statistics.stdev(per_fold):.1%},"
            f" macro-F1 {statistics.mean(f1s):.3f} ± {statistics.stdev(f1s):.3f}"
        )
    for source in ["questions", *[n.removesuffix(".jsonl") for n in TRAIN_BATCHES]]:
        idx = [i for i, c in enumerate(train) if c["source"] == source]
        print(f"  {source}:")
        print(line("  classifieur", [labels[i] for i in idx], [clf_cv[i] for i in idx], LABELS))
        print(line("  règles", [labels[i] for i in idx], [rules_train[i] for i in idx], LABELS))
    secondary(train, clf_cv, rules_train, answered_train)

    # Final model on all the training data, measured once on the blind batch.
    model = make_model().fit(texts, labels)
    blind_texts = [c["question"] for c in blind]
    blind_labels = [c["label"] for c in blind]
    clf_blind = decide(model, model.predict_proba(blind_texts), threshold)
    print(f"\n== Aveugle ({', '.join(BLINDS)}, {len(blind)} questions, jamais entraîné ni réglé dessus) ==")
    print(line("classifieur", blind_labels, clf_blind, LABELS))
    print(line("règles", blind_labels, rules_blind, LABELS))
    for lang in ("fr", "en"):
        idx = [i for i, c in enumerate(blind) if c["lang"] == lang]
        print(f"  {lang} ({len(idx)} questions ; macro-F1 sur les étiquettes présentes) :")
        print(line("  classifieur", [blind_labels[i] for i in idx], [clf_blind[i] for i in idx]))
        print(line("  règles", [blind_labels[i] for i in idx], [rules_blind[i] for i in idx]))
    secondary(blind, clf_blind, rules_blind, answered_blind)
    near = nearest(model, texts, blind_texts)
    print(f"  par proximité à l'entraînement (cosinus char_wb du plus proche voisin, seuil {NEAR}) :")
    for name, idx in (
        (f"proches ≥ {NEAR}", [i for i in range(len(blind)) if near[i] >= NEAR]),
        (f"nouvelles < {NEAR}", [i for i in range(len(blind)) if near[i] < NEAR]),
    ):
        print(f"   {name} ({len(idx)} questions) :")
        print(line("  classifieur", [blind_labels[i] for i in idx], [clf_blind[i] for i in idx]))
        print(line("  règles", [blind_labels[i] for i in idx], [rules_blind[i] for i in idx]))
    no_fallback = [str(p) for p in model.predict(blind_texts)]
    print(line("clf sans repli", blind_labels, no_fallback, LABELS) + "   (pour information, seuil 0)")

    confusion(blind_labels, clf_blind, "Classifieur, aveugle")
    confusion(blind_labels, rules_blind, "Règles, aveugle")

    wrong = [
        i for i in range(len(blind)) if clf_blind[i] != blind_labels[i] or rules_blind[i] != blind_labels[i]
    ]
    both = sum(1 for i in wrong if clf_blind[i] != blind_labels[i] and rules_blind[i] != blind_labels[i])
    clf_only = sum(1 for i in wrong if clf_blind[i] != blind_labels[i] and rules_blind[i] == blind_labels[i])
    rules_only = len(wrong) - both - clf_only
    print(
        f"\nQuestions aveugles où l'un ou l'autre contredit l'étiquette : {len(wrong)}"
        f" (les deux {both}, classifieur seul {clf_only}, règles seules {rules_only})"
    )
    # The blind questions themselves are never printed: whoever tunes the router and reads them
    # turns the blind batches into tuning ones.

    # Cost and size.
    def classify(text: str) -> str:
        return decide(model, model.predict_proba([text]), threshold)[0]

    clf_us = cpu_cost(classify, blind_texts)
    start = time.process_time_ns()
    for _ in range(5):
        decide(model, model.predict_proba(blind_texts), threshold)
    batch_us = (time.process_time_ns() - start) / 5 / len(blind_texts) / 1000
    rules_us = [ns / 1000 for ns in rules_ns[len(train) :]]
    blob = pickle.dumps(model)
    chars = model.named_steps["features"].transformer_list[0][1]
    words = model.named_steps["features"].transformer_list[1][1]
    coef = model.named_steps["clf"].coef_
    print("\n== Coût et taille ==")
    print(
        f"  classifieur : CPU médian {statistics.median(clf_us):.0f} µs/question (max {max(clf_us):.0f}),"
        f" questions aveugles, appel unitaire predict_proba; par lot de {len(blind_texts)} :"
        f" {batch_us:.0f} µs/question (le reste est le surcoût fixe d'un appel scikit-learn)"
    )
    print(
        f"  règles      : CPU médian {statistics.median(rules_us):.0f} µs/question (max {max(rules_us):.0f}),"
        " même questions, réponse complète (routage + preuves + recherche)"
    )
    print(
        f"  modèle : {len(blob) / 1024:.0f} Kio picklé, {len(chars.vocabulary_)} n-grammes de caractères"
        f" + {len(words.vocabulary_)} mots, coefficients {coef.shape[0]}×{coef.shape[1]}"
        f" ({coef.size * 8 / 1024:.0f} Kio en float64)"
    )
    from bot.core.questions.router import QuestionAnswerer
    from bot.core.service import Service

    answerer = QuestionAnswerer(Service.from_corpus(ROOT / "corpus"))
    print("  500 caractères (CPU, meilleur de 5) :")
    for name, text in adversarial().items():
        clf_cost = cpu_cost(classify, [text])[0]
        rule_cost = cpu_cost(answerer.answer, [text], repeat=1)[0]
        print(
            f"    {name:<20} {len(text)} car. classifieur {clf_cost / 1000:>6.2f} ms → {classify(text):<11}"
            f" règles {rule_cost / 1000:>7.2f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
