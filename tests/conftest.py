"""Shared fixtures (the real corpus, parsed once per session), test tiers and Hypothesis profiles."""

import csv
import os
from pathlib import Path

import pytest
from hypothesis import settings

from bot.app import App
from bot.core.service import Service
from bot.core.text.corpus import load_resolution
from bot.core.text.models import Resolution
from bot.settings import Settings
from tests.hypothesis_profiles import profile_name

TEXT_NAME = "A_HRC_RES_56_2.fr.txt"
TESTS = Path(__file__).resolve().parent
# Tiers by directory, so that a new test lands in the right one: `make test-fast` leaves these out.
DIRECTORY_MARKERS = {"e2e": "e2e", "hardening": "fuzz"}

settings.load_profile(profile_name(os.environ))

# Subprocesses (python -m bot, in a temporary directory) run this checkout: a relative
# PYTHONPATH=. would name their own working directory, and the interpreter would then import
# whatever `bot` it has installed, perhaps another worktree's, and test that instead.
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(TESTS.parent), *(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
)


# `make test` runs the suite on every core (pytest-xdist), then, one after another, the tests
# marked `shared`: what two workers would share, the end-to-end tests (bot processes against the
# stand-in), the PostgreSQL runs (they reset one database) and the tests that stop and crash the
# cluster.
_ON_THE_CLUSTER = {("study", "test_deadlines.py"), ("study", "test_durability.py")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark tests by directory (e2e, fuzz), the PostgreSQL runs (postgres), and those sharing services."""
    for item in items:
        parts = item.path.relative_to(TESTS).parts
        if len(parts) > 1 and parts[0] in DIRECTORY_MARKERS:
            item.add_marker(DIRECTORY_MARKERS[parts[0]])
        callspec = getattr(item, "callspec", None)
        postgres = callspec is not None and "postgresql" in callspec.params.values()
        if postgres:
            item.add_marker("postgres")
        if postgres or parts[0] == "e2e" or parts in _ON_THE_CLUSTER:
            item.add_marker("shared")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The repository's corpus directory, found from this file rather than the working directory."""
    return Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="session")
def resolution(corpus_dir: Path) -> Resolution:
    """The resolution parsed from the real corpus."""
    return load_resolution(corpus_dir)


@pytest.fixture(scope="session")
def service(resolution: Resolution) -> Service:
    """The use cases over the real resolution."""
    return Service(resolution)


@pytest.fixture(scope="session")
def app(service: Service) -> App:
    """The composition root (bot/app.py) over the session's service, with settings that hold no token."""
    return App(Settings(discord_token=None), service=service)


@pytest.fixture(scope="session")
def source_lines(corpus_dir: Path) -> list[str]:
    """The raw lines of the French text, unparsed."""
    return (corpus_dir / TEXT_NAME).read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def raw_votes(source_lines: list[str]) -> dict[str, list[str]]:
    """The three country lists of the vote record, read from the raw lines without the parser."""
    headings = {"Ont voté pour :": "pour", "Ont voté contre :": "contre", "Se sont abstenus :": "abstention"}
    lists: dict[str, list[str]] = {}
    current = None
    for line in map(str.strip, source_lines):
        if line in headings:
            current = headings[line]
        elif current and line and line[0] not in "¹²³⁴⁵⁶⁷⁸⁹":  # footnote ⁵ sits inside the vote block
            lists[current] = line.rstrip("].").split(", ")
            current = None
    return lists


@pytest.fixture(scope="session")
def csv_groups(corpus_dir: Path) -> dict[str, tuple[str, str]]:
    """Each Council member's regional group (name, code), read from the groups CSV."""
    with (corpus_dir / "groupes_regionaux_2024.csv").open(encoding="utf-8", newline="") as handle:
        return {row["pays"]: (row["groupe"], row["code_groupe"]) for row in csv.DictReader(handle)}
