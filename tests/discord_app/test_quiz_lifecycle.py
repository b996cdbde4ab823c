"""The quiz lifecycle through discord.py's real dispatch: reveals, early closes, one end, one quiz a channel.

Same bots and database backends as test_study.py (conftest's and its ``bot``); the e2e tests in
tests/e2e/test_quiz_lifecycle.py play the same stories against the real process.
"""

import asyncio
import dataclasses

from tests import discord_payloads as p
from tests import harness
from tests.discord_app import test_study as study_tests
from tests.discord_app.test_study import (
    buttons,
    click,
    closed_buttons,
    cog,
    edits,
    posts,
    start_quiz,
    titles,
)
from tests.study.conftest import START

# A bot on both database backends with the manual clock, as test_study.py builds it.
bot = study_tests.bot
MANAGE_MESSAGES = str(1 << 13)
OTHER_CHANNEL = 900000000000000077


def moderated(payload):
    """The same click or command by a member with Manage Messages."""
    payload["member"]["permissions"] = MANAGE_MESSAGES
    return payload


def in_channel(payload, channel_id):
    payload["channel_id"] = payload["channel"]["id"] = str(channel_id)
    return payload


def reveal_title(question):
    return f"Réponse\u00a0: {'ABCD'[question.body.answer]} · {question.body.correct}"


async def test_reveal_button_starter_early_bystander_refused_moderator_allowed(bot):
    """« Révéler »: a bystander is refused privately; the starter's press edits, reveals and goes on."""
    message, question = await start_quiz(bot, questions=3)
    reveal = f"st:v:{question.id}"
    await click(bot, message, f"st:a:{question.id}:{question.body.answer}", p.OTHER_USER_ID)

    [refused] = await bot.send(p.button(message, reveal, user_id=p.OTHER_USER_ID))
    assert refused.body["data"]["flags"] == 64
    assert refused.body["data"]["embeds"][0]["title"] == "Quiz réservé"
    assert "révéler la réponse avant la fin du temps" in refused.body["data"]["embeds"][0]["description"]

    callback, *rest = await bot.send(p.button(message, reveal, user_id=p.USER_ID))
    assert callback.body["type"] == 7
    assert buttons(callback.body["data"]) == closed_buttons(question)
    assert "Question close · 1 réponse" in callback.body["data"]["embeds"][0]["description"]
    posted = posts(rest)
    assert titles(posted) == [reveal_title(question), "Quiz · question 2 sur 3"]

    [again] = await bot.send(p.button(message, reveal, user_id=p.USER_ID))  # a press racing the edit
    assert again.body["data"]["flags"] == 64
    assert again.body["data"]["embeds"][0]["title"] == "Réponse déjà révélée"

    second = cog(bot).study
    nxt = await second.question(p.GUILD_ID, question.id + 1)
    on_screen = p.message_from(posted[1], message_id=str(nxt.message_id))
    callback, *rest = await bot.send(
        moderated(p.button(on_screen, f"st:v:{nxt.id}", user_id=p.OTHER_USER_ID))
    )
    assert callback.body["type"] == 7
    assert titles(posts(rest)) == [reveal_title(nxt), "Quiz · question 3 sur 3"]


async def test_question_closes_when_everyone_from_the_question_before_answered(bot):
    """Question 2 waits for the members who answered question 1, then closes at the last one's answer."""
    message, first = await start_quiz(bot, questions=3)
    for user in (p.USER_ID, p.OTHER_USER_ID):
        await click(bot, message, f"st:a:{first.id}:0", user)
    posted = posts(await bot.send(p.button(message, f"st:v:{first.id}")))
    second = await cog(bot).study.question(p.GUILD_ID, first.id + 1)
    on_screen = p.message_from(posted[1], message_id=str(second.message_id))

    requests = await bot.send(p.button(on_screen, f"st:a:{second.id}:1", user_id=p.USER_ID))
    assert [r.body["data"]["embeds"][0]["title"] for r in requests] == ["Réponse enregistrée"]
    requests = await bot.send(p.button(on_screen, f"st:a:{second.id}:2", user_id=p.OTHER_USER_ID))
    assert requests[0].body["data"]["embeds"][0]["title"] == "Réponse enregistrée"
    assert requests[0].body["data"]["flags"] == 64
    [edited] = edits(requests, second.message_id)
    assert buttons(edited) == closed_buttons(second)
    assert "Question close · 2 réponses" in edited["embeds"][0]["description"]
    assert titles(posts(requests)) == [reveal_title(second), "Quiz · question 3 sur 3"]


