"""What ``bot.metrics`` counts for the study buttons and commands, and for mentions, through real dispatch.

The harness tells the bot's tracker of each accepted callback, as the HTTP trace does in production,
so these read the registry a Prometheus scrape would.
"""

from __future__ import annotations

import logging

from bot.discord_app.cogs.questions import MENTION_LABEL
from bot.discord_app.cogs.study import _survive
from bot.storage.resilience import RetryPolicy
from tests import discord_payloads as p
from tests.study.faults import Outage

TOTAL = "resolution_bot_interactions_total"


def count(h, command: str, outcome: str) -> float:
    """One sample of the interactions counter (0 when never counted)."""
    value = h.bot.metrics.registry.get_sample_value(TOTAL, {"command": command, "outcome": outcome})
    return value or 0.0


def counts(h) -> dict[tuple[str, str], float]:
    """Every non-zero sample of the interactions counter, by (command, outcome)."""
    return {
        (s.labels["command"], s.labels["outcome"]): s.value
        for metric in h.bot.metrics.registry.collect()
        for s in metric.samples
        if s.name == TOTAL and s.value
    }


async def reply(h, payload):
    [callback] = [r for r in await h.send(payload) if r.path.endswith("/callback")]
    return callback.body


async def title(h, payload) -> str:
    return (await reply(h, payload))["data"]["embeds"][0]["title"]


async def start_quiz(h):
    body = await reply(h, p.command("quiz", questions=2))
    ids = p.custom_ids(body["data"])
    return p.message_from(body["data"]), ids


def holding(custom_id):
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    return p.message_from({"components": [{"type": 1, "components": [button]}]})


async def test_study_refusals_are_counted_as_user_errors(bot):
    """An accepted answer is ok; a second click, someone else's « Terminer », an unknown question are not."""
    message, ids = await start_quiz(bot)
    answer, end = ids[0], ids[-1]
    assert await title(bot, p.button(message, answer)) == "Réponse enregistrée"
    assert await title(bot, p.button(message, ids[1])) == "Déjà répondu"
    refused = await reply(bot, p.button(message, end, user_id=p.OTHER_USER_ID))
    assert refused["data"]["embeds"][0]["title"] == "Quiz réservé"
    unknown = await reply(bot, p.button(holding("st:a:987654:0"), "st:a:987654:0"))
    assert unknown["data"]["embeds"][0]["title"] == "Question inconnue"
    dm = await reply(bot, p.command("classement", where="dm"))
    assert dm["data"]["embeds"][0]["title"] == "Sur un serveur seulement"
    assert counts(bot) == {
        ("quiz", "ok"): 1,
        ("bouton:st:a", "ok"): 1,
        ("bouton:st:a", "user_error"): 2,
        ("bouton:st:t", "user_error"): 1,
        ("classement", "user_error"): 1,
    }
    assert bot.bot.tracker.in_flight == 0  # every interaction was answered and counted


async def test_database_down_answers_in_french_counts_a_user_error_and_stores_nothing(bot, caplog):
    """The study database fails every try: the clicker is told in French, once; no score moves."""
    message, ids = await start_quiz(bot)
    study = bot.bot.get_cog("StudyCog").study
    study.repository.retry = RetryPolicy(delays=(0.0, 0.0))
    outage = Outage(study.repository.engine)
    outage.arm(100)
    with caplog.at_level(logging.WARNING):
        requests = await bot.send(p.button(message, ids[0]))
    [callback] = [r for r in requests if r.path.endswith("/callback")]
    embed = callback.body["data"]["embeds"][0]
    assert embed["title"] == "Base de données indisponible"
    assert embed["description"] == (
        "La base de données d'étude ne répond pas\u202f; réessayez dans un instant. "
        "Vos réponses déjà enregistrées sont conservées."
    )
    assert callback.body["data"]["flags"] == 64
    assert len(requests) == 1
    assert count(bot, "bouton:st:a", "user_error") == 1
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "base d'étude indisponible" in warning.getMessage()
    assert outage.raised == 3
    outage.arm(0)
    assert (await study.progress(p.GUILD_ID, p.USER_ID)).score.answered == 0
    assert await title(bot, p.button(message, ids[0])) == "Réponse enregistrée"


async def test_answered_mentions_are_counted_with_their_outcome(bot):
    """A question by mention is counted under "mention": ok, or user_error for an empty one."""
    assert len(await bot.message(p.mention("que dit le §29 ?"))) == 1
    assert len(await bot.message(p.message(f"<@{p.BOT_USER_ID}>"))) == 1
    assert len(await bot.message(p.message("que dit le §29 ?"))) == 0  # not for the bot: not counted
    assert counts(bot) == {(MENTION_LABEL, "ok"): 1, (MENTION_LABEL, "user_error"): 1}
    latency = bot.bot.metrics.registry.get_sample_value(
        "resolution_bot_interaction_latency_seconds_count", {"command": MENTION_LABEL}
    )
    assert latency == 2


async def test_database_down_in_a_timer_logs_one_warning_and_the_loop_goes_on(bot, caplog):
    """The quiz timer's tick meets the outage: one warning with its id, no internal-error traceback."""
    study = bot.bot.get_cog("StudyCog").study
    study.repository.retry = RetryPolicy(delays=(0.0,))
    outage = Outage(study.repository.engine)
    outage.arm(100)
    with caplog.at_level(logging.WARNING):
        await _survive(bot.bot.get_cog("StudyCog").tick_quiz)  # returns: the loop would tick again
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "base d'étude indisponible" in caplog.records[0].getMessage()
