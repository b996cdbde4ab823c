"""Questions and searches are answered off the event loop (issue 17, finding 1, the Discord side).

A costly question (the vote route's span search took ~2 s of CPU for 500 characters) used to run
in the event loop: every other member waited. Here the question's work blocks until the test
releases it, and is only released once another member's /paragraphe has been answered: run on
the event loop, that could never happen (the wait fails after 10 s instead of hanging).
"""

import asyncio
import threading

import pytest

from bot.discord_app import deferral
from bot.discord_app.deferral import AnswerPool
from bot.discord_app.questions import question_page
from tests import discord_payloads as p
from tests.discord_app.test_questions import MENU
from tests.hardening.discord_checks import check_message

RELEASE_WAIT = 10.0


@pytest.fixture
def held(bot, monkeypatch):
    """Make ``Replies.question`` and ``Replies.cherche_page`` wait for ``release`` (in their thread)."""
    release = threading.Event()
    replies = bot.bot.replies

    def holding(method):
        def wait_then(*args, **kwargs):
            assert release.wait(RELEASE_WAIT), "the work ran on the event loop: nothing could release it"
            return method(*args, **kwargs)

        return wait_then

    monkeypatch.setattr(replies, "question", holding(replies.question))
    monkeypatch.setattr(replies, "cherche_page", holding(replies.cherche_page))
    return release


def callbacks(h):
    return [r for r in h.recorder.requests if r.path.endswith("/callback")]


@pytest.mark.parametrize(
    ("slow", "is_message"),
    [
        (p.command("question", texte="qui a voté contre " + "de la le et " * 40), False),
        (p.command("cherche", requete="coopération " * 40), False),
        (p.mention("comment a voté la France ?", author_id=p.OTHER_USER_ID), True),
        (p.message_command(MENU, p.message("qui a voté contre ?", author_id=p.OTHER_USER_ID)), False),
    ],
    ids=["question", "cherche", "mention", "menu"],
)
async def test_a_slow_answer_does_not_hold_up_another_member(bot, held, slow, is_message):
    """While one member's answer is being computed, another member's /paragraphe is answered."""
    first = asyncio.ensure_future((bot.message if is_message else bot.send)(slow))
    await asyncio.sleep(0)
    bot.send_nowait(p.command("paragraphe", numero="29", user_id=p.USER_ID))
    async with asyncio.timeout(RELEASE_WAIT):
        while not callbacks(bot):
            await asyncio.sleep(0.01)
    [answered] = callbacks(bot)  # the paragraph, while the slow answer is still held
    assert answered.body["data"]["embeds"][0]["title"] == "OP29 · Paragraphe 29 du dispositif"
    held.set()
    requests = await first
    for request in requests:
        if request.body.get("embeds") or (request.body.get("data") or {}).get("embeds"):
            check_message(request.body.get("data") or request.body)


async def test_a_question_past_one_second_is_deferred_then_followed_up(bot, held, monkeypatch):
    """Still computing after DEFER_AFTER: « réfléchit… » (type 5) first, the answer as the follow-up."""
    monkeypatch.setattr(deferral, "DEFER_AFTER", 0.01)
    task = asyncio.ensure_future(bot.send(p.command("question", texte="que dit le §29 ?")))
    while not callbacks(bot):
        await asyncio.sleep(0.01)
    held.set()
    requests = await task
    assert [r.body.get("type") for r in requests if r.path.endswith("/callback")] == [5]
    [follow_up] = [r for r in requests if r.path.startswith("/webhooks/")]
    check_message(follow_up.body)
    assert follow_up.body["components"]  # the « §29 » button came with it


async def test_answer_in_a_thread_is_the_answer_on_the_loop(bot, discord_replies):
    """Moving the work changes nothing in the payload: the same embed as question_page itself."""
    text = "que dit le §29 sur la coopération ?"
    requests = await bot.send(p.command("question", texte=text))
    [callback] = [r for r in requests if r.path.endswith("/callback")]
    [embed] = callback.body["data"]["embeds"]
    expected = question_page(discord_replies, text).reply
    assert (embed["title"], embed["description"]) == (expected.title, expected.description)


async def test_pool_runs_one_job_at_a_time_per_member():
    """A member's jobs queue behind each other; another member's run meanwhile."""
    pool = AnswerPool(threads=4)
    running: list[str] = []
    overlaps: list[tuple[str, ...]] = []
    gate = threading.Lock()

    def job(name: str, seconds: float):
        def work():
            with gate:
                running.append(name)
                overlaps.append(tuple(sorted(running)))
            threading.Event().wait(seconds)
            with gate:
                running.remove(name)
            return name

        return work

    try:
        results = await asyncio.gather(
            pool.run(1, job("flood-1", 0.1)),
            pool.run(1, job("flood-2", 0.1)),
            pool.run(1, job("flood-3", 0.1)),
            pool.run(2, job("other", 0.05)),
        )
    finally:
        pool.close()
    assert results == ["flood-1", "flood-2", "flood-3", "other"]
    assert all(sum(n.startswith("flood") for n in seen) <= 1 for seen in overlaps)
    assert ("flood-1", "other") in overlaps  # the other member did not wait for the flood
    assert pool._last == {}  # nothing kept once the jobs are done
