"""Gateway-shaped INTERACTION_CREATE payloads and Discord's answers, shared by the harness and the stand-in.

Shapes follow Discord's API documentation (Interaction object, v10); only the fields discord.py reads.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

APP_ID = 900000000000000001
GUILD_ID = 900000000000000002
CHANNEL_ID = 900000000000000003
USER_ID = 900000000000000004
OTHER_USER_ID = 900000000000000005
BOT_USER_ID = APP_ID
_ids = itertools.count(910000000000000000)

# Option types of the API: string, integer, boolean.
_OPTION_TYPES = {str: 3, int: 4, bool: 5}


def snowflake() -> str:
    """Return a fresh id, as a string like Discord's."""
    return str(next(_ids))


def user(user_id: int = USER_ID, name: str = "etudiante") -> dict[str, Any]:
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name, "avatar": None}


def _base(kind: int, data: dict[str, Any], user_id: int, where: str, locale: str = "fr") -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": snowflake(),
        "application_id": str(APP_ID),
        "type": kind,
        "token": "itok-" + snowflake(),
        "version": 1,
        "data": data,
        "locale": locale,  # the user's client language: en-US and en-GB get English replies
        "entitlements": [],
        "app_permissions": "2248473465835073",
        "attachment_size_limit": 10485760,
    }
    if where == "guild":
        payload |= {
            "guild_id": str(GUILD_ID),
            "guild_locale": "fr",
            "channel_id": str(CHANNEL_ID),
            "channel": {
                "id": str(CHANNEL_ID),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "etude",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
                "topic": None,
                "rate_limit_per_user": 0,
                "last_message_id": None,
                "flags": 0,
            },
            "member": {
                "user": user(user_id),
                "roles": [],
                "joined_at": "2024-07-10T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": "2248473465835073",
            },
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
        }
    else:  # a DM with the bot, installed on the user's own account
        payload |= {
            "channel_id": str(CHANNEL_ID),
            "channel": {"id": str(CHANNEL_ID), "type": 1, "recipients": [user(user_id)]},
            "user": user(user_id),
            "authorizing_integration_owners": {"1": str(user_id)},
            "context": 1,
        }
    return payload


def command(
    name: str,
    user_id: int = USER_ID,
    where: str = "guild",
    locale: str = "fr",
    **options: str | int | bool,
) -> dict[str, Any]:
    """An APPLICATION_COMMAND interaction (type 2): ``/name option:value…`` from a client in ``locale``."""
    data = {
        "id": snowflake(),
        "name": name,
        "type": 1,
        "options": [{"name": k, "type": _OPTION_TYPES[type(v)], "value": v} for k, v in options.items()],
    }
    return _base(2, data, user_id, where, locale)


def subcommand(
    group: str, name: str, user_id: int = USER_ID, locale: str = "fr", **options: str | int | bool
) -> dict[str, Any]:
    """A subcommand interaction: ``/group name option:value…``, from a client in ``locale``."""
    payload = command(group, user_id=user_id, locale=locale)
    inner = [{"name": k, "type": _OPTION_TYPES[type(v)], "value": v} for k, v in options.items()]
    payload["data"]["options"] = [{"name": name, "type": 1, "options": inner}]
    return payload


def autocomplete(name: str, focused: str, value: str, **options: str) -> dict[str, Any]:
    """An APPLICATION_COMMAND_AUTOCOMPLETE interaction (type 4) with ``focused`` being typed."""
    data = {
        "id": snowflake(),
        "name": name,
        "type": 1,
        "options": [
            *({"name": k, "type": 3, "value": v} for k, v in options.items()),
            {"name": focused, "type": 3, "value": value, "focused": True},
        ],
    }
    return _base(4, data, USER_ID, "guild")


def button(
    message: dict[str, Any], custom_id: str, user_id: int = USER_ID, locale: str = "fr"
) -> dict[str, Any]:
    """A MESSAGE_COMPONENT interaction (type 3): a click on ``custom_id`` under ``message``."""
    payload = _base(3, {"custom_id": custom_id, "component_type": 2}, user_id, "guild", locale)
    payload["message"] = message
    return payload


