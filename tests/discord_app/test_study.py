"""The study commands through discord.py's real dispatch, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

Time is a ManualClock: a question's time limit passes when the test says so, and the timers run
when the test calls ``tick_quiz``/``tick_daily`` (the background loops are off in the harness).
"""

import asyncio

import pytest

from bot.app import App
from bot.discord_app.bot import StudyBot
from bot.discord_app.cogs.study import StudyCog
from tests import discord_payloads as p
from tests import harness

NONE = {"parse": []}
MANAGE_GUILD = str(1 << 5)
MANAGE_MESSAGES = str(1 << 13)
DAILY_CHANNEL = 900000000000000042


@pytest.fixture
async def bot(bots):
    return await bots()


def cog(h) -> StudyCog:
    return h.bot.get_cog("StudyCog")


def sub(group, name, user_id=p.USER_ID, where="guild", **options):
    """A subcommand interaction: ``/group name option:value…``."""
    payload = p.command(group, user_id=user_id, where=where)
    types = {str: 3, int: 4, bool: 5}
    inner = [{"name": k, "type": types[type(v)], "value": v} for k, v in options.items()]
    payload["data"]["options"] = [{"name": name, "type": 1, "options": inner}]
    return payload


def daily(manager: bool, **options):
    """``/paragraphe-du-jour programmer canal:#annonces …`` by a manager or a plain member."""
    payload = sub("paragraphe-du-jour", "programmer", **options)
    payload["data"]["options"][0]["options"].insert(
        0, {"name": "canal", "type": 7, "value": str(DAILY_CHANNEL)}
    )
    payload["data"]["resolved"] = {"channels": {str(DAILY_CHANNEL): p.resolved_channel(DAILY_CHANNEL)}}
    if manager:
        payload["member"]["permissions"] = MANAGE_GUILD
    return payload


async def reply(h, payload):
    """The one interaction callback body a payload caused."""
    [callback] = [r for r in await h.send(payload) if r.path.endswith("/callback")]
    return callback.body


def posts(requests, channel=p.CHANNEL_ID):
    """The messages the bot posted in a channel by itself (timers), in order."""
    return [r.body for r in requests if r.method == "POST" and r.path == f"/channels/{channel}/messages"]


def titles(bodies):
    return [b["embeds"][0]["title"] for b in bodies]


async def start_quiz(h, user_id=p.USER_ID, **options):
    """Run /quiz and return the message Discord created and the stored first question."""
    body = await reply(h, p.command("quiz", user_id=user_id, **options))
    assert body["type"] == 4
    ids = p.custom_ids(body["data"])
    question_id = int(ids[0].split(":")[2])
    question = await cog(h).study.question(p.GUILD_ID, question_id)
    # The id Discord gave the message (the bot stored it from the callback's answer): the edit on
    # close goes through the click itself when the click is on that message.
    assert question.message_id is not None
    return p.message_from(body["data"], message_id=str(question.message_id)), question


def edits(requests, message_id, channel=p.CHANNEL_ID):
    """The bot's edits of one of its messages in a channel (outside any interaction), in order."""
    path = f"/channels/{channel}/messages/{message_id}"
    return [r.body for r in requests if r.method == "PATCH" and r.path == path]


def buttons(body):
    """(label, style, disabled) of each button of a message body."""
    return [
        (c["label"], c["style"], c.get("disabled", False))
        for row in body.get("components") or []
        for c in row["components"]
    ]


def closed_buttons(question):
    """The buttons of a closed question: every choice disabled, the right one green and ticked."""
    right = question.body.answer
    return [
        (f"{letter} ✓" if i == right else letter, 3 if i == right else 2, True)
        for i, letter in enumerate("ABCD"[: len(question.body.choices)])
    ]


async def click(h, message, custom_id, user_id=p.USER_ID):
    return await reply(h, p.button(message, custom_id, user_id=user_id))


def holding(custom_id):
    """A message carrying one button with ``custom_id`` (forged ids included)."""
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    return p.message_from({"components": [{"type": 1, "components": [button]}]})


