"""The parsed resolution, checked against the raw text with checks that do not reuse the parser."""

import re
from datetime import date

import pytest

from bot.core.text.models import Kind, VoteChoice

CHAPEAU = "Le Conseil des droits de l'homme,"
MEETING_PREFIX = "*34^e séance"
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"
CHOICES = {"pour": VoteChoice.FOR, "contre": VoteChoice.AGAINST, "abstention": VoteChoice.ABSTAIN}


def normalise(text: str) -> str:
    """Drop markdown links, superscript braces and asterisks, then fold white space."""
    text = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", text)
    text = re.sub(r"\^\{(\w+)\}", r"\1", text)
    return " ".join(text.replace("*", "").split())


def body_lines(source_lines: list[str]) -> list[str]:
    """Return the non-empty lines between the chapeau and the meeting line."""
    start = source_lines.index(CHAPEAU) + 1
    stop = next(i for i, line in enumerate(source_lines) if line.startswith(MEETING_PREFIX))
    return [line for line in source_lines[start:stop] if line.strip()]


# -- counts, ids and order ----------------------------------------------------------------------


def test_resolution_counts_every_part(resolution):
    """33 preambular, 37 operative, 5 footnotes and 47 member votes."""
    assert len(resolution.preambular) == 33
    assert len(resolution.operative) == 37
    assert len(resolution.footnotes) == 5
    assert len(resolution.vote.members) == 47


@pytest.mark.parametrize(
    ("kind", "prefix", "count"),
    [(Kind.PREAMBULAR, "PP", 33), (Kind.OPERATIVE, "OP", 37), (Kind.FOOTNOTE, "FN", 5)],
)
def test_resolution_ids_are_numbered_in_order(resolution, kind, prefix, count):
    """Each part holds PREFIX1..PREFIXn in source order, with the right kind and number."""
    part = resolution.part(kind)
    assert [p.id for p in part] == [f"{prefix}{n}" for n in range(1, count + 1)]
    assert [p.number for p in part] == list(range(1, count + 1))
    assert {p.kind for p in part} == {kind}
    assert all(resolution.get(p.id) is p for p in part)


def test_resolution_paragraphs_follow_source_lines(resolution):
    """Preambular then operative paragraphs appear in the order of their source lines."""
    lines = [p.line for p in resolution.paragraphs]
    assert lines == sorted(lines)
    assert len(set(lines)) == 70


def test_source_numbered_lines_match_operative_count(resolution, source_lines):
    """The raw text has 37 lines like « 12. *Verbe* », numbered 1..37."""
    numbers = [int(m[1]) for line in source_lines if (m := re.match(r"^(\d+)\. \*", line))]
    assert numbers == list(range(1, 38))
    assert len(numbers) == len(resolution.operative)


def test_source_capitalised_body_lines_match_preambular_count(resolution, source_lines):
    """Body lines starting with a capital letter and no number are the 33 preambular paragraphs."""
    starts = [line for line in body_lines(source_lines) if line[0].isupper() and not line[0].isdigit()]
    assert len(starts) == len(resolution.preambular) == 33


def test_source_superscript_lines_match_footnote_count(resolution, source_lines):
    """The raw text has one line per footnote, starting with its superscript number."""
    notes = [line for line in source_lines if line and line[0] in SUPERSCRIPTS]
    assert [line[0] for line in notes] == list("¹²³⁴⁵")
    assert len(notes) == len(resolution.footnotes)


# -- text fields ----------------------------------------------------------------------------------


def test_segment_text_is_verbatim_in_source(resolution, source_lines):
    """Every segment's text, normalised, is a substring of the normalised source."""
    source = normalise("\n".join(source_lines))
    missing = [s.id for s in resolution.segments if normalise(s.text) not in source]
    assert missing == []


def test_segments_cover_every_body_line(resolution, source_lines):
    """Each non-empty body line, without its number or note marker, lies inside some segment."""
    texts = [normalise(s.text) for s in resolution.segments]
    uncovered = []
    for line in body_lines(source_lines):
        words = normalise(re.sub(rf"^(\d+\. |[{SUPERSCRIPTS}]+ )", "", line))
        if not any(words in text for text in texts):
            uncovered.append(line[:60])
    assert uncovered == []


def test_paragraph_pp26_joins_the_page_break(resolution):
    """PP26 is one paragraph across the page break, ending with « avec son accord, »."""
    pp26 = resolution.get("PP26")
    assert pp26.text.startswith("Rappelant sa résolution 6/17, du 28 septembre 2007,")
    assert "le fonds d'affectation spéciale pour l'Examen périodique universel, en vue de constituer" in (
        pp26.text
    )
    assert pp26.text.endswith("avec son accord,")
    assert resolution.get("PP27").text.startswith("Réaffirmant qu'un dialogue entre les religions")


