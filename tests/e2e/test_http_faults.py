"""HTTP faults on Discord's side: 429 with retry_after, a 5xx, a slow answer. The reply arrives, once."""

from __future__ import annotations

import re

import pytest

from tests import discord_payloads as p

CALLBACK = "/interactions/"
FOLLOW_UP = f"/webhooks/{p.APP_ID}/"
CLICKER = 700000000000000000


def _accepted(calls):
    return [c for c in calls if c.status == 200]


def test_rate_limited_callback_is_retried_once_accepted(standin, running):
    """A 429 (retry_after, X-RateLimit headers) on the callback: retried after the delay, accepted once."""
    fault = standin.fault("POST", CALLBACK, 429, retry_after=0.3)
    payload = p.command("paragraphe", numero="29")
    standin.send(payload)
    standin.wait_for(lambda: _accepted(standin.callbacks_for(payload)))
    calls = standin.callbacks_for(payload)
    assert fault.seen == 1
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 0.3  # discord.py waited retry_after before retrying
    assert calls[1].body["data"]["embeds"][0]["title"] == "OP29 · Paragraphe 29 du dispositif"


def test_long_range_is_one_message_and_a_rate_limited_page_turn_is_retried(standin, running):
    """A long range posts no follow-up (it used to spill into three); a 429 on a page turn's edit
    is retried after the delay, and the page arrives once, in place."""
    payload = p.command("paragraphe", numero="1-37")
    first = standin.interact(payload).body["data"]
    standin.interact(p.command("aide"))  # answered after anything the range could have sent
    assert [c for c in standin.calls if payload["token"] in c.path and FOLLOW_UP in c.path] == []
    click = p.button(p.message_from(first), p.next_page(first), user_id=CLICKER)
    fault = standin.fault("POST", f"/interactions/{click['id']}/", 429, retry_after=0.2)
    standin.send(click)
    standin.wait_for(lambda: _accepted(standin.callbacks_for(click)))
    calls = standin.callbacks_for(click)
    assert fault.seen == 1
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 0.2
    assert calls[1].body["type"] == 7
    assert calls[1].body["data"]["embeds"][0]["footer"]["text"].startswith("page 2/8 · ")


def test_server_error_on_callback_is_retried(standin, running):
    """A 503 on the callback: discord.py retries after a second; the reply arrives once."""
    standin.fault("POST", CALLBACK, 503)
    payload = p.command("vote", pays="France")
    standin.send(payload)
    standin.wait_for(lambda: _accepted(standin.callbacks_for(payload)))
    assert [c.status for c in standin.callbacks_for(payload)] == [503, 200]


def test_slow_callback_is_answered_once(standin, running):
    """Discord slow to answer the callback (2 s): the bot waits for it and does not send it again."""
    standin.fault("POST", CALLBACK, delay=2.0)
    payload = p.command("resolution")
    answer = standin.interact(payload)
    assert answer.body["type"] == 4
    standin.wait_for(lambda: answer.delayed)  # Discord has now answered the slow request
    standin.interact(p.command("aide"))
    assert len(standin.callbacks_for(payload)) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_quiz_answer_with_a_refused_callback_is_recorded_once(standin, running, status):
    """Discord refuses the answer's callback (429 or 503): discord.py retries the reply, not the answer.

    The clicker gets one accepted response, and the database holds one answer: the leaderboard
    shows one question answered, not two.
    """
    user = CLICKER + status  # a member of their own per case: their score is theirs alone
    start = p.command("quiz", questions=2)
    # And a channel of its own: one quiz runs per channel, and the other case's may still run.
    start["channel_id"] = start["channel"]["id"] = str(p.CHANNEL_ID + status)
    quiz = standin.interact(start).body["data"]
    message, ids = p.message_from(quiz), p.custom_ids(quiz)
    fault = standin.fault("POST", CALLBACK, status, retry_after=0.2)
    click = p.button(message, ids[0], user_id=user)
    standin.send(click)
    standin.wait_for(lambda: _accepted(standin.callbacks_for(click)))
    calls = standin.callbacks_for(click)
    assert fault.seen == 1
    assert [c.status for c in calls] == [status, 200]
    assert calls[1].body["data"]["embeds"][0]["title"] == "Réponse enregistrée"
    assert calls[0].body == calls[1].body  # the same reply, sent again
    # Nothing else reached the clicker (no follow-up on the click's token).
    assert [c for c in standin.calls if click["token"] in c.path] == calls
    # A second click by the same member finds the first answer stored.
    again = standin.interact(p.button(message, ids[1], user_id=user))
    assert again.body["data"]["embeds"][0]["title"] == "Déjà répondu"
    board = standin.interact(p.command("classement")).body["data"]["embeds"][0]["description"]
    assert re.search(rf"<@{user}>\u00a0: [01] bonne réponse sur 1\b", board), board