async def test_quiz_two_members_answer_once_each_then_the_timer_reveals(bot, clock):
    """A right and a wrong answer count, a second click is refused, the reveal names the winner."""
    message, question = await start_quiz(bot, questions=2)
    [embed] = message["embeds"]
    assert embed["title"] == "Quiz · question 1 sur 2"
    right, wrong = question.body.answer, (question.body.answer + 1) % len(question.body.choices)
    ids = p.custom_ids(message)
    assert ids == [f"st:a:{question.id}:{i}" for i in range(len(question.body.choices))] + [
        f"st:v:{question.id}",
        f"st:t:{question.round_id}",
    ]
    assert "Réponse révélée <t:" in embed["description"]

    first = await click(bot, message, ids[right], p.USER_ID)
    second = await click(bot, message, ids[wrong], p.OTHER_USER_ID)
    again = await click(bot, message, ids[wrong], p.USER_ID)
    assert [b["data"]["embeds"][0]["title"] for b in (first, second, again)] == [
        "Réponse enregistrée",
        "Réponse enregistrée",
        "Déjà répondu",
    ]
    assert all(b["data"]["flags"] == 64 for b in (first, second, again))

    assert posts(await _tick(bot)) == []  # not yet: the time limit has not passed
    clock.advance(seconds=31)
    requests = await _tick(bot)
    [edited] = edits(requests, question.message_id)
    assert buttons(edited) == closed_buttons(question)
    closed = edited["embeds"][0]["description"]
    assert f"Question close · 2 réponses · bonne réponse\u00a0: {'ABCD'[right]}." in closed
    posted = posts(requests)
    assert titles(posted) == [
        f"Réponse\u00a0: {'ABCD'[right]} · {question.body.correct}",
        "Quiz · question 2 sur 2",
    ]
    reveal = posted[0]["embeds"][0]["description"]
    assert f"Bonne réponse\u00a0: <@{p.USER_ID}>." in reveal
    assert f"<@{p.OTHER_USER_ID}>" not in reveal
    assert all(b["allowed_mentions"] == NONE for b in posted)
    nxt = p.custom_ids(posted[1])
    assert nxt[-1] == f"st:t:{question.round_id}"
    assert nxt[-2] == f"st:v:{question.id + 1}"
    assert nxt[0] != ids[0]

    late = await click(bot, message, ids[right], p.OTHER_USER_ID)
    assert late["data"]["embeds"][0]["title"] == "Trop tard"
    assert posts(await _tick(bot)) == []  # each reveal is posted once


async def _tick(h):
    """Run one pass of the quiz timer; return the requests it made."""
    start = len(h.recorder.requests)
    await cog(h).tick_quiz()
    return h.recorder.requests[start:]


async def test_quiz_only_the_starter_ends_the_round(bot):
    """« Terminer » refuses another member privately; the starter's press closes the question, once."""
    message, question = await start_quiz(bot, questions=3)
    end = f"st:t:{question.round_id}"
    await click(bot, message, f"st:a:{question.id}:{question.body.answer}", p.OTHER_USER_ID)
    refused = await bot.send(p.button(message, end, user_id=p.OTHER_USER_ID))
    [answer] = refused
    assert answer.body["data"]["flags"] == 64
    assert answer.body["data"]["embeds"][0]["title"] == "Quiz réservé"
    assert "peut y mettre fin" in answer.body["data"]["embeds"][0]["description"]

    requests = await bot.send(p.button(message, end, user_id=p.USER_ID))
    callback, *rest = requests
    assert callback.body["type"] == 7  # the question's own message, edited by the press
    assert buttons(callback.body["data"]) == closed_buttons(question)
    assert titles(posts(rest)) == [f"Réponse\u00a0: {'ABCD'[question.body.answer]} · {question.body.correct}",
                                   "Quiz terminé · 1 question"]  # fmt: skip
    assert f"1. <@{p.OTHER_USER_ID}>\u00a0: 1 sur 1" in posts(rest)[1]["embeds"][0]["description"]
    assert posts(await _tick(bot)) == []  # the timer has nothing left to close
    again = await bot.send(p.button(message, end, user_id=p.USER_ID))
    assert [r.body["data"]["embeds"][0]["title"] for r in again] == ["Quiz déjà terminé"]
    assert again[0].body["data"]["flags"] == 64


