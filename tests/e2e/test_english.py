"""An en-US walk through every command, the real bot against the stand-in (issue 18).

Each interaction carries ``"locale": "en-US"``, as Discord sends it for a client in American
English, and goes through discord.py's real gateway parsing and HTTP answers. Every reply must be
English: its exact title, an English sentence, and none of the French typography (no-break spaces
before « : ; ? ! ») that every French sentence of the bot carries. Quotes stay the official French.
"""

from __future__ import annotations

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import started

EN = "en-US"
OFFICIAL = "Quotes: official French text."
DAILY_CHANNEL = 900000000000000077
MANAGE_GUILD = str(1 << 5)
# French frame words none of the English replies may hold (outside quotes: checked where none is).
FRENCH = ("Paragraphe ", "Recherche", "Groupe régional", "Résultat", "a voté", "Réponse", "Séance", "Vos ")


@pytest.fixture(scope="module")
def english_bot(standin):
    bot = started(standin)
    yield bot
    assert bot.stop() == 0, bot.stderr[-4000:]


def _data(standin, payload) -> dict:
    """What the member saw: the callback's message, or, if the bot deferred (busy: CI's two cores
    once took over 1 s for a first /question), its follow-up, as tests/e2e/test_questions.py reads it."""
    body = standin.interact(payload).body
    assert body["type"] in (4, 5, 7), body
    if body["type"] == 5:
        token = f"/webhooks/{p.APP_ID}/{payload['token']}"
        body = {
            "data": standin.wait_for(
                lambda: next((c for c in standin.calls if c.path.startswith(token)), None)
            ).body
        }
    data = body["data"]
    assert data["allowed_mentions"] == {"parse": []}
    return data


def _text(data: dict) -> str:
    parts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        parts += [
            embed.get("title") or "",
            embed.get("description") or "",
            (embed.get("footer") or {}).get("text", ""),
        ]
    return "\n".join(parts)


def _english(data: dict, *, quotes: bool = False) -> str:
    text = _text(data)
    assert "\u00a0" not in text
    assert "\u202f" not in text
    if not quotes:
        assert not [word for word in FRENCH if word in text], text
    return text


def _labels(data: dict) -> list[str]:
    return [
        c.get("label") or c.get("emoji", {}).get("name", "")
        for row in data.get("components") or []
        for c in row["components"]
    ]


READ_ONLY = [
    ("paragraphe", {"numero": "29"}, "OP29 · Operative paragraph 29", OFFICIAL),
    ("note", {"numero": "4"}, "FN4 · Footnote 4", "**Called by OP20**: "),
    ("cherche", {"requete": "coopération Sud-Sud"}, "Search: “coopération Sud-Sud”", OFFICIAL),
    ("vote", {"pays": "France"}, "Vote: 🇫🇷 France", "🇫🇷 **France** voted **against** resolution 56/2."),
    (
        "vote",
        {"groupe": "GRULAC"},
        "Vote of the group Latin American and Caribbean States (GRULAC)",
        "**Abstained**: ",
    ),
    (
        "vote",
        {},
        "Recorded vote: 31 for, 14 against, 2 abstentions",
        "**By regional group (for · against · abstention)**",
    ),
    (
        "resolution",
        {},
        "Resolution 56/2: Renforcement de la coopération internationale dans le domaine des droits de "
        "l'homme",
        "**Adopted**: on 10 July 2024, at the 34th meeting",
    ),
    ("references", {"document": "70/1"}, "Documents cited: “70/1”", "cited in PP2, PP3"),
    ("question", {"texte": "What does §29 say?"}, "Question: “What does §29 say?”", OFFICIAL),
    (
        "question",
        {"texte": "Que demande le Conseil au Haut-Commissaire ?"},
        "Question: “Que demande le Conseil au Haut-Commissaire ?”",
        "The Council addresses “Haut-Commissaire” in 4 operative paragraphs (requests):",
    ),
    ("aide", {}, "Help: studying resolution 56/2", "**/paragraph** 29: a paragraph word for word."),
]


@pytest.mark.parametrize(
    ("name", "options", "title", "sentence"), READ_ONLY, ids=[f"{c[0]}-{i}" for i, c in enumerate(READ_ONLY)]
)
def test_e2e_english_read_only_commands(standin, english_bot, name, options, title, sentence):
    """Every read-only command answers an en-US client in English; quotes stay French, labelled."""
    data = _data(standin, p.command(name, locale=EN, **options))
    text = _english(data, quotes=sentence == OFFICIAL or name in ("note", "question"))
    assert data["embeds"][0]["title"] == title
    assert sentence in text
    assert bool(data.get("flags", 0) & 64) == (name == "aide")  # help is private by default


def test_e2e_english_buttons_and_menu(standin, english_bot):
    """« Cite », ▶ and the message menu answer an English client in English."""
    first = _data(standin, p.command("paragraphe", locale=EN, numero="29"))
    assert _labels(first) == ["OP28", "Cite", "OP30"]
    message = p.message_from(first)
    moved = _data(standin, p.button(message, "rb:p:OP30:0", locale=EN))
    assert moved["embeds"][0]["title"] == "OP30 · Operative paragraph 30"
    cited = _data(standin, p.button(message, "rb:c:OP29", locale=EN))
    assert "Human Rights Council, resolution 56/2 (A/HRC/RES/56/2), para. 29" in _english(cited)
    target = p.message("que dit le §29 ?", author_id=p.OTHER_USER_ID)
    menu = _data(standin, p.message_command("Chercher dans la résolution", target, locale=EN))
    assert menu["embeds"][0]["title"] == "Question: “que dit le §29 ?”"
    assert menu["flags"] == 64


