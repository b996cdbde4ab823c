"""Observe every interaction in one place: its command, its outcome and the time to its first response.

The measurement sits on the HTTP session discord.py uses for interaction callbacks (its public
``http_trace`` option): whatever code path answers, by whichever cog, the callback request is the
first response, so it is counted there and only once (a 429 retried by discord.py is the same
response, not a second one). Receipt is stamped by an ``on_interaction`` listener, which discord.py
dispatches in the same turn of the event loop as the gateway message.

An interaction nothing answers (a component discord.py drops, an error swallowed on the way) would
otherwise stay "in flight" for ever, uncounted, and make every later shutdown wait its full grace:
past Discord's window it is counted as ``sans_reponse`` and forgotten.
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
# Discord refuses a first response later than 3 s after the interaction; the margin covers the
# gateway's delivery and a callback still on the wire. Past that, no answer can come.
ANSWER_WINDOW = 3.0
UNANSWERED_AFTER = ANSWER_WINDOW + 1.0
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

    def __post_init__(self) -> None:
        self.metrics.before_scrape.append(self.expire)

    def received(self, interaction_id: int, command: str, extras: dict[Any, Any]) -> None:
        """Stamp an interaction's arrival; ``extras`` is where the error handler leaves the outcome."""
        self.expire()
        self._pending[interaction_id] = _Pending(self.clock(), command, extras)
        self._pending.move_to_end(interaction_id)  # oldest first, which ``expire`` relies on
        while len(self._pending) > PENDING_LIMIT:
            self._unanswered(*self._pending.popitem(last=False))

    def expire(self) -> None:
        """Count and forget the interactions whose answer window has closed without a response."""
        deadline = self.clock() - UNANSWERED_AFTER
        while self._pending:
            interaction_id, oldest = next(iter(self._pending.items()))
            if oldest.received > deadline:
                return
            del self._pending[interaction_id]
            self._unanswered(interaction_id, oldest)

    def _unanswered(self, interaction_id: int, pending: _Pending) -> None:
        self.metrics.unanswered(pending.command)
        # The member saw "This interaction failed": a bug or Discord refusing, worth a look.
        log.warning("interaction %s (%s) sans réponse", interaction_id, pending.command)

    def responded(self, interaction_id: int) -> None:
        """Count the first response to an interaction (later calls for the same id are ignored)."""
        pending = self._pending.pop(interaction_id, None)
        if pending is None:
            return
        outcome = pending.extras.get(OUTCOME_KEY, "ok")
        self.metrics.observe(pending.command, outcome, self.clock() - pending.received)

    @property
    def in_flight(self) -> int:
        """How many interactions have arrived, not been answered yet, and still can be."""
        self.expire()
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