async def test_leaderboard_and_progress_after_a_quiz(bot, clock):
    """The week's and all-time leaderboards rank the members; /progres voir is private."""
    message, question = await start_quiz(bot, questions=1)
    await click(bot, message, f"st:a:{question.id}:{question.body.answer}", p.OTHER_USER_ID)
    wrong = (question.body.answer + 1) % len(question.body.choices)
    await click(bot, message, f"st:a:{question.id}:{wrong}", p.USER_ID)
    clock.advance(seconds=31)
    assert titles(posts(await _tick(bot)))[1] == "Quiz terminé · 1 question"

    for periode, title in (
        ("semaine", "Classement · cette semaine"),
        ("tout", "Classement · depuis le début"),
    ):
        board = await reply(bot, p.command("classement", periode=periode))
        [embed] = board["data"]["embeds"]
        assert embed["title"] == title
        lines = [line for line in embed["description"].splitlines() if line[:1].isdigit()]
        assert lines[0].startswith(f"1. <@{p.OTHER_USER_ID}>\u00a0: 1 bonne réponse sur 1")
        assert lines[1].startswith(f"2. <@{p.USER_ID}>\u00a0: 0 bonne réponse sur 1")
        assert board["data"]["allowed_mentions"] == NONE
    private = await reply(bot, p.command("classement", prive=True))
    assert private["data"]["flags"] == 64

    mine = await reply(bot, sub("progres", "voir", user_id=p.OTHER_USER_ID))
    assert mine["data"]["flags"] == 64
    assert "Questions répondues\u00a0: 1, dont 1 juste (100 %)." in mine["data"]["embeds"][0]["description"]


async def test_progress_erase_asks_and_only_the_member_confirms(bot):
    """/progres effacer shows a button; another member is refused; the member's click erases."""
    message, question = await start_quiz(bot, questions=1)
    await click(bot, message, f"st:a:{question.id}:0", p.USER_ID)
    asked = await reply(bot, sub("progres", "effacer"))
    assert asked["data"]["flags"] == 64
    assert asked["data"]["embeds"][0]["title"] == "Effacer vos données\u202f?"
    [confirm] = p.custom_ids(asked["data"])
    assert confirm == f"st:e:{p.USER_ID}"
    prompt = p.message_from(asked["data"])

    refused = await click(bot, prompt, confirm, p.OTHER_USER_ID)
    assert refused["data"]["embeds"][0]["title"] == "Bouton réservé"
    before = await reply(bot, sub("progres", "voir"))
    assert "Questions répondues\u00a0: 1" in before["data"]["embeds"][0]["description"]

    done = await click(bot, prompt, confirm, p.USER_ID)
    assert done["type"] == 7
    assert done["data"]["embeds"][0]["title"] == "Données effacées"
    assert done["data"]["embeds"][0]["description"].startswith("1 réponse et 0 lecture supprimée")
    assert done["data"]["components"] == []
    after = await reply(bot, sub("progres", "voir"))
    assert "Questions répondues\u00a0: 0." in after["data"]["embeds"][0]["description"]


def _title(body):
    return body["data"]["embeds"][0]["title"]


async def _controller(h, session):
    """The stored reading session: its controller number and the message Discord created for it."""
    return await cog(h).study.repository.reading.get(p.GUILD_ID, session)


async def test_reading_marks_are_private_and_only_the_starter_leads(bot, discord_replies):
    """« Marquer comme lu » answers each member privately; another member's ▶ and « Terminer » are refused."""
    paragraphs = discord_replies.service.resolution.paragraphs
    started = await reply(bot, sub("etude", "commencer"))
    [embed] = started["data"]["embeds"]
    assert embed["title"].startswith(f"Lecture · 1 sur {len(paragraphs)} · ")
    assert paragraphs[0].text[:40] in embed["description"]
    assert f"Menée par <@{p.USER_ID}>" in embed["description"]
    ids = p.custom_ids(started["data"])
    session = ids[0].split(":")[3]
    assert ids == [f"st:r:{a}:{session}:1:PP1" for a in "pmnf"]
    buttons = started["data"]["components"][0]["components"]
    assert not buttons[1].get("disabled")  # « Marquer comme lu » stays live for everyone
    message = p.message_from(started["data"])

    for user in (p.OTHER_USER_ID, p.USER_ID):
        marked = await click(bot, message, ids[1], user)
        assert (marked["type"], marked["data"]["flags"]) == (4, 64)  # private, the message untouched
        assert _title(marked) == "PP1 marqué comme lu pour vous"
    again = await click(bot, message, ids[1], p.OTHER_USER_ID)
    assert _title(again) == "PP1 déjà marqué comme lu"

    for action in (2, 3):  # ▶ and « Terminer » by a member who did not start the reading
        requests = await bot.send(p.button(message, ids[action], user_id=p.OTHER_USER_ID))
        [refused] = [r.body for r in requests]
        assert (refused["type"], refused["data"]["flags"]) == (4, 64)
        assert _title(refused) == "Lecture menée par un autre membre"
        assert f"<@{p.USER_ID}>" in refused["data"]["embeds"][0]["description"]
    assert (await cog(bot).study.readings.get(p.GUILD_ID, int(session))).position == 0

    manager = p.button(message, ids[2], user_id=p.OTHER_USER_ID)
    manager["member"]["permissions"] = MANAGE_MESSAGES
    moved = await reply(bot, manager)
    assert moved["type"] == 7
    assert _title(moved).startswith(f"Lecture · 2 sur {len(paragraphs)} · ")
    assert p.custom_ids(moved["data"])[1] == f"st:r:m:{session}:1:PP2"