@pytest.mark.parametrize("token", ["[", "](#)", "^{", "^", "*", "  ", "\n"])
def test_segment_text_carries_no_markup(resolution, token):
    """No segment text or metadata title keeps markdown, double spaces or line breaks."""
    texts = {s.id: s.text for s in resolution.segments}
    texts["title"] = resolution.metadata.title
    texts["agenda_title"] = resolution.metadata.agenda_title
    assert [key for key, text in texts.items() if token in text] == []


def test_segment_text_is_trimmed(resolution):
    """No segment text starts or ends with white space, and no operative text keeps its number."""
    assert all(s.text == s.text.strip() for s in resolution.segments)
    assert not any(re.match(r"\d+\.", p.text) for p in resolution.operative)


def test_paragraph_pp12_writes_superscript_plainly(resolution):
    """The source's « 1^{er} avril 2022 » reads « 1er avril 2022 » in PP12."""
    assert "du 1er avril 2022," in resolution.get("PP12").text


# -- operative verbs and endings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("op_id", "verb"),
    [
        ("OP1", "Réaffirme"),
        ("OP8", "Se déclare préoccupé"),
        ("OP15", "Souligne également de nouveau"),
        ("OP20", "Prend note"),
        ("OP30", "Prie à nouveau"),
        ("OP37", "Décide"),
    ],
)
def test_operative_keeps_its_verb(resolution, op_id, verb):
    """An operative paragraph keeps its italic opening verb, and its text starts with it."""
    paragraph = resolution.get(op_id)
    assert paragraph.verb == verb
    assert paragraph.text.startswith(verb + " ")


def test_operative_verbs_match_source_italics(resolution, source_lines):
    """Every operative verb is the italic run of its numbered source line; PP have no verb."""
    italics = [m[1] for line in source_lines if (m := re.match(r"^\d+\. \*([^*]+)\*", line))]
    assert [p.verb for p in resolution.operative] == italics
    assert all(p.text.startswith(p.verb) for p in resolution.operative)
    assert {p.verb for p in resolution.preambular} == {None}


def test_paragraph_endings_follow_their_part(resolution):
    """Preambular paragraphs end with « , », operative ones with « ; », OP37 with « . »."""
    assert [p.id for p in resolution.preambular if not p.text.endswith(",")] == []
    assert [p.id for p in resolution.operative[:-1] if not p.text.endswith(" ;")] == []
    assert resolution.get("OP37").text.endswith("annuel.")


# -- footnotes ------------------------------------------------------------------------------------

ATTACHMENTS = [
    ("FN1", "PP3", "¹"),
    ("FN2", "PP8", "²"),
    ("FN3", "PP10", "³"),
    ("FN4", "OP20", "⁴"),
    ("FN5", "OP32", "⁵"),
]


@pytest.mark.parametrize(("note_id", "parent_id", "marker"), ATTACHMENTS)
def test_footnote_attaches_to_its_marker(resolution, note_id, parent_id, marker):
    """The footnote names its parent, the parent lists the footnote and carries its marker."""
    note, parent = resolution.get(note_id), resolution.get(parent_id)
    assert note.parent == parent_id
    assert parent.footnotes == (note_id,)
    assert marker in parent.text


def test_footnote_attachments_are_the_only_ones(resolution):
    """No other paragraph lists a footnote or carries a marker."""
    listed = {(p.id, n) for p in resolution.paragraphs for n in p.footnotes}
    assert listed == {(parent, note) for note, parent, _ in ATTACHMENTS}
    marked = {p.id for p in resolution.paragraphs if any(c in SUPERSCRIPTS for c in p.text)}
    assert marked == {parent for _, parent, _ in ATTACHMENTS}


@pytest.mark.parametrize(
    ("note_id", "text"),
    [
        ("FN1", "Voir FCCC/CP/2015/10/Add.1, décision 1/CP.21, annexe."),
        ("FN2", "Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A."),
        ("FN3", "Voir les résolutions 66/3 et 76/1 de l'Assemblée générale."),
        ("FN4", "A/HRC/55/78."),
        ("FN5", "A/HRC/56/40."),
    ],
)
def test_footnote_text_is_exact(resolution, note_id, text):
    """Each footnote's text is its source line without the marker or link markup."""
    assert resolution.get(note_id).text == text


# -- the recorded vote ----------------------------------------------------------------------------


