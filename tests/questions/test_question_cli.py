"""``resolution-bot question`` and the console's ``/question`` (in-process, the real entry point)."""

import io
import json

import pytest

from bot.cli import main


@pytest.fixture(autouse=True)
def _no_token(monkeypatch):
    """Without a token in the environment, as on a student's laptop."""
    monkeypatch.setenv("DISCORD_TOKEN", "")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdin=io.StringIO(""), stdout=out)
    return status, out.getvalue()


def test_question_json_shape_answered():
    """--json prints question, answer, citations and answered, as issue 6 specifies."""
    status, printed = _run(
        "question", "Que", "demande", "le", "Conseil", "au", "Secrétaire", "général", "--json"
    )
    data = json.loads(printed)
    assert status == 0
    assert data["question"] == "Que demande le Conseil au Secrétaire général"
    assert data["answered"] is True
    assert data["citations"] == ["OP31"]
    assert "Prie le Secrétaire général d'allouer" in data["answer"]
    assert data["intent"] == "demandes"


def test_question_json_declined():
    """A question the text cannot answer: answered false, no citations, closest passages named."""
    status, printed = _run("question", "Quel est le budget du Fonds de contributions volontaires ?", "--json")
    data = json.loads(printed)
    assert status == 0
    assert data["answered"] is False
    assert data["citations"] == []
    assert "ne répond pas à cette question" in data["answer"]
    assert "OP20" in data["closest"]


def test_question_empty_is_bad_input():
    """An empty question exits 2 with a French JSON error."""
    status, printed = _run("question", "--json")
    assert status == 2
    assert json.loads(printed)["code"] == "question_vide"


def test_question_console_matches_subcommand():
    """/question in the console prints the same answer as the subcommand."""
    line = "Comment a voté le Brésil ?"
    status, printed = _run("question", line)
    assert status == 0
    console = io.StringIO()
    assert main(["console"], stdin=io.StringIO(f"/question {line}\n"), stdout=console) == 0
    assert printed.strip() in console.getvalue()
    assert "Brésil a voté pour" in printed


def test_question_help_mentions_question():
    """/aide lists /question."""
    console = io.StringIO()
    assert main(["console"], stdin=io.StringIO("/aide\n"), stdout=console) == 0
    assert "/question" in console.getvalue()
