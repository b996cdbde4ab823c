"""Long replies against the stand-in: one message, every page walked with ▶ over the gateway (issue 18)."""

from __future__ import annotations

from typing import Any

from tests import discord_payloads as p
from tests.e2e.standin import StandIn
from tests.harness import discord_replies


def _walk(standin: StandIn, first: dict[str, Any], user_id: int = p.USER_ID) -> list[dict[str, Any]]:
    """Click ▶ until the last page, as Discord would send each click; every page's message data."""
    pages = [first]
    message = p.message_from(first)
    while (custom_id := p.next_page(pages[-1])) is not None:
        body = standin.interact(p.button(message, custom_id, user_id)).body
        assert body["type"] == 7, body  # the same message, edited in place
        pages.append(body["data"])
        message = p.message_from(body["data"], message["id"])
    return pages


def _follow_ups(standin: StandIn, payload: dict[str, Any]) -> list[str]:
    """The messages the bot posted after answering ``payload`` (a burst of follow-ups)."""
    return [
        c.path
        for c in standin.calls
        if c.method == "POST" and payload["token"] in c.path and "/webhooks/" in c.path
    ]


def _footers(pages: list[dict[str, Any]]) -> list[str]:
    return [page["embeds"][0]["footer"]["text"] for page in pages]


def test_e2e_every_page_of_a_range(standin, running):
    """/paragraphe 1-37: one message, eight pages « page k/8 », each operative paragraph on one page."""
    command = p.command("paragraphe", numero="1-37")
    first = standin.interact(command).body["data"]
    pages = _walk(standin, first, user_id=p.OTHER_USER_ID)
    assert _follow_ups(standin, command) == []
    assert [f.split(" · ")[0] for f in _footers(pages)] == [f"page {k}/8" for k in range(1, 9)]
    assert {page["embeds"][0]["title"] for page in pages} == {"OP1 à OP37 · 37 passages"}
    text = "\n".join(page["embeds"][0]["description"] for page in pages)
    assert [text.count(f"**OP{n} ·**") for n in range(1, 38)] == [1] * 37
    assert all(page["allowed_mentions"] == {"parse": []} for page in pages)


def test_e2e_every_page_of_a_search(standin, running):
    """/cherche coopération: every match five a page, as the core ranks them; the true total on each."""
    ranked = [h.id for h in discord_replies().service.search("coopération", limit=None).hits]
    count = -(-len(ranked) // 5)
    command = p.command("cherche", requete="coopération")
    pages = _walk(standin, standin.interact(command).body["data"])
    assert _follow_ups(standin, command) == []
    assert _footers(pages) == [
        f"page {k}/{count} · {len(ranked)} résultats · A/HRC/RES/56/2" for k in range(1, count + 1)
    ]
    shown = [
        line.split(" · ")[0].strip("*")
        for page in pages
        for line in page["embeds"][0]["description"].splitlines()
        if line.startswith("**")
    ]
    assert shown == ranked
    # The first result carries the word typed, not only its stem (« coopérer »).
    assert "coopération" in discord_replies().service.resolution.get(ranked[0]).text


def test_e2e_private_pages_belong_to_their_owner(standin, running):
    """prive:true: ephemeral pages whose ▶ refuses another member and turns for the owner."""
    first = standin.interact(p.command("references", prive=True)).body["data"]
    assert first["flags"] == 64
    owned = p.next_page(first)
    assert owned == f"pg:2:{p.USER_ID}:references:"
    refused = standin.interact(p.button(p.message_from(first), owned, p.OTHER_USER_ID)).body
    assert (refused["type"], refused["data"]["flags"]) == (4, 64)
    assert refused["data"]["embeds"][0]["title"] == "Bouton réservé"
    pages = _walk(standin, first, user_id=p.USER_ID)
    assert _footers(pages)[-1].startswith("page 2/2 · ")
