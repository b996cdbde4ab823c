"""Interactions nothing answers are counted and leave the in-flight set (issue 17, finding 7).

Before, they stayed "in flight" for ever, uncounted, and every later SIGTERM waited the whole
5-second grace (measured in the stand-in: 5.08 s for one forged modal submit 4.5 s earlier).
"""

import time

from bot.discord_app import instrument
from bot.discord_app.bot import SHUTDOWN_GRACE
from tests import discord_payloads as p
from tests.discord_app.test_metrics import count


def modal_submit():
    """A MODAL_SUBMIT (type 5): the bot opens no modal, so no handler claims it; discord.py drops it."""
    return p._base(5, {"custom_id": "formulaire-forge", "components": []}, p.USER_ID, "guild")


async def test_unanswered_interaction_is_counted_and_does_not_hold_up_shutdown(bot, caplog):
    """Dropped by discord.py: unanswered, then « sans_reponse » past the window; SIGTERM does not wait."""
    now = [1000.0]
    bot.bot.tracker.clock = lambda: now[0]
    assert await bot.send(modal_submit()) == []  # nothing answered it
    assert bot.bot.tracker.in_flight == 1
    assert count(bot, "autre", "sans_reponse") == 0
    now[0] += instrument.UNANSWERED_AFTER + 0.01
    assert bot.bot.tracker.in_flight == 0
    assert count(bot, "autre", "sans_reponse") == 1
    assert "sans réponse" in caplog.text
    began = time.perf_counter()
    await bot.bot.shutdown()
    assert time.perf_counter() - began < SHUTDOWN_GRACE / 5


async def test_answered_interactions_are_never_counted_unanswered(bot):
    """A command answered at once is counted « ok », and nothing is left to expire."""
    now = [1000.0]
    bot.bot.tracker.clock = lambda: now[0]
    await bot.send(p.command("paragraphe", numero="29"))
    now[0] += 60
    assert bot.bot.tracker.in_flight == 0
    assert count(bot, "paragraphe", "ok") == 1
    assert count(bot, "paragraphe", "sans_reponse") == 0
