"""/question, mentions of the bot and the « Chercher dans la résolution » menu, through real dispatch."""

import json
import logging
import re
from pathlib import Path

import discord
import pytest

from bot.core.limits import MAX_QUESTION_INPUT
from bot.core.questions.question import strip_mentions
from bot.discord_app.cogs.questions import MENTIONS_PER_MINUTE, mentions
from bot.discord_app.views.navigation import MAX_REFERENCE_BUTTONS
from bot.render.reply import Colour
from tests import discord_payloads as p

NONE = {"parse": []}
MENU = "Chercher dans la résolution"
CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "questions" / "questions.jsonl").read_text("utf-8").splitlines()
]
# Evidence is quoted under a bold « OP29 · » heading, or listed after « cité en » (cited documents).
# A heading « **OP29 · », the paragraph calling a quoted footnote, or a document's « cité en … ».
_CITED = re.compile(r"\*\*((?:PP|OP|FN)\d+) ·|\*\*Appelée par ((?:PP|OP)\d+)\*\*|cité en ([^.\n]+)")
_ID = re.compile(r"(?:PP|OP|FN)\d+")
CLOSEST = "Passages les plus proches"


async def _callback(bot, payload):
    """The one callback body an interaction caused."""
    requests = [r for r in await bot.send(payload) if r.path.endswith("/callback")]
    assert len(requests) == 1, requests
    return requests[0].body


async def _replies(bot, payload):
    """The channel messages the bot posted in answer to a MESSAGE_CREATE."""
    requests = await bot.message(payload)
    assert all(r.method == "POST" and r.path == f"/channels/{p.CHANNEL_ID}/messages" for r in requests)
    return [r.body for r in requests]


def _verbatim(paragraph):
    """A paragraph's text as the embed shows it: the source words, the opening verb in italics."""
    verb = paragraph.verb or ""
    return f"*{verb}*{paragraph.text[len(verb) :]}" if verb else paragraph.text


def _text(embeds):
    return "\n".join(e.get("description", "") for e in embeds)


def _cited(embeds):
    """The ids an answer quotes as evidence, read from its embeds (the closest passages excluded)."""
    text = _text(embeds).split(CLOSEST)[0]
    found: list[str] = []
    for heading, parent, listed in _CITED.findall(text):
        found.extend([heading or parent] if heading or parent else _ID.findall(listed))
    return list(dict.fromkeys(found))


def _buttons(body):
    return [
        (c.get("label"), c["custom_id"]) for row in body.get("components") or [] for c in row["components"]
    ]


# /question


async def test_question_quotes_the_paragraph_and_links_the_reference(bot, discord_replies):
    """/question « Que dit le §29 ? »: OP29 verbatim, a « Références » line and an OP29 button."""
    op29 = discord_replies.service.paragraphs("29")[0]
    body = await _callback(bot, p.command("question", texte="Que dit le §29 ?"))
    assert body["type"] == 4
    data = body["data"]
    assert data["allowed_mentions"] == NONE
    assert data.get("flags", 0) & 64 == 0
    [embed] = data["embeds"]
    assert embed["title"] == "Question\u00a0: «\u00a0Que dit le §29 ?\u00a0»"
    assert embed["description"].startswith(f"**OP29 ·** {_verbatim(op29)}")
    assert embed["description"].endswith("\n\nRéférences\u00a0: OP29")
    assert embed["color"] == Colour.TEXT
    assert _buttons(data) == [("OP29", "rb:o:OP29")]


async def test_question_prive_is_ephemeral(bot):
    """prive:true sets flag 64."""
    body = await _callback(bot, p.command("question", texte="Qui a voté contre ?", prive=True))
    assert body["data"]["flags"] == 64
    assert "contre" in body["data"]["embeds"][0]["description"]


async def test_question_without_reference_has_no_line_and_no_buttons(bot, discord_replies):
    """A vote question names no paragraph: no « Références » line, no components."""
    body = await _callback(bot, p.command("question", texte="Qui a voté contre ?"))
    assert "Références" not in _text(body["data"]["embeds"])
    assert not body["data"].get("components")
    against = [m.country for m in discord_replies.service.resolution.vote.members if m.vote == "contre"]
    assert against
    assert all(country in _text(body["data"]["embeds"]) for country in against)


