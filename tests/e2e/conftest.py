"""The stand-in for Discord and the real bot process started against it."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.e2e.standin import StandIn

ROOT = Path(__file__).resolve().parents[2]


def _trained_ranker() -> Path:
    """A cache directory holding the question ranker's model, trained once for every bot started.

    Each bot has data of its own, and with it, by default, a cache of its own: every one trained
    the ranker again (some seconds of CPU in a low-priority child), and a question reaching search
    before that ended waited for it, past a test's deadline on a loaded machine.
    """
    from bot.core.service import Service

    cache = Path(tempfile.mkdtemp(prefix="e2e-cache-"))
    atexit.register(shutil.rmtree, cache, ignore_errors=True)
    service = Service.from_corpus(ROOT / "corpus")
    service.cache_dir = cache
    service.ranker.warm()
    return cache


_CACHE: list[Path] = []  # trained on the first bot started, shared by the rest


class BotProcess:
    """``python -m bot run`` as a child process, pointed at the stand-in."""

    def __init__(self, standin: StandIn, *extra: str, **env: str) -> None:
        self.standin = standin
        # Study data of its own unless the test shares DATA_DIR between processes (restarts).
        self._own_data = None if "DATA_DIR" in env else tempfile.mkdtemp(prefix="e2e-data-")
        if not _CACHE:
            _CACHE.append(_trained_ranker())
        environment = (
            os.environ
            | {
                "DISCORD_TOKEN": standin.token,
                "DISCORD_API_BASE_URL": standin.api_url,
                "LOG_LEVEL": "DEBUG",  # the most verbose level, to prove the token never shows
                "SHARD_COUNT": "",
                "SHARD_IDS": "",
                "DISCORD_GUILD_ID": "",
                "DATABASE_URL": "",
                "DATA_DIR": self._own_data or "",
                "CACHE_DIR": str(_CACHE[0]),
            }
            | env
        )
        # Files, not pipes: at DEBUG the bot logs every gateway event, and a pipe nobody reads
        # until stop() fills up (64 KiB) and blocks the bot in the middle of a test.
        self._out = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 -- closed by _collect
        self._err = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 -- closed by _collect
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", *(extra or ("run",))],
            cwd=ROOT,
            env=environment,
            stdout=self._out,
            stderr=self._err,
            text=True,
        )
        self.stdout = self.stderr = ""

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM, then wait for the exit status (killing only on a hang, which fails the test)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finally:
            self._collect()
        return self.process.returncode

    def wait(self, timeout: float = 60) -> int:
        """Wait for a one-shot command (``sync``) to finish and return its exit status."""
        try:
            self.process.wait(timeout=timeout)
        finally:
            self._collect()
        return self.process.returncode

    def _collect(self) -> None:
        """Read what the process printed, and delete its own data directory."""
        for name, file in (("stdout", self._out), ("stderr", self._err)):
            if not file.closed:
                file.seek(0)
                setattr(self, name, file.read())
                file.close()
        if self._own_data is not None:
            shutil.rmtree(self._own_data, ignore_errors=True)


def started(standin: StandIn, **env: str) -> BotProcess:
    """Start the bot with ``env`` and wait for its READY; fail with its log if it never connects."""
    ready = standin.ready_count
    bot = BotProcess(standin, **env)
    try:
        standin.wait_ready(ready + 1)
    except TimeoutError:
        bot.stop()
        raise AssertionError(f"the bot did not connect:\n{bot.stderr[-4000:]}") from None
    return bot


@pytest.fixture(scope="module")
def standin():
    """One stand-in for the module's tests."""
    server = StandIn().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def running(standin):
    """The bot, connected (READY sent) to the stand-in; stopped with SIGTERM at the end."""
    bot = started(standin)
    yield bot
    assert bot.stop() == 0, bot.stderr[-4000:]
    # Logged at DEBUG, after commands and errors: the token never shows.
    assert standin.token not in bot.stderr + bot.stdout
