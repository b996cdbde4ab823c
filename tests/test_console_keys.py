"""Ctrl-C and Ctrl-D in the console, in a real terminal (a pty) and under ``make console`` (issue 18).

Before: Ctrl-C printed a KeyboardInterrupt traceback, and under make « make: *** Interrupt »
with status 2. Now both keys leave at once, with status 0 and no traceback, and the terminal
gets its interrupt key back.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROMPT = b"> "
CONSOLE = [sys.executable, "-m", "bot", "console"]


def _environment() -> dict[str, str]:
    # No token: the console; PYTHONPATH: this checkout, wherever the interpreter's venv points.
    return os.environ | {"DISCORD_TOKEN": "", "PYTHONPATH": str(ROOT), "TERM": "xterm"}


def _in_terminal(argv: list[str], keys: list[bytes], *, cwd: Path = ROOT) -> tuple[int, str, bytes]:
    """Run ``argv`` on a new pty; type each of ``keys`` at a prompt; return (status, output, VINTR after)."""
    pid, master = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, as in a shell
        os.chdir(cwd)
        os.execvpe(argv[0], argv, _environment())  # noqa: S606 -- the command line under test
    output = b""
    prompts = 0

    def read(until: float) -> bool:
        nonlocal output
        while time.monotonic() < until:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(master, 4096)
            except OSError:  # the child closed the terminal: it has exited
                return False
            if not data:
                return False
            output += data
            if output.count(PROMPT) > prompts:
                return True
        return True

    try:
        for key in keys:
            assert read(time.monotonic() + 60), output.decode(errors="replace")
            prompts = output.count(PROMPT)
            os.write(master, key)
        read(time.monotonic() + 30)
        interrupt = termios.tcgetattr(master)[6][termios.VINTR]
    finally:
        status = _exit_status(pid)
        os.close(master)
    return status, output.decode(errors="replace"), interrupt


def _exit_status(pid: int, timeout: float = 30) -> int:
    """The child's exit status; one still running after ``timeout`` is killed (-9), not awaited forever."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_ctrl_c_at_the_prompt_leaves_with_status_0():
    """Ctrl-C at the prompt: status 0, no traceback, and the terminal's Ctrl-C works again after."""
    status, output, interrupt = _in_terminal(CONSOLE, [b"\x03"])
    assert status == 0, output
    assert "Traceback" not in output
    assert "KeyboardInterrupt" not in output
    assert interrupt == b"\x03"  # restored: the shell's Ctrl-C interrupts again


def test_ctrl_c_after_an_answer_and_a_half_typed_line_leaves_with_status_0():
    """An answer first, then a line half typed and Ctrl-C: status 0, the answer printed."""
    status, output, _ = _in_terminal(CONSOLE, [b"/paragraphe 29\r", b"/vote Fra\x03"])
    assert status == 0, output
    assert "Prie tous les États" in output
    assert "Traceback" not in output


def test_ctrl_d_leaves_with_status_0():
    """Ctrl-D (end of input) at the prompt: status 0, no traceback."""
    status, output, _ = _in_terminal(CONSOLE, [b"\x04"])
    assert status == 0, output
    assert "Traceback" not in output


def test_sigint_while_reading_a_pipe_leaves_with_status_0():
    """Without a terminal (input from a pipe), SIGINT ends the console cleanly too."""
    process = subprocess.Popen(
        CONSOLE,
        cwd=ROOT,
        env=_environment(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(b"/note 4\n")
    process.stdin.flush()
    answered = b""
    while b"A/HRC/55/78." not in answered:  # the console is running and reading again
        answered += process.stdout.read1(4096)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert b"Traceback" not in err


@pytest.fixture
def shim(tmp_path: Path) -> Path:
    """A ``resolution-bot`` for ``make console`` that runs this checkout with this interpreter."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "resolution-bot"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m bot "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return bin_dir


@pytest.mark.parametrize("key", [b"\x03", b"\x04"], ids=["ctrl-c", "ctrl-d"])
def test_make_console_leaves_with_status_0(shim, tmp_path, key):
    """The Makefile's own ``console`` target: Ctrl-C or Ctrl-D, make exits 0, no « Interrupt »."""
    # The stamp is new, so make never reinstalls; were it to try, PYTHON=false would stop it.
    stamp = tmp_path / "installed"
    stamp.touch()
    argv = ["make", "--no-print-directory", "console", f"BIN={shim}", f"STAMP={stamp}", "PYTHON=false"]
    status, output, _ = _in_terminal(argv, [key])
    assert status == 0, output
    assert "Interrupt" not in output
    assert "Traceback" not in output