async def test_reading_stale_buttons_act_on_their_own_paragraph(bot):
    """Buttons still showing PP1 after the group moved on mark PP1, and ▶ from PP1 stays on PP2."""
    started = await reply(bot, sub("etude", "commencer", partie="preambule"))
    message, ids = p.message_from(started["data"]), p.custom_ids(started["data"])
    moved = await click(bot, message, ids[2])
    assert _title(moved).startswith("Lecture · 2 sur 33 · ")
    stale_mark = await click(bot, message, ids[1], p.OTHER_USER_ID)
    assert _title(stale_mark) == "PP1 marqué comme lu pour vous"
    shown = p.message_from(moved["data"])  # the message as edited, buttons naming PP2
    current_mark = await click(bot, shown, p.custom_ids(moved["data"])[1], p.OTHER_USER_ID)
    assert _title(current_mark) == "PP2 marqué comme lu pour vous"
    # A second ▶ sent with the message as it was (two members pressing at once): from PP1, to PP2.
    stale_next = await click(bot, message, ids[2])
    assert _title(stale_next).startswith("Lecture · 2 sur 33 · ")
    progress = await cog(bot).study.progress(p.GUILD_ID, p.OTHER_USER_ID)
    assert progress.paragraphs_seen == ("PP1", "PP2")


async def test_reading_resume_retires_the_previous_controller(bot):
    """/etude reprendre edits the old message (no buttons, a link below); its buttons are refused."""
    started = await reply(bot, sub("etude", "commencer", partie="dispositif"))
    old, old_ids = p.message_from(started["data"]), p.custom_ids(started["data"])
    session = int(old_ids[0].split(":")[3])
    moved = await click(bot, old, old_ids[2])
    first = await _controller(bot, session)
    assert (first.controller, first.message_id is not None) == (1, True)

    requests = await bot.send(sub("etude", "reprendre", user_id=p.OTHER_USER_ID))  # anyone may
    [resumed] = [r.body for r in requests if r.path.endswith("/callback")]
    assert _title(resumed).startswith("Lecture · 2 sur 37 · ")
    new_ids = p.custom_ids(resumed["data"])
    assert new_ids == [f"st:r:{a}:{session}:2:OP2" for a in "pmnf"]
    second = await _controller(bot, session)
    assert second.controller == 2
    [edit] = [r for r in requests if r.method == "PATCH"]
    assert edit.path == f"/channels/{p.CHANNEL_ID}/messages/{first.message_id}"
    assert edit.body["components"] == []
    [notice] = edit.body["embeds"]
    assert notice["title"] == "Lecture réaffichée plus bas"
    link = f"https://discord.com/channels/{p.GUILD_ID}/{p.CHANNEL_ID}/{second.message_id}"
    assert link in notice["description"]

    # The old message as a client that missed the edit still shows it: at OP2, then at OP1.
    last_seen = ((p.message_from(moved["data"]), 2, p.USER_ID), (old, 1, p.OTHER_USER_ID))
    for seen, action, user in last_seen:
        requests = await bot.send(p.button(seen, p.custom_ids(seen)[action], user_id=user))
        [refused] = [r.body for r in requests]
        assert (refused["type"], refused["data"]["flags"]) == (4, 64)
        assert _title(refused) == "Boutons remplacés"
        assert link in refused["data"]["embeds"][0]["description"]
    assert (await cog(bot).study.readings.get(p.GUILD_ID, session)).paragraph.id == "OP2"

    new = p.message_from(resumed["data"])
    done = await click(bot, new, new_ids[3])
    assert _title(done) == "Fin de la lecture · 0 paragraphe lu sur 37"
    no_quiz = "Aucun quiz n'a été joué dans ce salon pendant la séance."
    assert no_quiz in done["data"]["embeds"][0]["description"]
    assert done["data"]["components"] == []
    gone = await reply(bot, sub("etude", "reprendre"))
    assert gone["data"]["flags"] == 64  # nothing left to resume, explained privately


