"""The real bot process against the stand-in: gateway, every command, autocomplete, buttons, restart."""

from __future__ import annotations

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import BotProcess

NONE = {"parse": []}
COMMANDS = [
    ("paragraphe", {"numero": "29"}, "OP29 · Paragraphe 29 du dispositif"),
    ("note", {"numero": "4"}, "FN4 · Note 4"),
    ("cherche", {"requete": "coopération Sud-Sud"}, "Recherche\u00a0: «\u00a0coopération Sud-Sud\u00a0»"),
    ("cherche", {"requete": "dialogue", "partie": "preambule"}, "Recherche\u00a0: «\u00a0dialogue\u00a0»"),
    ("vote", {"pays": "France"}, None),
    ("vote", {"groupe": "WEOG"}, None),
    ("vote", {}, None),
    ("resolution", {}, None),
    ("references", {"document": "70/1"}, None),
    ("references", {}, None),
    ("question", {"texte": "Que dit le §29 ?"}, "Question\u00a0: «\u00a0Que dit le §29 ?\u00a0»"),
    ("aide", {"prive": False}, None),
]


def test_e2e_bot_identifies_without_privileged_intents(standin, running):
    """The bot logged in over HTTP, fetched the gateway and identified with two unprivileged intents."""
    paths = standin.paths()
    assert paths[:3] == ["GET /users/@me", "GET /oauth2/applications/@me", "GET /gateway/bot"]
    identify = standin.identifies[-1]
    # GUILD_MESSAGES (1 << 9) and DIRECT_MESSAGES (1 << 12), for mentions; no privileged intent.
    assert identify["intents"] == (1 << 9) | (1 << 12)
    assert identify["shard"] == [0, 1]
    # No sync on start: registering commands is `resolution-bot sync`'s job.
    assert not [x for x in paths if x.startswith("PUT ")]


@pytest.mark.parametrize(
    ("name", "options", "title"), COMMANDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(COMMANDS)]
)
def test_e2e_every_command_answers(standin, running, name, options, title):
    """Each slash command, as a real INTERACTION_CREATE, gets one type-4 answer with embeds."""
    answer = standin.interact(p.command(name, **options))
    assert answer.body["type"] == 4
    data = answer.body["data"]
    assert data["allowed_mentions"] == NONE
    assert data["embeds"]
    assert "flags" not in data or data["flags"] & 64 == 0
    if title:
        assert data["embeds"][0]["title"] == title


def test_e2e_aide_is_private_by_default(standin, running):
    """/aide with no option answers the asker alone (flag 64)."""
    answer = standin.interact(p.command("aide"))
    assert answer.body["data"]["flags"] == 64
    assert answer.body["data"]["embeds"][0]["title"] == "Aide\u00a0: étudier la résolution 56/2"


def test_e2e_prive_is_ephemeral(standin, running):
    """prive:true answers with flag 64, in a DM of a user install too."""
    answer = standin.interact(p.command("paragraphe", where="dm", numero="PP3", prive=True))
    assert answer.body["data"]["flags"] == 64
    assert answer.body["data"]["embeds"][0]["title"] == "PP3 · Alinéa 3 du préambule"


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("paragraphe", {"numero": "99"}),
        ("paragraphe", {"numero": "abc"}),
        ("vote", {"pays": "Atlantide"}),
        ("cherche", {"requete": ""}),
        ("cherche", {"requete": "x" * 3000}),
    ],
    ids=["99", "abc", "Atlantide", "empty", "3000"],
)
def test_e2e_bad_input_gets_a_private_french_answer(standin, running, name, options):
    """Bad input: an ephemeral French explanation, nothing logged as an internal error."""
    answer = standin.interact(p.command(name, **options))
    data = answer.body["data"]
    assert data["flags"] == 64
    assert data["allowed_mentions"] == NONE
    assert data["embeds"][0]["title"] != "Erreur interne"
    assert data["embeds"][0]["description"]


