"""Logging: JSON lines for collectors, and the token scrubbed from every line."""

import io
import json
import logging

import pytest

from bot.observability.logs import REDACTED, configure_logging, secret_forms

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.fake-token-value-for-tests-0123456789"


@pytest.fixture
def restore_root() -> object:
    """Put the root logger back as pytest left it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_json_format_one_object_per_line(restore_root: object) -> None:
    """LOG_FORMAT=json writes one parseable object a line with level, logger, message and extras."""
    stream = io.StringIO()
    configure_logging("INFO", "json", stream=stream)
    logging.getLogger("bot.test").info("commande %s", "paragraphe", extra={"command": "paragraphe"})
    logging.getLogger("bot.test").debug("invisible")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["level"] == "INFO"
    assert record["logger"] == "bot.test"
    assert record["message"] == "commande paragraphe"
    assert record["command"] == "paragraphe"
    assert record["time"].endswith("+00:00")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_token_is_scrubbed_from_messages_args_and_tracebacks(fmt: str, restore_root: object) -> None:
    """The token never reaches the stream, whether in the message, its arguments or an exception."""
    stream = io.StringIO()
    configure_logging("DEBUG", fmt, secrets=[TOKEN], stream=stream)
    log = logging.getLogger("discord.http")
    log.info("Authorization: Bot %s", TOKEN)
    log.debug(f"headers {{'Authorization': 'Bot {TOKEN}'}}")
    try:
        raise RuntimeError(f"login failed for {TOKEN}")
    except RuntimeError:
        log.exception("échec")
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count(REDACTED) >= 3
    assert "échec" in output


def test_short_secrets_are_not_used_to_redact(restore_root: object) -> None:
    """An empty or tiny secret would redact ordinary words: it is ignored."""
    stream = io.StringIO()
    configure_logging("INFO", "text", secrets=["", "ab"], stream=stream)
    logging.getLogger("bot").info("abc")
    assert "abc" in stream.getvalue()


def test_token_with_trailing_newline_is_scrubbed_as_discord_uses_it(restore_root: object) -> None:
    """A secret file's token ends with a newline; discord.py strips it, and that form is hidden too."""
    stream = io.StringIO()
    configure_logging("DEBUG", "text", secrets=[TOKEN + "\n"], stream=stream)
    logging.getLogger("discord.http").debug("Authorization: Bot %s", TOKEN)
    assert TOKEN not in stream.getvalue()
    assert f"Bot {REDACTED}" in stream.getvalue()


@pytest.mark.parametrize("configured", [f'"{TOKEN}"', f"'{TOKEN}'\n", f"  {TOKEN}\r\n"])
def test_token_quoted_or_padded_is_scrubbed(configured: str, restore_root: object) -> None:
    """Surrounding quotes (kept by docker --env-file) and whitespace do not defeat the redaction."""
    stream = io.StringIO()
    configure_logging("DEBUG", "text", secrets=[configured], stream=stream)
    logging.getLogger("bot").info("jeton %s", TOKEN)
    assert TOKEN not in stream.getvalue()


def test_token_secret_parts_are_scrubbed_but_not_the_public_user_id(restore_root: object) -> None:
    """The HMAC part of a token is masked alone; its first part (the bot's user id) is public."""
    user_id, timestamp, hmac = TOKEN.split(".")
    assert (secret_forms(TOKEN) - {TOKEN}) == {f"{timestamp}.{hmac}", hmac}
    stream = io.StringIO()
    configure_logging("DEBUG", "text", secrets=[TOKEN], stream=stream)
    logging.getLogger("bot").info("signature %s ; utilisateur %s", hmac, user_id)
    assert hmac not in stream.getvalue()
    assert user_id in stream.getvalue()


def test_cli_wires_the_stripped_token_into_the_redaction(monkeypatch, capsys) -> None:
    """The command line's logging, from DISCORD_TOKEN with a trailing newline, hides the stripped token."""
    from bot.cli import main

    monkeypatch.setenv("DISCORD_TOKEN", TOKEN + "\n")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert main(["paragraphe", "29"]) == 0
        logging.getLogger("discord.http").warning("en-tête Authorization: Bot %s", TOKEN)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
    captured = capsys.readouterr()
    assert "en-tête Authorization: Bot [masqué]" in captured.err
    assert TOKEN not in captured.out + captured.err
