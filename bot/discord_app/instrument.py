"""Observe every interaction in one place: its command, its outcome and the time to its first response.

The measurement sits on the HTTP session discord.py uses for interaction callbacks (its public
``http_trace`` option): whatever code path answers, by whichever cog, the callback request is the
first response, so it is counted there and only once (a 429 retried by discord.py is the same
response, not a second one). Receipt is stamped by an ``on_interaction`` listener, which discord.py
dispatches in the same turn of the event loop as the gateway message.
"""

from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.observability.metrics import Metrics
from bot.observability.server import Health

log = logging.getLogger(__name__)

# Interactions still waiting for a first response; an unanswered one is dropped after this many.
PENDING_LIMIT = 10_000
OUTCOME_KEY = "resultat"  # in Interaction.extras, set by the error handler
_CALLBACK = re.compile(r"/interactions/(\d+)/[^/]+/callback$")
# A button's label is its namespace and a short action (rb:p): a few dozen series at most.
_BUTTON_ACTION = re.compile(r"[a-z]{1,2}")


@dataclass
class _Pending:
    received: float
    command: str
    extras: dict[Any, Any]


@dataclass
class InteractionTracker:
    """Pair each received interaction with its first response and record both in ``Metrics``."""

    metrics: Metrics
    clock: Callable[[], float] = time.perf_counter
    _pending: OrderedDict[int, _Pending] = field(default_factory=OrderedDict)

    def received(self, interaction_id: int, command: str, extras: dict[Any, Any]) -> None:
        """Stamp an interaction's arrival; ``extras`` is where the error handler leaves the outcome."""
        self._pending[interaction_id] = _Pending(self.clock(), command, extras)
        while len(self._pending) > PENDING_LIMIT:
            self._pending.popitem(last=False)

    def responded(self, interaction_id: int) -> None:
        """Count the first response to an interaction (later calls for the same id are ignored)."""
        pending = self._pending.pop(interaction_id, None)
        if pending is None:
            return
        outcome = pending.extras.get(OUTCOME_KEY, "ok")
        self.metrics.observe(pending.command, outcome, self.clock() - pending.received)

    @property
    def in_flight(self) -> int:
        """How many interactions have arrived and not been answered yet."""
        return len(self._pending)

    def trace_config(self) -> aiohttp.TraceConfig:
        """Return the aiohttp hook that sees every interaction callback discord.py sends."""
        trace = aiohttp.TraceConfig()

        async def on_request_end(_: Any, __: Any, params: aiohttp.TraceRequestEndParams) -> None:
            # Only a successful callback answers; a 429 or a 5xx is retried by discord.py.
            if params.method == "POST" and params.response.status < 300:
                match = _CALLBACK.search(params.url.path)
                if match:
                    self.responded(int(match[1]))

        trace.on_request_end.append(on_request_end)
        return trace


def command_label(
    kind: int, data: dict[str, Any], commands: Iterable[str], namespaces: Iterable[str] = ("rb",)
) -> str:
    """Name an interaction for the metrics with a bounded set of labels (forged names collapse)."""
    if kind in (2, 4):
        name = str(data.get("name", ""))
        name = name if name in set(commands) else "inconnue"
        return f"{name}:autocompletion" if kind == 4 else name
    if kind == 3:
        # rb:p:OP29:0 → bouton:rb:p; a forged id does not make a new time series.
        namespace, _, rest = str(data.get("custom_id", "")).partition(":")
        action = rest.partition(":")[0]
        if namespace in set(namespaces) and _BUTTON_ACTION.fullmatch(action):
            return f"bouton:{namespace}:{action}"
        return "bouton:inconnu"
    return "autre"


def outcome_of(code: str) -> str:
    """The outcome label for an error answered with template ``code``."""
    return "internal_error" if code == "erreur_interne" else "user_error"


def set_ready(health: Health, metrics: Metrics, ready: bool) -> None:
    """Keep ``/health`` and the ready gauge in step."""
    health.ready = ready
    metrics.ready.set(1 if ready else 0)
