"""Checks before connecting to Discord: a bot that cannot keep its study data should not go online.

``check_database`` opens one connection (a server that does not answer, refused credentials);
the bot's ``setup_hook`` then migrates and verifies the schema and makes a write probe
(bot/storage/database.py). Either way a failure becomes one ``DatabaseUnavailableError``, and a
permanent one carries the French sentence that says what to repair.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.storage.database import SchemaIncompleteError, create_engine
from bot.storage.resilience import permanent_kind

log = logging.getLogger(__name__)
DATABASE_TIMEOUT = 10.0

# What a permanent error means for whoever starts the bot (resilience.permanent_kind names it).
REASONS = {
    "lecture_seule": "la base refuse d'écrire (fichier, montage ou transaction en lecture seule, "
    "fichier immuable) : rendez-la accessible en écriture",
    "schema": "le schéma est incomplet (table ou colonne absente) : restaurez la base ou "
    "videz-la pour que les migrations la recréent",
    "identifiants": "identifiants refusés ou base inexistante : vérifiez l'utilisateur, le mot de "
    "passe et le nom de la base dans DATABASE_URL",
    "espace": "disque ou mémoire du serveur plein : libérez de la place",
    "fichier": "fichier impossible à ouvrir ou corrompu : vérifiez DATA_DIR et ses droits",
}
# Reasons that are a setting to correct (exit 2), not the state of the database (exit 1).
SETTINGS = {"identifiants"}


class DatabaseUnavailableError(Exception):
    """The study database cannot be reached or opened; the message names it without its password.

    ``bad_url`` tells a URL of an unsupported kind (bad input, exit 2) from a database that does
    not answer (exit 1). ``reason``, for a permanent error, is the French sentence saying what to
    repair; ``setting`` tells whether that is a setting (exit 2).
    """

    def __init__(
        self, where: str, *, bad_url: bool = False, reason: str | None = None, setting: bool = False
    ) -> None:
        super().__init__(where)
        self.where = where
        self.bad_url = bad_url
        self.reason = reason
        self.setting = setting


def describe(url: str) -> str:
    """The URL with its password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: say so without echoing it (it may hold a password)
        return "DATABASE_URL illisible"


def unavailable(url: str, error: BaseException) -> DatabaseUnavailableError:
    """The start-up error for ``error``: permanent ones say what to repair, the others do not."""
    kind = "schema" if isinstance(error, SchemaIncompleteError) else permanent_kind(error)
    if kind is None:
        return DatabaseUnavailableError(describe(url))
    return DatabaseUnavailableError(describe(url), reason=REASONS[kind], setting=kind in SETTINGS)


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
        raise unavailable(url, error) from error
    finally:
        await engine.dispose()
