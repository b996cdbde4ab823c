"""Answer within Discord's 3-second window even when the work is slow, without blocking the others.

Discord drops an interaction not acknowledged within 3 seconds of sending it. Work that may be
slow (drawing the vote chart the first time, answering a question, ranking a long query) runs in
a thread; if it has not finished after ``DEFER_AFTER`` seconds the interaction is deferred
("thinking…"), and the reply then goes out as the follow-up that replaces it (``send_reply`` does
that once the response is done). Fast work is answered directly, as before, in one request.
Database work (``settled``) is treated alike: each study operation has a 1.5 s deadline (and up
to 1.1 s to clean up), and a click may need two.

Questions and searches go through ``AnswerPool``: a few threads, and one job at a time per member.
A member who floods queues behind their own requests and holds one thread at most, so the event
loop, and the other members' commands, keep their share of the interpreter.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import discord

T = TypeVar("T")
# Leaves room for the gateway's delivery time and a slow network before the 3 s deadline.
DEFER_AFTER = 1.0
# Threads answering questions and searches. Each busy one takes a share of the interpreter lock
# from the event loop; per-member queuing keeps one flooder to one of them.
ANSWER_THREADS = 4
# How long a busy answer thread may keep the interpreter lock while the event loop waits for it
# (CPython's default is 5 ms). At 1 ms, the other members' median during a flood is 6 ms instead
# of 24 ms (benchmarks/flood.py); set once by ``runner.run`` for the bot's process.
SWITCH_INTERVAL = 0.001

Run = Callable[[Callable[[], T]], Awaitable[T]]
# Set in ``interaction.extras`` once a public « thinking… » message stands in for the answer.
PUBLIC_PLACEHOLDER = "public_placeholder"


async def within_window(
    interaction: discord.Interaction[Any],
    work: Callable[[], T],
    *,
    ephemeral: bool,
    run: Run[T] | None = None,
) -> T:
    """Run ``work`` in a thread (``run``, or a fresh one); defer if it takes over ``DEFER_AFTER``."""
    return await settled(interaction, (run or asyncio.to_thread)(work), ephemeral=ephemeral)


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
        if (
            not ephemeral
            and interaction.response.type is discord.InteractionResponseType.deferred_channel_message
        ):
            # A « thinking… » placeholder everyone sees: an error must not become it (cogs/errors.py).
            interaction.extras[PUBLIC_PLACEHOLDER] = True
    return await task


class AnswerPool:
    """CPU-heavy answers off the event loop: ``threads`` threads, one job at a time per member."""

    def __init__(self, threads: int = ANSWER_THREADS) -> None:
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="reponses")
        # Each member's latest job: the next one of the same member starts once it is done.
        self._last: dict[int, asyncio.Future[None]] = {}

    async def run(self, member: int, work: Callable[[], T]) -> T:
        """Run ``work`` in the pool after ``member``'s previous jobs (in the caller's context)."""
        loop = asyncio.get_running_loop()
        previous = self._last.get(member)
        mine: asyncio.Future[None] = loop.create_future()
        self._last[member] = mine
        try:
            if previous is not None:
                await asyncio.wait({previous})
            call = functools.partial(contextvars.copy_context().run, work)
            return await loop.run_in_executor(self._executor, call)
        finally:
            mine.set_result(None)
            if self._last.get(member) is mine:
                del self._last[member]

    def runner(self, member: int) -> Run[Any]:
        """``run`` for one member, as ``within_window`` takes it."""
        return functools.partial(self.run, member)

    def close(self) -> None:
        """Stop taking work; jobs not started are dropped (their interactions are closing too)."""
        self._executor.shutdown(wait=False, cancel_futures=True)