def test_e2e_english_errors(standin, english_bot):
    """Bad input from an en-US client: English, private."""
    data = _data(standin, p.command("paragraphe", locale=EN, numero="99"))
    assert data["flags"] == 64
    assert data["embeds"][0]["title"] == "OP99 does not exist"
    assert _english(data).count("The operative part has paragraphs 1 to 37: there is no paragraph 99.") == 1


def test_e2e_english_study_commands(standin, english_bot):
    """/quiz, /leaderboard, /progress, /study and /paragraph-of-the-day, in English, buttons included."""
    quiz = _data(standin, p.command("quiz", locale=EN, questions=2))
    assert quiz["embeds"][0]["title"] == "Quiz · question 1 of 2"
    assert "One answer per person" in _english(quiz, quotes=True)
    assert _labels(quiz)[-1] == "Finish"
    message, ids = p.message_from(quiz), p.custom_ids(quiz)
    vote = _data(standin, p.button(message, ids[0], locale=EN))
    assert vote["embeds"][0]["title"] == "Answer recorded"
    # « Finish » edits the question's own message (deferred as an update); the reveal and the
    # scores are posted to the channel for everyone, in French (tests/e2e/test_quiz_lifecycle.py).
    finished = standin.interact(p.button(message, ids[-1], locale=EN)).body
    assert finished["type"] in (6, 7), finished

    board = _data(standin, p.command("classement", locale=EN))
    assert board["embeds"][0]["title"] == "Leaderboard · all time"
    assert " right answer" in _english(board)

    progress = _data(standin, p.subcommand("progres", "voir", locale=EN))
    assert progress["embeds"][0]["title"] == "Your progress"
    assert "/progress erase deletes your answers" in _english(progress)
    erase = _data(standin, p.subcommand("progres", "effacer", locale=EN))
    assert erase["embeds"][0]["title"] == "Erase your data?"
    assert _labels(erase) == ["Erase my data"]

    reading = _data(standin, p.subcommand("etude", "commencer", locale=EN, partie="dispositif"))
    assert reading["embeds"][0]["title"] == "Reading · 1 of 37 · Operative paragraph 1"
    assert _labels(reading)[1:] == ["Mark as read", "▶", "Finish"]
    assert OFFICIAL in _english(reading, quotes=True)
    resumed = _data(standin, p.subcommand("etude", "reprendre", locale=EN))
    assert resumed["embeds"][0]["title"] == "Reading · 1 of 37 · Operative paragraph 1"

    daily = p.subcommand("paragraphe-du-jour", "programmer", locale=EN, heure=8)
    daily["data"]["options"][0]["options"].insert(
        0, {"name": "canal", "type": 7, "value": str(DAILY_CHANNEL)}
    )
    daily["data"]["resolved"] = {"channels": {str(DAILY_CHANNEL): p.resolved_channel(DAILY_CHANNEL)}}
    daily["member"]["permissions"] = MANAGE_GUILD
    scheduled = _data(standin, daily)
    assert scheduled["embeds"][0]["title"] == "Paragraph of the day"
    assert (
        "Every day at 8:00, Europe/Paris time, the next paragraph in the text's order will be posted"
        f" in <#{DAILY_CHANNEL}>" in _english(scheduled)
    )
    stop = p.subcommand("paragraphe-du-jour", "arreter", locale=EN)
    stop["member"]["permissions"] = MANAGE_GUILD
    assert "No paragraph of the day on this server." in _english(_data(standin, stop))


def test_e2e_english_revision(standin, english_bot):
    """/review in English: the card, « Show answer », the grades with English intervals, the stats."""
    card = _data(standin, p.subcommand("revision", "commencer", locale=EN))
    assert card["embeds"][0]["title"] == "Review · card 1"
    assert OFFICIAL in _english(card, quotes=True)
    assert _labels(card) == ["Show answer"]
    shown = _data(standin, p.button(p.message_from(card), p.custom_ids(card)[0], locale=EN))
    assert "**Answer**: PP1" in _english(shown, quotes=True)
    assert _labels(shown) == ["Again · <1 min", "Hard · <6 min", "Good · <10 min", "Easy · 8 d"]
    stats = _data(standin, p.subcommand("revision", "stats", locale=EN))
    assert stats["embeds"][0]["title"] == "Review · your statistics"
    assert "Daily reminder: none (/review reminder)" in _english(stats)


def test_e2e_every_discord_command_was_walked():
    """The walk above covers every command an English client sees."""
    from bot.commands import catalog
    from bot.commands.spec import Surface

    walked = {name for name, *_ in READ_ONLY} | {
        "quiz",
        "classement",
        "progres",
        "etude",
        "paragraphe-du-jour",
        "revision",
    }
    assert {c.name for c in catalog.on(Surface.DISCORD)} == walked
