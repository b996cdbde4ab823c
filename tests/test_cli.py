"""The real command line, run as a subprocess from an unrelated directory (DESIGN.md, CLI)."""

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TEXT = CORPUS / "A_HRC_RES_56_2.fr.txt"
SENTINEL = "sentinel-token-value"
TOTALS = {"pour": 31, "contre": 14, "abstention": 2}


def _raw_operative(number: int) -> str:
    """The source line of an operative paragraph, number and italic asterisks removed."""
    prefix = f"{number}. "
    (line,) = [line for line in TEXT.read_text(encoding="utf-8").splitlines() if line.startswith(prefix)]
    return line.removeprefix(prefix).replace("*", "")


def _source_votes() -> dict[str, str]:
    """Country → vote, read straight from the bracketed vote block of the source text."""
    headings = {"Ont voté pour :": "pour", "Ont voté contre :": "contre", "Se sont abstenus :": "abstention"}
    votes: dict[str, str] = {}
    current = None
    for line in TEXT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in headings:
            current = headings[line]
        elif current and line and line[0] not in "¹²³⁴⁵":
            for name in line.rstrip(".]").split(", "):
                votes[name] = current
            current = None
    return votes


def _group_members(code: str) -> set[str]:
    """The Council members of one regional group, from the corpus' group table."""
    with (CORPUS / "groupes_regionaux_2024.csv").open(encoding="utf-8") as handle:
        return {row["pays"] for row in csv.DictReader(handle) if row["code_groupe"] == code}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty directory far from the checkout, used as the working directory."""
    return tmp_path_factory.mktemp("elsewhere")


@pytest.fixture(scope="module")
def cli(workdir: Path):
    """Run `python -m bot ARGS` in the empty directory, without DISCORD_TOKEN unless given (memoised)."""

    answered: dict[tuple, subprocess.CompletedProcess[str]] = {}

    def run(*args: str, stdin: str = "", **env_extra: str) -> subprocess.CompletedProcess[str]:
        key = (args, stdin, tuple(sorted(env_extra.items())))
        if key not in answered:  # the program is deterministic: run each invocation once
            answered[key] = run_program(
                [sys.executable, "-m", "bot"], *args, cwd=workdir, stdin=stdin, **env_extra
            )
        return answered[key]

    return run


def run_program(
    program: list[str], *args: str, cwd: Path, stdin: str = "", **env_extra: str
) -> subprocess.CompletedProcess[str]:
    """Run the program with ARGS in `cwd`, DISCORD_TOKEN empty unless given."""
    # An empty value, not an absent one: it also overrides a developer's .env file.
    env = {**os.environ, "DISCORD_TOKEN": "", **env_extra}
    return subprocess.run(
        [*program, *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def _assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr


def test_paragraphe_prints_exact_source_text(cli):
    """`paragraphe 29` prints OP29 word for word as in the corpus file, with its id, exit 0."""
    result = cli("paragraphe", "29")
    assert result.returncode == 0, result.stderr
    expected = _raw_operative(29)
    assert expected.startswith("Prie tous les États")
    assert expected in result.stdout
    assert "OP29" in result.stdout
    assert "29" in result.stdout.split("\n", 1)[0]
    _assert_no_traceback(result)


def test_paragraphe_json_has_design_shape(cli):
    """`paragraphe 29 --json` prints {"paragraphs": [paragraph]} with the DESIGN.md fields."""
    result = cli("paragraphe", "29", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["paragraphs"]
    (paragraph,) = data["paragraphs"]
    contract = {key: paragraph[key] for key in ("id", "kind", "number", "text", "footnotes")}
    assert contract == {
        "id": "OP29",
        "kind": "operative",
        "number": 29,
        "text": _raw_operative(29),
        "footnotes": [],
    }


def test_paragraphe_json_carries_footnote(cli):
    """`paragraphe OP20 --json` carries the footnote FN4 and its text."""
    result = cli("paragraphe", "OP20", "--json")
    assert result.returncode == 0, result.stderr
    (paragraph,) = json.loads(result.stdout)["paragraphs"]
    assert paragraph["id"] == "OP20"
    assert paragraph["text"] == _raw_operative(20)
    assert paragraph["footnotes"] == [{"id": "FN4", "text": "A/HRC/55/78."}]


def test_paragraphe_range_json_lists_each_paragraph(cli):
    """`paragraphe 29-31 --json` answers OP29, OP30 and OP31 in order."""
    result = cli("paragraphe", "29-31", "--json")
    assert result.returncode == 0, result.stderr
    paragraphs = json.loads(result.stdout)["paragraphs"]
    assert [p["id"] for p in paragraphs] == ["OP29", "OP30", "OP31"]
    assert [p["text"] for p in paragraphs] == [_raw_operative(n) for n in (29, 30, 31)]


BAD_REFERENCES = ["0", "38", "PP34", "FN6", "abc", "29-", "x" * 5000]


@pytest.mark.parametrize("reference", BAD_REFERENCES, ids=lambda r: r if len(r) < 20 else "5000-chars")
def test_paragraphe_bad_reference_exits_2_in_french(cli, reference):
    """A bad reference exits 2 with a short French message naming 1 à 37 on stderr, stdout empty."""
    result = cli("paragraphe", reference)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "1 à 37" in result.stderr
    assert len(result.stderr) < 1000  # a 5000-character input is not echoed back whole
    _assert_no_traceback(result)


@pytest.mark.parametrize("reference", BAD_REFERENCES, ids=lambda r: r if len(r) < 20 else "5000-chars")
def test_paragraphe_bad_reference_json_is_error_object(cli, reference):
    """With --json, a bad reference exits 2 and prints {"error": str, "code": str} on stdout."""
    result = cli("paragraphe", reference, "--json")
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert isinstance(data["error"], str)
    assert "1 à 37" in data["error"]
    assert data["code"] in {"paragraphe_inconnu", "reference_invalide"}
    _assert_no_traceback(result)


def test_note_prints_footnote_and_caller(cli):
    """`note 4` prints the footnote text and the paragraph that calls it."""
    result = cli("note", "4")
    assert result.returncode == 0, result.stderr
    assert "A/HRC/55/78." in result.stdout
    assert "OP20" in result.stdout


def test_vote_country_text_says_contre(cli):
    """`vote France` says France voted against."""
    result = cli("vote", "France")
    assert result.returncode == 0, result.stderr
    assert "France" in result.stdout
    assert "contre" in result.stdout
    assert "pour la résolution" not in result.stdout


def test_vote_country_json_has_design_shape(cli):
    """`vote France --json` prints country, member, vote, group and the totals 31/14/2."""
    result = cli("vote", "France", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    contract = {key: data[key] for key in ("country", "member", "vote", "group", "totals")}
    assert contract == {
        "country": "France",
        "member": True,
        "vote": "contre",
        "group": "Europe occidentale et autres États",
        "totals": TOTALS,
    }


def test_vote_without_country_lists_every_member(cli):
    """`vote` alone names each of the 47 Council members of the source's vote block."""
    votes = _source_votes()
    assert len(votes) == 47
    result = cli("vote")
    assert result.returncode == 0, result.stderr
    missing = [name for name in votes if name not in result.stdout]
    assert missing == []
    assert "31" in result.stdout
    assert "14" in result.stdout


