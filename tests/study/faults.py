"""Injected database faults: statements that fail as if the connection were lost."""

from __future__ import annotations

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
