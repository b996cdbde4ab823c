"""The Anki export, read back with the standard library alone: zip, then the collection's SQLite tables."""

import io
import json
import sqlite3
import zipfile
from datetime import UTC, datetime

import pytest

from bot.core.study.deck import deck_of
from bot.core.study.revision_models import ExportedCard
from bot.core.study.schedule import Stage
from bot.render import anki

WHEN = datetime(2026, 1, 7, 12, tzinfo=UTC)


def _exported(resolution, stages=None) -> list[ExportedCard]:
    deck = deck_of(resolution)
    return [ExportedCard(c, deck.paragraph_text(c), (stages or {}).get(c.id)) for c in deck.cards]


def _read(data: bytes, tmp_path) -> dict:
    """Unzip the package and read its notes, note type and deck from collection.anki2."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        assert json.loads(archive.read("media")) == {}
        path = tmp_path / "collection.anki2"
        path.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(path) as db:
        notes = db.execute("SELECT guid, mid, tags, flds FROM notes ORDER BY id").fetchall()
        cards = db.execute("SELECT nid, did FROM cards").fetchall()
        models, decks = db.execute("SELECT models, decks FROM col").fetchone()
    return {"notes": notes, "cards": cards, "models": json.loads(models), "decks": json.loads(decks)}


@pytest.fixture(scope="module")
def package(resolution, tmp_path_factory):
    """The whole deck exported, with two stages set, and read back."""
    stages = {"OP21:verbe": Stage.MATURE, "PP1:paragraphe": Stage.LEARNING}
    data = anki.apkg(_exported(resolution, stages), resolution.metadata, WHEN)
    return data, _read(data, tmp_path_factory.mktemp("apkg"))


def test_anki_one_note_a_card_with_the_five_fields(package, resolution):
    """Every card is one note and one Anki card, fields Recto, Réponse, Paragraphe, Texte, Carte."""
    _, read = package
    deck = deck_of(resolution)
    assert len(read["notes"]) == len(read["cards"]) == len(deck) == 276
    [model] = read["models"].values()
    assert [f["name"] for f in model["flds"]] == ["Recto", "Réponse", "Paragraphe", "Texte", "Carte"]
    fields = [note[3].split("\x1f") for note in read["notes"]]
    assert [f[4] for f in fields] == [c.id for c in deck.cards]  # in the order of the text
    assert all(len(f) == 5 for f in fields)


def test_anki_paragraph_text_is_verbatim(package, resolution):
    """Each paragraph card carries its paragraph id and the official text, character for character."""
    _, read = package
    by_card = {note[3].split("\x1f")[4]: note[3].split("\x1f") for note in read["notes"]}
    front, answer, paragraph, text, _ = by_card["OP21:verbe"]
    assert (paragraph, text) == ("OP21", resolution.get("OP21").text)
    assert answer == "Prie le Haut-Commissariat des Nations Unies aux droits de l'homme"
    assert front.startswith("OP21 — le Conseil … « de s'employer")
    for card_id, (_, _, pid, verbatim, _) in by_card.items():
        if pid:
            assert verbatim == resolution.get(pid).text, card_id
    vote = by_card["vote:pays:france"]
    assert (vote[1], vote[2]) == ("contre", "")
    assert vote[3].startswith("France (Europe occidentale et autres États) : contre.")


def test_anki_tags_name_kind_paragraph_and_stage(package):
    """Tags: the kind of card, its paragraph, and the member's stage (or « a_commencer »)."""
    _, read = package
    tags = {note[3].split("\x1f")[4]: sorted(note[2].split()) for note in read["notes"]}
    assert tags["OP21:verbe"] == ["OP21", "mature", "verbe"]
    assert tags["PP1:paragraphe"] == ["PP1", "apprentissage", "paragraphe"]
    assert tags["vote:groupe:eeg"] == ["a_commencer", "vote_groupe"]


def test_anki_ids_are_stable_across_exports(package, resolution, tmp_path):
    """Same model, deck and note guids on a later export of fewer cards: Anki updates, never duplicates."""
    _, first = package
    later = anki.apkg(_exported(resolution)[:3], resolution.metadata, datetime(2026, 3, 1, tzinfo=UTC))
    second = _read(later, tmp_path)
    assert (
        set(second["models"])
        == set(first["models"])
        == {str(anki.stable_id("A/HRC/RES/56/2 modèle de carte"))}
    )
    deck_id = str(anki.stable_id("A/HRC/RES/56/2 paquet"))
    assert deck_id in second["decks"]
    assert second["decks"][deck_id]["name"] == "Résolution 56/2 (A/HRC/RES/56/2)"
    assert {c[1] for c in second["cards"]} == {int(deck_id)}
    assert [n[0] for n in second["notes"]] == [n[0] for n in first["notes"][:3]]
    assert len({n[0] for n in first["notes"]}) == 276
    assert anki.filename(resolution.metadata) == "revision_A_HRC_RES_56_2.apkg"
