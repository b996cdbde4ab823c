"""Questions against the stand-in: a mention over the gateway, /question and the message menu."""

from __future__ import annotations

from tests import discord_payloads as p
from tests.harness import discord_replies

MENU = "Chercher dans la résolution"


def _verbatim(paragraph):
    verb = paragraph.verb or ""
    return f"*{verb}*{paragraph.text[len(verb) :]}" if verb else paragraph.text


def test_e2e_mention_is_answered_in_reply(standin, running):
    """MESSAGE_CREATE « @bot que dit le §29 ? »: a reply to it, no ping, OP29 verbatim, its button."""
    op29 = discord_replies().service.paragraphs("29")[0]
    ignored = p.message("que dit le §29 ?")
    question = p.mention("que dit le §29 ?")
    standin.post(ignored)
    standin.post(question)
    call = standin.replies_to(question)
    assert call.path == f"/channels/{p.CHANNEL_ID}/messages"
    body = call.body
    assert body["message_reference"]["message_id"] == int(question["id"])
    assert body["message_reference"]["channel_id"] == p.CHANNEL_ID
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    [embed] = body["embeds"]
    assert embed["title"] == "Question\u00a0: «\u00a0que dit le §29 ?\u00a0»"
    assert embed["description"].startswith(f"**OP29 ·** {_verbatim(op29)}")
    assert embed["description"].endswith("Références\u00a0: OP29")
    assert p.custom_ids(body) == ["rb:o:OP29"]
    # The message without a mention, sent first, was ignored.
    replied = [(c.body or {}).get("message_reference", {}).get("message_id") for c in standin.calls]
    assert int(ignored["id"]) not in replied


def test_e2e_question_and_reference_button(standin, running):
    """/question answers publicly with the reference button, which opens OP29 for the clicker alone."""
    data = standin.interact(p.command("question", texte="Que dit le §29 ?")).body["data"]
    assert data["allowed_mentions"] == {"parse": []}
    assert "flags" not in data or data["flags"] & 64 == 0
    assert p.custom_ids(data) == ["rb:o:OP29"]
    opened = standin.interact(p.button(p.message_from(data), "rb:o:OP29", user_id=p.OTHER_USER_ID)).body
    assert opened["data"]["flags"] == 64
    assert opened["data"]["embeds"][0]["title"] == "OP29 · Paragraphe 29 du dispositif"


def test_e2e_message_menu(standin, running):
    """The message menu answers the target's text privately; a target without text gets French."""
    target = p.message("Qui a voté contre ?", author_id=p.OTHER_USER_ID)
    answer = standin.interact(p.message_command(MENU, target)).body
    assert answer["type"] == 4
    assert answer["data"]["flags"] == 64
    assert answer["data"]["embeds"][0]["title"] == "Question\u00a0: «\u00a0Qui a voté contre ?\u00a0»"
    empty = standin.interact(p.message_command(MENU, p.message("", author_id=p.OTHER_USER_ID))).body
    assert empty["data"]["flags"] == 64
    assert empty["data"]["embeds"][0]["title"] == "Ce message n'a pas de texte"


def _seen(standin, payload):
    """What the member saw: the callback's message, or if the bot deferred (busy), its follow-up."""
    callback = standin.answer(payload)
    if callback.body["type"] in (4, 7):
        return callback.body["data"]
    token = f"/webhooks/{p.APP_ID}/{payload['token']}"
    return standin.wait_for(lambda: next((c for c in standin.calls if c.path.startswith(token)), None)).body


def test_e2e_round24_members_at_once(standin, running):
    """Three members of a study group at once: two questions in one mention, an own-language name
    and a span with « jusqu'à », each answered to its asker with no ping."""
    both = p.mention("la Chine a voté comment et le para 5 c quoi ?")
    standin.post(both)
    brasil_asked = p.command("question", user_id=p.OTHER_USER_ID, texte="Brasil a voté quoi ?")
    span_asked = p.command("paragraphe", numero="20 jusqu'à 23")
    standin.send(brasil_asked)
    standin.send(span_asked)
    brasil, span = _seen(standin, brasil_asked), _seen(standin, span_asked)
    [embed] = standin.replies_to(both).body["embeds"]
    assert "**OP5 ·**" in embed["description"]
    assert "**Chine**" in embed["description"]
    assert embed["description"].endswith("Références\u00a0: OP5")
    assert brasil["embeds"][0]["description"].startswith("Le **Brésil** a voté **pour**")
    assert brasil["allowed_mentions"] == {"parse": []}
    titles = " ".join(e["title"] for e in span["embeds"])
    assert "OP20" in titles
    assert "OP23" in titles


