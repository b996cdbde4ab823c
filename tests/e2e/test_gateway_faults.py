"""Gateway faults: a dropped connection, RECONNECT, INVALID_SESSION; the bot comes back and answers once."""

from __future__ import annotations

from tests import discord_payloads as p


def _answered_once(standin, payload) -> dict:
    """The one answer to ``payload``, checked after a later interaction is answered too.

    The bot answers in arrival order well within a later interaction's round trip, so a duplicate
    of the first answer would be recorded by then.
    """
    answer = standin.answer(payload)
    standin.interact(p.command("aide"))
    assert len(standin.callbacks_for(payload)) == 1, standin.paths()
    return answer.body


def test_reconnect_opcode_resumes_and_answers(standin, running):
    """op 7 RECONNECT: the bot closes, RESUMEs its session and answers again."""
    resumes = len(standin.resumes)
    identifies = len(standin.identifies)
    standin.op(7)
    standin.wait_for(lambda: len(standin.resumes) > resumes)
    assert len(standin.identifies) == identifies  # resumed, not a new session
    answer = standin.interact(p.command("paragraphe", numero="2"))
    assert answer.body["data"]["embeds"][0]["title"] == "OP2 · Paragraphe 2 du dispositif"


def test_resumable_invalid_session_resumes(standin, running):
    """op 9 with d=true: the session may be resumed, and is."""
    resumes = len(standin.resumes)
    standin.op(9, True)
    standin.wait_for(lambda: len(standin.resumes) > resumes)
    assert standin.interact(p.command("resolution")).body["type"] == 4


def test_invalid_session_reidentifies_at_the_same_gateway(standin, running):
    """op 9 with d=false: a fresh IDENTIFY (at the proxied gateway, not Discord's), then answers."""
    identifies, ready = len(standin.identifies), standin.ready_count
    standin.op(9, False)
    standin.wait_ready(ready + 1)
    assert len(standin.identifies) == identifies + 1
    assert standin.identifies[-1]["token"] == standin.token
    answer = standin.interact(p.command("paragraphe", numero="PP3"))
    assert answer.body["data"]["embeds"][0]["title"] == "PP3 · Alinéa 3 du préambule"


def test_interaction_sent_while_disconnected_is_replayed_and_answered_once(standin, running):
    """An interaction Discord sent while the bot was away arrives with RESUME's replay: one answer."""
    resumes = len(standin.resumes)
    standin.hold()
    standin.drop(4000)
    standin.wait_for(lambda: standin.connections == 1)  # the bot's new socket, held before HELLO
    missed = p.command("paragraphe", numero="3")
    standin.send(missed)
    assert not standin.callbacks_for(missed)
    standin.release()
    standin.wait_for(lambda: len(standin.resumes) > resumes)
    body = _answered_once(standin, missed)
    assert body["data"]["embeds"][0]["title"] == "OP3 · Paragraphe 3 du dispositif"


def test_interaction_in_flight_during_a_drop_is_answered_once(standin, running):
    """Sent just before the connection drops: answered over HTTP, never replayed into a second answer."""
    resumes = len(standin.resumes)
    in_flight = p.command("cherche", requete="coopération Sud-Sud")
    standin.send(in_flight)
    standin.drop(4000)
    standin.wait_for(lambda: len(standin.resumes) > resumes)
    body = _answered_once(standin, in_flight)
    assert body["type"] == 4
