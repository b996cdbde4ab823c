"""/revision through discord.py's real dispatch, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

Time is a ManualClock; the reminder loop runs when the test calls ``tick_reminders``.
"""

import asyncio

import pytest

from bot.core.study.schedule import new_state, next_intervals
from tests import discord_payloads as p
from tests.study.conftest import START

NONE = {"parse": []}
EPHEMERAL = 64
DM_PATH = "/users/@me/channels"


@pytest.fixture
async def bot(bots):
    return await bots()


def cog(h):
    return h.bot.get_cog("RevisionCog")


def revision(name, user_id=p.USER_ID, where="guild", locale="fr", **options):
    """``/revision name option:value…``, from a client in ``locale``."""
    payload = p.command("revision", user_id=user_id, where=where, locale=locale)
    types = {str: 3, int: 4, bool: 5}
    inner = [{"name": k, "type": types[type(v)], "value": v} for k, v in options.items()]
    payload["data"]["options"] = [{"name": name, "type": 1, "options": inner}]
    return payload


async def answers(h, payload):
    """Every interaction response and follow-up a payload caused, in order."""
    return [r for r in await h.send(payload) if "/interactions/" in r.path or "/webhooks/" in r.path]


async def reply(h, payload):
    """The one interaction callback body a payload caused."""
    [callback] = [r for r in await h.send(payload) if r.path.endswith("/callback")]
    return callback.body


async def click(h, message, custom_id, user_id=p.USER_ID, locale="fr"):
    return await reply(h, p.button(message, custom_id, user_id=user_id, locale=locale))


def embed(body):
    return body["data"]["embeds"][0]


async def revealed(h, body, user_id=p.USER_ID):
    """Press « Voir la réponse » under a card; return the session id and the message with the grades."""
    [show] = p.custom_ids(body["data"])
    answer = await click(h, p.message_from(body["data"]), show, user_id)
    return show.split(":")[2], p.message_from(answer["data"])


def titles(requests):
    """The first embed's title of each request: a callback's (under "data") or a message's."""
    return [r.body.get("data", r.body)["embeds"][0]["title"] for r in requests]


def labels(data):
    return [c["label"] for row in data.get("components") or [] for c in row["components"]]


async def reviews(h, user_id=p.USER_ID):
    from datetime import UTC, datetime

    return await cog(h).service.repository.history(p.GUILD_ID, user_id, datetime(2000, 1, 1, tzinfo=UTC))


async def test_revision_commencer_shows_a_private_card_then_its_answer_and_anki_grades(bot, discord_replies):
    """commencer: the front, privately, with « Voir la réponse »; the click shows the verbatim paragraph."""
    body = await reply(bot, revision("commencer"))
    assert (body["type"], body["data"]["flags"]) == (4, EPHEMERAL)
    assert body["data"]["allowed_mentions"] == NONE
    card = embed(body)
    assert card["title"] == "Révision · carte 1"
    assert card["description"].startswith("Quel paragraphe dit\xa0: «\xa0… et aux dispositions pertinentes")
    [show] = p.custom_ids(body["data"])
    session = int(show.split(":")[2])
    assert show == f"rv:v:{session}:0"
    assert labels(body["data"]) == ["Voir la réponse"]

    answer = await click(bot, p.message_from(body["data"]), show)
    assert answer["type"] == 7  # the same private message, updated
    text = embed(answer)["description"]
    assert "**Réponse**\xa0: PP1" in text
    assert discord_replies.service.resolution.get("PP1").text in text  # verbatim
    intervals = next_intervals(new_state("PP1:paragraphe", START), START)
    expected = [f"{i.grade.label} · {i.text}" for i in intervals]
    assert labels(answer["data"]) == expected
    assert expected[:3] == ["À revoir · <1 min", "Difficile · <6 min", "Bien · <10 min"]
    assert p.custom_ids(answer["data"]) == [f"rv:g:{g}:{session}:0" for g in "adbf"]


