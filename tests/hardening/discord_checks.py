"""What every request the bot sends to Discord must satisfy, whatever the input was.

Limits from Discord's API documentation (Message, Embed, Component and Interaction Response
objects); the harness records the JSON body discord.py would have sent.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from tests.harness import Request

PING = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
# The study replies name a member by their mention in an embed (« Une lecture lancée par <@id> »,
# issue 15): an embed notifies no one, and allowed mentions are off anyway. Only the mentions of the
# harness's own members are the bot's; any other one would be typed text that escaped |md.
MEMBERS = re.compile(r"<@(900000000000000004|900000000000000005)>")
NO_MENTIONS = {"parse": []}
EPHEMERAL = 64
EMBEDS_PER_MESSAGE = 10
EMBED_TOTAL = 6000
TITLE, DESCRIPTION, FIELDS, FIELD_NAME, FIELD_VALUE, FOOTER = 256, 4096, 25, 256, 1024, 2048
CONTENT = 2000
CUSTOM_ID, LABEL, COMPONENTS_PER_ROW, ROWS = 100, 80, 5, 5
CHOICES, CHOICE_TEXT = 25, 100

# How many generated interactions each fuzz test sent (printed at the end of the session).
CASES: Counter[str] = Counter()


class ErrorLog(logging.Handler):
    """Collect every ERROR record: discord.py's "Ignoring exception" and our "erreur interne" alike."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def callbacks(requests: list[Request]) -> list[Request]:
    return [r for r in requests if r.method == "POST" and r.path.endswith("/callback")]


def messages(requests: list[Request]) -> list[dict[str, Any]]:
    """The message bodies sent: callback data of types 4 and 7, follow-ups, edits, channel messages."""
    found = []
    for request in requests:
        if request.path.endswith("/callback"):
            if request.body.get("type") in (4, 7):
                found.append(request.body.get("data") or {})
        elif request.path.startswith("/webhooks/") or request.path.endswith("/messages"):
            found.append(request.body)
    return found


def check_answered_once(requests: list[Request]) -> dict[str, Any]:
    """Exactly one interaction callback; return its body."""
    answers = callbacks(requests)
    assert len(answers) == 1, [f"{r.method} {r.path}" for r in requests]
    return answers[0].body


def check_message(data: dict[str, Any]) -> None:
    """One message body within Discord's limits, with mentions off and no ping in its text."""
    mentions = data.get("allowed_mentions")
    # A channel message answering a mention also says replied_user: false (no ping of the asker).
    assert mentions in (NO_MENTIONS, NO_MENTIONS | {"replied_user": False}), mentions
    content = data.get("content") or ""
    assert len(content) <= CONTENT
    embeds = data.get("embeds") or []
    assert len(embeds) <= EMBEDS_PER_MESSAGE
    texts = [content]
    for embed in embeds:
        title, description = embed.get("title") or "", embed.get("description") or ""
        footer = (embed.get("footer") or {}).get("text") or ""
        fields = embed.get("fields") or []
        assert len(title) <= TITLE
        assert len(description) <= DESCRIPTION
        assert len(footer) <= FOOTER
        assert len(fields) <= FIELDS
        for item in fields:
            assert len(item["name"]) <= FIELD_NAME
            assert len(item["value"]) <= FIELD_VALUE
        fields_size = sum(len(f["name"]) + len(f["value"]) for f in fields)
        size = len(title) + len(description) + len(footer) + fields_size
        assert size <= EMBED_TOTAL
        texts += [title, description, footer, *(f["name"] + f["value"] for f in fields)]
    assert sum(len(t) for t in texts[1:]) <= EMBED_TOTAL
    assert not PING.search(content), content
    for text in texts[1:]:
        assert not PING.search(MEMBERS.sub("", text)), text
    rows = data.get("components") or []
    assert len(rows) <= ROWS
    for row in rows:
        assert len(row["components"]) <= COMPONENTS_PER_ROW
        for component in row["components"]:
            assert len(component.get("custom_id", "")) <= CUSTOM_ID
            assert len(component.get("label") or "") <= LABEL


def check_choices(body: dict[str, Any]) -> None:
    """An autocomplete answer: type 8, at most 25 choices of at most 100 characters."""
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert len(choices) <= CHOICES
    for choice in choices:
        assert 1 <= len(choice["name"]) <= CHOICE_TEXT
        assert len(str(choice["value"])) <= CHOICE_TEXT


def check_requests(requests: list[Request]) -> dict[str, Any]:
    """Answered once, every message within limits; return the callback body."""
    body = check_answered_once(requests)
    if body["type"] == 8:
        check_choices(body)
    for data in messages(requests):
        check_message(data)
    return body