async def test_question_references_to_a_document_and_paragraphs_are_all_linked(bot, discord_replies):
    """PP3 and 70/1 (the paragraphs that cite it) each get a button, in the order typed."""
    text = "Que disent PP3 et la résolution 70/1 ?"
    ids = discord_replies.questions.references_in(text)
    citers = discord_replies.service.references("70/1")[0].cited_in
    assert ids[0] == "PP3"
    assert set(citers) <= set(ids)
    body = await _callback(bot, p.command("question", texte=text))
    assert _buttons(body["data"]) == [(i, f"rb:o:{i}") for i in ids]
    assert _text(body["data"]["embeds"]).endswith(f"Références\u00a0: {', '.join(ids)}")


async def test_question_long_range_is_one_message_in_pages_with_capped_buttons(bot):
    """§1-20 quotes twenty paragraphs in one message whose pages ◀ ▶ turn; the ten reference
    buttons stay on every page, the « Références : » line closes the last one."""
    requests = await bot.send(p.command("question", texte="Que disent les paragraphes 1-20 ?"))
    [callback] = requests  # no follow-up: one message
    bodies = await bot.pages(callback.body["data"])
    assert len(bodies) >= 2
    embeds = [e for b in bodies for e in b["embeds"]]
    assert [len(b["embeds"]) for b in bodies] == [1] * len(bodies)
    assert _cited(embeds) == [f"OP{n}" for n in range(1, 21)]
    assert _text(embeds).endswith("Références\u00a0: " + ", ".join(f"OP{n}" for n in range(1, 21)))
    references = [(f"OP{n}", f"rb:o:OP{n}") for n in range(1, MAX_REFERENCE_BUTTONS + 1)]
    assert all(_buttons(b)[:MAX_REFERENCE_BUTTONS] == references for b in bodies)
    footers = [b["embeds"][0]["footer"]["text"] for b in bodies]
    assert [f.split(" · ")[0] for f in footers] == [
        f"page {k}/{len(bodies)}" for k in range(1, len(bodies) + 1)
    ]
    assert all(b["allowed_mentions"] == NONE for b in bodies)


async def test_question_empty_or_too_long_is_explained_privately(bot):
    """Spaces only, or more than 500 characters: a private French explanation, not an error."""
    empty = await _callback(bot, p.command("question", texte="   "))
    assert empty["data"]["flags"] == 64
    assert empty["data"]["embeds"][0]["title"] == "Quelle est votre question\u202f?"
    long = await _callback(bot, p.command("question", texte="droits " * 100))
    assert long["data"]["flags"] == 64
    assert long["data"]["embeds"][0]["title"] != "Erreur interne"


async def test_reference_button_opens_the_paragraph_for_the_clicker_alone(bot, discord_replies):
    """rb:o:OP29 answers the clicker (flag 64) with OP29 and ◀ « Citer » ▶ that belong to them."""
    op29 = discord_replies.service.paragraphs("29")[0]
    data = (await _callback(bot, p.command("question", texte="Que dit le §29 ?")))["data"]
    body = await _callback(bot, p.button(p.message_from(data), "rb:o:OP29", user_id=p.OTHER_USER_ID))
    assert body["type"] == 4
    assert body["data"]["flags"] == 64
    [embed] = body["data"]["embeds"]
    assert embed["title"] == "OP29 · Paragraphe 29 du dispositif"
    assert embed["description"].startswith(_verbatim(op29))
    owner = p.OTHER_USER_ID
    assert p.custom_ids(body["data"]) == [f"rb:p:OP28:{owner}", "rb:c:OP29", f"rb:p:OP30:{owner}"]


@pytest.mark.parametrize("custom_id", ["rb:o:OP99", "rb:o:XX1", "rb:o:"])
async def test_reference_button_forged_is_answered_in_french(bot, custom_id):
    """A forged or unknown reference id gets a private French answer, never silence."""
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    message = p.message_from({"components": [{"type": 1, "components": [button]}]})
    body = await _callback(bot, p.button(message, custom_id))
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] != "Erreur interne"


