"""/revision offline: the console and the command line review against a local SQLite file."""

import io
import json
import zipfile

from bot.cli import main
from bot.console import Console

SESSION = "/revision commencer\n\n3\n\n1\nq\n"


def _run(console: Console, text: str) -> str:
    out = io.StringIO()
    console.run(io.StringIO(text), out, interactive=False)
    return out.getvalue()


def test_offline_console_session_shows_grades_with_intervals_and_keeps_them(app, tmp_path):
    """Enter shows the answer, 3 is « Bien », 1 « À revoir », q stops; stats keep them after a restart."""
    transcript = _run(Console(app.replies, tmp_path), SESSION + "/revision stats\n")
    titles = [
        block.split("\n", 1)[0] for block in transcript.strip().split("\n\n") if block.startswith("Révision")
    ]
    assert titles[:5] == [
        "Révision · carte 1",
        "Révision · carte 1",
        "Révision · carte 2",
        "Révision · carte 2",
        "Révision · carte 3",
    ]
    assert "Entrée\xa0: voir la réponse · q\xa0: arrêter" in transcript
    assert (
        "1 À revoir (<1 min) · 2 Difficile (<6 min) · 3 Bien (<10 min) · 4 Facile (8 j) · q\xa0: arrêter"
        in transcript
    )
    assert app.service.resolution.get("PP1").text in transcript  # the answer, verbatim
    assert "2 cartes revues dans cette séance, dont 1 à revoir." in transcript
    assert "Révisions aujourd'hui\xa0: 2 · série\xa0: 1 jour d'affilée." in transcript
    again = _run(Console(app.replies, tmp_path), "/revision stats\n")  # a new process, the same file
    assert "Vos cartes\xa0: 2 sur 276\u202f; 0 nouvelle, 2 en apprentissage" in again
    assert (tmp_path / "revision.sqlite3").is_file()


def test_offline_console_q_stops_the_session_not_the_console(app, tmp_path):
    """« q » during a session ends it; the console goes on answering; /quitter still quits."""
    transcript = _run(
        Console(app.replies, tmp_path), "/revision commencer\nq\n/paragraphe 29\n/quitter\n/aide\n"
    )
    assert "Aucune carte revue dans cette séance." in transcript
    assert "OP29 · Paragraphe 29 du dispositif" in transcript
    assert "Aide" not in transcript


def test_offline_console_erase_needs_oui(app, tmp_path):
    """effacer asks; anything but « oui » cancels; « oui » erases the file's cards and reviews."""
    console = Console(app.replies, tmp_path)
    transcript = _run(console, SESSION + "/revision effacer\nnon\n/revision stats\n/revision effacer\noui\n")
    assert "Tapez «\xa0oui\xa0» pour confirmer\u202f; autre chose annule." in transcript
    assert "Effacement annulé" in transcript
    assert "Vos cartes\xa0: 2 sur 276" in transcript
    assert "2 cartes et 2 révisions supprimées." in transcript


def test_offline_console_unknown_action_is_explained(app, tmp_path):
    """An action /revision does not have names the ones it has."""
    transcript = _run(Console(app.replies, tmp_path), "/revision apprendre\n")
    actions = "commencer, reviser-tout, stats, export, effacer"
    assert f"«\xa0apprendre\xa0» n'est pas une action de /revision. Actions\xa0: {actions}." in transcript


def test_offline_cli_session_then_stats_json_then_export_then_erase(tmp_path, capsys):
    """resolution-bot revision: the same session from stdin; stats --json; an .apkg file; effacer --oui."""
    base = str(tmp_path / "revision.sqlite3")
    out = io.StringIO()
    assert main(["revision", "--base", base], stdin=io.StringIO("\n3\nq\n"), stdout=out) == 0
    assert "Révision · carte 2" in out.getvalue()
    figures = io.StringIO()
    assert main(["revision", "stats", "--json", "--base", base], stdout=figures) == 0
    data = json.loads(figures.getvalue())
    assert (data["reviews_today"], data["learning"], data["deck_size"], data["streak"]) == (1, 1, 276, 1)
    assert 0 < data["next_in_seconds"] <= 600  # « Bien » on a new card: back within ten minutes
    package = tmp_path / "mes-cartes.apkg"
    written = io.StringIO()
    assert (
        main(["revision", "export", "--sortie", str(package), "--json", "--base", base], stdout=written) == 0
    )
    assert json.loads(written.getvalue()) == {"file": str(package), "cards": 1, "everything": False}
    with zipfile.ZipFile(package) as archive:
        assert "collection.anki2" in archive.namelist()
    everything = io.StringIO()
    assert (
        main(["revision", "export", "--toutes", "--sortie", str(package), "--base", base], stdout=everything)
        == 0
    )
    assert "Export Anki · 276 cartes" in everything.getvalue()
    erased = io.StringIO()
    assert main(["revision", "effacer", "--oui", "--base", base], stdout=erased) == 0
    assert "1 carte et 1 révision supprimées." in erased.getvalue()
    empty = io.StringIO()
    assert main(["revision", "export", "--json", "--base", base], stdout=empty) == 2
    assert json.loads(empty.getvalue())["code"] == "revision_vide"


def test_offline_cli_json_of_a_session_is_refused(tmp_path):
    """A session is for a terminal: commencer --json is bad input (exit 2), nothing reviewed."""
    out = io.StringIO()
    assert main(["revision", "commencer", "--json", "--base", str(tmp_path / "r.sqlite3")], stdout=out) == 2
    assert json.loads(out.getvalue())["code"] == "option_invalide"


def test_offline_console_in_english_takes_english_actions(app, tmp_path):
    """--lang en: English replies, English action names (« start », « erase »), « yes » confirms."""
    console = Console(app.replies_for(markup=False, lang="en"), tmp_path)
    transcript = _run(console, "/review start\n\n3\nq\n/review erase\nyes\n/review fly\n")
    assert "Enter: show the answer · q: stop" in transcript
    assert "1 Again (<1 min) · 2 Hard (<6 min) · 3 Good (<10 min) · 4 Easy (8 d) · q: stop" in transcript
    assert "1 card and 1 review deleted." in transcript
    assert "“fly” is not an action of /review. Actions: start, cram, stats, export, erase." in transcript
