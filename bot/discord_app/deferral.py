"""Answer within Discord's 3-second window even when the work is slow: defer, then follow up.

Discord drops an interaction not acknowledged within 3 seconds of sending it. Work that may be
slow (drawing the vote chart the first time) runs in a thread; if it has not finished after
``DEFER_AFTER`` seconds the interaction is deferred ("thinking…"), and the reply then goes out as
the follow-up that replaces it (``send_reply`` does that once the response is done). Fast work
is answered directly, as before, in one request. Database work (``settled``) is treated alike:
each study operation has a 1.5 s deadline (and up to 1.1 s to clean up), and a click may need two.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord

T = TypeVar("T")
# Leaves room for the gateway's delivery time and a slow network before the 3 s deadline.
DEFER_AFTER = 1.0


async def within_window(
    interaction: discord.Interaction[Any], work: Callable[[], T], *, ephemeral: bool
) -> T:
    """Run ``work`` in a thread; defer the interaction if it takes longer than ``DEFER_AFTER``."""
    return await settled(interaction, asyncio.to_thread(work), ephemeral=ephemeral)


async def settled(
    interaction: discord.Interaction[Any], work: Awaitable[T], *, ephemeral: bool, thinking: bool = True
) -> T:
    """Await ``work``; defer the interaction if it takes longer than ``DEFER_AFTER``.

    ``thinking=False`` defers a button's update of its own message (``edit_reply`` then edits it).
    """
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done and not interaction.response.is_done():
        await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    return await task
