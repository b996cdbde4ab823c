"""Slash commands through discord.py's real dispatch: the exact JSON Discord would receive."""

import logging
import re
from dataclasses import replace

import pytest

from bot.core.errors import UserError
from bot.discord_app import deferral
from bot.render.reply import Attachment
from tests import discord_payloads as p

NONE = {"parse": []}


async def _answer(bot, payload):
    """The one callback request an interaction caused; fails if it caused none or several."""
    requests = await bot.send(payload)
    callbacks = [r for r in requests if r.path.endswith("/callback")]
    assert len(callbacks) == 1, requests
    assert callbacks[0].path == f"/interactions/{payload['id']}/{payload['token']}/callback"
    return callbacks[0].body


def _verbatim(paragraph):
    """A paragraph's text as the embed shows it: the source words, the opening verb in italics."""
    verb = paragraph.verb or ""
    return f"*{verb}*{paragraph.text[len(verb) :]}" if verb else paragraph.text


async def test_paragraphe_quotes_the_text_verbatim(bot, discord_replies):
    """/paragraphe 29: title with number and kind, the exact source text, link, buttons, no pings."""
    service = discord_replies.service
    op29 = service.paragraphs("29")[0]
    body = await _answer(bot, p.command("paragraphe", numero="29"))
    assert body["type"] == 4
    data = body["data"]
    assert data["allowed_mentions"] == NONE
    assert data.get("flags", 0) & 64 == 0
    [embed] = data["embeds"]
    assert embed["title"] == "OP29 · Paragraphe 29 du dispositif"
    assert embed["description"] == _verbatim(op29)
    assert embed["url"] == "https://undocs.org/fr/A/HRC/RES/56/2"
    assert embed["footer"]["text"].startswith("A/HRC/RES/56/2")
    assert p.custom_ids(data) == ["rb:p:OP28:0", "rb:c:OP29", "rb:p:OP30:0"]
    labels = [c.get("label") for row in data["components"] for c in row["components"]]
    assert labels == ["OP28", "Citer", "OP30"]


async def test_paragraphe_prive_is_ephemeral_and_its_buttons_belong_to_the_asker(bot):
    """prive:true sets flag 64 and puts the asker's id in the navigation ids."""
    body = await _answer(bot, p.command("paragraphe", numero="PP3", prive=True))
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "PP3 · Alinéa 3 du préambule"
    assert p.custom_ids(body["data"]) == [f"rb:p:PP2:{p.USER_ID}", "rb:c:PP3", f"rb:p:PP4:{p.USER_ID}"]


async def test_paragraphe_with_footnote_quotes_it(bot, discord_replies):
    """A paragraph carrying a footnote marker shows the footnote's exact text too."""
    resolution = discord_replies.service.resolution
    carrier = next(x for x in resolution.paragraphs if x.footnotes)
    body = await _answer(bot, p.command("paragraphe", numero=carrier.id))
    description = body["data"]["embeds"][0]["description"]
    assert description.startswith(_verbatim(carrier))
    for note_id in carrier.footnotes:
        assert resolution.get(note_id).text in description


@pytest.mark.parametrize(
    ("name", "options", "title"),
    [
        ("note", {"numero": "4"}, "FN4 · Note 4"),
        (
            "cherche",
            {"requete": "coopération Sud-Sud"},
            "Recherche\u00a0: «\u00a0coopération Sud-Sud\u00a0»",
        ),
        ("vote", {"pays": "France"}, None),
        ("vote", {"groupe": "GRULAC"}, None),
        ("vote", {}, None),
        ("resolution", {}, None),
        ("references", {"document": "70/1"}, None),
        ("references", {}, None),
        ("aide", {"prive": False}, None),
    ],
)
async def test_every_command_answers_with_embeds_and_no_pings(
    bot, discord_replies, monkeypatch, name, options, title
):
    """Each command answers once (type 4) with the template's embed, within Discord's limits."""
    # The whole vote draws a chart in a thread, deferred past DEFER_AFTER: on a loaded machine it
    # came as « thinking… » then a follow-up. The shape of the reply is what is tested here; the
    # deferral has its own tests (test_offload.py).
    monkeypatch.setattr(deferral, "DEFER_AFTER", 60.0)
    body = await _answer(bot, p.command(name, **options))
    assert body["type"] == 4
    data = body["data"]
    assert data["allowed_mentions"] == NONE
    assert data.get("flags", 0) == 0
    embeds = data["embeds"]
    assert 1 <= len(embeds) <= 10
    assert all(len(e.get("description", "")) <= 4096 and len(e.get("title", "")) <= 256 for e in embeds)
    assert sum(len(e.get("title", "")) + len(e.get("description", "")) for e in embeds) <= 6000
    if title is not None:
        assert embeds[0]["title"] == title