async def test_reading_ids_of_the_earlier_form_are_refused_clearly(bot):
    """A controller sent before ids carried their paragraph (``st:r:n:session``) is refused, not obeyed."""
    started = await reply(bot, sub("etude", "commencer"))
    session = p.custom_ids(started["data"])[0].split(":")[3]
    legacy = f"st:r:n:{session}"
    body = await click(bot, holding(legacy), legacy)
    assert body["data"]["flags"] == 64
    assert _title(body) == "Boutons remplacés"
    assert (await cog(bot).study.readings.get(p.GUILD_ID, int(session))).position == 0


async def test_daily_paragraph_needs_manage_server_then_posts_once(bot, clock):
    """A plain member is refused; a manager's schedule posts one paragraph with a question, once."""
    refused = await reply(bot, daily(manager=False, heure=14))
    assert refused["data"]["flags"] == 64
    assert refused["data"]["embeds"][0]["title"] == "Permission requise"
    assert await cog(bot).study.daily(p.GUILD_ID) is None

    done = await reply(bot, daily(manager=True, heure=14, ordre="hasard"))
    description = done["data"]["embeds"][0]["description"]
    assert f"<#{DAILY_CHANNEL}>" in description
    assert "Chaque jour à 14 h, heure de Europe/Paris" in description  # the default zone
    assert "Prochaine publication\u00a0: le 7 janvier 2026 à 14 h." in description
    start = len(bot.recorder.requests)
    await cog(bot).tick_daily()
    assert posts(bot.recorder.requests[start:], DAILY_CHANNEL) == []  # 12:00 UTC; 14 h Paris is 13:00 UTC
    clock.advance(hours=1)
    await cog(bot).tick_daily()
    await cog(bot).tick_daily()
    [post] = posts(bot.recorder.requests[start:], DAILY_CHANNEL)
    assert post["embeds"][0]["title"].startswith("Paragraphe du jour · ")
    ids = p.custom_ids(post)
    assert len(ids) == 4
    assert all(i.startswith("st:a:") for i in ids)

    answered = await click(bot, p.message_from(post), ids[0], p.OTHER_USER_ID)
    assert answered["data"]["embeds"][0]["title"] == "Réponse enregistrée"
    member_stop = await reply(bot, sub("paragraphe-du-jour", "arreter"))
    assert member_stop["data"]["embeds"][0]["title"] == "Permission requise"
    assert (await cog(bot).study.daily(p.GUILD_ID)).enabled
    stop = sub("paragraphe-du-jour", "arreter", prive=True)
    stop["member"]["permissions"] = MANAGE_GUILD
    stopped = await reply(bot, stop)
    assert stopped["data"]["flags"] == 64
    assert "Pas de paragraphe du jour" in stopped["data"]["embeds"][0]["description"]


async def test_study_commands_refuse_direct_messages(bot):
    """Scores and sessions are per server: in a DM the member is told so, privately."""
    body = await reply(bot, p.command("classement", where="dm"))
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Sur un serveur seulement"


@pytest.mark.parametrize(
    "custom_id", ["st:a:1:9", "st:x:1", "st:t:0", "st:v:0", "st:v:1:2", "st:r:z:1", "st:e:abc", "st:"]
)
async def test_forged_study_buttons_are_answered(bot, custom_id):
    """A forged or malformed id gets a private French answer, never silence."""
    body = await click(bot, holding(custom_id), custom_id)
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Bouton inconnu"


async def test_unknown_question_is_explained(bot):
    """A well-formed id naming no question of this server is explained, not an internal error."""
    body = await click(bot, holding("st:a:987654:0"), "st:a:987654:0")
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Question inconnue"


