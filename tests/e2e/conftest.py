"""The stand-in for Discord and the real bot process started against it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from tests.e2e.standin import StandIn

ROOT = Path(__file__).resolve().parents[2]


class BotProcess:
    """``python -m bot run`` as a child process, pointed at the stand-in."""

    def __init__(self, standin: StandIn, *extra: str, **env: str) -> None:
        self.standin = standin
        environment = (
            os.environ
            | {
                "DISCORD_TOKEN": standin.token,
                "DISCORD_API_BASE_URL": standin.api_url,
                "LOG_LEVEL": "DEBUG",  # the most verbose level, to prove the token never shows
                "SHARD_COUNT": "",
                "SHARD_IDS": "",
                "DISCORD_GUILD_ID": "",
            }
            | env
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", *(extra or ("run",))],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Drained as they come: at DEBUG a long test fills the pipe, and a bot blocked on writing a
        # log line would stop answering.
        self._out: list[str] = []
        self._err: list[str] = []
        self._readers = [
            threading.Thread(target=_drain, args=(self.process.stdout, self._out), daemon=True),
            threading.Thread(target=_drain, args=(self.process.stderr, self._err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @property
    def stdout(self) -> str:
        return "".join(self._out)

    @property
    def stderr(self) -> str:
        return "".join(self._err)

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM, then wait for the exit status (killing only on a hang, which fails the test)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    def wait(self, timeout: float = 60) -> int:
        """Wait for the process to exit (a one-shot command, or after a signal) and return its status."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finally:
            for reader in self._readers:
                reader.join(timeout=30)
        return self.process.returncode


def _drain(stream: IO[str], into: list[str]) -> None:
    for line in stream:
        into.append(line)


@pytest.fixture(scope="module")
def standin():
    """One stand-in for the module's tests."""
    server = StandIn().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def running(standin):
    """The bot, connected (READY sent) to the stand-in; stopped with SIGTERM at the end."""
    before = standin.ready_count
    bot = BotProcess(standin)
    try:
        standin.wait_ready(before + 1)
    except TimeoutError:
        bot.stop()
        raise AssertionError(f"the bot did not connect:\n{bot.stderr[-4000:]}") from None
    yield bot
    assert bot.stop() == 0, bot.stderr[-4000:]
    # Logged at DEBUG, after commands and errors: the token never shows.
    assert standin.token not in bot.stderr + bot.stdout
