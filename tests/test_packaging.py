"""The installed package is what the Dockerfile runs: entry point, bundled data, no checkout."""

import configparser
import json
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the project's wheel exactly as `pip install .` in the Dockerfile does."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            ROOT,
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("resolution_bot-*.whl")
    return built


def test_wheel_bundles_corpus_and_templates(wheel):
    """The wheel carries every corpus file and template inside the package."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("corpus", "templates"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                assert f"bot/_data/{folder}/{path.relative_to(ROOT / folder).as_posix()}" in names
    # The compiled English catalog ships inside the package: an installed bot speaks English too.
    assert "bot/locale/en/LC_MESSAGES/messages.mo" in names


def test_wheel_declares_console_script(wheel):
    """`resolution-bot` is declared as the console script pointing at bot.cli:main."""
    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
    config = configparser.ConfigParser()
    config.read_string(archive.read(entry_points).decode())
    assert config["console_scripts"]["resolution-bot"] == "bot.cli:main"


def test_installed_wheel_answers_without_checkout(wheel, tmp_path):
    """Unpacked alone, away from the repository, the package finds its data and answers."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = "import bot.settings as s; print(s.Settings().corpus_dir)"
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    corpus = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    )
    assert Path(corpus.stdout.strip()) == site / "bot" / "_data" / "corpus"
    answer = subprocess.run(
        [sys.executable, "-m", "bot", "paragraphe", "FN4", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(answer.stdout)["paragraphs"][0]["text"] == "A/HRC/55/78."


def _instruction(name: str) -> list[str]:
    lines = [line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith(f"{name} ")]
    assert lines, f"no {name} in the Dockerfile"
    return json.loads(lines[-1].removeprefix(f"{name} "))


def test_dockerfile_runs_an_existing_command():
    """ENTRYPOINT + CMD is `resolution-bot run`, and `run` is a subcommand of the parser."""
    command = _instruction("ENTRYPOINT") + _instruction("CMD")
    assert command == ["resolution-bot", "run"]
    assert build_parser().parse_args(command[1:]).command == "run"


def test_dockerfile_runs_unprivileged_without_secrets():
    """The image runs as a numeric non-root user and bakes no token in."""
    text = (ROOT / "Dockerfile").read_text()
    users = [shlex.split(line)[1] for line in text.splitlines() if line.startswith("USER ")]
    assert users
    assert users[-1].split(":")[0] not in {"0", "root"}
    assert "DISCORD_TOKEN=" not in text.replace("DISCORD_TOKEN=…", "")
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    assert "*" in ignored  # everything is left out of the build context unless listed
    assert not any(line.startswith("!.env") for line in ignored)


def test_wheel_requires_tzdata(wheel):
    """The wheel pulls in tzdata: zoneinfo needs it where the image has no system zones (python:3.11-slim)."""
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    requires = [
        line.split(":", 1)[1].strip()
        for line in archive.read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist:")
    ]
    assert any(r.split(">")[0].split("=")[0].strip() == "tzdata" for r in requires), requires