async def test_terminer_pressed_three_times_at_once_posts_one_summary(bot):
    """Three presses of « Terminer » at once: one edit, one reveal, one summary, two private refusals."""
    message, question = await start_quiz(bot, questions=3)
    end = f"st:t:{question.round_id}"
    presses = [p.button(message, end, user_id=p.USER_ID) for _ in range(3)]
    start = len(bot.recorder.requests)
    for press in presses:
        bot.send_nowait(press)
    callbacks = [f"/interactions/{press['id']}/{press['token']}/callback" for press in presses]
    for _ in range(200):
        done = {r.path for r in bot.recorder.requests[start:]}
        if all(c in done for c in callbacks) and len(posts(bot.recorder.requests[start:])) >= 2:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)  # anything a loser would wrongly post comes now
    requests = bot.recorder.requests[start:]
    assert titles(posts(requests)) == [reveal_title(question), "Quiz terminé · 1 question"]
    assert (
        len(edits(requests, question.message_id))
        + sum(a.body["type"] == 7 for a in requests if a.path in callbacks)
        == 1
    )
    answers = [r.body for r in requests if r.path in callbacks]
    assert sorted(a["type"] for a in answers) == [4, 4, 7]
    refusals = [a["data"]["embeds"][0]["title"] for a in answers if a["type"] == 4]
    assert refusals == ["Quiz déjà terminé"] * 2
    assert all(a["data"]["flags"] == 64 for a in answers if a["type"] == 4)


async def test_second_quiz_in_the_channel_gets_a_private_link(bot):
    """A second /quiz where one runs: a private link to the running question; another channel is free."""
    _, question = await start_quiz(bot, questions=2)
    requests = await bot.send(p.command("quiz", user_id=p.OTHER_USER_ID))
    [answer] = requests  # nothing posted in the channel
    assert answer.body["data"]["flags"] == 64
    [embed] = answer.body["data"]["embeds"]
    assert embed["title"] == "Quiz déjà en cours"
    link = f"https://discord.com/channels/{p.GUILD_ID}/{p.CHANNEL_ID}/{question.message_id}"
    assert f"[aller à sa question]({link})" in embed["description"]
    elsewhere = await bot.send(in_channel(p.command("quiz", user_id=p.OTHER_USER_ID), OTHER_CHANNEL))
    assert elsewhere[0].body["data"]["embeds"][0]["title"] == "Quiz · question 1 sur 5"


async def test_quiz_starts_per_hour_refused_privately_with_when(study_settings, clock, discord_replies):
    """QUIZ_STARTS_PER_HOUR=1: a member's second start within the hour is refused privately, with when."""
    h = await harness.start(
        discord_replies, settings=dataclasses.replace(study_settings, quiz_starts_per_hour=1), clock=clock
    )
    try:
        await start_quiz(h, questions=1)
        clock.advance(minutes=20)
        [answer] = await h.send(in_channel(p.command("quiz"), OTHER_CHANNEL))
        assert answer.body["data"]["flags"] == 64
        [embed] = answer.body["data"]["embeds"]
        assert embed["title"] == "Assez de quiz pour l'instant"
        when = int(START.timestamp()) + 3600
        assert "Vous avez lancé 1 quiz dans l'heure sur ce serveur, le maximum." in embed["description"]
        assert f"Vous pourrez en lancer un autre <t:{when}:R>" in embed["description"]
        other = await h.send(in_channel(p.command("quiz", user_id=p.OTHER_USER_ID), OTHER_CHANNEL))
        assert other[0].body["data"]["embeds"][0]["title"].startswith("Quiz · question 1 sur")
    finally:
        await h.bot.close()