async def test_vote_france_gives_its_vote(bot, discord_replies):
    """/vote pays:France names France's recorded vote (from the corpus, not a constant)."""
    member = discord_replies.service.vote("France")
    body = await _answer(bot, p.command("vote", pays="France", prive=True))
    text = body["data"]["embeds"][0]["title"] + body["data"]["embeds"][0]["description"]
    assert "France" in text
    assert member.vote.value in text.casefold()
    assert body["data"]["flags"] == 64


async def test_commands_work_in_a_dm_of_a_user_install(bot):
    """A user-installed command answers in a DM (no guild, no member)."""
    body = await _answer(bot, p.command("paragraphe", where="dm", numero="1"))
    assert body["data"]["embeds"][0]["title"] == "OP1 · Paragraphe 1 du dispositif"


@pytest.mark.parametrize(
    ("name", "options", "title"),
    [
        ("paragraphe", {"numero": "99"}, "OP99 n'existe pas"),
        ("paragraphe", {"numero": "abc"}, None),
        ("vote", {"pays": "Atlantide"}, None),
        ("cherche", {"requete": ""}, None),
        ("cherche", {"requete": "droits " * 500}, None),
        ("note", {"numero": "9"}, None),
        ("references", {"document": "Traité de Westphalie"}, None),
    ],
)
async def test_bad_input_gets_a_private_french_answer(bot, discord_replies, name, options, title):
    """Bad input: one ephemeral answer from the error templates, no exception, no pings."""
    body = await _answer(bot, p.command(name, **options))
    assert body["type"] == 4
    assert body["data"]["flags"] == 64
    assert body["data"]["allowed_mentions"] == NONE
    [embed] = body["data"]["embeds"]
    assert embed["color"] == 0xC0392B
    if title:
        assert embed["title"] == title
    # The same words as the error template for the same input, through the core.
    with pytest.raises(UserError) as caught:
        {
            "paragraphe": lambda: discord_replies.paragraphe(options["numero"]),
            "vote": lambda: discord_replies.vote(options["pays"]),
            "cherche": lambda: discord_replies.cherche(options["requete"]),
            "note": lambda: discord_replies.note(options["numero"]),
            "references": lambda: discord_replies.references(options["document"]),
        }[name]()
    expected = discord_replies.renderer.error(caught.value)
    assert (embed["title"], embed["description"]) == (expected.title, expected.description)


async def test_everyone_in_a_query_pings_nobody(bot):
    """@everyone typed in a query is defused in the text and mentions are off for the message."""
    body = await _answer(bot, p.command("cherche", requete="@everyone <@123456> droits"))
    data = body["data"]
    assert data["allowed_mentions"] == NONE
    text = " ".join(e.get("title", "") + e.get("description", "") for e in data["embeds"])
    assert "@everyone" not in text
    assert "<@123456>" not in text
    assert "@\u200beveryone" in text


async def test_unexpected_error_is_answered_and_logged_with_its_code(bot, monkeypatch, caplog):
    """A bug answers « Erreur interne » with a code, and the log line carries the same code."""

    def broken():
        raise RuntimeError("boom")

    monkeypatch.setattr(bot.bot.replies, "aide", broken)
    with caplog.at_level(logging.ERROR):
        body = await _answer(bot, p.command("aide"))
    [embed] = body["data"]["embeds"]
    assert embed["title"] == "Erreur interne"
    code = re.search(r"code ([0-9a-f]{8})", embed["description"]).group(1)
    assert any(code in r.getMessage() and r.exc_info for r in caplog.records)
    assert "boom" not in embed["description"]
    assert body["data"]["flags"] == 64


async def test_unknown_command_is_answered(bot):
    """A command Discord still shows but the bot no longer has gets a French answer."""
    body = await _answer(bot, p.command("disparue"))
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Commande inconnue"


async def test_a_command_with_stale_options_is_answered_and_the_operator_told(bot, caplog):
    """A client still showing a command's old options (before a sync) gets a French answer, no code."""
    with caplog.at_level(logging.WARNING):
        body = await _answer(bot, p.command("question", ancienne="que dit le 29 ?"))
    [embed] = body["data"]["embeds"]
    assert body["data"]["flags"] == 64
    assert embed["title"] == "Commande à mettre à jour"
    assert "code" not in embed["description"]
    warned = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("resolution-bot sync" in r.getMessage() for r in warned)
    assert not any(r.levelno >= logging.ERROR for r in caplog.records)