def test_e2e_everyone_pings_nobody(standin, running):
    """@everyone in a query comes back defused, with mentions off."""
    data = standin.interact(p.command("cherche", requete="@everyone droits"))
    text = data.body["data"]["embeds"][0]["title"]
    assert "@everyone" not in text
    assert "@\u200beveryone" in text
    assert data.body["data"]["allowed_mentions"] == NONE


def test_e2e_autocomplete(standin, running):
    """Autocomplete answers type 8 with at most 25 choices."""
    numbers = standin.interact(p.autocomplete("paragraphe", "numero", "29")).body
    assert numbers["type"] == 8
    assert numbers["data"]["choices"][0]["value"] == "OP29"
    countries = standin.interact(p.autocomplete("vote", "pays", "etats")).body
    assert countries["data"]["choices"][0]["value"] == "États-Unis d'Amérique"
    groups = standin.interact(p.autocomplete("vote", "groupe", "afr")).body
    assert [c["value"] for c in groups["data"]["choices"]] == ["AFR"]
    everything = standin.interact(p.autocomplete("paragraphe", "numero", "")).body
    assert len(everything["data"]["choices"]) == 25


def test_e2e_buttons(standin, running):
    """▶ edits the message into the next paragraph; « Citer » answers the clicker alone."""
    first = standin.interact(p.command("paragraphe", numero="29")).body["data"]
    message = p.message_from(first)
    moved = standin.interact(p.button(message, "rb:p:OP30:0", user_id=p.OTHER_USER_ID)).body
    assert moved["type"] == 7
    assert moved["data"]["embeds"][0]["title"] == "OP30 · Paragraphe 30 du dispositif"
    cited = standin.interact(p.button(message, "rb:c:OP29", user_id=p.OTHER_USER_ID)).body
    assert cited["data"]["flags"] == 64 | 4  # private, and no link preview under the text to copy
    assert cited["data"]["content"] == (
        "Conseil des droits de l'homme, résolution 56/2 (A/HRC/RES/56/2), par. 29\n\n"
        "https://undocs.org/fr/A/HRC/RES/56/2"
    )


def test_e2e_gateway_drop_resumes_the_session(standin, running):
    """A server-side close (4000) makes the bot RESUME its session at resume_gateway_url, then answer."""
    resumes, connections = len(standin.resumes), standin.connections
    standin.drop(4000)
    resumed = standin.wait_for(
        lambda: standin.resumes[resumes:] if standin.connections == connections else None
    )
    assert resumed[0]["session_id"].startswith("session-")
    assert resumed[0]["token"] == standin.token  # sent to the gateway, as Discord requires; never logged
    answer = standin.interact(p.command("paragraphe", numero="1"))
    assert answer.body["data"]["embeds"][0]["title"] == "OP1 · Paragraphe 1 du dispositif"


def test_e2e_buttons_work_after_a_restart_and_sigterm_exits_cleanly(standin):
    """A message sent by one bot process is navigable from the next; SIGTERM exits 0 with close 1000."""
    ready = standin.ready_count
    first = BotProcess(standin)
    standin.wait_ready(ready + 1)
    data = standin.interact(p.command("cherche", requete="droits")).body["data"]
    message = p.message_from(data)
    [next_page] = p.custom_ids(data)
    closes = len(standin.close_codes)
    assert first.stop() == 0, first.stderr[-4000:]
    assert standin.wait_for(lambda: len(standin.close_codes) > closes)
    assert standin.close_codes[-1] == 1000
    assert standin.token not in first.stderr + first.stdout

    second = BotProcess(standin)
    try:
        standin.wait_ready(ready + 2)
        page = standin.interact(p.button(message, next_page)).body
        assert page["type"] == 7
        assert page["data"]["embeds"][0]["footer"]["text"].startswith("page 2/")
    finally:
        assert second.stop() == 0, second.stderr[-4000:]
    assert standin.token not in second.stderr
