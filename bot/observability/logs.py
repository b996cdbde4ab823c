"""Logging set-up: plain lines for a terminal, one JSON object a line for log collectors.

Secrets are scrubbed in a filter on the handler, so no call site can leak the token, even
through an exception message or a third-party library's debug line.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

FORMATS = ("text", "json")
REDACTED = "[masqué]"
# Libraries that narrate their own set-up at INFO: kept for WARNING and above unless DEBUG is asked.
_CHATTY = ("alembic.runtime.plugins",)
# LogRecord attributes that are plumbing, not context worth a JSON key.
_STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime", "taskName"}
)


# Short strings would redact innocent words; a real token is about 70 characters.
_SHORTEST_SECRET = 8
_QUOTES = "\"'"


def secret_forms(secret: str) -> set[str]:
    """The forms of ``secret`` that may reach a log line, each at least 8 characters long.

    The value as configured, the value discord.py sends (it strips whitespace, and a secret
    file usually ends with a newline), without surrounding quotes (a Docker ``--env-file``
    keeps them), and a bot token's secret parts: ``timestamp.hmac`` and the HMAC alone. Not the
    first part, the bot's user id in base64, which is public and would mask innocent ids.
    """
    stripped = secret.strip()
    unquoted = stripped.strip(_QUOTES).strip()
    forms = {secret, stripped, unquoted}
    user_id, dot, rest = unquoted.partition(".")
    if dot and user_id and "." in rest:
        forms.update({rest, rest.rpartition(".")[2]})
    return {form for form in forms if len(form) >= _SHORTEST_SECRET}


class RedactingFilter(logging.Filter):
    """Replace every known secret in a record's rendered message and exception text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        forms = {form for secret in secrets for form in secret_forms(secret)}
        # Longest first, so a whole token is masked before the part of it that is also listed.
        self._secrets = tuple(sorted(forms, key=len, reverse=True))

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message once, scrub it, and freeze it so formatters cannot re-expand args."""
        if not self._secrets:
            return True
        message = record.getMessage()
        for secret in self._secrets:
            message = message.replace(secret, REDACTED)
        record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self._secrets:
                record.exc_text = record.exc_text.replace(secret, REDACTED)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Serialise the record; extra fields passed with ``extra=`` become keys."""
        payload: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                payload[key] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            payload["exception"] = record.exc_text
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(
    level: str = "INFO",
    fmt: str = "text",
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Install one handler on the root logger (replacing earlier ones) and return it."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(RedactingFilter(secrets))
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
    return handler