def message_from(
    body: dict[str, Any], message_id: str | None = None, channel_id: str | None = None
) -> dict[str, Any]:
    """The message Discord creates from a response body (what a later click carries)."""
    return {
        "id": message_id or snowflake(),
        "channel_id": channel_id or str(CHANNEL_ID),
        "author": user(BOT_USER_ID, "resolution-bot") | {"bot": True},
        "content": body.get("content") or "",
        "timestamp": "2024-07-10T12:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds") or [],
        "pinned": False,
        "type": 20,
        "flags": body.get("flags") or 0,
        "components": body.get("components") or [],
        "application_id": str(APP_ID),
    }


def callback_response(
    interaction_id: str, body: dict[str, Any], message: dict[str, Any] | None
) -> dict[str, Any]:
    """The answer to ``POST /interactions/{id}/{token}/callback?with_response=1``."""
    data = body.get("data") or {}
    answer: dict[str, Any] = {
        "interaction": {
            "id": interaction_id,
            "type": 2,
            "response_message_id": message["id"] if message else None,
            "response_message_loading": body.get("type") == 5,
            "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
        }
    }
    if message is not None:
        answer["resource"] = {"type": body.get("type"), "message": message}
    return answer


def custom_ids(body: dict[str, Any]) -> list[str]:
    """The custom ids of the buttons of a message body, in order."""
    return [
        c["custom_id"] for row in body.get("components") or [] for c in row["components"] if "custom_id" in c
    ]


def next_page(body: dict[str, Any]) -> str | None:
    """The custom id of ▶ under a paged message body (``pg:…``), or ``None`` on its last page."""
    for row in body.get("components") or []:
        for c in row["components"]:
            if str(c.get("custom_id", "")).startswith("pg:") and (c.get("emoji") or {}).get("name") == "▶":
                return str(c["custom_id"])
    return None


def message(
    content: str,
    author_id: int = USER_ID,
    where: str = "guild",
    *,
    bot: bool = False,
    webhook_id: int | None = None,
    kind: int = 0,
) -> dict[str, Any]:
    """A MESSAGE_CREATE event: ``content`` posted by ``author_id`` in the guild channel or a DM.

    ``mentions`` lists the users written ``<@id>`` in the content, as Discord does.
    """
    mentioned = [int(m) for m in re.findall(r"<@!?(\d+)>", content)]
    payload: dict[str, Any] = {
        "id": snowflake(),
        "channel_id": str(CHANNEL_ID),
        "author": user(author_id) | ({"bot": True} if bot else {}),
        "content": content,
        "timestamp": "2024-07-10T12:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [user(m, "resolution-bot" if m == BOT_USER_ID else "autre") for m in mentioned],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": kind,
        "flags": 0,
        "components": [],
    }
    if webhook_id is not None:
        payload["webhook_id"] = str(webhook_id)
    if where == "guild":
        payload["guild_id"] = str(GUILD_ID)
        payload["member"] = {
            "roles": [],
            "joined_at": "2024-07-10T00:00:00+00:00",
            "deaf": False,
            "mute": False,
        }
    return payload


def mention(question: str, **kwargs: Any) -> dict[str, Any]:
    """A message that mentions the bot first, then asks ``question``."""
    return message(f"<@{BOT_USER_ID}> {question}", **kwargs)


def message_command(
    name: str, target: dict[str, Any], user_id: int = USER_ID, locale: str = "fr"
) -> dict[str, Any]:
    """A message context menu (APPLICATION_COMMAND, command type 3) used on ``target``."""
    data = {
        "id": snowflake(),
        "name": name,
        "type": 3,
        "target_id": target["id"],
        "resolved": {"messages": {target["id"]: target}},
    }
    return _base(2, data, user_id, "guild", locale)


def resolved_channel(channel_id: int, name: str = "annonces") -> dict[str, Any]:
    """A text channel as Discord resolves a channel option in ``data.resolved.channels``."""
    return {
        "id": str(channel_id),
        "type": 0,
        "name": name,
        "permissions": "0",
        "parent_id": None,
        "topic": None,
        "nsfw": False,
        "position": 0,
        "rate_limit_per_user": 0,
        "last_message_id": None,
        "flags": 0,
    }
