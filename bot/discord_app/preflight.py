"""Checks before connecting to Discord: a bot that cannot keep its study data should not go online."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.storage.database import create_engine

log = logging.getLogger(__name__)
DATABASE_TIMEOUT = 10.0


class DatabaseUnavailableError(Exception):
    """The study database cannot be reached or opened; the message names it without its password.

    ``bad_url`` tells a URL of an unsupported kind (bad input, exit 2) from a database that does
    not answer (exit 1).
    """

    def __init__(self, where: str, *, bad_url: bool = False) -> None:
        super().__init__(where)
        self.where = where
        self.bad_url = bad_url


def describe(url: str) -> str:
    """The URL with its password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: say so without echoing it (it may hold a password)
        return "DATABASE_URL illisible"


async def check_database(url: str, timeout: float = DATABASE_TIMEOUT) -> None:
    """Open one connection and run ``SELECT 1``; raise ``DatabaseUnavailableError`` if that fails."""
    try:
        engine = create_engine(url)
    except (ValueError, SQLAlchemyError, ImportError) as error:
        raise DatabaseUnavailableError(describe(url), bad_url=True) from error
    try:
        async with asyncio.timeout(timeout), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (OSError, SQLAlchemyError, TimeoutError) as error:
        raise DatabaseUnavailableError(describe(url)) from error
    finally:
        await engine.dispose()
