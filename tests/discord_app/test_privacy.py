"""Private by default where it helps: /aide, every error, « Citer » as copyable text (issue 18)."""

import asyncio

import pytest

from bot.core.errors import UserError
from bot.discord_app import deferral
from tests import discord_payloads as p

EPHEMERAL = 64


async def _requests(bot, payload):
    return await bot.send(payload)


def _callback(requests):
    [callback] = [r for r in requests if r.path.endswith("/callback")]
    return callback.body


async def test_aide_is_private_by_default(bot):
    """/aide answers the asker alone unless asked otherwise: help does not clutter a study channel."""
    private = _callback(await _requests(bot, p.command("aide")))
    assert private["data"]["flags"] == EPHEMERAL
    public = _callback(await _requests(bot, p.command("aide", prive=False)))
    assert public["data"].get("flags", 0) & EPHEMERAL == 0
    assert public["data"]["embeds"][0]["title"] == private["data"]["embeds"][0]["title"]


async def test_aide_option_says_its_default(bot):
    """The option's description tells the default, in both languages."""
    from bot.commands import catalog

    option = catalog.BY_NAME["aide"].option("prive")
    assert option.default is True
    assert option.description.fr.endswith("(par défaut : oui)")
    assert option.description.en.endswith("(default: yes)")


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("paragraphe", {"numero": "99"}),
        ("note", {"numero": "9"}),
        ("cherche", {"requete": "dialogue", "partie": "milieu"}),
        ("vote", {"pays": "Atlantide"}),
        ("vote", {"groupe": "Atlantide"}),
        ("references", {"document": "Traité de Westphalie"}),
        ("question", {"texte": "   "}),
    ],
)
async def test_every_error_is_private_even_on_a_public_command(bot, name, options):
    """A public command's error answers the asker alone."""
    body = _callback(await _requests(bot, p.command(name, **options)))
    assert body["data"]["flags"] == EPHEMERAL


async def test_error_after_a_public_deferral_stays_private(bot, monkeypatch):
    """Past the one-second deferral of a public command, the public « thinking… » placeholder is
    deleted and the error follows privately: the first follow-up would otherwise replace it."""
    monkeypatch.setattr(deferral, "DEFER_AFTER", 0.01)

    def slow_then_fails(self, text):
        asyncio.run(asyncio.sleep(0.2))  # past DEFER_AFTER, in the answer thread
        raise UserError("question_vide")

    monkeypatch.setattr(type(bot.bot.replies.questions), "answer", slow_then_fails)
    requests = await _requests(bot, p.command("question", texte="que dit le §29 ?"))
    kinds = [(r.method, r.path.rsplit("/", 2)[-2:]) for r in requests]
    assert [r.body.get("type") for r in requests if r.path.endswith("/callback")] == [5]
    assert [r.body.get("data", {}).get("flags", 0) for r in requests if r.path.endswith("/callback")] == [0]
    deleted = [r for r in requests if r.method == "DELETE" and r.path.endswith("/messages/@original")]
    assert len(deleted) == 1, kinds
    [follow_up] = [r for r in requests if r.method == "POST" and r.path.startswith("/webhooks/")]
    assert requests.index(deleted[0]) < requests.index(follow_up)
    assert follow_up.body["flags"] == EPHEMERAL
    assert follow_up.body["embeds"][0]["title"] == "Quelle est votre question\u202f?"


async def test_error_after_a_private_deferral_needs_no_deletion(bot, monkeypatch):
    """A private command's placeholder is already private: the error simply follows it."""
    monkeypatch.setattr(deferral, "DEFER_AFTER", 0.01)

    def slow_then_fails(self, text):
        asyncio.run(asyncio.sleep(0.2))
        raise UserError("question_vide")

    monkeypatch.setattr(type(bot.bot.replies.questions), "answer", slow_then_fails)
    requests = await _requests(bot, p.command("question", texte="que dit le §29 ?", prive=True))
    assert not [r for r in requests if r.method == "DELETE"]
    [follow_up] = [r for r in requests if r.method == "POST" and r.path.startswith("/webhooks/")]
    assert follow_up.body["flags"] == EPHEMERAL
