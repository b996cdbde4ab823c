"""/revision in the real bot process, against the stand-in: commencer, grade, next card, stats, export."""

from __future__ import annotations

import asyncio
import io
import sqlite3
import zipfile

import pytest

from tests import discord_payloads as p
from tests.e2e.conftest import started
from tests.study.conftest import BACKENDS, PG_URL, reset_postgres

EPHEMERAL = 64


@pytest.fixture(params=BACKENDS)
def database_url(request) -> str:
    """'' for the default SQLite file in DATA_DIR, or the reset PostgreSQL test database."""
    if request.param == "sqlite":
        return ""
    if not PG_URL:
        pytest.fail("CI=true but TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL")
    asyncio.run(reset_postgres(PG_URL))
    return PG_URL


def revision(name: str, **options: bool) -> dict:
    """``/revision name`` as Discord sends a subcommand."""
    payload = p.command("revision")
    inner = [{"name": k, "type": 5, "value": v} for k, v in options.items()]
    payload["data"]["options"] = [{"name": name, "type": 1, "options": inner}]
    return payload


def embed(call) -> dict:
    return call.body["data"]["embeds"][0]


def test_e2e_revision_session_stats_and_export(standin, tmp_path, database_url):
    """commencer → « Voir la réponse » → « Bien » → the next card (after a restart) → stats → export."""
    data_dir = str(tmp_path / "data")
    bot = started(standin, DATA_DIR=data_dir, DATABASE_URL=database_url)
    try:
        first = standin.interact(revision("commencer"))
        assert (first.body["type"], first.body["data"]["flags"]) == (4, EPHEMERAL)
        assert embed(first)["title"] == "Révision · carte 1"
        [show] = p.custom_ids(first.body["data"])
        session = show.split(":")[2]
        answer = standin.interact(p.button(p.message_from(first.body["data"]), show))
        assert answer.body["type"] == 7
        description = embed(answer)["description"]
        assert "PP1 : Réaffirmant sa volonté de promouvoir la coopération internationale" in description
        grades = [c["label"] for row in answer.body["data"]["components"] for c in row["components"]]
        assert grades[:3] == ["À revoir · <1 min", "Difficile · <6 min", "Bien · <10 min"]
        good = f"rv:g:b:{session}:0"
        assert good in p.custom_ids(answer.body["data"])
        following = standin.interact(p.button(p.message_from(answer.body["data"]), good))
        assert embed(following)["title"] == "Révision · carte 2"
        assert p.custom_ids(following.body["data"]) == [f"rv:v:{session}:1"]
    finally:
        assert bot.stop() == 0, bot.stderr[-4000:]
    assert "Traceback" not in bot.stderr, bot.stderr[-4000:]

    restarted = started(standin, DATA_DIR=data_dir, DATABASE_URL=database_url)
    try:
        # The second card's button, pressed on the message the first process sent.
        second = standin.interact(p.button(p.message_from(following.body["data"]), f"rv:v:{session}:1"))
        assert embed(second)["title"] == "Révision · carte 2"
        assert "**Réponse**\xa0: Article" in embed(second)["description"]

        figures = standin.interact(revision("stats"))
        assert figures.body["data"]["flags"] == EPHEMERAL
        text = embed(figures)["description"]
        assert "Révisions aujourd'hui\xa0: 1 · série\xa0: 1 jour d'affilée." in text
        assert "Vos cartes\xa0: 1 sur 276\u202f; 0 nouvelle, 1 en apprentissage" in text

        export = standin.interact(revision("export"))
        assert (embed(export)["title"], export.body["data"]["flags"]) == ("Export Anki · 1 carte", EPHEMERAL)
        assert export.body["_files"] == ["revision_A_HRC_RES_56_2.apkg"]
        package = export.body["_contents"]["revision_A_HRC_RES_56_2.apkg"]
    finally:
        assert restarted.stop() == 0, restarted.stderr[-4000:]
    assert "Traceback" not in restarted.stderr, restarted.stderr[-4000:]
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        [(fields, tags)] = db.execute("SELECT flds, tags FROM notes").fetchall()
    front, reply, paragraph, text, card_id = fields.split("\x1f")
    assert (reply, paragraph, card_id) == ("PP1", "PP1", "PP1:paragraphe")
    assert text.startswith("Réaffirmant sa volonté de promouvoir la coopération internationale, conformément")
    assert text.endswith("dans le domaine des droits de l'homme,")
    # The package keeps the generated front; the reply adds French no-break spaces around it.
    assert front == embed(first)["description"].replace("\xa0", " ").replace("\u202f", " ")
    assert sorted(tags.split()) == ["PP1", "apprentissage", "paragraphe"]
