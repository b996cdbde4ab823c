"""Settings, read once from the environment and a git-ignored ``.env``, then passed down.

Standard library only: pydantic-settings took about a third of a one-shot command's start-up
(``python -X importtime -m bot paragraphe 29``) for thirteen fields.
"""

from __future__ import annotations

import errno
import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.limits import DEFAULT_QUIZ_STARTS_PER_HOUR

PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the data inside the package (see pyproject.toml); a checkout has it at the top.
_BUNDLED = PACKAGE_DIR / "_data"
_DATA_ROOT = _BUNDLED if _BUNDLED.is_dir() else PACKAGE_DIR.parent
# Where the SQLite database lives by default: data/ in a checkout (git-ignored), the user's data
# directory for an installed wheel (site-packages may not be writable).
_DATA_DIR = (
    Path.home() / ".local" / "share" / "resolution-bot" if _BUNDLED.is_dir() else PACKAGE_DIR.parent / "data"
)
# Why DATA_DIR could not be created, in French (the system's strerror is in the C locale's English).
_MKDIR_FAILURES = {
    errno.EEXIST: "ce chemin existe déjà et n'est pas un dossier",
    errno.ENOTDIR: "un élément de ce chemin est un fichier, pas un dossier",
    errno.EACCES: "dossier impossible à créer : permission refusée",
    errno.EPERM: "dossier impossible à créer : opération non permise",
    errno.EROFS: "dossier impossible à créer : système de fichiers en lecture seule",
    errno.ENOENT: "dossier impossible à créer : un dossier parent est introuvable",
    errno.ENOSPC: "dossier impossible à créer : disque plein",
}
# The checkout's .env, then one in the working directory: a later file beats an earlier one, and
# the environment beats both.
ENV_FILES = (PACKAGE_DIR.parent / ".env", Path(".env"))

_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_FORMATS = ("text", "json")
# What pydantic accepted for an integer, kept so that no working configuration breaks: ASCII digits,
# a sign, underscores between digits, and a zero fractional part ("42.0").
_INTEGER = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?", re.ASCII)
# TCP ports a server can listen on (0 would let the system pick one, which nobody could scrape).
_PORTS = range(1, 65536)


class SettingsError(ValueError):
    """Invalid settings: ``str`` names each bad variable with a French reason, never its value."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{name.upper()} : {reason}" for name, reason in self.problems.items()))


class Secret:
    """A string that does not print: ``str`` and ``repr`` show stars, so a token cannot leak by accident."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        """Return the hidden value, for the one call that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********" if self._value else ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Everything configurable: ``Settings()`` is the defaults, ``Settings.from_env()`` the configuration."""

    discord_token: Secret | None = None
    discord_guild_id: int | None = None
    discord_api_base_url: str | None = None
    # Only needed with SHARD_COUNT (otherwise the API's GET /gateway/bot names the gateway).
    discord_gateway_url: str | None = None
    shard_count: int | None = None
    shard_ids: list[int] | None = None  # "0,1" rather than JSON
    log_level: str = "INFO"
    log_format: str = "text"
    metrics_port: int | None = None  # serves /metrics and /health when set
    database_url: str | None = None
    quiz_starts_per_hour: int = DEFAULT_QUIZ_STARTS_PER_HOUR  # per member and server
    data_dir: Path = _DATA_DIR
    # The question ranker's trained model (DATA_DIR/cache when unset): several bots on one machine
    # (replicas, the end-to-end tests) may share one and train it once.
    cache_dir: Path | None = None
    corpus_dir: Path = _DATA_ROOT / "corpus"
    templates_dir: Path = _DATA_ROOT / "templates"

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, env_files: Iterable[Path] = ENV_FILES
    ) -> Settings:
        """Read the environment (``os.environ`` by default), then the ``.env`` files, then the defaults.

        Names are case-insensitive and unknown names are ignored. Raises ``SettingsError`` naming
        every invalid variable.
        """
        environ = os.environ if environ is None else environ
        raw: dict[str, str] = {}
        for path in env_files:
            raw.update(read_env_file(path, environ))
        raw.update((name.lower(), value) for name, value in environ.items())
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, parse in _PARSERS.items():
            if name in raw:
                try:
                    values[name] = parse(raw[name])
                except ValueError as exc:
                    problems[name] = str(exc)
        problems.update(_shard_problems(values.get("shard_count"), values.get("shard_ids")))
        if problems:
            raise SettingsError(problems)
        return cls(**values)

    def ensure_data_dir(self) -> None:
        """Create ``data_dir`` if the study database will live there; ``SettingsError`` if impossible.

        Called by the commands that open the study database (not by a paragraph lookup): a path
        under a file, a read-only parent or a directory without write permission is an operator's
        mistake to name in French, not an internal error.
        """
        if self.database_url:
            return
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = _MKDIR_FAILURES.get(
                error.errno or 0,
                f"dossier impossible à créer ({errno.errorcode.get(error.errno or 0, 'OSError')})",
            )
            raise SettingsError({"data_dir": reason}) from None
        if not os.access(self.data_dir, os.W_OK | os.X_OK):
            raise SettingsError({"data_dir": "dossier non accessible en écriture"})

    @property
    def study_database_url(self) -> str:
        """Return ``DATABASE_URL``, or by default a SQLite file in ``data_dir`` (made on first run)."""
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'study.sqlite3'}"


