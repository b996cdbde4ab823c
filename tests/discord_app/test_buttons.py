"""◀ ▶ and « Citer »: stateless buttons answered from their custom id, forged ids included."""

import pytest

from tests import discord_payloads as p


async def _reply(bot, payload):
    """The one callback body an interaction caused."""
    requests = [r for r in await bot.send(payload) if r.path.endswith("/callback")]
    assert len(requests) == 1, requests
    return requests[0].body


def _button(custom_id):
    return {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}


async def _message(bot, payload):
    """Run a command and return the message Discord would have created from its answer."""
    body = await _reply(bot, payload)
    return p.message_from(body["data"])


async def test_next_button_shows_the_next_paragraph_in_place(bot, discord_replies):
    """▶ on OP29 edits the message (type 7) into OP30, with OP30's own buttons."""
    message = await _message(bot, p.command("paragraphe", numero="29"))
    body = await _reply(bot, p.button(message, "rb:p:OP30:0", user_id=p.OTHER_USER_ID))
    assert body["type"] == 7
    op30 = discord_replies.service.paragraphs("30")[0]
    [embed] = body["data"]["embeds"]
    assert embed["title"] == "OP30 · Paragraphe 30 du dispositif"
    assert op30.text[len(op30.verb or "") :] in embed["description"]
    assert p.custom_ids(body["data"]) == ["rb:p:OP29:0", "rb:c:OP30", "rb:p:OP31:0"]
    assert body["data"]["allowed_mentions"] == {"parse": []}


async def test_navigation_crosses_from_preamble_to_operative_part(bot):
    """The last preambular paragraph has ▶ to OP1; PP1 has no ◀."""
    message = await _message(bot, p.command("paragraphe", numero="PP33"))
    assert p.custom_ids(message) == ["rb:p:PP32:0", "rb:c:PP33", "rb:p:OP1:0"]
    first = await _message(bot, p.command("paragraphe", numero="PP1"))
    assert p.custom_ids(first) == ["rb:c:PP1", "rb:p:PP2:0"]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("29", "Conseil des droits de l'homme, résolution 56/2 (A/HRC/RES/56/2), par. 29"),
        ("PP3", "Conseil des droits de l'homme, résolution 56/2 (A/HRC/RES/56/2), préambule, al. 3"),
    ],
)
async def test_citer_answers_the_clicker_alone_with_the_formal_citation(bot, ref, expected):
    """« Citer » answers the clicker alone (64) with the citation as plain message text, no preview (4).

    Plain text, not an embed: a member copies symbol, paragraph and link in one tap on mobile.
    """
    message = await _message(bot, p.command("paragraphe", numero=ref))
    cite = p.custom_ids(message)[1] if ref != "PP1" else p.custom_ids(message)[0]
    body = await _reply(bot, p.button(message, cite, user_id=p.OTHER_USER_ID))
    assert body["type"] == 4
    assert body["data"]["flags"] == 64 | 4
    assert not body["data"].get("embeds")
    assert body["data"]["content"] == f"{expected}\n\nhttps://undocs.org/fr/A/HRC/RES/56/2"
    assert body["data"]["allowed_mentions"] == {"parse": []}


async def test_ephemeral_buttons_refuse_another_user(bot):
    """The buttons of a prive reply answer another user with a private refusal and change nothing."""
    message = await _message(bot, p.command("paragraphe", numero="29", prive=True))
    owned = f"rb:p:OP30:{p.USER_ID}"
    assert owned in p.custom_ids(message)
    refused = await _reply(bot, p.button(message, owned, user_id=p.OTHER_USER_ID))
    assert refused["type"] == 4
    assert refused["data"]["flags"] == 64
    assert refused["data"]["embeds"][0]["title"] == "Bouton réservé"
    allowed = await _reply(bot, p.button(message, owned, user_id=p.USER_ID))
    assert allowed["type"] == 7
    assert allowed["data"]["embeds"][0]["title"].startswith("OP30")