async def test_revision_answers_in_the_language_of_the_members_client(bot):
    """An English client gets the card, the buttons and the grades in English; the quote stays French."""
    body = await reply(bot, revision("commencer", locale="en-US"))
    card = embed(body)
    assert card["title"] == "Review · card 1"
    assert card["description"].startswith("Quotes: official French text.")
    assert "Which paragraph says: « … et aux dispositions pertinentes" in card["description"]
    assert labels(body["data"]) == ["Show answer"]
    [show] = p.custom_ids(body["data"])
    answer = await click(bot, p.message_from(body["data"]), show, locale="en-GB")
    assert "**Answer**: PP1" in embed(answer)["description"]
    assert labels(answer["data"])[:3] == ["Again · <1 min", "Hard · <6 min", "Good · <10 min"]
    figures = await reply(bot, revision("stats", locale="en-US"))
    assert embed(figures)["title"] == "Review · your statistics"
    assert "Daily reminder: none (/review reminder)" in embed(figures)["description"]
    asked = await reply(bot, revision("effacer", locale="en-US"))
    assert embed(asked)["title"] == "Erase your review?"
    assert labels(asked["data"]) == ["Erase my review"]
    zone = await reply(bot, revision("rappel", locale="en-US", fuseau="Europe/Pariss"))
    assert embed(zone)["title"] == "Unknown time zone"
    assert "close ones: Europe/Paris" in embed(zone)["description"]  # main's zone reading and suggestions


async def test_revision_grade_moves_to_the_next_card_and_a_second_press_records_nothing(bot):
    """« Bien » records one review and shows card 2; pressing it again on the old message changes nothing."""
    body = await reply(bot, revision("commencer"))
    [show] = p.custom_ids(body["data"])
    session = show.split(":")[2]
    answer = await click(bot, p.message_from(body["data"]), show)
    message = p.message_from(answer["data"])
    good = f"rv:g:b:{session}:0"
    following = await click(bot, message, good)
    assert embed(following)["title"] == "Révision · carte 2"
    assert p.custom_ids(following["data"]) == [f"rv:v:{session}:1"]
    again = await click(bot, message, good)
    assert embed(again)["description"].startswith("Cette carte était déjà notée")
    assert embed(again)["title"] == "Révision · carte 2"
    log = await reviews(bot)
    assert [(r.card_id, r.grade.value, r.step) for r in log] == [("PP1:paragraphe", "bien", 0)]


async def test_revision_buttons_belong_to_their_member_and_survive_a_restart(bots):
    """Another member's press is refused; after a restart the owner's next press counts."""
    first = await bots()
    session, message = await revealed(first, await reply(first, revision("commencer")))
    refused = await click(first, message, f"rv:g:b:{session}:0", p.OTHER_USER_ID)
    assert (embed(refused)["title"], refused["data"]["flags"]) == ("Bouton réservé", EPHEMERAL)
    assert await reviews(first, p.OTHER_USER_ID) == []
    await first.bot.close()
    second = await bots()
    graded = await click(second, message, f"rv:g:f:{session}:0")
    assert embed(graded)["title"] == "Révision · carte 2"
    assert [r.grade.value for r in await reviews(second)] == ["facile"]


@pytest.mark.parametrize(
    ("custom_id", "title"),
    [
        ("rv:g:z:1:0", "Bouton inconnu"),
        ("rv:v:1", "Bouton inconnu"),
        ("rv:v:99999999999:0", "Bouton inconnu"),  # past the 32-bit row ids
        ("rv:x:abc", "Bouton inconnu"),
        ("rv:v:987654:0", "Séance de révision introuvable"),
    ],
)
async def test_revision_forged_buttons_are_answered(bot, custom_id, title):
    """A forged, malformed or unknown id gets a private French answer, never silence."""
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    holding = p.message_from({"components": [{"type": 1, "components": [button]}]})
    body = await click(bot, holding, custom_id)
    assert (embed(body)["title"], body["data"]["flags"]) == (title, EPHEMERAL)


async def test_revision_cram_offers_two_grades_and_no_intervals(bot):
    """reviser-tout: « À revoir » and « Bien », no interval (the schedule does not move)."""
    body = await reply(bot, revision("reviser-tout"))
    assert embed(body)["title"] == "Révision complète · carte 1 sur 276"
    [show] = p.custom_ids(body["data"])
    answer = await click(bot, p.message_from(body["data"]), show)
    assert labels(answer["data"]) == ["À revoir", "Bien"]