async def test_restart_mid_quiz_keeps_answers_and_buttons(bots, clock):
    """Answers given before a restart count; the old message's buttons work on the new process."""
    first = await bots()
    message, question = await start_quiz(first, questions=2)
    ids = p.custom_ids(message)
    await click(first, message, ids[question.body.answer], p.USER_ID)
    await first.bot.close()

    second = await bots()
    late = await click(second, message, ids[question.body.answer], p.OTHER_USER_ID)
    assert late["data"]["embeds"][0]["title"] == "Réponse enregistrée"
    clock.advance(seconds=31)
    posted = posts(await _tick(second))
    assert f"<@{p.USER_ID}>, <@{p.OTHER_USER_ID}>" in posted[0]["embeds"][0]["description"] or (
        f"<@{p.OTHER_USER_ID}>, <@{p.USER_ID}>" in posted[0]["embeds"][0]["description"]
    )
    board = await reply(second, p.command("classement"))
    assert board["data"]["embeds"][0]["description"].count("1 bonne réponse sur 1") == 2


async def test_restart_after_the_time_limit_closes_the_round_and_says_so(bots, clock):
    """A round whose process stopped past its limit is closed at start-up, scores kept, and announced."""
    first = await bots()
    message, question = await start_quiz(first, questions=3)
    await click(first, message, f"st:a:{question.id}:{question.body.answer}", p.USER_ID)
    await first.bot.close()
    clock.advance(minutes=5)

    second = await bots()
    [summary] = posts(second.recorder.requests)
    assert summary["embeds"][0]["title"] == "Quiz terminé · 1 question"
    assert "interrompu par un redémarrage" in summary["embeds"][0]["description"]
    assert f"<@{p.USER_ID}>\u00a0: 1 sur 1" in summary["embeds"][0]["description"]


async def test_loops_start_with_the_cog_and_stop_on_close(discord_replies, tmp_path):
    """In production the two timers run from cog_load and are cancelled by close()."""
    settings = harness.study_settings(tmp_path / "data")
    app = App(settings, service=discord_replies.service)
    bot = StudyBot(settings, discord_replies, open_study=app.open_study)
    await bot._async_setup_hook()
    await bot.setup_hook()
    study = bot.get_cog("StudyCog")
    timers = (study._quiz_timer, study._daily_timer)
    assert [t.is_running() for t in timers] == [True, True]
    await bot.close()
    await asyncio.gather(*(t.get_task() for t in timers), return_exceptions=True)
    assert [t.is_running() for t in timers] == [False, False]


async def test_quiz_theme_vote_asks_about_votes_and_a_bad_theme_is_explained(bot):
    """theme:vote gives vote questions; a theme the text never mentions gets a private French answer."""
    _, question = await start_quiz(bot, theme="vote", questions=1)
    assert question.body.kind.value in {"vote_pays", "vote_groupe"}
    body = await reply(bot, p.command("quiz", theme="xylophone"))
    assert body["data"]["flags"] == 64
    assert "xylophone" in body["data"]["embeds"][0]["description"]


async def test_daily_zone_option_is_validated_and_completed(bot):
    """fuseau: a French refusal naming close zones, a zone that is kept, and autocomplete of IANA names."""
    wrong = await reply(bot, daily(manager=True, heure=8, fuseau="Europe/Pariss"))
    assert wrong["data"]["flags"] == 64
    assert wrong["data"]["embeds"][0]["title"] == "Fuseau horaire inconnu"
    assert "Europe/Paris" in wrong["data"]["embeds"][0]["description"]
    assert await cog(bot).study.daily(p.GUILD_ID) is None

    done = await reply(bot, daily(manager=True, heure=8, fuseau="america/montreal"))
    assert "Chaque jour à 8 h, heure de America/Montreal" in done["data"]["embeds"][0]["description"]
    # 12:00 UTC on 7 January is 7 h in Montreal: the first post is at 13:00 UTC the same day.
    assert "Prochaine publication\u00a0: le 7 janvier 2026 à 8 h." in done["data"]["embeds"][0]["description"]

    typing = daily(manager=True, heure=8)
    typing["type"] = 4  # APPLICATION_COMMAND_AUTOCOMPLETE
    focused = {"name": "fuseau", "type": 3, "value": "new y", "focused": True}
    typing["data"]["options"][0]["options"].append(focused)
    body = await reply(bot, typing)
    assert body["type"] == 8
    assert body["data"]["choices"] == [{"name": "America/New_York", "value": "America/New_York"}]