def _token(value: str) -> Secret | None:
    return Secret(value) if value.strip() else None


def _optional_integer(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not _INTEGER.fullmatch(text):
        raise ValueError("nombre entier attendu")
    return int(text.split(".")[0])


def _port(value: str) -> int | None:
    port = _optional_integer(value)
    if port is not None and port not in _PORTS:
        raise ValueError("numéro de port entre 1 et 65535 attendu")
    return port


def _shard_count(value: str) -> int | None:
    count = _optional_integer(value)
    if count is not None and count < 1:
        # SHARD_COUNT=0 once started a bot that never connected and logged nothing.
        raise ValueError("au moins 1 shard attendu")
    return count


def _starts_per_hour(value: str) -> int:
    count = _optional_integer(value)
    if count is None:
        return DEFAULT_QUIZ_STARTS_PER_HOUR
    if count < 1:
        # 0 would refuse every /quiz: to stop the quizzes, remove the command from the server.
        raise ValueError("nombre entier d'au moins 1 attendu")
    return count


def _shard_problems(count: int | None, ids: list[int] | None) -> dict[str, str]:
    """What is wrong with SHARD_IDS given SHARD_COUNT (each id in 0 … count − 1, none twice)."""
    if not ids or count is None:
        return {}  # SHARD_IDS without SHARD_COUNT is refused by ``run`` alone (sync ignores both)
    if any(not 0 <= shard < count for shard in ids):
        return {"shard_ids": f"numéros de shards de 0 à {count - 1} attendus (SHARD_COUNT={count})"}
    if len(set(ids)) != len(ids):
        return {"shard_ids": "chaque numéro de shard une seule fois"}
    return {}


def _optional_text(value: str) -> str | None:
    return value if value.strip() else None


def _shard_ids(value: str) -> list[int] | None:
    parts = [part for part in value.replace(" ", "").split(",") if part]
    if not all(_INTEGER.fullmatch(part) and "." not in part for part in parts):
        raise ValueError("numéros de shards séparés par des virgules attendus (par exemple 0,1)")
    return [int(part) for part in parts] or None


def _log_level(value: str) -> str:
    level = value.strip().upper()
    if level not in _LEVELS:
        raise ValueError("DEBUG, INFO, WARNING, ERROR ou CRITICAL attendu")
    return level


def _log_format(value: str) -> str:
    fmt = value.strip().lower()
    if fmt not in _FORMATS:
        raise ValueError("text ou json attendu")
    return fmt


def _optional_path(text: str) -> Path | None:
    """A path, or None for a blank value."""
    return Path(text) if text.strip() else None


# How each field is read from its text. Blank means "unset" for the token, the integers and
# DATABASE_URL (.env.example has DISCORD_TOKEN= and DATABASE_URL=); other text is taken as written.
_PARSERS: dict[str, Callable[[str], Any]] = {
    "discord_token": _token,
    "discord_guild_id": _optional_integer,
    "discord_api_base_url": str,
    "discord_gateway_url": str,
    "shard_count": _shard_count,
    "shard_ids": _shard_ids,
    "log_level": _log_level,
    "log_format": _log_format,
    "metrics_port": _port,
    "database_url": _optional_text,
    "quiz_starts_per_hour": _starts_per_hour,
    "data_dir": Path,
    "cache_dir": _optional_path,
    "corpus_dir": Path,
    "templates_dir": Path,
}

# One assignment of a .env file: optional "export", the name, "=", then a quoted or bare value.
_ASSIGNMENT = re.compile(r"(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)")
_REFERENCE = re.compile(r"\$\{([^}:]+)(?::-([^}]*))?\}")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'"}


def read_env_file(path: Path, environ: Mapping[str, str]) -> dict[str, str]:
    """Read the assignments of a ``.env`` file (names lower-cased); nothing if it does not exist.

    The syntax python-dotenv reads, on one line each: ``# comments``, ``export NAME=value``, single
    quotes without escapes, double quotes with backslash escapes, `` #`` ending a bare value, and
    ``${NAME}`` or ``${NAME:-default}`` from earlier lines or the environment (quoted or not).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return {}
    values: dict[str, str] = {}
    for line in lines:
        match = _ASSIGNMENT.fullmatch(line.strip())
        if not match:
            continue
        name, text = match.groups()
        if text[:1] == "'" and (end := text.find("'", 1)) > 0:
            value = text[1:end]
        elif text[:1] == '"' and (end := _closing_quote(text)) > 0:
            value = re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[0]), text[1:end])
        else:
            value = re.sub(r"\s+#.*", "", text).strip()
        values[name] = _REFERENCE.sub(functools.partial(_resolve, {**environ, **values}), value)
    return {name.lower(): value for name, value in values.items()}


def _resolve(known: Mapping[str, str], reference: re.Match[str]) -> str:
    """The value of ``${NAME}`` (empty if unknown), or its ``:-default`` when NAME is not set at all."""
    return known[reference[1]] if reference[1] in known else reference[2] or ""


def _closing_quote(text: str) -> int:
    """The index of the double quote closing ``text[0]``, or -1."""
    index = 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == '"':
            return index
        else:
            index += 1
    return -1
