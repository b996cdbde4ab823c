"""The running bot's operations endpoint and logs: /health follows the gateway, /metrics counts."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import BotProcess

TOTAL = "resolution_bot_interactions_total"
SECRET_QUERY = "requete-confidentielle-zq"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 -- 127.0.0.1 only
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


def eventually(check: Callable[[], Any], timeout: float = 60) -> Any:
    """Poll ``check`` until it returns a truthy value (the endpoint lives in another process)."""
    deadline = time.monotonic() + timeout
    while not (value := check()):
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(0.05)
    return value


def sample(name: str, text: str, **labels: str) -> float:
    """The value of one Prometheus sample (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        match = re.fullmatch(r"(\w+)(?:\{(.*)\})? (\S+)", line)
        if match and match[1] == name and ",".join(sorted((match[2] or "").split(","))) == wanted:
            return float(match[3])
    return 0.0


def with_button(custom_id: str) -> dict[str, Any]:
    """A message of the bot carrying one button (a click always comes from such a message)."""
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    return p.message_from({"components": [{"type": 1, "components": [button]}]})


@pytest.fixture(scope="module")
def ops(standin):
    """The bot with METRICS_PORT and JSON logs at INFO; yields (bot, base URL)."""
    port = free_port()
    before = standin.ready_count
    bot = BotProcess(standin, METRICS_PORT=str(port), LOG_FORMAT="json", LOG_LEVEL="INFO")
    try:
        standin.wait_ready(before + 1)
    except TimeoutError:
        bot.stop()
        raise AssertionError(bot.stderr[-4000:]) from None
    yield bot, f"http://127.0.0.1:{port}"
    assert bot.stop() == 0, bot.stderr[-4000:]


def test_health_is_200_once_ready(ops):
    """/health answers 200 with ready true after READY (Docker's HEALTHCHECK reads this)."""
    _, base = ops
    _, body = eventually(lambda: (r := get(base + "/health"))[0] == 200 and r)
    assert json.loads(body)["ready"] is True


def test_metrics_count_interactions_by_command_and_outcome(standin, ops):
    """Each answered interaction is counted once, under its command and outcome, with its latency."""
    _, base = ops
    eventually(lambda: get(base + "/health")[0] == 200)
    standin.interact(p.command("paragraphe", numero="29"))
    standin.interact(p.command("paragraphe", numero="30"))
    standin.interact(p.command("vote", pays="Atlantide"))
    standin.interact(p.command("cherche", requete=SECRET_QUERY))
    standin.interact(p.autocomplete("vote", "pays", "fra"))
    standin.interact(p.button(with_button("rb:p:OP999:0"), "rb:p:OP999:0"))
    standin.interact(p.button(with_button("forge-xyz"), "forge-xyz"))

    def counted() -> str | None:
        text = get(base + "/metrics")[1]
        done = sample(TOTAL, text, command="bouton:inconnu", outcome="user_error")
        return text if done >= 1 else None

    text = eventually(counted)
    assert sample(TOTAL, text, command="paragraphe", outcome="ok") == 2
    assert sample(TOTAL, text, command="vote", outcome="user_error") == 1
    assert sample(TOTAL, text, command="cherche", outcome="ok") == 1
    assert sample(TOTAL, text, command="vote:autocompletion", outcome="ok") == 1
    assert sample(TOTAL, text, command="bouton:rb:p", outcome="user_error") == 1
    assert sample("resolution_bot_interaction_latency_seconds_count", text, command="paragraphe") == 2
    assert sample("resolution_bot_ready", text) == 1
    # The forged id was answered once, and did not become a label of its own.
    assert "forge-xyz" not in text


def test_reconnect_is_counted_and_health_recovers(standin, ops):
    """A dropped gateway connection is resumed, counted, and /health is 200 again."""
    _, base = ops
    eventually(lambda: get(base + "/health")[0] == 200)
    resumes = len(standin.resumes)
    standin.drop(4000)
    standin.wait_for(lambda: len(standin.resumes) > resumes)
    eventually(lambda: sample("resolution_bot_gateway_reconnects_total", get(base + "/metrics")[1]) >= 1)
    eventually(lambda: get(base + "/health")[0] == 200)
    assert standin.interact(p.command("aide")).body["type"] == 4


def test_json_logs_hold_neither_token_nor_message_content(standin, ops):
    """At INFO, every log line is JSON and neither the token nor what users typed appears."""
    bot, _ = ops
    standin.interact(p.command("cherche", requete=SECRET_QUERY))
    assert bot.stop() == 0, bot.stderr[-4000:]
    lines = [line for line in bot.stderr.splitlines() if line.strip()]
    assert lines
    records = [json.loads(line) for line in lines]
    assert any("métriques" in r["message"] for r in records)
    assert standin.token not in bot.stderr
    assert SECRET_QUERY not in bot.stderr


def test_unanswered_interaction_is_counted_and_sigterm_does_not_wait_for_it(standin):
    """A forged modal submit nothing answers: counted « sans_reponse » past Discord's window, and a
    SIGTERM after it exits at once instead of waiting the whole 5 s grace (5.08 s before)."""
    port = free_port()
    before = standin.ready_count
    bot = BotProcess(standin, METRICS_PORT=str(port), LOG_LEVEL="INFO")
    standin.wait_ready(before + 1)
    base = f"http://127.0.0.1:{port}"
    modal = p._base(5, {"custom_id": "formulaire-forge", "components": []}, p.USER_ID, "guild")
    standin.send(modal)
    text = eventually(
        lambda: (
            (t := get(base + "/metrics")[1])
            and sample(TOTAL, t, command="autre", outcome="sans_reponse") == 1
            and t
        ),
        timeout=15,
    )
    assert "sans_reponse" in text
    began = time.monotonic()
    assert bot.stop() == 0, bot.stderr[-4000:]
    assert time.monotonic() - began < 2.0  # the shutdown grace is 5 s
    assert standin.callbacks_for(modal) == []
    assert "arrêt : 1 interactions sans réponse" not in bot.stderr


def test_health_reports_a_locked_study_database_and_ready_refuses(standin):
    """Another process locks the SQLite file: /health stays 200 saying « indisponible », /ready is 503;
    once released, /ready is 200 again. Before, /health said nothing of the database."""
    port = free_port()
    before = standin.ready_count
    bot = BotProcess(standin, METRICS_PORT=str(port), LOG_LEVEL="INFO")
    standin.wait_ready(before + 1)
    base = f"http://127.0.0.1:{port}"
    eventually(lambda: get(base + "/ready")[0] == 200)
    assert json.loads(get(base + "/health")[1])["database"] == "ok"
    assert bot._own_data is not None
    locker = sqlite3.connect(Path(bot._own_data) / "study.sqlite3", isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        status, body = get(base + "/health")
        assert time.monotonic() - began < 2.0  # within Docker's 4 s probe
        assert (status, json.loads(body)["database"]) == (200, "indisponible")
        status, body = get(base + "/ready")
        assert (status, json.loads(body)["database"]) == (503, "indisponible")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    eventually(lambda: get(base + "/ready")[0] == 200, timeout=15)
    assert bot.stop() == 0, bot.stderr[-4000:]
