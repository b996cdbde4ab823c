"""Whether discord.py will handle a button click: the one peek at its private view store.

discord.py discards a click that no view and no dynamic item claims, silently: the user sees
"This interaction failed". ``OperationsCog`` answers such clicks itself, and needs to know which
ones discord.py will not; the only record of that is ``ConnectionState._view_store`` (private,
checked against discord.py 2.7), hence the guard: on doubt, assume claimed, never answer twice.
"""

from __future__ import annotations

from typing import Any

import discord


def claims(client: discord.Client, interaction: discord.Interaction[Any], custom_id: str) -> bool:
    """Whether a button or a view registered with discord.py handles this component click."""
    # A dynamic item also needs the id on the clicked message (else discord.py drops the click).
    try:
        store = client._connection._view_store
        on_message = custom_id in _custom_ids(interaction.message)
        if on_message and any(pattern.fullmatch(custom_id) for pattern in store._dynamic_items):
            return True
        return any(key[1] == custom_id for items in store._views.values() for key in items)
    except AttributeError:
        return True


def _custom_ids(message: discord.Message | None) -> set[str]:
    """The custom ids of a message's components, nested ones included."""
    found: set[str] = set()
    stack: list[Any] = list(message.components) if message is not None else []
    while stack:
        component = stack.pop()
        if custom_id := getattr(component, "custom_id", None):
            found.add(custom_id)
        stack.extend(getattr(component, "children", None) or [])
        stack.extend(getattr(component, "components", None) or [])
    return found
