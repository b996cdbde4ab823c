"""Start-up mistakes, by subprocess: each gets a French message and exit 1 or 2, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "startup.token.never-shown"
# Port 9 of the loopback (discard) refuses connections: no test here ever reaches Discord.
UNREACHABLE_API = "http://127.0.0.1:9"


def run_bot(tmp_path: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot run` with a token, an unreachable API and its own data directory."""
    env = {
        **os.environ,
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE_URL": UNREACHABLE_API,
        "DATABASE_URL": "",
        "SHARD_COUNT": "",
        "SHARD_IDS": "",
        "METRICS_PORT": "",
        "DATA_DIR": str(tmp_path / "donnees"),
        **env_extra,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], status: int, message: str) -> None:
    """Exit ``status``, ``message`` on stderr, no traceback, no « erreur interne », no token."""
    assert result.returncode == status, result.stderr[-2000:]
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "erreur interne" not in result.stderr
    assert TOKEN not in result.stdout + result.stderr


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port some other process already listens on (all interfaces, as the ops server binds)."""
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))  # noqa: S104 -- the ops server listens on every interface
        taken.listen()
        yield taken.getsockname()[1]


@pytest.mark.parametrize("port", ["70000", "-1", "0"])
def test_startup_metrics_port_out_of_range_exits_2(tmp_path, port):
    """METRICS_PORT=70000 or -1 once died in bind() with « erreur interne » and a traceback."""
    result = run_bot(tmp_path, METRICS_PORT=port)
    assert_clean_failure(result, 2, "METRICS_PORT : numéro de port entre 1 et 65535 attendu")


def test_startup_metrics_port_in_use_exits_1(tmp_path, busy_port):
    """A METRICS_PORT another process holds: « port déjà utilisé », exit 1, nothing left running."""
    result = run_bot(tmp_path, METRICS_PORT=str(busy_port))
    assert_clean_failure(result, 1, f"METRICS_PORT {busy_port}\u00a0: port déjà utilisé")


def test_startup_shard_count_zero_exits_2(tmp_path):
    """SHARD_COUNT=0 once ran forever without connecting or logging anything."""
    result = run_bot(tmp_path, SHARD_COUNT="0")
    assert_clean_failure(result, 2, "SHARD_COUNT : au moins 1 shard attendu")


def test_startup_shard_ids_beyond_shard_count_exits_2(tmp_path):
    """SHARD_IDS=2 of SHARD_COUNT=2 names no shard."""
    result = run_bot(tmp_path, SHARD_COUNT="2", SHARD_IDS="0,2")
    assert_clean_failure(result, 2, "SHARD_IDS : numéros de shards de 0 à 1 attendus")


@pytest.mark.parametrize(
    ("data_dir", "reason"),
    [
        ("fichier/donnees", "un élément de ce chemin est un fichier, pas un dossier"),
        ("fichier", "ce chemin existe déjà et n'est pas un dossier"),
    ],
)
def test_startup_uncreatable_data_dir_exits_2(tmp_path, data_dir, reason):
    """A DATA_DIR that cannot be created once gave NotADirectoryError and « erreur interne »."""
    (tmp_path / "fichier").write_text("pas un dossier", encoding="utf-8")
    result = run_bot(tmp_path, DATA_DIR=str(tmp_path / data_dir))
    assert_clean_failure(result, 2, f"DATA_DIR : {reason}")
