"""Long replies as one message with pages: ◀ ▶ through discord.py's real dispatch (issue 18)."""

import pytest

from bot.discord_app.views.pages import PageSources
from tests import discord_payloads as p
from tests.harness import start, study_settings


async def _answer(bot, payload):
    """The one request an interaction caused: a paged reply is one message, never a burst."""
    requests = await bot.send(payload)
    assert [r.path.endswith("/callback") for r in requests] == [True], [r.path for r in requests]
    return requests[0].body


async def _click(bot, body, custom_id, user_id=p.USER_ID):
    [callback] = [
        r
        for r in await bot.send(p.button(p.message_from(body), custom_id, user_id))
        if r.path.endswith("/callback")
    ]
    return callback.body


def _holding(custom_id):
    """A message body with one button (discord.py answers a click only on a message holding its id)."""
    return {
        "components": [
            {"type": 1, "components": [{"type": 2, "style": 2, "label": "x", "custom_id": custom_id}]}
        ]
    }


def _footer(body):
    return body["embeds"][0]["footer"]["text"]


async def test_every_page_of_a_range_in_turn_and_back(bot, discord_replies):
    """/paragraphe 1-37: eight pages, « page k/8 », each quote on exactly one of them; ◀ comes back."""
    first = (await _answer(bot, p.command("paragraphe", numero="1-37")))["data"]
    assert first["embeds"][0]["title"] == "OP1 à OP37 · 37 passages"
    pages = await bot.pages(first)
    assert [_footer(b).split(" · ")[0] for b in pages] == [f"page {k}/8" for k in range(1, 9)]
    text = "\n".join(b["embeds"][0]["description"] for b in pages)
    for paragraph in discord_replies.service.paragraphs("1-37"):
        assert text.count(f"**{paragraph.id} ·**") == 1
    assert p.custom_ids(pages[0]) == ["pg:2:0:paragraphe:1-37"]
    assert p.custom_ids(pages[-1]) == ["pg:7:0:paragraphe:1-37"]
    back = await _click(bot, pages[-1], "pg:7:0:paragraphe:1-37", user_id=p.OTHER_USER_ID)
    assert back["type"] == 7
    assert back["data"]["embeds"] == pages[6]["embeds"]


async def test_a_list_is_titled_by_its_paragraphs(bot):
    """/paragraphe 29, 31 says « OP29, OP31 », not a range « OP29 à OP31 » that was not asked for."""
    data = (await _answer(bot, p.command("paragraphe", numero="29, 31")))["data"]
    assert data["embeds"][0]["title"] == "OP29, OP31 · 2 passages"
    assert "components" not in data or data["components"] == []  # one page: no buttons