def test_vote_totals_are_announced_ones(resolution):
    """The totals are 31 for, 14 against, 2 abstentions."""
    assert resolution.vote.totals == {VoteChoice.FOR: 31, VoteChoice.AGAINST: 14, VoteChoice.ABSTAIN: 2}


@pytest.mark.parametrize("choice", ["pour", "contre", "abstention"])
def test_vote_members_match_raw_lists(resolution, raw_votes, choice):
    """Each choice lists exactly the countries of its raw list, in the same order."""
    countries = [m.country for m in resolution.vote.by_choice(choice)]
    assert countries == raw_votes[choice]
    assert len(countries) == resolution.vote.totals[CHOICES[choice]]


def test_vote_members_match_groups_csv(resolution, csv_groups):
    """Every member has the regional group the CSV gives it, and every CSV row votes once."""
    found = {m.country: (m.group.name, m.group.code) for m in resolution.vote.members}
    assert found == csv_groups
    assert len(found) == len(resolution.vote.members) == 47


@pytest.mark.parametrize(
    ("country", "vote"),
    [
        ("France", "contre"),
        ("Chine", "pour"),
        ("Argentine", "abstention"),
        ("Pays-Bas (Royaume des)", "contre"),
        ("Viet Nam", "pour"),
        ("Côte d'Ivoire", "pour"),
        ("République dominicaine", "abstention"),
    ],
)
def test_vote_records_known_facts(resolution, country, vote):
    """A few members' votes, spelled as in the record."""
    votes = {m.country: m.vote for m in resolution.vote.members}
    assert votes[country] == vote


# -- metadata -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("symbol", "A/HRC/RES/56/2"),
        ("number", "56/2"),
        ("adopted", date(2024, 7, 10)),
        ("meeting", 34),
        ("session", 56),
        ("agenda_item", 3),
        ("distributed", date(2024, 7, 11)),
        ("original_language", "anglais"),
        ("body", "Conseil des droits de l'homme"),
        ("title", "Renforcement de la coopération internationale dans le domaine des droits de l'homme"),
        ("url", "https://undocs.org/fr/A/HRC/RES/56/2"),
    ],
)
def test_metadata_field(resolution, field, expected):
    """Each metadata field holds the document's fact."""
    assert getattr(resolution.metadata, field) == expected


# -- citations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "cited_in"),
    [
        ("70/1", ("PP2", "PP3")),
        ("60/251", ("PP23",)),
        ("6/17", ("PP26",)),
        ("78/197", ("OP35",)),
        ("A/HRC/55/78", ("OP20", "FN4")),
    ],
)
def test_citation_lists_citing_segments(resolution, key, cited_in):
    """A cited document lists the segments citing it, in reading order."""
    citations = {c.key: c for c in resolution.citations}
    assert citations[key].cited_in == cited_in


def test_citation_found_by_motif_without_number(resolution):
    """PP3 cites 70/1 by its title only, and OP20 cites A/HRC/55/78 only through footnote 4."""
    assert "70/1" not in resolution.get("PP3").text
    assert "Programme de développement durable à l'horizon 2030" in resolution.get("PP3").text
    assert "A/HRC/55/78" not in resolution.get("OP20").text


def test_citation_covers_every_raw_link(resolution, source_lines):
    """Every `[x](#)` link of the raw text is a citation cited by a segment containing x."""
    citations = {c.key: c for c in resolution.citations}
    links = re.findall(r"\[([^\]]+)\]\(#\)", "\n".join(source_lines))
    assert len(links) == 16
    for link in links:
        assert link in citations, link
        assert any(link in resolution.get(i).text for i in citations[link].cited_in), link


def test_citation_links_are_https(resolution):
    """Every citation link is https, and every document with a symbol has a link."""
    assert [c.key for c in resolution.citations if c.url and not c.url.startswith("https://")] == []
    assert [c.key for c in resolution.citations if c.symbol and not c.url] == []


# -- the citation motif scanner -----------------------------------------------------------------


def test_motif_spans_match_the_bounded_regex():
    """The motif scanner finds exactly the spans of the bounded regex it replaced, edges included."""
    import random

    from bot.core.text.corpus import _WORD, _motif_spans

    alphabet = "ab/ é1⁴_.-A"
    draw = random.Random(562)  # noqa: S311 -- reproducible test data, not secrets
    for _ in range(5000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 12)))
        motif = "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 3)))
        pattern = rf"(?<!{_WORD})(?<!/){re.escape(motif)}(?!{_WORD})(?!/)"
        expected = [match.span() for match in re.finditer(pattern, text)]
        assert list(_motif_spans(motif, text)) == expected, (motif, text)