async def test_revision_stats_and_export_are_private(bot):
    """stats counts the review; export attaches the .apkg of the member's one card."""
    session, message = await revealed(bot, await reply(bot, revision("commencer")))
    await click(bot, message, f"rv:g:a:{session}:0")
    figures = await reply(bot, revision("stats"))
    assert figures["data"]["flags"] == EPHEMERAL
    assert embed(figures)["title"] == "Révision · vos statistiques"
    assert "Révisions aujourd'hui\xa0: 1 · série\xa0: 1 jour d'affilée." in embed(figures)["description"]
    assert "À revoir aujourd'hui\xa0: **1** (dont 1 en apprentissage)." in embed(figures)["description"]
    requests = await bot.send(revision("export"))
    [callback] = [r for r in requests if r.path.endswith("/callback")]
    assert callback.files == ["revision_A_HRC_RES_56_2.apkg"]
    assert callback.body["data"]["flags"] == EPHEMERAL
    assert callback.body["data"]["embeds"][0]["title"] == "Export Anki · 1 carte"
    everything = await bot.send(revision("export", toutes=True))
    [whole] = [r for r in everything if r.path.endswith("/callback")]
    assert whole.body["data"]["embeds"][0]["title"] == "Export Anki · 276 cartes"


async def test_revision_export_without_cards_explains(bot):
    """A member with no card yet is told how to get some, privately."""
    body = await reply(bot, revision("export"))
    assert (embed(body)["title"], body["data"]["flags"]) == ("Aucune carte à exporter", EPHEMERAL)


async def test_revision_erase_asks_and_only_the_member_confirms(bot):
    """effacer shows a button; another member is refused; the member's click erases their revision."""
    session, message = await revealed(bot, await reply(bot, revision("commencer")))
    await click(bot, message, f"rv:g:b:{session}:0")
    asked = await reply(bot, revision("effacer"))
    assert embed(asked)["title"] == "Effacer votre révision\u202f?"
    [confirm] = p.custom_ids(asked["data"])
    assert confirm == f"rv:x:{p.USER_ID}"
    prompt = p.message_from(asked["data"])
    refused = await click(bot, prompt, confirm, p.OTHER_USER_ID)
    assert embed(refused)["title"] == "Bouton réservé"
    assert len(await reviews(bot)) == 1
    done = await click(bot, prompt, confirm)
    assert (done["type"], embed(done)["title"]) == (7, "Révision effacée")
    assert embed(done)["description"].startswith("1 carte et 1 révision supprimées.")
    assert done["data"]["components"] == []
    assert await reviews(bot) == []


async def test_revision_rappel_confirms_by_private_message(bot):
    """rappel heure:8: a private message confirms it; the reply names the hour and the time zone."""
    requests = await bot.send(revision("rappel", heure=8, fuseau="america/montreal"))
    [dm] = [r for r in requests if r.path == DM_PATH]
    assert dm.body == {"recipient_id": p.USER_ID}
    channel = next(c for c, u in bot.recorder.dm_channels.items() if u == p.USER_ID)
    [sent] = [r for r in requests if r.path == f"/channels/{channel}/messages"]
    assert sent.body["embeds"][0]["title"] == "Rappel de révision"
    [callback] = [r for r in requests if r.path.endswith("/callback")]
    assert callback.body["data"]["flags"] == EPHEMERAL
    assert "Chaque jour à 8 h (America/Montreal)" in callback.body["data"]["embeds"][0]["description"]
    stopped = await reply(bot, revision("rappel", arreter=True))
    assert embed(stopped)["description"].startswith("Pas de rappel quotidien.")


async def test_revision_rappel_with_closed_private_messages_says_so(bot):
    """Closed DMs: the reply says so and the reminder is not kept, nor told twice."""
    bot.recorder.refuse_dms.add(p.USER_ID)
    body = await reply(bot, revision("rappel", heure=8))
    assert embed(body)["description"].startswith("Vos messages privés sont fermés")
    assert await cog(bot).service.claim_reminders() == []
    later = await answers(bot, revision("stats"))
    assert titles(later) == ["Révision · vos statistiques"]  # told in the reply itself: not again
    stats = later[0].body["data"]["embeds"][0]["description"]
    assert "Rappel quotidien\xa0: aucun (/revision rappel)" in stats
    shown = await reply(bot, revision("rappel"))
    assert embed(shown)["description"].startswith("Vos messages privés sont fermés")


