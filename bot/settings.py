"""Settings, read once from the environment and a git-ignored ``.env``, then passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the data inside the package (see pyproject.toml); a checkout has it at the top.
_BUNDLED = PACKAGE_DIR / "_data"
_DATA_ROOT = _BUNDLED if _BUNDLED.is_dir() else PACKAGE_DIR.parent
# Where the SQLite database lives by default: data/ in a checkout (git-ignored), the user's data
# directory for an installed wheel (site-packages may not be writable).
_DATA_DIR = (
    Path.home() / ".local" / "share" / "resolution-bot" if _BUNDLED.is_dir() else PACKAGE_DIR.parent / "data"
)


def describe_errors(error: ValidationError) -> str:
    """Name the invalid settings without echoing their values (one of them may be the token)."""
    return "; ".join(
        f"{'.'.join(map(str, e['loc'])).upper()} : {e['msg']}" for e in error.errors(include_input=False)
    )


class Settings(BaseSettings):
    """Everything configurable. The token is a ``SecretStr``: it never prints, not even in repr."""

    model_config = SettingsConfigDict(
        env_file=(PACKAGE_DIR.parent / ".env", ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
    )

    discord_token: SecretStr | None = None
    discord_guild_id: int | None = None
    discord_api_base_url: str | None = None
    # Only needed with SHARD_COUNT (otherwise the API's GET /gateway/bot names the gateway).
    discord_gateway_url: str | None = None
    shard_count: int | None = None
    shard_ids: Annotated[list[int] | None, NoDecode] = None  # "0,1" rather than JSON
    log_level: str = "INFO"
    log_format: str = "text"
    metrics_port: int | None = None  # serves /metrics and /health when set
    database_url: str | None = None
    data_dir: Path = Field(default=_DATA_DIR)
    corpus_dir: Path = Field(default=_DATA_ROOT / "corpus")
    templates_dir: Path = Field(default=_DATA_ROOT / "templates")

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def study_database_url(self) -> str:
        """Return ``DATABASE_URL``, or by default a SQLite file in ``data_dir`` (made on first run)."""
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'study.sqlite3'}"

    @field_validator("discord_guild_id", "shard_count", "metrics_port", "database_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("DEBUG, INFO, WARNING, ERROR ou CRITICAL attendu")
        return level

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        fmt = value.strip().lower()
        if fmt not in {"text", "json"}:
            raise ValueError("text ou json attendu")
        return fmt

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(" ", "").split(",") if part] or None
        return value
