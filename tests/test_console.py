"""The offline console gives the same answers as the matching subcommands (STYLE.md 5.4)."""

import io

import pytest

from bot.cli import main

# A console line and the subcommand that must print the same answer (None: no subcommand).
SESSION = [
    ("/paragraphe 29", ["paragraphe", "29"]),
    ("/vote France", ["vote", "France"]),
    ("/cherche coopération Sud-Sud", ["cherche", "coopération", "Sud-Sud"]),
    ("/note 4", ["note", "4"]),
    ("/resolution", ["resolution"]),
    ("/references 70/1", ["references", "70/1"]),
    ("/aide", None),
    ("/vote groupe:Afrique", ["vote", "--groupe", "Afrique"]),
    ("/cherche dialogue partie:preambule", ["cherche", "dialogue", "--partie", "preambule"]),
    ("/paragraphe 99", ["paragraphe", "99"]),
    ("/inconnue", None),
]
# More pairs checked one by one: commands without arguments, named options, a range.
EXTRA = [
    ("/vote", ["vote"]),
    ("/references", ["references"]),
    ("/vote pays:Chine", ["vote", "Chine"]),
    ("/paragraphe 29-31", ["paragraphe", "29-31"]),
    ("/paragraphe PP3", ["paragraphe", "PP3"]),
    ("/vote Atlantide", ["vote", "Atlantide"]),
    ("/cherche", ["cherche", ""]),
    # Discord's syntax, the text option named (issue 18).
    ("/paragraphe numero:29", ["paragraphe", "29"]),
    ("/vote pays:France", ["vote", "France"]),
    ("/cherche requete:coopération partie:preambule", ["cherche", "coopération", "--partie", "preambule"]),
    # A regional group typed where a country goes is the group (issue 18: « Guam ? » before).
    ("/vote GRULAC", ["vote", "--groupe", "GRULAC"]),
    ("/vote Europe orientale", ["vote", "--groupe", "EEG"]),
    ("/vote pays:weog", ["vote", "--groupe", "WEOG"]),
]
AFTER_QUIT = "/paragraphe 1"
COMMANDS = ["/paragraphe", "/note", "/cherche", "/vote", "/resolution", "/references", "/aide"]


@pytest.fixture(autouse=True)
def _no_token(monkeypatch):
    """Without a token in the environment, as on a student's laptop."""
    monkeypatch.setenv("DISCORD_TOKEN", "")  # also overrides a developer's .env


def _console(text: str) -> str:
    """Feed `text` to `resolution-bot console` in-process and return what it printed."""
    out = io.StringIO()
    assert main(["console"], stdin=io.StringIO(text), stdout=out) == 0
    return out.getvalue()


def _console_answer(line: str) -> str:
    """The console's answer to one line, without its greeting."""
    greeting = _console("")
    printed = _console(f"{line}\n")
    assert printed.startswith(greeting)
    answer = printed.removeprefix(greeting)
    assert answer.endswith("\n\n")
    return answer.removesuffix("\n\n")


def _subcommand_answer(argv: list[str], capsys) -> str:
    """What the subcommand prints: on stdout when it answers, on stderr when the input is bad."""
    capsys.readouterr()
    out = io.StringIO()
    status = main(argv, stdout=out)
    err = capsys.readouterr().err
    if status == 0:
        assert err == ""
        return out.getvalue().removesuffix("\n")
    assert status == 2
    assert out.getvalue() == ""
    return err.removesuffix("\n")


@pytest.mark.parametrize(
    ("line", "argv"), [pair for pair in SESSION + EXTRA if pair[1] is not None], ids=lambda v: str(v)
)
def test_console_answers_like_subcommand(line, argv, capsys):
    """Each console command prints exactly what the matching subcommand prints."""
    expected = _subcommand_answer(argv, capsys)
    assert expected.strip()
    assert _console_answer(line) == expected