def test_e2e_round24_hostile_member_gets_both_answers_and_pings_nobody(standin, running):
    """A hostile member asks two lookups wrapped in @everyone, a role ping and markdown, while
    another asks a plain vote: both are answered, nobody is pinged, the markup stays text."""
    hostile = p.mention("@everyone <@&42> **la Chine** a voté comment ||et|| le para 5 c quoi ? `rm -rf`")
    plain = p.mention("Nihon a voté quoi ?", author_id=p.OTHER_USER_ID)
    standin.post(hostile)
    standin.post(plain)
    body = standin.replies_to(hostile).body
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    [embed] = body["embeds"]
    assert "**OP5 ·**" in embed["description"]
    assert "**Chine**" in embed["description"]
    assert "@everyone" not in embed["title"].replace("@\u200beveryone", "")
    [other] = standin.replies_to(plain).body["embeds"]
    assert other["description"].startswith("Le **Japon** a voté **contre**")


def test_e2e_round25_members_compare_votes_and_check_a_paragraph_at_once(standin, running):
    """Three members at once: two votes compared in a mention, a claim of a named paragraph through
    /question, and a Darija vote question; each answered to its asker with no ping."""
    compared = p.mention("Roumanie et Bulgarie, même vote ?")
    darija = p.mention("Malawi w Maldives chno sowtou ?", author_id=p.OTHER_USER_ID)
    standin.post(compared)
    standin.post(darija)
    claim_asked = p.command("question", texte="Le §12 prévoit-il un mécanisme d'alerte précoce ?")
    standin.send(claim_asked)
    claim = _seen(standin, claim_asked)
    [same] = standin.replies_to(compared).body["embeds"]
    assert same["description"].startswith("Oui\u00a0: ils ont voté de la même façon.")
    assert "La **Roumanie** a voté **contre**" in same["description"]
    assert "La **Bulgarie** a voté **contre**" in same["description"]
    [both] = standin.replies_to(darija).body["embeds"]
    assert both["description"].startswith("Le **Malawi** a voté **pour**")
    assert "Les **Maldives** ont voté **pour**" in both["description"]
    declined = claim["embeds"][0]["description"]
    assert declined.startswith("La résolution ne répond pas à cette question\u00a0: OP12 ne le dit pas")
    assert claim["allowed_mentions"] == {"parse": []}


def test_e2e_round26_creole_why_a_quoted_phrase_and_a_hostile_member_at_once(standin, running):
    """Three members at once: an Antillean « pou kisa » (why) in a mention, a phrase quoted from a
    named paragraph through /question, and a hostile member's @everyone around a Creole group vote;
    each is answered to its asker, declined where the text does not say, and nobody is pinged."""
    why = p.mention("pou kisa la Frans vote kont ?")
    hostile = p.mention(
        "@everyone **ki moun ki vote pou adan gwoup Afrik-la ?** <@&42>", author_id=p.OTHER_USER_ID
    )
    standin.post(why)
    standin.post(hostile)
    quoted_asked = p.command(
        "question", texte="OP13 « autres instruments internationaux pertinents » c'est lesquels ?"
    )
    standin.send(quoted_asked)
    quoted = _seen(standin, quoted_asked)
    [declined] = standin.replies_to(why).body["embeds"]
    assert declined["description"].startswith("La résolution ne répond pas à cette question")
    assert "Oui" not in declined["description"].split("\n")[0]
    assert "La **France** a voté **contre**" in declined["description"]
    body = standin.replies_to(hostile).body
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    [group] = body["embeds"]
    assert "Groupe Afrique (AFR)\u00a0: 13 pour" in group["description"]
    assert "@everyone" not in group["title"].replace("@\u200beveryone", "")
    text = quoted["embeds"][0]["description"]
    assert text.startswith("La résolution ne répond pas à cette question\u00a0: OP13 ne le dit pas")
    assert quoted["allowed_mentions"] == {"parse": []}


