"""Injected database faults: failing statements, a SQLite file locked elsewhere, a frozen PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import OperationalError


class Outage:
    """Make the next ``failures`` statements (those starting with ``prefix``) fail like a lost connection."""

    def __init__(self, engine: Any) -> None:
        self.failures = 0
        self.prefix = ""
        self.raised = 0
        self.invalidated = False
        event.listen(engine.sync_engine, "before_cursor_execute", self._before)

    def arm(self, failures: int, prefix: str = "", *, invalidated: bool = False) -> None:
        self.failures, self.prefix, self.invalidated = failures, prefix, invalidated

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if self.failures and statement.lstrip().upper().startswith(self.prefix.upper()):
            self.failures -= 1
            self.raised += 1
            error = OperationalError(statement, None, Exception("database is locked"))
            error.connection_invalidated = self.invalidated
            raise error


@contextlib.contextmanager
def locked_sqlite(path: Path, seconds: float = 12.0) -> Iterator[subprocess.Popen[str]]:
    """Another process holds ``BEGIN EXCLUSIVE`` on the SQLite file (for at most ``seconds``)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait()


_HOLD = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def postgres_pids(cluster_dir: str) -> list[int]:
    """The postmaster of the test cluster and its children (backends, checkpointer, …)."""
    postmaster = int((Path(cluster_dir) / "data" / "postmaster.pid").read_text().split()[0])
    children = subprocess.run(
        ["pgrep", "-P", str(postmaster)], capture_output=True, text=True, check=False
    ).stdout.split()
    return [postmaster, *map(int, children)]


@contextlib.contextmanager
def frozen_postgres(cluster_dir: str) -> Iterator[None]:
    """Freeze the whole PostgreSQL cluster with SIGSTOP (a hung server or network), then thaw it."""
    pids = postgres_pids(cluster_dir)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