def test_console_session_answers_in_order_until_quit(capsys):
    """A scripted session answers every line in order, errors included, and stops at /quitter."""
    script = "".join(f"{line}\n" for line, _ in SESSION) + f"/quitter\n{AFTER_QUIT}\n"
    answers = [_subcommand_answer(argv, capsys) if argv else _console_answer(line) for line, argv in SESSION]
    expected = _console("") + "".join(f"{answer}\n\n" for answer in answers)
    transcript = _console(script)
    assert transcript == expected
    quoted_after_quit = _subcommand_answer(AFTER_QUIT.removeprefix("/").split(), capsys)
    assert quoted_after_quit.split("\n\n")[1] not in transcript


def test_console_greeting_is_french():
    """The console greets in French and says how to get help and how to quit."""
    greeting = _console("")
    assert "Console hors ligne" in greeting
    assert "/aide" in greeting
    assert "/quitter" in greeting


def test_console_aide_lists_every_command():
    """/aide names every console command."""
    answer = _console_answer("/aide")
    assert [c for c in COMMANDS if c not in answer] == []
    assert answer.startswith("Aide")


def test_console_unknown_command_answers_in_french():
    """An unknown command is answered in French, naming the input and the valid commands."""
    answer = _console_answer("/inconnue")
    assert "«\u00a0inconnue\u00a0» n'est pas une commande" in answer
    assert [c for c in COMMANDS if c not in answer] == []
    assert "Traceback" not in answer


def test_console_bad_input_answers_in_french_and_continues():
    """A bad reference, country or query is answered in French and the next command still runs."""
    lines = ["/paragraphe 99", "/vote Atlantide", "/cherche", "/note 9", "/paragraphe 29"]
    transcript = _console("".join(f"{line}\n" for line in lines))
    assert "il n'y a pas de paragraphe 99" in transcript
    assert "Je ne trouve pas «\u00a0Atlantide\u00a0»" in transcript
    assert "Que cherchez-vous\u202f?" in transcript
    assert "il n'y a pas de note 9" in transcript
    assert transcript.rstrip().endswith(_console_answer("/paragraphe 29").rstrip())
    assert "Prie tous les États" in transcript


def test_console_help_is_aide():
    """/help, the name Discord shows in English, is /aide."""
    assert _console_answer("/help") == _console_answer("/aide")


@pytest.mark.parametrize(
    "line", ["/classement", "/leaderboard", "/etude commencer", "/progres voir", "/paragraphe-du-jour"]
)
def test_console_discord_only_commands_say_so(line):
    """A command /aide lists for Discord only is not « inconnue »: the console says where it lives."""
    answer = _console_answer(line)
    name = line.split()[0]
    command = "/classement" if name == "/leaderboard" else name
    assert answer.startswith("Commande réservée à Discord\n\n")
    assert f"{command} n'existe que sur Discord" in answer
    assert "n'est pas une commande" not in answer


def test_console_aide_names_no_command_the_console_calls_unknown():
    """Every /command /aide names is a console command or says it is Discord's, never « inconnue »."""
    import re

    named = set(re.findall(r"(?<![\w/])/([a-z][a-z-]*)", _console_answer("/aide")))
    assert {"classement", "paragraphe", "cherche"} <= named
    for name in named - {"quitter"}:
        assert "n'est pas une commande" not in _console_answer(f"/{name}"), name


def test_console_stops_at_end_of_input():
    """Without /quitter, the console stops at end of input and returns 0."""
    transcript = _console("/note 4")
    assert "A/HRC/55/78." in transcript


def test_console_quiz_prints_a_round_with_answers():
    """/quiz offline prints a generated round, each question with its answer and paragraph."""
    text = _console_answer("/quiz partie:dispositif")
    assert text.startswith("Quiz · 5 questions · graine ")
    assert text.count("Réponse\u00a0: ") == 5


def test_console_quiz_bad_part_is_explained():
    """An unknown part gets the French error, not a traceback."""
    text = _console_answer("/quiz partie:rien")
    assert "rien" in text
    assert "Traceback" not in text
