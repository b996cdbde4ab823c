"""Prometheus metrics: what a maintainer graphs to see the bot answer.

A registry per ``Metrics`` object (not the global default) so that tests and several bots in one
process never share counters.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

# Interaction latency buckets around Discord's 3-second window for the first response.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)
# sans_reponse: no first response within Discord's window (the member saw "This interaction failed").
OUTCOMES = ("ok", "user_error", "internal_error", "sans_reponse")


class Metrics:
    """The bot's counters, histogram and gauges, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.interactions = Counter(
            "resolution_bot_interactions",
            "Interactions answered, by command and outcome",
            ["command", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "resolution_bot_interaction_latency_seconds",
            "Time from receiving an interaction to its first response",
            ["command"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.reconnects = Counter(
            "resolution_bot_gateway_reconnects",
            "Gateway sessions resumed or re-identified after a drop",
            registry=self.registry,
        )
        self.ready = Gauge(
            "resolution_bot_ready", "1 when the gateway is connected and ready", registry=self.registry
        )
        self.guilds = Gauge("resolution_bot_guilds", "Guilds this process serves", registry=self.registry)
        # Brought up to date before each scrape (the interactions whose answer window closed).
        self.before_scrape: list[Callable[[], None]] = []

    def observe(self, command: str, outcome: str, seconds: float) -> None:
        """Count one answered interaction and its latency."""
        self.interactions.labels(command=command, outcome=outcome).inc()
        self.latency.labels(command=command).observe(seconds)

    def unanswered(self, command: str) -> None:
        """Count one interaction that got no response in time (no latency: there was none)."""
        self.interactions.labels(command=command, outcome="sans_reponse").inc()

    def exposition(self) -> bytes:
        """Return the registry in Prometheus' text format."""
        for refresh in self.before_scrape:
            refresh()
        return generate_latest(self.registry)
