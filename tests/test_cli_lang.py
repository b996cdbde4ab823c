"""``--lang en`` on the command line and in the console; French whatever the terminal's locale (issue 18)."""

import io
import json
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.test_cli import run_program

ROOT = Path(__file__).resolve().parents[1]
OFFICIAL = "Quotes: official French text."
ENGLISH_TERMINAL = {"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en_US:en"}


@pytest.fixture(autouse=True)
def _no_token(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "")


def test_lang_en_answers_in_english(capsys):
    """--lang en, before or after the command: English frame, the French quote labelled."""
    assert main(["--lang", "en", "paragraphe", "29"]) == 0
    before = capsys.readouterr().out
    assert main(["paragraphe", "29", "--lang=en"]) == 0
    after = capsys.readouterr().out
    assert before == after
    assert before.startswith(f"OP29 · Operative paragraph 29\n\n{OFFICIAL}\n\nPrie tous les États")
    assert before.rstrip().endswith("adopted on 10 July 2024 · https://undocs.org/fr/A/HRC/RES/56/2")


def test_lang_en_errors_and_usage_in_english(capsys):
    """Bad input and a malformed command line are explained in English, with the same exit status."""
    assert main(["--lang", "en", "vote", "Atlantide"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Country not recognised\n\nI cannot find “Atlantide” among the countries I know.")
    assert main(["--lang", "en", "vote", "--png"]) == 2
    assert capsys.readouterr().err.startswith("Malformed command: argument --png: expected one argument.")
    assert main(["--lang", "en", "vote", "Atlantide", "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"].startswith("Country not recognised")


def test_lang_en_keeps_the_json_shapes(capsys):
    """JSON is data: the same keys and values in both languages (``vote``: pour, contre, abstention)."""
    assert main(["vote", "Argentine", "--json"]) == 0
    french = json.loads(capsys.readouterr().out)
    assert main(["--lang", "en", "vote", "Argentine", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == french
    assert french["vote"] == "abstention"


def test_lang_en_help_is_english(capsys):
    """``--help`` lists the commands with their English descriptions."""
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: resolution-bot")
    assert "Study resolution A/HRC/RES/56/2: exact quotes, search, vote." in out
    assert "Quote a paragraph word for word" in out


def test_french_stays_the_default_in_an_english_terminal():
    """No --lang: French, even under an English locale (LANG, LC_ALL, LANGUAGE)."""
    result = run_program([sys.executable, "-m", "bot"], "vote", "Italie", cwd=ROOT, **ENGLISH_TERMINAL)
    assert result.returncode == 0, result.stderr
    italy = (
        "L'Italie n'est pas membre du Conseil des droits de l'homme en 2024\u202f; elle n'a donc pas voté."
    )
    assert italy in result.stdout
    english = run_program(
        [sys.executable, "-m", "bot"], "--lang", "en", "vote", "Italie", cwd=ROOT, **ENGLISH_TERMINAL
    )
    assert "Italy was not a member of the Human Rights Council in 2024, so it did not vote." in (
        english.stdout
    )


def test_console_in_english_takes_the_english_names():
    """``console --lang en``: English greeting; /paragraph and part:preamble understood; /help in English."""
    lines = "/paragraph 29\n/search dialogue part:preamble\n/help\n/footnote 4\n/paragraphe 29\n/nope\n"
    stdout = io.StringIO()
    assert main(["console", "--lang", "en"], stdin=io.StringIO(lines), stdout=stdout) == 0
    text = stdout.getvalue()
    assert text.startswith("Offline console · resolution 56/2\n\nType a command as on Discord: /paragraph 29")
    assert "OP29 · Operative paragraph 29" in text
    assert "Search: “dialogue”" in text
    assert "Part: preamble" in text
    assert "/footnote 4: a footnote and the paragraph that calls it." in text
    assert "FN4 · Footnote 4" in text
    assert text.count("OP29 · Operative paragraph 29") == 2  # the French name still works
    assert "“nope” is not a command. Commands: /paragraph, /footnote, /search" in text


def test_console_in_french_reads_english_names_and_answers_in_french():
    """The French console takes the command names an English Discord client shows (/help, /paragraph:
    issue 18), but answers in French; its options keep their French names, its error lists too."""
    stdout = io.StringIO()
    lines = "/paragraph 29\n/search dialogue part:preamble\n/nope\n"
    assert main(["console"], stdin=io.StringIO(lines), stdout=stdout) == 0
    text = stdout.getvalue()
    assert "OP29 · Paragraphe 29 du dispositif" in text
    assert "Recherche\u00a0: «\u00a0dialogue part:preamble\u00a0»" in text
    assert "«\u00a0nope\u00a0» n'est pas une commande. Commandes\u00a0: /paragraphe, /note, /cherche" in text


def test_lang_en_search_limit_and_discord_only_commands(capsys):
    """--limit in English says « (the first 2) »; the English console names a Discord-only command."""
    assert main(["--lang", "en", "cherche", "coopération", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert " results (the first 2) · A/HRC/RES/56/2" in out
    assert main(["--lang", "en", "cherche", "coopération", "--limit", "1"]) == 0
    assert " results (the first) · A/HRC/RES/56/2" in capsys.readouterr().out
    stdout = io.StringIO()
    lines = "/leaderboard\n/classement\n"
    assert main(["console", "--lang", "en"], stdin=io.StringIO(lines), stdout=stdout) == 0
    text = stdout.getvalue()
    assert text.count("Discord-only command\n\n/leaderboard exists only on Discord: it needs a server") == 2
    assert "Offline, type /help for the console's commands." in text
    assert "Commande réservée" not in text
