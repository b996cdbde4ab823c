"""The command line at the byte level, by subprocess: invalid UTF-8 in, a full disk out.

Python decodes standard input with the locale's codec (strict under fr_FR.UTF-8, surrogate
escapes under C.UTF-8) and argv with surrogate escapes: one bad byte once cost a whole batch
(fr_FR.UTF-8) or reached the JSON raw (C.UTF-8). The command line now reads and writes UTF-8
itself, so both locales must give the same valid output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPLACEMENT = "\ufffd"
BATCH = b"solidarit\xc3\xa9\n\xff droits\nd\xe9veloppement\n"


@pytest.fixture(scope="session")
def french_locale(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """fr_FR.UTF-8, compiled into a private directory (LOCPATH): no root, no system change."""
    localedef = shutil.which("localedef")
    if localedef is None:
        pytest.skip("localedef absent: fr_FR.UTF-8 cannot be compiled here (C.UTF-8 cases still run)")
    where = tmp_path_factory.mktemp("locales")
    compiled = subprocess.run(
        [localedef, "-i", "fr_FR", "-f", "UTF-8", str(where / "fr_FR.UTF-8")],
        capture_output=True,
        check=False,
    )
    if not (where / "fr_FR.UTF-8").is_dir():
        reason = compiled.stderr[-200:].decode("utf-8", "replace")
        pytest.skip(f"localedef could not compile fr_FR.UTF-8 (apt-get install locales?): {reason}")
    return {"LOCPATH": str(where), "LC_ALL": "fr_FR.UTF-8"}


@pytest.fixture(params=["C.UTF-8", "fr_FR.UTF-8", "PYTHONIOENCODING=latin-1"])
def locale_env(request: pytest.FixtureRequest) -> dict[str, str]:
    """The image's locale, a French desktop's, and a stream encoding forced to Latin-1."""
    if request.param == "fr_FR.UTF-8":
        return request.getfixturevalue("french_locale")
    if request.param.startswith("PYTHONIOENCODING"):
        return {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "latin-1"}
    return {"LC_ALL": request.param}


def run_bytes(*args: bytes | str, stdin: bytes = b"", stdout: int | None = subprocess.PIPE, **env: str):
    """`python -m bot ARGS` fed raw bytes; returns the process with raw stdout and stderr."""
    environment = {**os.environ, "DISCORD_TOKEN": "", "PYTHONIOENCODING": "", **env}
    environment.pop("LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=Path(__file__).resolve().parent,
        timeout=60,
        check=False,
    )


def test_cli_stdin_batch_survives_a_bad_byte(locale_env):
    """`cherche --stdin --json`: a bad byte costs nothing, every line answers in valid UTF-8 JSON."""
    result = run_bytes("cherche", "--stdin", "--json", "--limit", "1", stdin=BATCH, **locale_env)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    assert b"Traceback" not in result.stderr
    lines = result.stdout.decode("utf-8").splitlines()  # strict: raises on invalid UTF-8
    queries = [json.loads(line)["query"] for line in lines]
    assert queries == ["solidarité", f"{REPLACEMENT} droits", f"d{REPLACEMENT}veloppement"]
    assert all(json.loads(line)["results"] for line in lines)


def test_cli_argument_with_a_bad_byte_answers_valid_json(locale_env):
    """`cherche 'droits\\xff' --json`: the byte becomes U+FFFD in the query, exit 0, valid UTF-8."""
    result = run_bytes("cherche", b"droits\xff", "--json", **locale_env)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    assert b"Traceback" not in result.stderr
    answer = json.loads(result.stdout.decode("utf-8"))
    assert answer["query"] == f"droits{REPLACEMENT}"
    assert answer["results"]


def test_cli_bad_byte_in_a_bad_argument_is_a_french_error(locale_env):
    """`paragraphe '\\xff' --json`: the usual exit 2 and error object, in valid UTF-8."""
    result = run_bytes("paragraphe", b"\xff", "--json", **locale_env)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert json.loads(result.stdout.decode("utf-8"))["code"] == "reference_invalide"


def test_console_survives_a_bad_byte(locale_env):
    """The console answers the line with the bad byte and the lines after it."""
    script = b"/cherche \xff droits\n/paragraphe 29\n/quitter\n"
    result = run_bytes("console", stdin=script, **locale_env)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    assert b"Traceback" not in result.stderr
    text = result.stdout.decode("utf-8")
    assert "OP29" in text
    assert "résultats" in text


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux's always-full device")
@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("paragraphe", "29"), b""),
        (("paragraphe", "29", "--json"), b""),
        (("export",), b""),
        (("cherche", "--stdin", "--json"), b"droits\n"),
        (("console",), b"/paragraphe 29\n"),
    ],
    ids=["text", "json", "export", "batch", "console"],
)
def test_cli_full_disk_is_a_short_french_message(args, stdin):
    """`resolution-bot paragraphe 29 > /dev/full`: exit 1 and one French line, no traceback."""
    with open("/dev/full", "wb") as full:
        result = run_bytes(*args, stdin=stdin, stdout=full.fileno())
    assert result.returncode == 1
    assert result.stderr.decode("utf-8") == "écriture impossible sur la sortie\u00a0: disque plein.\n"
