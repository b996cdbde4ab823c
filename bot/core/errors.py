"""Errors that mean "the user asked for something we cannot answer", explained by a template."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Bad input we explain to the user: ``code`` names the template in ``templates/erreurs/``.

    ``data`` holds what the template needs (the reference typed, the valid ranges, suggestions).
    It never carries a discord type, and its message is for logs only, never shown to users.
    """

    def __init__(self, code: str, /, **data: Any) -> None:
        self.code = code
        self.data = data
        super().__init__(f"{code}: {data}")
