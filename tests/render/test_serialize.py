"""The stable JSON shapes of DESIGN.md."""

import json

import pytest

from bot.render.serialize import export_json, paragraph_json, search_json, vote_json

PARAGRAPH_KEYS = {"id", "kind", "number", "text", "footnotes"}
OPTIONAL_KEYS = {"verb", "parent"}
TOTALS = {"pour": 31, "contre": 14, "abstention": 2}


def test_paragraph_json_has_contract_keys_for_every_segment(resolution):
    """Every segment serialises to the contract keys, plus only verb or parent."""
    for segment in resolution.segments:
        out = paragraph_json(segment, resolution)
        assert PARAGRAPH_KEYS <= set(out) <= PARAGRAPH_KEYS | OPTIONAL_KEYS, segment.id
        assert (out["id"], out["kind"], out["number"], out["text"]) == (
            segment.id,
            segment.kind.value,
            segment.number,
            segment.text,
        )


@pytest.mark.parametrize(
    ("segment_id", "expected"),
    [
        (
            "OP20",
            {"kind": "operative", "verb": "Prend note", "footnotes": [{"id": "FN4", "text": "A/HRC/55/78."}]},
        ),
        ("OP29", {"kind": "operative", "number": 29, "verb": "Prie", "footnotes": []}),
        (
            "PP3",
            {
                "kind": "preambular",
                "number": 3,
                "footnotes": [{"id": "FN1", "text": "Voir FCCC/CP/2015/10/Add.1, décision 1/CP.21, annexe."}],
            },
        ),
        ("FN4", {"kind": "footnote", "number": 4, "text": "A/HRC/55/78.", "footnotes": [], "parent": "OP20"}),
    ],
)
def test_paragraph_json_values(resolution, segment_id, expected):
    """Kind, number, verb, footnotes with their text, and a footnote's parent."""
    out = paragraph_json(resolution.get(segment_id), resolution)
    assert {key: out.get(key) for key in expected} == expected


def test_paragraph_json_omits_absent_optionals(resolution):
    """A preambular paragraph has no verb and no parent key."""
    out = paragraph_json(resolution.get("PP1"), resolution)
    assert not OPTIONAL_KEYS & set(out)


def test_search_json_shape(service):
    """A search gives the query and results with id, score and snippet, best first."""
    out = search_json(service.search("coopération Sud-Sud"))
    assert out["query"] == "coopération Sud-Sud"
    results = out["results"]
    assert results
    assert all({"id", "score", "snippet"} <= set(r) for r in results)
    assert all(isinstance(r["score"], float) and isinstance(r["snippet"], str) for r in results)
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert {"PP21", "OP29"} <= {r["id"] for r in results}


def test_vote_json_shape(service, resolution):
    """A member's vote carries country, member, vote, group and the announced totals."""
    out = vote_json(service.vote("france"), resolution.vote)
    assert {key: out[key] for key in ("country", "member", "vote", "group", "totals")} == {
        "country": "France",
        "member": True,
        "vote": "contre",
        "group": "Europe occidentale et autres États",
        "totals": TOTALS,
    }


def test_export_json_holds_the_whole_model(resolution):
    """The export holds metadata, 70 paragraphs, 5 footnotes, 47 votes and the citations."""
    out = export_json(resolution)
    assert out["symbol"] == "A/HRC/RES/56/2"
    assert out["title"] == resolution.metadata.title
    assert out["adopted"] == "2024-07-10"
    assert [p["id"] for p in out["paragraphs"]] == [p.id for p in resolution.paragraphs]
    assert len(out["paragraphs"]) == 70
    assert [f["id"] for f in out["footnotes"]] == ["FN1", "FN2", "FN3", "FN4", "FN5"]
    assert out["vote"]["totals"] == TOTALS
    assert len(out["vote"]["members"]) == 47
    assert all({"country", "vote", "group"} <= set(m) for m in out["vote"]["members"])
    assert len(out["citations"]) == len(resolution.citations)
    assert {"cited_in": ["OP20", "FN4"]}.items() <= next(
        c for c in out["citations"] if c["key"] == "A/HRC/55/78"
    ).items()


def test_export_json_round_trips_through_json(resolution):
    """The export is plain JSON: dumping and loading it gives it back unchanged."""
    out = export_json(resolution)
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out
