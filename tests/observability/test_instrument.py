"""The interaction tracker: one observation per interaction, bounded labels, bounded memory."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from bot.discord_app import instrument
from bot.discord_app.instrument import InteractionTracker, command_label, outcome_of
from bot.discord_app.preflight import DatabaseUnavailableError, check_database, describe
from bot.observability.metrics import Metrics


def _count(metrics: Metrics, command: str, outcome: str) -> float:
    value = metrics.registry.get_sample_value(
        "resolution_bot_interactions_total", {"command": command, "outcome": outcome}
    )
    return value or 0.0


def test_first_response_is_observed_once_with_its_outcome() -> None:
    """A second response (a follow-up, a retried request) does not count the interaction again."""
    now = [10.0]
    metrics = Metrics()
    tracker = InteractionTracker(metrics, clock=lambda: now[0])
    extras: dict[str, str] = {}
    tracker.received(1, "vote", extras)
    extras[instrument.OUTCOME_KEY] = outcome_of("pays_inconnu")
    now[0] = 10.25
    tracker.responded(1)
    tracker.responded(1)
    tracker.responded(2)  # never received (another process's, or forgotten): ignored
    assert _count(metrics, "vote", "user_error") == 1
    assert metrics.registry.get_sample_value(
        "resolution_bot_interaction_latency_seconds_sum", {"command": "vote"}
    ) == pytest.approx(0.25)
    assert tracker.in_flight == 0


def test_unanswered_interactions_do_not_grow_without_bound(monkeypatch) -> None:
    """Interactions never answered are forgotten oldest first, and counted as unanswered."""
    monkeypatch.setattr(instrument, "PENDING_LIMIT", 3)
    metrics = Metrics()
    tracker = InteractionTracker(metrics)
    for interaction_id in range(10):
        tracker.received(interaction_id, "aide", {})
    assert tracker.in_flight == 3
    assert _count(metrics, "aide", "sans_reponse") == 7


def test_unanswered_interaction_is_counted_once_its_window_closes(caplog) -> None:
    """Past Discord's window (+ margin): counted « sans_reponse », out of the in-flight set."""
    now = [100.0]
    metrics = Metrics()
    tracker = InteractionTracker(metrics, clock=lambda: now[0])
    tracker.received(1, "bouton:inconnu", {})
    now[0] += 1.0
    tracker.received(2, "paragraphe", {})
    now[0] += instrument.UNANSWERED_AFTER - 1.0 - 0.01  # 1 is still within its window
    assert tracker.in_flight == 2
    assert _count(metrics, "bouton:inconnu", "sans_reponse") == 0
    now[0] += 0.02
    assert tracker.in_flight == 1  # 1 expired, 2 (a second younger) still may be answered
    assert _count(metrics, "bouton:inconnu", "sans_reponse") == 1
    tracker.responded(2)
    tracker.responded(1)  # too late: Discord refused it; not counted a second time
    assert tracker.in_flight == 0
    assert _count(metrics, "bouton:inconnu", "sans_reponse") == 1
    assert _count(metrics, "bouton:inconnu", "ok") == 0
    assert _count(metrics, "paragraphe", "ok") == 1
    # No response, so no latency observed for it.
    assert (
        metrics.registry.get_sample_value(
            "resolution_bot_interaction_latency_seconds_count", {"command": "bouton:inconnu"}
        )
        is None
    )
    assert "interaction 1 (bouton:inconnu) sans réponse" in caplog.text


def test_a_scrape_counts_the_expired_interactions() -> None:
    """An idle bot still shows its unanswered interactions: /metrics brings the count up to date."""
    now = [0.0]
    metrics = Metrics()
    tracker = InteractionTracker(metrics, clock=lambda: now[0])
    tracker.received(7, "vote", {})
    now[0] = instrument.UNANSWERED_AFTER + 0.1
    exposed = metrics.exposition()
    assert b'resolution_bot_interactions_total{command="vote",outcome="sans_reponse"} 1.0' in exposed


@pytest.mark.parametrize(
    ("kind", "data", "label"),
    [
        (2, {"name": "paragraphe"}, "paragraphe"),
        (2, {"name": "forgé-" + "x" * 50}, "inconnue"),
        (4, {"name": "vote"}, "vote:autocompletion"),
        (3, {"custom_id": "rb:p:OP29:0"}, "bouton:rb:p"),
        (3, {"custom_id": "rb:zzzz:1"}, "bouton:inconnu"),
        (3, {"custom_id": "autre:p:1"}, "bouton:inconnu"),
        (3, {}, "bouton:inconnu"),
        (5, {}, "autre"),
    ],
)
def test_labels_are_bounded(kind, data, label) -> None:
    """Forged command names and custom ids never become time series of their own."""
    assert command_label(kind, data, ["paragraphe", "vote"]) == label


async def test_trace_counts_only_accepted_interaction_callbacks() -> None:
    """Through a real aiohttp session: a 429 on the callback is not an answer, the retried 204 is."""
    statuses = iter([429, 204])

    async def callback(_: web.Request) -> web.Response:
        return web.Response(status=next(statuses))

    app = web.Application()
    app.router.add_post("/api/v10/interactions/{id}/{token}/callback", callback)
    app.router.add_post("/api/v10/webhooks/{app}/{token}", callback)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    metrics = Metrics()
    tracker = InteractionTracker(metrics)
    tracker.received(42, "aide", {})
    try:
        async with aiohttp.ClientSession(trace_configs=[tracker.trace_config()]) as session:
            url = f"http://127.0.0.1:{port}/api/v10/interactions/42/tok/callback"
            async with session.post(url):
                pass
            assert tracker.in_flight == 1
            async with session.post(url):
                pass
    finally:
        await runner.cleanup()
    assert tracker.in_flight == 0
    assert _count(metrics, "aide", "ok") == 1


def test_database_url_is_described_without_its_password() -> None:
    assert describe("postgresql://etude:secret@db/etude") == "postgresql://etude:***@db/etude"
    assert "secret" not in describe("::secret::")


async def test_unsupported_database_is_unavailable() -> None:
    with pytest.raises(DatabaseUnavailableError):
        await check_database("mysql://etude:secret@127.0.0.1:1/etude")


async def test_sqlite_database_is_checked(tmp_path) -> None:
    await check_database(f"sqlite+aiosqlite:///{tmp_path / 'etude.sqlite3'}")
    assert (tmp_path / "etude.sqlite3").exists()