# Mentions


async def test_mention_answers_in_reply_without_pinging(bot, discord_replies):
    """@bot que dit le §29 ?: a reply to that message, nobody pinged, OP29 verbatim, its button."""
    op29 = discord_replies.service.paragraphs("29")[0]
    question = p.mention("que dit le §29 ?")
    [body] = await _replies(bot, question)
    assert body["message_reference"] == {"message_id": int(question["id"]), "channel_id": p.CHANNEL_ID}
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert not body.get("content")
    [embed] = body["embeds"]
    assert embed["title"] == "Question\u00a0: «\u00a0que dit le §29 ?\u00a0»"
    assert embed["description"].startswith(f"**OP29 ·** {_verbatim(op29)}")
    assert p.custom_ids(body) == ["rb:o:OP29"]


async def test_mention_and_slash_command_give_the_same_answer(bot):
    """The mention's text without the mention is the question: same embeds as /question."""
    text = "Que demande le Conseil au Haut-Commissaire ?"
    [mention] = await _replies(bot, p.message(f"Bonjour <@!{p.BOT_USER_ID}>, {text} <@{p.BOT_USER_ID}>"))
    command = await _callback(bot, p.command("question", texte=f"Bonjour {text}"))
    assert mention["embeds"] == command["data"]["embeds"]
    # A hyphen inside a word is typed text, not markdown: no escape shows; the mentions are gone.
    assert (
        mention["embeds"][0]["title"]
        == "Question\u00a0: «\u00a0Bonjour Que demande le Conseil au Haut-Commissaire ?\u00a0»"
    )


@pytest.mark.parametrize(
    ("content", "question"),
    [
        ("<@{bot}> que dit le §29 ?", "que dit le §29 ?"),
        ("<@{bot}>, que dit le §29 ?", "que dit le §29 ?"),
        ("<@!{bot}>: que dit le §29 ?", "que dit le §29 ?"),
        ("que dit le §29 ? <@{bot}>", "que dit le §29 ?"),
        ("<@{bot}> <@{bot}>  que dit\nle §29 ?", "que dit le §29 ?"),
        ("<@{other}> que dit le §29 ? <@{bot}>", "que dit le §29 ?"),
        ("<@{bot}> <@&{other}>, <#{other}>: que dit le §29 ?", "que dit le §29 ?"),
        ("<@{bot}> que dit <@!{other}> du §29 ?", "que dit du §29 ?"),
    ],
)
def test_strip_mentions_leaves_the_question(content, question):
    """Every mention (users, roles, channels) and the punctuation after it go; other text stays."""
    ids = {"bot": p.BOT_USER_ID, "other": p.OTHER_USER_ID}
    assert mentions(content.format(**ids), p.BOT_USER_ID)
    assert strip_mentions(content.format(**ids)) == question.format(**ids)
    assert not mentions(question.format(**ids), p.BOT_USER_ID)


async def test_mention_in_a_dm_is_answered(bot):
    """In a DM with the bot the mention works too (DIRECT_MESSAGES intent)."""
    [body] = await _replies(bot, p.mention("Quand a-t-elle été adoptée ?", where="dm"))
    assert "10 juillet 2024" in _text(body["embeds"])
    assert body["message_reference"]["message_id"] > 0


async def test_mention_alone_gets_the_empty_question_answer(bot):
    """A mention with nothing else: the French help to ask a question, in reply."""
    [body] = await _replies(bot, p.message(f"<@{p.BOT_USER_ID}>"))
    assert body["embeds"][0]["title"] == "Quelle est votre question\u202f?"
    assert "Que dit le §29\u202f?" in body["embeds"][0]["description"]
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_mention_with_a_too_long_question_is_explained(bot, caplog):
    """Over 500 characters: the French explanation, nothing logged as an internal error."""
    with caplog.at_level(logging.ERROR):
        [body] = await _replies(bot, p.mention("droits " * 100))
    assert body["embeds"][0]["title"] != "Erreur interne"
    assert body["embeds"][0]["description"]
    assert not caplog.records


