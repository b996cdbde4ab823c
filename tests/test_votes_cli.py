"""`resolution-bot vote` as a user runs it: non-members, ambiguous names, the chart file."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

TOTALS = {"pour": 31, "contre": 14, "abstention": 2}


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"DISCORD_TOKEN": "", "PATH": "/usr/bin:/bin", "PYTHONPATH": os.environ["PYTHONPATH"]},
        check=False,
    )


def test_vote_non_member_json_has_member_false_and_no_vote(tmp_path):
    """`vote Canada --json` exits 0 with member false, no vote, and the totals."""
    result = _run("vote", "Canada", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["country"] == "Canada"
    assert data["member"] is False
    assert "vote" not in data
    assert data["totals"] == TOTALS
    assert (data["code"], data["un_member"]) == ("CAN", True)


def test_vote_non_member_text_says_it_did_not_vote(tmp_path):
    """The text answer is the sentence of the issue, exit 0."""
    result = _run("vote", "le", "Royaume-Uni", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        "Le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord n'est pas membre du Conseil des droits "
        "de l'homme en 2024\u202f; il n'a donc pas voté." in result.stdout
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Corée", "République populaire démocratique de Corée"), ("Frnace", "France"), ("Atlantide", "")],
)
def test_vote_ambiguous_or_unknown_exits_2_with_a_question(tmp_path, typed, expected):
    """No silent guess: exit 2, nothing on stdout, « Vouliez-vous dire » on stderr when close."""
    result = _run("vote", typed, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"«\u00a0{typed}\u00a0»" in result.stderr
    if expected:
        assert "Vouliez-vous dire" in result.stderr
        assert expected in result.stderr


def test_vote_json_error_for_zzz(tmp_path):
    """`vote zzz --json` is a JSON error with the code, exit 2."""
    result = _run("vote", "zzz", "--json", cwd=tmp_path)
    assert result.returncode == 2
    assert json.loads(result.stdout)["code"] == "pays_inconnu"


def test_vote_png_writes_the_chart(tmp_path):
    """`vote --png FILE` prints the whole vote and writes a PNG that opens."""
    target = tmp_path / "vote.png"
    result = _run("vote", "--png", str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Ont voté pour (31)" in result.stdout
    assert str(target) in result.stderr
    image = Image.open(io.BytesIO(target.read_bytes()))
    assert image.format == "PNG"
    assert image.size[0] > 1000


def test_vote_png_json_names_the_file(tmp_path):
    """With --json the file is named in the output, and the groups' tallies are there."""
    target = tmp_path / "chart.png"
    result = _run("vote", "--json", "--png", str(target), cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["png"] == str(target)
    assert target.stat().st_size > 0
    assert sum(g["group_totals"]["pour"] for g in data["groups"]) == 31
    assert all(len(m["flag"]) == 2 for m in data["members"])


def test_vote_png_unwritable_path_exits_2(tmp_path):
    """A path that cannot be written is bad input, answered in French."""
    result = _run("vote", "--png", str(tmp_path / "missing" / "x.png"), cwd=tmp_path)
    assert result.returncode == 2
    assert "Impossible d'écrire le graphique" in result.stderr


def test_full_vote_reply_carries_the_chart(service):
    """The whole-vote reply (what Discord sends) has the PNG attached; a country's has none."""
    from bot.render.replies import CHART_FILENAME, Replies
    from bot.render.templates import Renderer

    replies = Replies(service, Renderer(Path(__file__).resolve().parents[1] / "templates"))
    full = replies.vote()
    assert [f.filename for f in full.files] == [CHART_FILENAME]
    assert full.files[0].data == replies.vote_chart()
    assert replies.vote("France").files == ()
    assert replies.vote(chart=False).files == ()
    assert "🇫🇷 France" in full.description