async def test_revision_rappel_fuseau_alone_sets_the_member_day(bot, clock):
    """fuseau alone: no reminder, but the member's day (and stats) follow that time zone."""
    body = await reply(bot, revision("rappel", fuseau="Pacific/Auckland"))
    text = embed(body)["description"]
    assert text.startswith("Pas de rappel quotidien.")
    assert "Fuseau horaire\xa0: Pacific/Auckland\u202f; votre journée de révision commence à 4 h." in text
    figures = await reply(bot, revision("stats"))
    assert "fuseau Pacific/Auckland, journée comptée à partir de 4 h." in embed(figures)["description"]
    unknown = await reply(bot, revision("rappel", fuseau="Lune/Tranquillité"))
    assert (embed(unknown)["title"], unknown["data"]["flags"]) == ("Fuseau horaire inconnu", EPHEMERAL)


async def test_revision_daily_reminder_is_sent_then_a_refusal_stops_it_and_is_told_once(bot, clock):
    """At the member's hour a private message counts their cards; refused once, never tried again."""
    for user in (p.USER_ID, p.OTHER_USER_ID):
        await reply(bot, revision("rappel", user_id=user, heure=9, fuseau="Europe/Paris"))
        session, message = await revealed(bot, await reply(bot, revision("commencer", user_id=user)), user)
        await click(bot, message, f"rv:g:a:{session}:0", user)
    clock.advance(hours=21)  # 10:00 in Paris the next day
    bot.recorder.refuse_dms.add(p.OTHER_USER_ID)
    start = len(bot.recorder.requests)
    await cog(bot).tick_reminders()
    sent = [r for r in bot.recorder.requests[start:] if r.path.endswith("/messages")]
    assert titles(sent) == ["Révision\xa0: 1 carte vous attend", "Révision\xa0: 1 carte vous attend"]
    link = f"https://discord.com/channels/{p.GUILD_ID}/{p.CHANNEL_ID}"
    assert link in sent[0].body["embeds"][0]["description"]
    assert sent[0].body["allowed_mentions"] == NONE
    clock.advance(days=1)
    start = len(bot.recorder.requests)
    await cog(bot).tick_reminders()
    retried = [r for r in bot.recorder.requests[start:] if r.path.endswith("/messages")]
    assert len(retried) == 1  # the refused member is not written to again
    told = await answers(bot, revision("stats", user_id=p.OTHER_USER_ID))
    assert titles(told) == [
        "Révision · vos statistiques",
        "Rappel non remis",
    ]
    again = await answers(bot, revision("stats", user_id=p.OTHER_USER_ID))
    assert len(again) == 1


async def test_revision_is_for_servers_only(bot):
    """Cards belong to a member on a server: in a DM the member is told so, privately."""
    body = await reply(bot, revision("commencer", where="dm"))
    assert (embed(body)["title"], body["data"]["flags"]) == ("Sur un serveur seulement", EPHEMERAL)


async def test_sigterm_lets_the_work_after_an_answer_finish_before_the_database_closes(bot, monkeypatch):
    """The refusal notice is read after ``/revision stats`` answered: shutdown waits for that read.

    Seen in CI: the database was disposed of under it, and SQLAlchemy logged a cancelled rollback.
    """
    service = cog(bot).service
    read = service.refusal_notice
    finished = []

    async def slow_notice(guild, user):
        await asyncio.sleep(0.3)  # the answer has gone out; this is the work after it
        told = await read(guild, user)
        finished.append(told)
        return told

    monkeypatch.setattr(service, "refusal_notice", slow_notice)
    bot.send_nowait(revision("stats"))
    while not any(r.path.endswith("/callback") for r in bot.recorder.requests):
        await asyncio.sleep(0.01)
    # Answered: the tracker closes the interaction just after the callback is sent (under a loaded
    # machine, a few ticks later); then only the handler's own task is still running.
    for _ in range(200):
        if bot.bot.tracker.in_flight == 0:
            break
        await asyncio.sleep(0.01)
    assert bot.bot.tracker.in_flight == 0
    assert not finished  # the work after the answer is still sleeping
    await bot.bot.shutdown()
    assert finished == [False]