@pytest.mark.parametrize("mention", [f"<{kind}{p.OTHER_USER_ID}>" for kind in ("@", "@!", "@&", "#")])
async def test_mention_length_limit_ignores_other_mentions(bot, mention, discord_replies):
    """25 mentions of others around « que dit le §29 ? » (over 500 characters): answered with OP29.

    The mentions once counted toward the 500-character limit: « Requête trop longue ».
    """
    content = f"<@{p.BOT_USER_ID}> " + " ".join([mention] * 25) + " que dit le §29 ?"
    assert len(content) > 500
    [body] = await _replies(bot, p.message(content))
    [embed] = body["embeds"]
    assert embed["title"] == "Question\u00a0: «\u00a0que dit le §29 ?\u00a0»"
    op29 = discord_replies.service.paragraphs("29")[0]
    assert embed["description"].startswith(f"**OP29 ·** {_verbatim(op29)}")


async def test_slash_length_limit_ignores_mentions(bot, discord_replies):
    """/question with 25 mentions around « que dit le §29 ? » (over 500 characters): OP29, public.

    Discord accepts up to MAX_QUESTION_INPUT characters in the option; the 500-character limit
    applies to the question once its mentions are gone, as for a mention or the message menu.
    """
    texte = " ".join([f"<@{p.OTHER_USER_ID}>"] * 25) + " que dit le §29 ?"
    assert 500 < len(texte) <= MAX_QUESTION_INPUT
    body = await _callback(bot, p.command("question", texte=texte))
    assert body["data"].get("flags", 0) & 64 == 0
    [embed] = body["data"]["embeds"]
    assert embed["title"] == "Question\u00a0: «\u00a0que dit le §29 ?\u00a0»"
    op29 = discord_replies.service.paragraphs("29")[0]
    assert embed["description"].startswith(f"**OP29 ·** {_verbatim(op29)}")
    assert body["data"]["allowed_mentions"] == NONE


async def test_menu_length_limit_ignores_mentions(bot):
    """The message menu on a message of mentions around a short question answers it."""
    target = p.message(" ".join([f"<@{p.OTHER_USER_ID}>"] * 25) + " que dit le §29 ?")
    body = await _callback(bot, p.message_command(MENU, target))
    assert body["data"]["embeds"][0]["title"] == "Question\u00a0: «\u00a0que dit le §29 ?\u00a0»"


@pytest.mark.parametrize(
    "payload",
    [
        p.message("que dit le §29 ?"),
        p.message(f"<@{p.OTHER_USER_ID}> que dit le §29 ?"),
        p.message("@everyone que dit le §29 ?") | {"mention_everyone": True},
        p.mention("que dit le §29 ?", bot=True, author_id=p.OTHER_USER_ID),
        p.mention("que dit le §29 ?", bot=True, author_id=p.BOT_USER_ID),
        p.mention("que dit le §29 ?", webhook_id=p.OTHER_USER_ID),
        p.mention("que dit le §29 ?", kind=7),
    ],
    ids=["no-mention", "other-user", "everyone", "other-bot", "itself", "webhook", "system"],
)
async def test_messages_not_for_the_bot_are_ignored(bot, payload):
    """No explicit mention, a bot or webhook author, a system message: no request at all."""
    assert await bot.message(payload) == []


async def test_mentions_are_rate_limited_per_member(bot):
    """Past the limit a member's mentions are ignored; another member is still answered."""
    answered = [len(await bot.message(p.mention(f"Que dit le §{n} ?"))) for n in range(1, 8)]
    assert answered == [1] * MENTIONS_PER_MINUTE + [0] * (7 - MENTIONS_PER_MINUTE)
    assert len(await bot.message(p.mention("Que dit le §1 ?", author_id=p.OTHER_USER_ID))) == 1


