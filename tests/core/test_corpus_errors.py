"""A corpus that does not parse fails loudly, naming the file and the line at fault."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.text.corpus import CorpusFormatError, load_resolution
from bot.core.text.models import Resolution

TEXT = "A_HRC_RES_56_2.fr.txt"
Edit = Callable[[str], str]


@pytest.fixture
def corpus_copy(corpus_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus directory that a test may damage."""
    return Path(shutil.copytree(corpus_dir, tmp_path / "corpus"))


def replace_once(old: str, new: str) -> Edit:
    """Return an edit that replaces the one occurrence of ``old`` (and fails if it is not unique)."""

    def edit(text: str) -> str:
        assert text.count(old) == 1, old
        return text.replace(old, new)

    return edit


def drop_line(prefix: str) -> Edit:
    """Return an edit that deletes the one line starting with ``prefix``."""

    def edit(text: str) -> str:
        lines = text.split("\n")
        kept = [line for line in lines if not line.startswith(prefix)]
        assert len(kept) == len(lines) - 1, prefix
        return "\n".join(kept)

    return edit


def damage(corpus: Path, name: str, edit: Edit) -> str:
    """Apply ``edit`` to one corpus file and return the new text."""
    path = corpus / name
    text = edit(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, prefix: str) -> int:
    """Return the 1-based number of the first line starting with ``prefix``."""
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(prefix))


def test_load_resolution_accepts_an_intact_copy(corpus_copy):
    """Control case: the copied corpus loads, so the failures below come from the edits."""
    resolution = load_resolution(corpus_copy)
    assert isinstance(resolution, Resolution)
    assert len(resolution.operative) == 37


# (edit, start of the line the error must name, in the edited text)
LINE_ERRORS = {
    "numbering_gap": (drop_line("29. *Prie*"), "30. *Prie à nouveau*"),
    "list_shorter_than_total": (replace_once("France, ", ""), "[Adoptée"),
    "total_larger_than_list": (replace_once("31 voix", "32 voix"), "[Adoptée"),
    "unknown_country": (replace_once("Gambie,", "Atlantide,"), "Afrique du Sud, Algérie,"),
    "marker_without_note": (drop_line("⁴ "), "20. *Prend note*"),
    "duplicate_marker": (replace_once("alimenter les fonds ;", "alimenter les fonds⁴ ;"), "23. *Exhorte*"),
    "unknown_link": (
        replace_once("obstacles au développement,\n", "obstacles au développement [99/99](#),\n"),
        "Rappelant la résolution [41/128](#)",
    ),
}


@pytest.mark.parametrize(("edit", "culprit"), LINE_ERRORS.values(), ids=LINE_ERRORS.keys())
def test_load_resolution_names_the_line_at_fault(corpus_copy, edit, culprit):
    """A broken text raises CorpusFormatError (nothing half-loaded) naming file and line."""
    text = damage(corpus_copy, TEXT, edit)
    with pytest.raises(CorpusFormatError) as caught:
        load_resolution(corpus_copy)
    expected = line_of(text, culprit)
    assert caught.value.line == expected
    assert f"{TEXT}:{expected}:" in str(caught.value)


def test_load_resolution_reports_a_paragraph_running_into_the_next(corpus_copy):
    """PP5 without its comma runs into PP6: the error is at PP6 and names PP5's line."""
    text = damage(
        corpus_copy, TEXT, replace_once("obstacles au développement,\n", "obstacles au développement\n")
    )
    with pytest.raises(CorpusFormatError) as caught:
        load_resolution(corpus_copy)
    pp5 = line_of(text, "Rappelant la résolution [41/128](#)")
    pp6 = line_of(text, "Rappelant également la résolution [48/141](#)")
    assert caught.value.line == pp6
    assert f"{TEXT}:{pp6}:" in str(caught.value)
    assert f"ligne {pp5}" in caught.value.reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("preambular = 33", "preambular = 32"),
        ("operative = 37", "operative = 36"),
        ("footnotes = 5", "footnotes = 6"),
        ("members = 47", "members = 46"),
    ],
)
def test_load_resolution_checks_expected_counts(corpus_copy, old, new):
    """A count in resolution.toml that the text does not have stops the load and names both."""
    damage(corpus_copy, "resolution.toml", replace_once(old, new))
    with pytest.raises(CorpusFormatError) as caught:
        load_resolution(corpus_copy)
    message = str(caught.value)
    assert "resolution.toml" in message
    assert f"{old.split()[-1]} {old.split()[0]} trouvés, {new.split()[-1]} attendus" in message


def test_load_resolution_rejects_an_impossible_date(corpus_copy):
    """An impossible date in the header is a CorpusFormatError with a line, not a ValueError."""
    damage(corpus_copy, TEXT, replace_once("\n11 juillet 2024\n", "\n31 juin 2024\n"))
    with pytest.raises(CorpusFormatError) as caught:
        load_resolution(corpus_copy)
    assert caught.value.line is not None


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("resolution.toml", 'text = "', 'texte = "'),
        ("groupes_regionaux_2024.csv", "pays,groupe,", "country,groupe,"),
        ("documents_cites.csv", "cle,motifs,", "key,motifs,"),
    ],
    ids=["manifest_text_key", "groups_header", "citations_header"],
)
def test_load_resolution_rejects_malformed_side_files(corpus_copy, name, old, new):
    """A manifest or CSV missing an expected key is a CorpusFormatError naming that file."""
    damage(corpus_copy, name, replace_once(old, new))
    with pytest.raises(CorpusFormatError) as caught:
        load_resolution(corpus_copy)
    assert str(caught.value).startswith(name)


@pytest.mark.parametrize(
    ("row", "culprit"),
    [("FRA,République française\n", "FRA"), ("ZZZ,Atlantide\n", "ZZZ")],
    ids=["member_state", "unknown_code"],
)
def test_display_names_refuse_a_member_or_an_unknown_code(corpus_copy, row, culprit):
    """pays_noms.csv renames territories only: a Member State keeps its UN name, a code must exist."""
    from bot.core.votes.countries import DISPLAY_FILE, load_countries

    path = corpus_copy / DISPLAY_FILE
    path.write_text(path.read_text(encoding="utf-8") + row, encoding="utf-8")
    with pytest.raises(CorpusFormatError) as caught:
        load_countries(corpus_copy)
    assert str(caught.value).startswith(DISPLAY_FILE)
    assert culprit in str(caught.value)
    assert caught.value.line == len(path.read_text(encoding="utf-8").splitlines())


def test_display_names_are_what_the_index_shows(corpus_copy):
    """A territory is displayed, and looked up, under its reviewed name (« Taïwan », not the ISO form)."""
    from bot.core.votes.countries import load_countries

    index = load_countries(corpus_copy)
    assert index.countries["TWN"].name == "Taïwan"
    assert index.resolve("Taïwan, province de Chine").code == "TWN"
    assert index.resolve("Îles Malouines").name == "Îles Malouines (Falkland)"