ANOTHER_MEMBER = 900000000000000104
A_HOSTILE_MEMBER = 900000000000000105


def test_e2e_round27_yes_first_a_misplaced_phrase_and_a_wrong_tally_at_once(standin, running):
    """Three members at once: « le texte parle du terrorisme ? » in a mention gets « Oui » first; a
    phrase said of the wrong paragraph through /question gets « Non » and the paragraph that holds
    it; a hostile member's wrong tally wrapped in @everyone is corrected, and nobody is pinged."""
    # Two members of their own: the stand-in's running bot limits each member's mentions a minute,
    # and the tests before this one already used the usual two.
    mention = p.mention("le texte parle du terrorisme ?", author_id=ANOTHER_MEMBER)
    hostile = p.mention(
        "@everyone **31 pour, 14 contre, 3 abstentions ?** <@&42>", author_id=A_HOSTILE_MEMBER
    )
    standin.post(mention)
    standin.post(hostile)
    misplaced_asked = p.command("question", texte="« continuer d'alimenter les fonds » c'est le 22 ?")
    standin.send(misplaced_asked)
    misplaced = _seen(standin, misplaced_asked)
    [yes] = standin.replies_to(mention).body["embeds"]
    assert yes["description"].startswith("**Oui**\u00a0: le texte en parle.")
    assert "OP14" in yes["description"]
    body = standin.replies_to(hostile).body
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    [tally] = body["embeds"]
    wrong = "Non\u00a0: le décompte n'est pas 31 pour, 14 contre et 3 abstentions."
    assert tally["description"].startswith(wrong)
    assert "@everyone" not in tally["title"].replace("@\u200beveryone", "")
    text = misplaced["embeds"][0]["description"]
    assert text.startswith(
        "**Non**\u00a0: «\u00a0continuer d'alimenter les fonds\u00a0» n'est pas dans OP22\u202f; "
        "ces mots sont dans OP23\u00a0:\n**OP23 ·** *Exhorte* les États à continuer d'alimenter les fonds"
    )
    assert misplaced["allowed_mentions"] == {"parse": []}


YET_ANOTHER_MEMBER = 900000000000000106
ANOTHER_HOSTILE_MEMBER = 900000000000000107


def test_e2e_round29_creole_a_vote_imagined_and_a_spoken_symbol_at_once(standin, running):
    """Three members at once: a Haitian Creole vote question with the asker's doubt after it gets
    Cuba's vote; a hostile member's vote imagined for a non-member, wrapped in @everyone, is
    declined beside what the record says, nobody pinged; a symbol said aloud through /question
    (« septante barre un ») gets 70/1 and the paragraphs citing it."""
    creole = p.mention(
        "eske Kiba te vote pou oswa kont ? jpense pour mais jsui pas sur", author_id=YET_ANOTHER_MEMBER
    )
    hostile = p.mention(
        "@everyone **si le Canada était membre, il voterait contre comme la France ?** <@&42>",
        author_id=ANOTHER_HOSTILE_MEMBER,
    )
    standin.post(creole)
    standin.post(hostile)
    spoken_asked = p.command("question", texte="la résolution septante barre un, c'est quoi son titre ?")
    standin.send(spoken_asked)
    spoken = _seen(standin, spoken_asked)
    [vote] = standin.replies_to(creole).body["embeds"]
    assert vote["description"].startswith("**Cuba** a voté **pour** la résolution 56/2.")
    body = standin.replies_to(hostile).body
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    [imagined] = body["embeds"]
    assert imagined["description"].startswith("La résolution ne répond pas à cette question")
    plain = imagined["description"].replace("**", "")
    assert "Le Canada n'est pas membre du Conseil en 2024\u00a0: il n'a donc pas voté." in plain
    assert "La France a voté contre (WEOG)." in plain
    assert "@everyone" not in imagined["title"].replace("@\u200beveryone", "")
    text = spoken["embeds"][0]["description"]
    assert "(A/RES/70/1)" in text
    assert "PP2" in text
    assert spoken["allowed_mentions"] == {"parse": []}