async def test_mention_long_answer_is_one_reply_whose_pages_anyone_turns(bot):
    """One reply to the question (no burst in the channel); another member turns its pages."""
    question = p.mention("Que disent les paragraphes 1-20 ?")
    [reply] = await _replies(bot, question)
    assert reply["message_reference"]["message_id"] == int(question["id"])
    assert reply["allowed_mentions"]["parse"] == []
    pages = await bot.pages(reply, user_id=p.OTHER_USER_ID)
    assert len(pages) >= 2
    assert _cited([e for b in pages for e in b["embeds"]]) == [f"OP{n}" for n in range(1, 21)]
    assert all(
        p.custom_ids(b)[:MAX_REFERENCE_BUTTONS] == [f"rb:o:OP{n}" for n in range(1, 11)] for b in pages
    )


async def test_mention_reply_refused_by_discord_is_logged_not_raised(bot, caplog, monkeypatch):
    """No permission to reply in that channel (403): a warning in the log, the bot carries on."""

    async def forbidden(route, **kwargs):
        bot.recorder.requests.append(None)
        raise discord.Forbidden(_Response(403), {"code": 50013, "message": "Missing Permissions"})

    monkeypatch.setattr(bot.bot.http, "request", forbidden)
    with caplog.at_level(logging.WARNING):
        requests = await bot.message(p.mention("que dit le §29 ?"))
    assert requests == [None]
    assert [r.levelno for r in caplog.records] == [logging.WARNING]


class _Response:
    """The least of an aiohttp response that discord.HTTPException reads."""

    def __init__(self, status):
        self.status = status
        self.reason = "Forbidden"


# The message menu


async def test_menu_answers_the_target_message_privately(bot):
    """« Chercher dans la résolution » on someone's message: its text answered, flag 64, like /question."""
    text = "Que demande le Conseil au Haut-Commissaire ?"
    target = p.message(text, author_id=p.OTHER_USER_ID)
    body = await _callback(bot, p.message_command(MENU, target))
    assert body["type"] == 4
    assert body["data"]["flags"] == 64
    assert body["data"]["allowed_mentions"] == NONE
    command = await _callback(bot, p.command("question", texte=text))
    assert body["data"]["embeds"] == command["data"]["embeds"]


async def test_menu_on_a_mention_strips_it_and_links_references(bot):
    """The target's mention of the bot is not part of the question; its §29 gets its button."""
    target = p.mention("et le §29 ?", author_id=p.OTHER_USER_ID)
    body = await _callback(bot, p.message_command(MENU, target))
    assert body["data"]["embeds"][0]["title"] == "Question\u00a0: «\u00a0et le §29 ?\u00a0»"
    assert p.custom_ids(body["data"]) == ["rb:o:OP29"]


async def test_menu_on_a_message_without_text_answers_in_french(bot):
    """An image or embed only: a private French explanation."""
    target = p.message("", author_id=p.OTHER_USER_ID)
    body = await _callback(bot, p.message_command(MENU, target))
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Ce message n'a pas de texte"


# The question set, through Discord


async def test_question_set_through_discord_cites_what_the_core_cites(bot, discord_replies):
    """Every question of the set, by /question and by mention: the ids quoted in the Discord
    answer are the core's citations, and the questions the text cannot answer are declined."""
    questioned = with_evidence = 0
    for case in CASES:
        answer = discord_replies.questions.answer(case["question"])
        body = await _callback(bot, p.command("question", texte=case["question"]))
        embeds = [e for page in await bot.pages(body["data"]) for e in page["embeds"]]
        assert _cited(embeds) == answer.citations, case["question"]
        assert (embeds[0]["color"] == Colour.TEXT) is answer.answered, case["question"]
        # The same question as a mention (one member each: mentions are rate limited per member).
        asker = 910_000_000_000_500_000 + questioned
        [reply] = await _replies(bot, p.mention(case["question"], author_id=asker))
        assert reply["embeds"] == body["data"]["embeds"], case["question"]
        if not case["answerable"]:
            assert not answer.answered, case["question"]
            assert _text(embeds).startswith("La résolution ne "), case["question"]
            assert not _cited(embeds), case["question"]
        questioned += 1
        with_evidence += bool(answer.citations)
    assert questioned == len(CASES) >= 60
    # Not vacuous: many answers quote paragraphs (the others are votes and metadata, or declined).
    assert with_evidence >= 50
