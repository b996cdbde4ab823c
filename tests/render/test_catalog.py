"""The English catalog is complete and current: no string untranslated, fuzzy or stale (issue 18).

The message ids are extracted here from the sources exactly as ``make locale`` does (babel.cfg),
so a sentence added to a template or to the command line without its English fails this file
before any user sees French in an English reply; so does a ``.mo`` not recompiled after the
``.po`` changed, and a ``.pot`` left behind.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from bot.render.i18n import DOMAIN, LOCALE_DIR

ROOT = Path(__file__).resolve().parents[2]
PO = LOCALE_DIR / "en" / "LC_MESSAGES" / f"{DOMAIN}.po"
MO = PO.with_suffix(".mo")
POT = LOCALE_DIR / f"{DOMAIN}.pot"

MessageId = str | tuple[str, ...]


def extracted() -> set[MessageId]:
    """Every message id the sources hold, extracted with babel.cfg as ``make locale`` does."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: set[MessageId] = set()
    for _filename, _line, message, _comments, _context in extract_from_dir(ROOT, method_map, options_map):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale="en")


def problems(catalog: Catalog, wanted: Iterable[MessageId]) -> dict[str, list[str]]:
    """What keeps ``catalog`` from translating ``wanted``: missing, empty, fuzzy, stale, bad placeholders."""
    ids = {m.id if isinstance(m.id, str) else tuple(m.id): m for m in catalog if m.id}
    wanted = set(wanted)
    untranslated = [
        str(i)
        for i in wanted & ids.keys()
        if not all(ids[i].string if isinstance(ids[i].string, tuple) else [ids[i].string])
    ]
    placeholders = [f"{m.id}: {errors}" for m, errors in catalog.check() if errors]
    return {
        "missing": sorted(str(i) for i in wanted - ids.keys()),
        "untranslated": sorted(untranslated),
        "fuzzy": sorted(str(m.id) for m in catalog if m.id and m.fuzzy),
        "stale": sorted(str(i) for i in ids.keys() - wanted),
        "placeholders": placeholders,
    }


@pytest.fixture(scope="module")
def sources() -> set[MessageId]:
    return extracted()


def test_catalog_translates_every_string(sources):
    """Every sentence of the templates and the command line has a reviewed English translation."""
    assert len(sources) > 250
    assert problems(_read(PO), sources) == {
        "missing": [],
        "untranslated": [],
        "fuzzy": [],
        "stale": [],
        "placeholders": [],
    }
    assert not _read(PO).fuzzy  # the header too: babel compiles nothing from a fuzzy catalog


def test_catalog_check_catches_what_it_should(sources):
    """Control: a new string, an empty translation and a fuzzy one are each reported."""
    catalog = _read(PO)
    some = next(m for m in catalog if m.id and isinstance(m.id, str) and m.id.startswith("Aucun passage"))
    fuzzy = next(m for m in catalog if m.id == "Pays ambigu")
    some.string = ""
    fuzzy.flags.add("fuzzy")
    found = problems(catalog, {*sources, "Une phrase ajoutée sans traduction."})
    assert found["missing"] == ["Une phrase ajoutée sans traduction."]
    assert found["untranslated"] == [some.id]
    assert found["fuzzy"] == ["Pays ambigu"]


def test_template_pot_is_current(sources):
    """bot/locale/messages.pot holds exactly the extracted ids (``make locale`` was run)."""
    template = _read(POT)
    assert {m.id if isinstance(m.id, str) else tuple(m.id) for m in template if m.id} == sources


def test_compiled_catalog_matches_its_source():
    """The committed .mo translates every message of the .po the same way (it was recompiled)."""
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    checked = 0
    for message in _read(PO):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            singular, plural = message.id
            assert compiled.ngettext(singular, plural, 1) == message.string[0], singular
            assert compiled.ngettext(singular, plural, 2) == message.string[1], singular
        else:
            assert compiled.gettext(message.id) == message.string, message.id
        checked += 1
    assert checked == len([m for m in _read(PO) if m.id])