async def test_a_question_posted_after_its_close_is_closed_on_screen_at_once(bot):
    """The timer posts a question that « Terminer » closed meanwhile: remembering it shows the close."""
    _, question = await start_quiz(bot, questions=2)
    await cog(bot).study.end_round(p.GUILD_ID, question.round_id, p.USER_ID)
    start = len(bot.recorder.requests)
    await cog(bot).posts.remember(question, 424242424242424242)
    [edited] = edits(bot.recorder.requests[start:], 424242424242424242)
    assert buttons(edited) == closed_buttons(question)
    assert "Question close · 0 réponse · bonne réponse" in edited["embeds"][0]["description"]


async def test_a_question_closed_before_its_message_was_stored_shows_its_counts(bot):
    """The last expected answer closed a question before its message id was stored (CI's race).

    The close had nothing to edit; storing the id edits the message as the close would have:
    buttons disabled, the answer marked, the counts shown, and nothing else written.
    """
    message, question = await start_quiz(bot, questions=2)
    await click(bot, message, f"st:a:{question.id}:{question.body.answer}", p.OTHER_USER_ID)
    reveal = await cog(bot).study.close_question(p.GUILD_ID, question.id)
    assert reveal.first
    start = len(bot.recorder.requests)
    await cog(bot).posts.remember(question, 424242424242424242)
    requests = bot.recorder.requests[start:]
    [edited] = edits(requests, 424242424242424242)
    assert buttons(edited) == closed_buttons(question)
    assert "Question close · 1 réponse · bonne réponse" in edited["embeds"][0]["description"]
    assert posts(requests) == []  # the reveal and the next question are the close's to post
    assert (await cog(bot).study.question(p.GUILD_ID, question.id + 1)).status.value == "open"


async def test_restart_past_the_limit_closes_the_question_on_screen(bots, clock):
    """A round interrupted by a restart: its question's message is closed (answer marked), then the scores."""
    first = await bots()
    message, question = await start_quiz(first, questions=2)
    await click(first, message, f"st:a:{question.id}:{question.body.answer}", p.OTHER_USER_ID)
    await first.bot.close()
    clock.advance(minutes=5)
    second = await bots()
    [edited] = edits(second.recorder.requests, question.message_id)
    assert buttons(edited) == closed_buttons(question)
    assert "Question close · 1 réponse" in edited["embeds"][0]["description"]
    assert titles(posts(second.recorder.requests)) == ["Quiz terminé · 1 question"]


async def test_restart_past_a_daily_question_closes_its_buttons_and_keeps_the_paragraph(bots, clock):
    """The paragraph of the day left open by a stopped bot: its buttons close, its text stays."""
    first = await bots()
    await first.send(study_tests.daily(manager=True, heure=12))
    await cog(first).tick_daily()
    [post] = posts(first.recorder.requests, study_tests.DAILY_CHANNEL)
    question_id = int(p.custom_ids(post)[0].split(":")[2])
    question = await cog(first).study.question(p.GUILD_ID, question_id)
    assert question.message_id is not None
    await first.bot.close()
    clock.advance(days=1, hours=1)
    second = await bots()
    [edited] = edits(second.recorder.requests, question.message_id, study_tests.DAILY_CHANNEL)
    assert buttons(edited) == closed_buttons(question)
    assert "embeds" not in edited  # the paragraph of the day stays as it was posted


async def test_daily_question_closed_by_its_timer_keeps_the_paragraph_and_posts_no_scores(bot, clock):
    """A day later the timer closes the question of the day: buttons closed, text kept, answer revealed."""
    await bot.send(study_tests.daily(manager=True, heure=12))
    await cog(bot).tick_daily()
    [post] = posts(bot.recorder.requests, study_tests.DAILY_CHANNEL)
    question = await cog(bot).study.question(p.GUILD_ID, int(p.custom_ids(post)[0].split(":")[2]))
    clock.advance(days=1)
    start = len(bot.recorder.requests)
    await cog(bot).tick_quiz()
    requests = bot.recorder.requests[start:]
    [edited] = edits(requests, question.message_id, study_tests.DAILY_CHANNEL)
    assert buttons(edited) == closed_buttons(question)
    assert "embeds" not in edited
    assert titles(posts(requests, study_tests.DAILY_CHANNEL)) == [reveal_title(question)]