async def test_search_pages_walk_every_result_with_a_true_total(bot, discord_replies):
    """/cherche coopération: every match, five a page, in the ranking's order; the total is all of them."""
    ranked = [h.id for h in discord_replies.service.search("coopération", limit=None).hits]
    count = -(-len(ranked) // 5)
    first = (await _answer(bot, p.command("cherche", requete="coopération")))["data"]
    pages = await bot.pages(first, user_id=p.OTHER_USER_ID)
    assert len(pages) == count > 10  # past the ten pages (50 hits) the buttons used to stop at
    shown = [
        line.split(" · ")[0].strip("*")
        for b in pages
        for line in b["embeds"][0]["description"].splitlines()
        if line.startswith("**")
    ]
    assert shown == ranked
    assert [_footer(b) for b in pages] == [
        f"page {k}/{count} · {len(ranked)} résultats · A/HRC/RES/56/2" for k in range(1, count + 1)
    ]


async def test_private_pages_turn_for_their_owner_alone(bot):
    """prive:true: the pages are ephemeral and their buttons carry the owner; anyone else is refused."""
    body = await _answer(bot, p.command("paragraphe", numero="1-37", prive=True))
    data = body["data"]
    assert data["flags"] == 64
    owned = f"pg:2:{p.USER_ID}:paragraphe:1-37"
    assert p.custom_ids(data) == [owned]
    refused = await _click(bot, data, owned, user_id=p.OTHER_USER_ID)
    assert refused["type"] == 4
    assert refused["data"]["flags"] == 64
    assert refused["data"]["embeds"][0]["title"] == "Bouton réservé"
    turned = await _click(bot, data, owned, user_id=p.USER_ID)
    assert turned["type"] == 7
    assert _footer(turned["data"]).startswith("page 2/8")
    assert p.custom_ids(turned["data"]) == [
        f"pg:1:{p.USER_ID}:paragraphe:1-37",
        f"pg:3:{p.USER_ID}:paragraphe:1-37",
    ]


async def test_public_pages_turn_for_everyone(bot):
    """A public reply's pages turn for any member of the channel."""
    data = (await _answer(bot, p.command("references")))["data"]
    pages = await bot.pages(data, user_id=p.OTHER_USER_ID)
    assert len(pages) == 2
    assert all(b["embeds"][0]["title"] == "Documents cités" for b in pages)


async def test_the_whole_vote_is_one_message_with_its_chart(bot):
    """/vote: the chart uploaded with one message; no follow-up."""
    requests = await bot.send(p.command("vote"))
    assert len(requests) == 1
    assert requests[0].files == ["vote_A_HRC_RES_56_2.png"]


async def test_values_with_colons_travel_escaped(bot, discord_replies):
    """A query holding « : » and « % » is escaped in the id and read back intact."""
    query = "coopération : 100%"
    first = (await _answer(bot, p.command("cherche", requete=query)))["data"]
    [next_id] = p.custom_ids(first)
    assert next_id == "pg:2:0:cherche:coopération %3A 100%25:tout"
    page = await _click(bot, first, next_id)
    assert page["data"]["embeds"][0]["title"] == "Recherche\u00a0: «\u00a0coopération : 100%\u00a0»"
    assert _footer(page["data"]).startswith("page 2/")


async def test_a_question_too_long_for_an_id_pages_from_memory_until_a_restart(bot, discord_replies):
    """Options longer than a custom id stay in the process (a digest in the id); after a restart,
    the click is told to run the command again, in French."""
    question = "Que disent les paragraphes 1 à 37 de la résolution sur la coopération internationale ?"
    first = (await _answer(bot, p.command("question", texte=question)))["data"]
    [next_id] = [i for i in p.custom_ids(first) if i.startswith("pg:")]
    assert next_id.startswith("pg:2:0:#")
    assert len(next_id) <= 100
    pages = await bot.pages(first)
    text = "\n".join(b["embeds"][0]["description"] for b in pages)
    assert all(f"**OP{n} ·**" in text for n in range(1, 38))
    restarted = await start(discord_replies, settings=study_settings())
    try:
        expired = await _click(restarted, first, next_id)
    finally:
        await restarted.bot.close()
    assert expired["type"] == 4
    assert expired["data"]["flags"] == 64
    assert expired["data"]["embeds"][0]["title"] == "Pages expirées"


@pytest.mark.parametrize(
    ("custom_id", "title"),
    [
        ("pg:0:0:cherche:droits:tout", "Bouton inconnu"),
        ("pg:2:0:inconnue:droits", "Bouton inconnu"),
        ("pg:2:0:cherche:droits", "Bouton inconnu"),
        ("pg:2:0:quiz:x:y:z:w", "Bouton inconnu"),
        ("pg:2:x:cherche:droits:tout", "Bouton inconnu"),
        ("pg:2:0:#0123456789abcdef", "Pages expirées"),
        ("pg:2:0:cherche:droits:milieu", "Partie inconnue"),
    ],
)
async def test_forged_page_ids_are_answered_in_french(bot, custom_id, title):
    """A forged page id gets a private French answer, never silence or an internal error."""
    body = await _click(bot, _holding(custom_id), custom_id)
    assert body["type"] == 4
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == title


async def test_a_page_past_the_end_shows_the_last_page(bot):
    """pg:999 (a stale or forged number) shows the last page rather than failing."""
    body = await _click(bot, _holding("pg:999:0:paragraphe:1-37"), "pg:999:0:paragraphe:1-37")
    assert body["type"] == 7
    assert _footer(body["data"]).startswith("page 8/8")


def test_page_button_template_is_stable():
    """The ids discord.py routes to the page buttons: changing it would orphan every paged message."""
    from bot.discord_app.views.pages import PageButton

    assert PageButton.__discord_ui_compiled_template__.pattern == r"pg:(?P<state>.{0,97})"


async def test_emoji_count_twice_towards_the_id_limit(bot):
    """A query whose id fits in characters but not in UTF-16 units goes to memory, not to Discord."""
    query = "droits " + "🇫🇷" * 20  # 47 characters (a flag is two), 87 UTF-16 units
    custom_id = f"pg:2:0:cherche:{query}:tout"
    assert len(custom_id) <= 100 < len(custom_id.encode("utf-16-le")) // 2
    first = (await _answer(bot, p.command("cherche", requete=query)))["data"]
    next_id = p.next_page(first)
    assert next_id is not None
    assert next_id.startswith("pg:2:0:#")
    page = await _click(bot, first, next_id)
    assert _footer(page["data"]).startswith("page 2/")


def test_page_sources_forget_the_oldest_first():
    """The memory of long sources is bounded: past its size, the oldest digest is forgotten."""
    from bot.commands.paging import PageSource

    sources = PageSources(size=2)
    first = sources.keep(PageSource("question", ("a",)))
    second = sources.keep(PageSource("question", ("b",)))
    third = sources.keep(PageSource("question", ("c",)))
    assert sources.get(first) is None
    assert sources.get(second) == PageSource("question", ("b",))
    assert sources.get(third) == PageSource("question", ("c",))
