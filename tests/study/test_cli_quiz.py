"""`resolution-bot quiz`: an offline quiz with its answers, reproducible from its seed."""

import json
import subprocess
import sys
from pathlib import Path

from bot.core.study.generator import QuizGenerator

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "quiz", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
    )


def test_cli_quiz_json_is_the_seeds_round(service):
    """--json prints the seed's questions, the same as the generator's, with the right answers."""
    result = _run("--seed", "5", "--questions", "4", "--partie", "dispositif", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = QuizGenerator.from_service(service).generate(5, count=4, part="dispositif")
    assert data == {"seed": 5, "questions": [q.as_json() for q in expected]}
    for question in data["questions"]:
        assert question["choices"][question["answer"]] == question["correct"]


def test_cli_quiz_text_names_seed_and_answers():
    """Without --json: the seed in the title, each question with its answer, no markdown."""
    result = _run("--seed", "11", "--questions", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Quiz · 3 questions · graine 11")
    assert result.stdout.count("Réponse\u00a0: ") == 3
    assert "**" not in result.stdout


def test_cli_quiz_bad_count_exits_2():
    """A question count out of range exits 2 with the French error as JSON."""
    result = _run("--questions", "21", "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)["code"] == "nombre_questions_invalide"