def test_vote_group_json_lists_group_members(cli):
    """`vote --groupe GRULAC --json` lists exactly the GRULAC members with their source votes."""
    result = cli("vote", "--groupe", "GRULAC", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    votes = _source_votes()
    members = {m["country"]: m["vote"] for m in data["members"]}
    assert set(members) == _group_members("GRULAC")
    assert members == {name: votes[name] for name in members}
    assert data["totals"] == TOTALS


def test_vote_unknown_country_exits_2(cli):
    """`vote Atlantide` exits 2 with a French message naming the input, nothing on stdout."""
    result = cli("vote", "Atlantide")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Atlantide" in result.stderr
    assert "Pays non reconnu" in result.stderr
    _assert_no_traceback(result)


def test_resolution_json_has_symbol_and_date(cli):
    """`resolution --json` gives the symbol and the ISO adoption date."""
    result = cli("resolution", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["symbol"] == "A/HRC/RES/56/2"
    assert data["adopted"] == "2024-07-10"


def test_export_prints_whole_model(cli):
    """`export` is one JSON document: 70 paragraphs, 5 footnotes, 47 vote members, citations."""
    result = cli("export")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    ids = [p["id"] for p in data["paragraphs"]]
    assert ids == [f"PP{n}" for n in range(1, 34)] + [f"OP{n}" for n in range(1, 38)]
    assert [f["id"] for f in data["footnotes"]] == [f"FN{n}" for n in range(1, 6)]
    members = {m["country"]: m["vote"] for m in data["vote"]["members"]}
    assert len(data["vote"]["members"]) == 47
    assert members == _source_votes()
    assert data["vote"]["totals"] == TOTALS
    assert isinstance(data["citations"], list)
    by_key = {c["key"]: c for c in data["citations"]}
    assert "PP2" in by_key["70/1"]["cited_in"]
    assert data["paragraphs"][33 + 28]["text"] == _raw_operative(29)


def test_cherche_json_ranks_best_first(cli):
    """`cherche coopération Sud-Sud --json`: the hits carrying both words first, each group by score."""
    result = cli("cherche", "coopération", "Sud-Sud", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == "coopération Sud-Sud"
    results = data["results"]
    assert results
    for hit in results:
        assert isinstance(hit["id"], str)
        assert isinstance(hit["snippet"], str)
        assert hit["snippet"]
        assert hit["score"] > 0
    order = [(not hit["complete"], -hit["score"]) for hit in results]
    assert order == sorted(order)
    assert [hit["complete"] for hit in results] == [True] * 5 + [False]  # PP20: « coopération », no « Sud »
    assert data["total"] == len(results)
    assert {"OP29", "PP21"} & {hit["id"] for hit in results[:5]}


def test_cherche_partie_preambule_keeps_preamble_only(cli):
    """`cherche --partie preambule` returns preambular paragraphs only."""
    result = cli("cherche", "--partie", "preambule", "coopération", "Sud-Sud", "--json")
    assert result.returncode == 0, result.stderr
    ids = [hit["id"] for hit in json.loads(result.stdout)["results"]]
    assert ids
    assert all(re.fullmatch(r"PP\d+", i) for i in ids), ids


@pytest.mark.parametrize("query", [[""], ["   "], []], ids=["empty", "blank", "absent"])
def test_cherche_empty_query_exits_2(cli, query):
    """An empty search query exits 2 with a French message and nothing on stdout."""
    result = cli("cherche", *query)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Que cherchez-vous" in result.stderr
    _assert_no_traceback(result)


def test_cherche_stdin_answers_one_json_line_per_query(cli):
    """`cherche --stdin --json` answers each input line with one JSON line, in order."""
    result = cli("cherche", "--stdin", "--json", stdin="coopération Sud-Sud\n\nHaut-Commissaire\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    first, empty, last = (json.loads(line) for line in lines)
    assert first["query"] == "coopération Sud-Sud"
    assert "error" not in first
    assert first["results"]
    assert isinstance(empty["error"], str)
    assert empty["error"]
    assert last["query"] == "Haut-Commissaire"
    assert "error" not in last
    assert last["results"]


USAGE_ERRORS = [["frobnicate"], ["paragraphe", "29", "--bogus"], ["cherche", "x", "--limit", "beaucoup"]]


@pytest.mark.parametrize("argv", USAGE_ERRORS, ids=["subcommand", "option", "option-value"])
def test_cli_usage_error_exits_2_in_french(cli, argv):
    """An unknown subcommand or option exits 2 with a French message on stderr."""
    result = cli(*argv)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "commande mal formée" in result.stderr.lower()
    _assert_no_traceback(result)


@pytest.mark.parametrize("argv", USAGE_ERRORS, ids=["subcommand", "option", "option-value"])
def test_cli_usage_error_has_no_english(cli, argv):
    """The usage error is French through and through: no argparse English leaks into it."""
    result = cli(*argv)
    english = ["invalid choice", "choose from", "unrecognized arguments", "invalid int value", "usage:"]
    assert [phrase for phrase in english if phrase in result.stderr] == []


def test_run_without_token_names_the_variable(cli):
    """`run` without DISCORD_TOKEN exits 2 and says DISCORD_TOKEN is missing."""
    result = cli("run")
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr
    assert result.stdout == ""
    _assert_no_traceback(result)


def test_token_value_never_printed(cli):
    """With DISCORD_TOKEN set, neither `paragraphe 29` nor `run` prints the token's value."""
    quote = cli("paragraphe", "29", DISCORD_TOKEN=SENTINEL)
    assert quote.returncode == 0, quote.stderr
    assert SENTINEL not in quote.stdout + quote.stderr
    # Port 9 of the loopback (discard) refuses the connection: the test never calls Discord.
    run = cli("run", DISCORD_TOKEN=SENTINEL, DISCORD_API_BASE_URL="http://127.0.0.1:9")
    assert "n'est pas défini" not in run.stderr  # the token was read
    assert SENTINEL not in run.stdout + run.stderr
    _assert_no_traceback(run)


def test_invalid_setting_error_hides_values(cli):
    """A configuration error names the bad setting without echoing any value, token included."""
    result = cli("paragraphe", "29", DISCORD_TOKEN=SENTINEL, DISCORD_GUILD_ID=SENTINEL)
    assert result.returncode == 2
    assert "DISCORD_GUILD_ID" in result.stderr
    assert SENTINEL not in result.stdout + result.stderr
    _assert_no_traceback(result)


def test_bare_command_without_token_opens_console(cli):
    """`python -m bot` without a token says the console is offline and answers /paragraphe 29."""
    result = cli(stdin="/paragraphe 29\n/quitter\n")
    assert result.returncode == 0, result.stderr
    assert "DISCORD_TOKEN" in result.stdout
    assert "hors ligne" in result.stdout
    assert _raw_operative(29) in result.stdout


def test_console_script_is_the_same_program(cli, workdir):
    """The installed `resolution-bot` script answers exactly like `python -m bot`."""
    script = Path(sys.executable).parent / "resolution-bot"
    assert script.is_file()
    direct = run_program([str(script)], "paragraphe", "OP20", "--json", cwd=workdir)
    assert direct.returncode == 0, direct.stderr
    assert direct.stdout == cli("paragraphe", "OP20", "--json").stdout


def test_main_json_error_goes_to_given_stdout(monkeypatch, capsys):
    """In-process, a --json error object is written to the stdout `main` was given, like answers."""
    monkeypatch.setenv("DISCORD_TOKEN", "")  # also overrides a developer's .env
    out = io.StringIO()
    assert main(["paragraphe", "99", "--json"], stdout=out) == 2
    leaked = capsys.readouterr().out
    assert leaked == "", f"written to sys.stdout instead of the given stream: {leaked[:80]!r}"
    assert json.loads(out.getvalue())["code"] == "paragraphe_inconnu"


def test_closed_pipe_is_not_an_internal_error(workdir: Path) -> None:
    """`resolution-bot export | head -c 10`: the reader leaving early prints no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "export"],
        cwd=workdir,
        env={**os.environ, "DISCORD_TOKEN": ""},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.read(10) == b'{\n  "symbo'
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in {0, 141}
    assert "Traceback" not in stderr
    assert "erreur interne" not in stderr
