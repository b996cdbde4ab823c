"""Write corpus/questions_etiquetees.jsonl: the tuning batches' questions, with the paragraph each asks about.

The learned paragraph ranker (bot/core/search/ranker.py) trains on them, beside the questions of
corpus/paraphrases_courantes.toml. Only tuning questions (``tests/questions/questions.jsonl`` and
``tests/questions/batches/batch_*.jsonl``) that the text answers from a paragraph are written;
a blind batch (``blind_*``) never is: it judges the ranker, it does not train it.

    python scripts/labelled_questions.py          # rewrite the file
    python scripts/labelled_questions.py --check  # exit 1 if it is not up to date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCHES = ROOT / "tests" / "questions" / "batches"
SOURCES = [ROOT / "tests" / "questions" / "questions.jsonl", *sorted(BATCHES.glob("batch_*.jsonl"))]
BLIND = sorted(BATCHES.glob("blind_*.jsonl"))
TARGET = ROOT / "corpus" / "questions_etiquetees.jsonl"


def _cases(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spaced(text: str) -> str:
    return " ".join(text.split())


def labelled() -> str:
    """The file's content: one line a question, its paragraph (the first it cites), sorted."""
    # A tuning question a blind batch also holds, word for word (« OP 12 ? »), stays out too.
    blind = {_spaced(str(case["question"])) for path in BLIND for case in _cases(path)}
    rows: set[tuple[str, str]] = set()
    for path in SOURCES:
        for case in _cases(path):
            question = _spaced(str(case["question"]))
            cited = case.get("citations")
            first = str(cited[0]) if isinstance(cited, list) and cited else ""
            if case.get("answerable") and first.startswith(("PP", "OP")) and question not in blind:
                rows.add((question, first))
    return "".join(
        json.dumps({"question": q, "paragraphe": pid}, ensure_ascii=False) + "\n" for q, pid in sorted(rows)
    )


def main(argv: list[str]) -> int:
    """Write the file, or with ``--check`` only say whether it is up to date."""
    content = labelled()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != content:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python scripts/labelled_questions.py")
            return 1
        return 0
    TARGET.write_text(content, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {content.count(chr(10))} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