# Autocomplete


async def _choices(bot, payload):
    body = await _answer(bot, payload)
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in choices)
    return choices


async def test_autocomplete_paragraph_by_number(bot):
    """Typing 29 offers OP29 first, with its opening words."""
    choices = await _choices(bot, p.autocomplete("paragraphe", "numero", "29"))
    assert choices[0]["value"] == "OP29"
    assert choices[0]["name"].startswith("OP29 · Prie tous les États")


async def test_autocomplete_paragraph_by_words_and_empty(bot, discord_replies):
    """Words filter by text; nothing typed offers exactly 25 choices."""
    choices = await _choices(bot, p.autocomplete("paragraphe", "numero", "sud-sud"))
    ids = {c["value"] for c in choices}
    assert "OP29" in ids
    assert all("sud-sud" in discord_replies.service.resolution.get(i).text.casefold() for i in ids)
    assert len(await _choices(bot, p.autocomplete("paragraphe", "numero", ""))) == 25


async def test_autocomplete_country_ignores_accents(bot):
    """« etats » finds « États-Unis d'Amérique »; « fr » finds France first."""
    # The Council member first; other countries named « États … » follow (they get « not a member »).
    values = [c["value"] for c in await _choices(bot, p.autocomplete("vote", "pays", "etats"))]
    assert values[0] == "États-Unis d'Amérique"
    assert "États-Unis d'Amérique" not in values[1:]
    assert (await _choices(bot, p.autocomplete("vote", "pays", "fr")))[0]["value"] == "France"


async def test_autocomplete_group(bot):
    """The group option offers the regional groups by name or code."""
    choices = await _choices(bot, p.autocomplete("vote", "groupe", "grulac"))
    assert choices == [{"name": "Amérique latine et Caraïbes", "value": "GRULAC"}]


async def test_attachments_are_uploaded_with_the_first_message(bot, monkeypatch, discord_replies):
    """A reply carrying a file (a vote chart) is sent as multipart with that file, mentions still off."""
    chart = Attachment("vote.png", b"\x89PNG fake")
    reply = replace(discord_replies.vote(), files=(chart,))
    monkeypatch.setattr(bot.bot.replies, "vote", lambda *args: reply)
    requests = await bot.send(p.command("vote"))
    [answer] = [r for r in requests if r.path.endswith("/callback")]
    assert answer.files == ["vote.png"]
    assert answer.body["data"]["allowed_mentions"] == NONE
    assert answer.body["data"]["attachments"][0]["filename"] == "vote.png"


async def test_autocomplete_error_answers_no_choices_and_logs(bot, monkeypatch, caplog):
    """A failing autocomplete still answers (type 8, no choices) and logs an error code."""

    def broken(typed):
        raise RuntimeError("boom")

    monkeypatch.setattr(bot.bot.replies.service, "complete_country", broken)
    with caplog.at_level(logging.ERROR):
        body = await _answer(bot, p.autocomplete("vote", "pays", "fr"))
    assert body == {"type": 8, "data": {"choices": []}}
    assert any("erreur interne" in r.getMessage() for r in caplog.records)


async def test_long_range_is_one_message_whose_pages_hold_it_all(bot, discord_replies):
    """/paragraphe PP1-PP33 (over 12 000 characters): one answer, no follow-up; its pages, each
    within Discord's limits, together quote every preambular paragraph verbatim, in order."""
    requests = await bot.send(p.command("paragraphe", numero="PP1-PP33"))
    [answer] = requests
    assert answer.path.endswith("/callback")
    pages = await bot.pages(answer.body["data"])
    assert len(pages) > 1
    text = ""
    for number, message in enumerate(pages, 1):
        assert message["allowed_mentions"] == NONE
        [embed] = message["embeds"]
        assert embed["title"] == "PP1 à PP33 · 33 passages"
        assert embed["footer"]["text"].startswith(f"page {number}/{len(pages)} · A/HRC/RES/56/2")
        assert len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"]) <= 6000
        text += embed["description"] + "\n"
    positions = [text.find(pp.text) for pp in discord_replies.service.paragraphs("PP1-PP33")]
    assert -1 not in positions
    assert positions == sorted(positions)


async def test_vote_reads_a_group_typed_as_the_country(bot):
    """/vote pays:GRULAC answers for the group, not « Vouliez-vous dire : Guam ? »."""
    body = await _answer(bot, p.command("vote", pays="GRULAC"))
    assert body["type"] == 4
    assert body["data"]["embeds"][0]["title"] == "Vote du groupe Amérique latine et Caraïbes (GRULAC)"
