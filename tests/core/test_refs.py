"""Paragraph references as users type them, through Service.paragraphs and Service.footnote."""

import pytest

from bot.core.errors import UserError
from bot.core.text.models import Paragraph

BOUNDS = {"preambular": 33, "operative": 37, "footnote": 5}
OP29 = ["OP29"]
OP29_31 = ["OP29", "OP30", "OP31"]
PP3 = ["PP3"]
PP1_3 = ["PP1", "PP2", "PP3"]
FN4 = ["FN4"]

VALID = [
    # operative, bare or prefixed
    ("29", OP29),
    ("§29", OP29),
    ("§ 29", OP29),
    ("OP29", OP29),
    ("op 29", OP29),
    ("op29", OP29),
    ("Op29", OP29),
    ("paragraphe 29", OP29),
    ("PARAGRAPHE 29", OP29),
    ("par. 29", OP29),
    ("  29  ", OP29),
    ("op    29", OP29),
    ("\t29\n", OP29),
    ("２９", OP29),
    # preambular
    ("PP3", PP3),
    ("pp3", PP3),
    ("pp 3", PP3),
    ("P3", PP3),
    ("préambule 3", PP3),
    ("PRÉAMBULE 3", PP3),
    ("preambule 3", PP3),
    # footnotes
    ("FN4", FN4),
    ("fn4", FN4),
    ("note 4", FN4),
    ("Note 4", FN4),
    # ranges and lists
    ("29-31", OP29_31),
    ("29–31", OP29_31),
    ("29 - 31", OP29_31),
    ("29 à 31", OP29_31),
    ("29 au 31", OP29_31),
    ("31-29", OP29_31),
    ("２９-３１", OP29_31),
    ("PP1-PP3", PP1_3),
    ("pp1-3", PP1_3),
    ("29, 31", ["OP29", "OP31"]),
    ("29 et 31", ["OP29", "OP31"]),
    ("PP3, OP29", ["PP3", "OP29"]),
    # spelled out, as dictated
    ("vingt-neuf", ["OP29"]),
    ("vingt-neuf à trente et un", OP29_31),
    ("pp trois", ["PP3"]),
    ("note quatre", FN4),
    ("twenty-nine", ["OP29"]),
    # the number sign (« nº » reads « no » once NFKC-normalised)
    ("n° 29", OP29),
    ("paragraphe n°29", OP29),
    ("nº 29", OP29),
    ("note n° 4", FN4),
    ("paragraphe numéro 29", OP29),
    # boundaries
    ("1", ["OP1"]),
    ("37", ["OP37"]),
    ("PP1", ["PP1"]),
    ("PP33", ["PP33"]),
    ("FN1", ["FN1"]),
    ("FN5", ["FN5"]),
]


@pytest.mark.parametrize(("typed", "ids"), VALID, ids=[repr(t) for t, _ in VALID])
def test_service_paragraphs_reads_reference(service, typed, ids):
    """Each reference form names the expected segments, in reading order."""
    found = service.paragraphs(typed)
    assert [p.id for p in found] == ids
    assert all(isinstance(p, Paragraph) for p in found)


def test_service_paragraphs_returns_the_model_segments(service, resolution):
    """The paragraphs returned are the resolution's own segments, text included."""
    (op29,) = service.paragraphs("§29")
    assert op29 is resolution.get("OP29")
    assert op29.text.startswith("Prie tous les États et le système des Nations Unies")


def test_service_paragraphs_whole_part(service):
    """A range over a whole part returns all of it."""
    assert len(service.paragraphs("1-37")) == 37
    assert len(service.paragraphs("PP1-PP33")) == 33


INVALID = [
    ("0", "paragraphe_inconnu", {"id": "OP0", "partie": "operative", "maximum": 37}),
    ("38", "paragraphe_inconnu", {"id": "OP38", "partie": "operative", "maximum": 37}),
    ("29-38", "paragraphe_inconnu", {"id": "OP38", "maximum": 37}),
    ("PP34", "paragraphe_inconnu", {"id": "PP34", "partie": "preambular", "maximum": 33}),
    ("PP0", "paragraphe_inconnu", {"id": "PP0", "maximum": 33}),
    ("FN6", "paragraphe_inconnu", {"id": "FN6", "partie": "footnote", "maximum": 5}),
    ("abc", "reference_invalide", {"saisie": "abc"}),
    ("29-", "reference_invalide", {"saisie": "29-"}),
    ("-3", "reference_invalide", {"saisie": "-3"}),
    ("PP3-OP4", "reference_invalide", {"saisie": "PP3-OP4"}),
    ("29 30", "reference_invalide", {"saisie": "29 30"}),
    ("1e5", "reference_invalide", {"saisie": "1e5"}),
    ("99999999999999999999", "reference_invalide", {}),
    ("<@everyone>", "reference_invalide", {"saisie": "<@everyone>"}),
    ("x" * 10_000, "reference_invalide", {}),
    ("", "reference_vide", {}),
    ("   ", "reference_vide", {}),
    ("\n\t", "reference_vide", {}),
]


@pytest.mark.parametrize(("typed", "code", "data"), INVALID, ids=[repr(t[:12]) for t, *_ in INVALID])
def test_service_paragraphs_rejects_reference(service, typed, code, data):
    """A bad reference raises UserError with its code, its data and the valid ranges."""
    with pytest.raises(UserError) as caught:
        service.paragraphs(typed)
    assert caught.value.code == code
    assert caught.value.data["bornes"] == BOUNDS
    assert {key: caught.value.data[key] for key in data} == data


def test_service_paragraphs_truncates_a_huge_reference(service):
    """A 10,000-character reference is not echoed back whole."""
    with pytest.raises(UserError) as caught:
        service.paragraphs("7" * 10_000)
    assert caught.value.code == "reference_invalide"
    assert len(caught.value.data["saisie"]) <= 200


@pytest.mark.parametrize("typed", ["4", " 4 ", "FN4", "fn 4", "note 4"])
def test_service_footnote_finds_note(service, typed):
    """A footnote is found by its number or its id."""
    note = service.footnote(typed)
    assert note.id == "FN4"
    assert note.text == "A/HRC/55/78."


@pytest.mark.parametrize(
    ("typed", "code", "data"),
    [
        # a bare number is read as "note N": out of range, like /paragraphe, with the notes' bounds
        ("29", "paragraphe_inconnu", {"id": "FN29", "partie": "footnote", "maximum": 5}),
        ("0", "paragraphe_inconnu", {"id": "FN0", "maximum": 5}),
        ("PP3", "note_invalide", {"saisie": "PP3", "maximum": 5}),
        ("4-5", "note_invalide", {"saisie": "4-5", "maximum": 5}),
        ("", "note_invalide", {"saisie": "", "maximum": 5}),
        ("abc", "reference_invalide", {"saisie": "abc"}),
    ],
)
def test_service_footnote_rejects_non_note(service, typed, code, data):
    """Anything but one existing footnote raises UserError with the number of notes."""
    with pytest.raises(UserError) as caught:
        service.footnote(typed)
    assert caught.value.code == code
    assert {key: caught.value.data[key] for key in data} == data