@pytest.mark.parametrize(
    ("custom_id", "title"),
    [
        ("rb:p:OP99:0", "OP99 n'existe pas"),
        ("rb:c:PP77", "PP77 n'existe pas"),
        ("rb:p:OP1;DROP:0", "Bouton inconnu"),
        ("rb:s:0:tout:0:droits", "Bouton inconnu"),
        ("rb:s:2:milieu:0:droits", "Bouton inconnu"),
        ("rb:zzz", "Bouton inconnu"),
        ("rb:", "Bouton inconnu"),
    ],
)
async def test_forged_custom_ids_are_answered(bot, custom_id, title):
    """A forged or stale id gets a private French answer, never silence or an exception."""
    message = p.message_from(
        {
            "components": [
                {"type": 1, "components": [{"type": 2, "style": 2, "label": "x", "custom_id": custom_id}]}
            ]
        }
    )
    body = await _reply(bot, p.button(message, custom_id))
    assert body["type"] == 4
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == title


def _shown(embed):
    """The ids of the hits listed in a page of results."""
    return [
        line.split(" · ")[0].strip("*") for line in embed["description"].splitlines() if line.startswith("**")
    ]


async def test_search_pages_forward_and_back(bot, discord_replies):
    """/cherche droits has ▶ to page 2; page 2 shows hits 6 to 10, « page 2/N », and ◀ back to page 1."""
    ranked = [h.id for h in discord_replies.service.search("droits", limit=None).hits]
    count = -(-len(ranked) // 5)
    assert count > 2
    message = await _message(bot, p.command("cherche", requete="droits"))
    assert p.custom_ids(message) == ["pg:2:0:cherche:droits:tout"]
    body = await _reply(bot, p.button(message, "pg:2:0:cherche:droits:tout"))
    assert body["type"] == 7
    [embed] = body["data"]["embeds"]
    assert _shown(embed) == ranked[5:10]
    assert embed["footer"]["text"] == f"page 2/{count} · {len(ranked)} résultats · A/HRC/RES/56/2"
    assert p.custom_ids(body["data"]) == ["pg:1:0:cherche:droits:tout", "pg:3:0:cherche:droits:tout"]


async def test_search_buttons_of_earlier_releases_still_turn_pages(bot, discord_replies):
    """A message sent before pages had one format keeps working: rb:s:2 shows page 2, with pg: buttons."""
    ranked = [h.id for h in discord_replies.service.search("droits", limit=None).hits]
    old = p.message_from({"components": [{"type": 1, "components": [_button("rb:s:2:tout:0:droits")]}]})
    body = await _reply(bot, p.button(old, "rb:s:2:tout:0:droits"))
    assert body["type"] == 7
    assert _shown(body["data"]["embeds"][0]) == ranked[5:10]
    assert p.custom_ids(body["data"]) == ["pg:1:0:cherche:droits:tout", "pg:3:0:cherche:droits:tout"]


async def test_search_keeps_its_part_across_pages(bot, discord_replies):
    """partie:preambule stays in the page ids and the results."""
    message = await _message(bot, p.command("cherche", requete="droits", partie="preambule"))
    [next_id] = p.custom_ids(message)
    assert next_id == "pg:2:0:cherche:droits:preambule"
    body = await _reply(bot, p.button(message, next_id))
    text = body["data"]["embeds"][0]["description"]
    assert "**PP" in text
    assert "**OP" not in text


def test_button_templates_match_the_ids_of_earlier_messages():
    """The ids discord.py routes to each button class are the same as in every earlier release."""
    from bot.discord_app.views.navigation import NavButton
    from bot.discord_app.views.study import StudyButton

    assert NavButton.__discord_ui_compiled_template__.pattern == r"rb:(?P<state>.{0,97})"
    assert StudyButton.__discord_ui_compiled_template__.pattern == r"st:(?P<state>.{0,97})"
