"""Replies in the user's Discord locale, through discord.py's real dispatch (issue 18).

An interaction carries the locale of the user's client: en-US and en-GB get English replies and
button labels, every other locale French. Quotes stay the official French text.
"""

import pytest

from tests import discord_payloads as p

OFFICIAL = "Quotes: official French text."


async def _answer(bot, payload):
    [callback] = [r for r in await bot.send(payload) if r.path.endswith("/callback")]
    return callback.body


@pytest.mark.parametrize(
    ("locale", "title"),
    [
        ("en-US", "OP29 · Operative paragraph 29"),
        ("en-GB", "OP29 · Operative paragraph 29"),
        ("fr", "OP29 · Paragraphe 29 du dispositif"),
        ("de", "OP29 · Paragraphe 29 du dispositif"),
        ("es-ES", "OP29 · Paragraphe 29 du dispositif"),
    ],
)
async def test_reply_follows_the_client_locale(bot, locale, title):
    """The same /paragraphe 29 in English for English clients, in French for every other locale."""
    body = await _answer(bot, p.command("paragraphe", locale=locale, numero="29"))
    [embed] = body["data"]["embeds"]
    assert embed["title"] == title
    labels = [c.get("label") for row in body["data"]["components"] for c in row["components"]]
    assert labels[1] == ("Cite" if locale.startswith("en") else "Citer")
    assert (OFFICIAL in embed["description"]) == locale.startswith("en")


async def test_english_quotes_are_the_french_text(bot, discord_replies):
    """An English reply quotes the paragraph byte for byte, its verb in italics, after the label."""
    op29 = discord_replies.service.paragraphs("29")[0]
    body = await _answer(bot, p.command("paragraphe", locale="en-US", numero="29"))
    verbatim = f"*{op29.verb}*{op29.text[len(op29.verb) :]}"
    assert body["data"]["embeds"][0]["description"] == f"{OFFICIAL}\n\n{verbatim}"


async def test_english_error_is_english_and_private(bot):
    """Bad input from an English client: an English explanation, only for the asker."""
    body = await _answer(bot, p.command("vote", locale="en-GB", pays="Atlantide"))
    assert body["data"]["flags"] == 64
    embed = body["data"]["embeds"][0]
    assert embed["title"] == "Country not recognised"
    assert embed["description"].startswith("I cannot find “Atlantide” among the countries I know.")


async def test_button_answers_in_the_clickers_language(bot):
    """« Citer » clicked by an English client answers in English; by a French one, in French."""
    first = await _answer(bot, p.command("paragraphe", numero="29"))
    message = p.message_from(first["data"])
    english = await _answer(bot, p.button(message, "rb:c:OP29", locale="en-US"))
    french = await _answer(bot, p.button(message, "rb:c:OP29"))
    assert english["data"]["content"].startswith(
        "Human Rights Council, resolution 56/2 (A/HRC/RES/56/2), para. 29"
    )
    assert french["data"]["content"].startswith(
        "Conseil des droits de l'homme, résolution 56/2 (A/HRC/RES/56/2), par. 29"
    )


async def test_english_help_lists_the_english_names(bot):
    """/aide from an English client lists /paragraph, /search…, the names that client shows."""
    body = await _answer(bot, p.command("aide", locale="en-US"))
    description = body["data"]["embeds"][0]["description"]
    assert "**/paragraph** 29" in description
    assert "**/search**" in description
    assert "**/paragraphe**" not in description
    assert body["data"]["embeds"][0]["title"] == "Help: studying resolution 56/2"


async def test_english_menu_answers_in_english(bot):
    """The message menu used by an English client frames the answer in English."""
    target = p.message("que dit le §29 ?", author_id=p.OTHER_USER_ID)
    body = await _answer(bot, p.message_command("Chercher dans la résolution", target, locale="en-US"))
    embed = body["data"]["embeds"][0]
    assert embed["title"] == "Question: “que dit le §29 ?”"
    assert OFFICIAL in embed["description"]


# Pages of long replies (issue 18) in the user's language: the title, « page k/N » and the page a
# click redraws, which is in the clicker's language whoever asked.


async def test_english_pages_of_a_range(bot):
    """/paragraphe 1-37 from an English client: an English title and « page 1/8 » footer."""
    first = (await _answer(bot, p.command("paragraphe", locale="en-US", numero="1-37")))["data"]
    embed = first["embeds"][0]
    assert embed["title"] == "OP1 to OP37 · 37 passages"
    assert embed["footer"]["text"].startswith("page 1/8 · A/HRC/RES/56/2 · Human Rights Council")
    assert p.custom_ids(first) == ["pg:2:0:paragraphe:1-37"]


async def test_a_page_is_redrawn_in_the_clickers_language(bot):
    """A public page turned by an English client is English; by a French one, French."""
    first = (await _answer(bot, p.command("paragraphe", numero="1-37")))["data"]
    message = p.message_from(first)
    english = (await _answer(bot, p.button(message, "pg:2:0:paragraphe:1-37", locale="en-US")))["data"]
    french = (await _answer(bot, p.button(message, "pg:2:0:paragraphe:1-37")))["data"]
    assert english["embeds"][0]["title"] == "OP1 to OP37 · 37 passages"
    assert english["embeds"][0]["footer"]["text"].startswith("page 2/8 · A/HRC/RES/56/2 · Human Rights")
    assert french["embeds"][0]["title"] == "OP1 à OP37 · 37 passages"
    assert french["embeds"][0]["footer"]["text"].startswith("page 2/8 · A/HRC/RES/56/2 · Conseil")
    assert (
        p.custom_ids(english) == p.custom_ids(french) == ["pg:1:0:paragraphe:1-37", "pg:3:0:paragraphe:1-37"]
    )


async def test_english_search_pages_and_titles(bot):
    """/cherche in English: « Search: “…” », the total of matches, « page 1/N »."""
    data = (await _answer(bot, p.command("cherche", locale="en-GB", requete="coopération")))["data"]
    footer = data["embeds"][0]["footer"]["text"]
    assert data["embeds"][0]["title"] == "Search: “coopération”"
    assert footer.startswith("page 1/")
    assert " results · A/HRC/RES/56/2" in footer


async def test_expired_pages_are_explained_in_the_clickers_language(bot):
    """A digest this process no longer holds: « Pages expired » for an English client, privately."""
    message = {
        "components": [
            {
                "type": 1,
                "components": [
                    {"type": 2, "style": 2, "label": "x", "custom_id": "pg:2:0:#0123456789abcdef"}
                ],
            }
        ]
    }
    body = await _answer(bot, p.button(p.message_from(message), "pg:2:0:#0123456789abcdef", locale="en-US"))
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Pages expired"
    assert body["data"]["embeds"][0]["description"].startswith("These pages are no longer available")


async def test_someone_elses_private_pages_are_refused_in_the_clickers_language(bot):
    """An English client clicking another member's private ◀ ▶ is told why, in English."""
    first = (await _answer(bot, p.command("paragraphe", numero="1-37", prive=True)))["data"]
    [next_id] = p.custom_ids(first)
    body = await _answer(bot, p.button(p.message_from(first), next_id, p.OTHER_USER_ID, locale="en-US"))
    assert body["data"]["flags"] == 64
    french = await _answer(bot, p.button(p.message_from(first), next_id, p.OTHER_USER_ID))
    assert body["data"]["embeds"][0]["title"] != french["data"]["embeds"][0]["title"]
