"""Search: BM25 equal to rank_bm25, thesaurus, typos, phrases, parts, snippets, limits."""

import random
import re
from itertools import pairwise

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from bot.core.errors import UserError
from bot.core.search.analyzer import analyze, tokenize
from bot.core.search.bm25 import Bm25
from bot.core.search.index import SearchIndex
from bot.core.search.snippets import SNIPPET_LENGTH, make_snippet
from bot.core.search.thesaurus import Section, Thesaurus, ThesaurusError, default_thesaurus, parse_entries
from bot.core.text.french import fold
from bot.render.serialize import search_json


@pytest.fixture(scope="module")
def documents(resolution):
    return [analyze(s.text) for s in resolution.segments]


def _ids(service, query, **kwargs):
    return [h.id for h in service.search(query, **kwargs).hits]


# BM25 ------------------------------------------------------------------------------------------


def test_bm25_scores_equal_rank_bm25_on_the_real_corpus(documents):
    """Postings-based scores equal BM25Okapi.get_scores on the same tokens, for many queries."""
    ours, theirs = Bm25(documents), BM25Okapi(documents)
    rng = random.Random(56)  # noqa: S311 (a reproducible sample, not a secret)
    vocabulary = sorted({t for d in documents for t in d})
    queries = [d[:3] for d in documents] + [rng.sample(vocabulary, 4) for _ in range(100)]
    queries += [["droit", "homm", "droit"], ["cooper"], ["absent-du-texte"]]
    for query in queries:
        assert np.allclose(ours.get_scores(query), theirs.get_scores(query), rtol=1e-12, atol=1e-12), query


def test_bm25_weights_count_like_repeated_terms(documents):
    """A weight of 2 on a term scores like typing the term twice."""
    bm25 = Bm25(documents)
    assert np.allclose(
        bm25.get_scores({"sud": 2.0, "cooper": 1.0}), bm25.get_scores(["sud", "sud", "cooper"])
    )


def test_bm25_floors_common_terms_like_rank_bm25(documents):
    """A term in more than half the documents gets epsilon x mean idf, as in rank_bm25."""
    ours, theirs = Bm25(documents), BM25Okapi(documents)
    assert ours.document_frequency("droit") > len(documents) / 2
    assert ours.idf["droit"] == pytest.approx(theirs.idf["droit"])
    assert ours.idf["droit"] > 0


# Results ---------------------------------------------------------------------------------------


def test_search_footnote_symbol_finds_footnote_and_its_paragraph(service):
    """A/HRC/55/78 (footnote 4) finds FN4 and OP20, the paragraph carrying the note."""
    assert set(_ids(service, "A/HRC/55/78")[:2]) == {"FN4", "OP20"}
    assert _ids(service, "A/HRC/56/40")[:2] == ["FN5", "OP32"]


def test_search_official_symbol_of_a_cited_document(service):
    """The official symbol A/RES/70/1 finds the paragraphs citing 70/1."""
    assert _ids(service, "A/RES/70/1")[0] == "PP2"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("70/1", "PP2"),
        ("6/17", "PP26"),
        ("COVID-19", "PP11"),
        ("xenophobie", "PP10"),
        ("l’homme", None),
        ("l'homme", None),
        ("coopération Sud-Sud", "PP9"),
        ("cooperation sud sud", "PP9"),
        ("Durban", "PP10"),
    ],
)
def test_search_finds_what_users_type(service, query, expected):
    """Symbols, accents dropped, phone apostrophes and compounds all find their paragraph."""
    ids = _ids(service, query, limit=10)
    assert ids
    if expected:
        assert expected in ids


def test_search_morphology_matches_other_forms(service):
    """Other inflections find the paragraph: vaccination → vaccins, racistes → racisme."""
    assert {"PP12", "PP14"} <= set(_ids(service, "vaccination"))
    assert "OP7" in _ids(service, "racistes")
    assert _ids(service, "donateur")[0] == "OP21"


def test_search_never_shows_zero_scores(service):
    """Every hit has a positive score, best first: those carrying every word, then the others."""
    for query in ["droits", "coopération", "Haut-Commissaire", "pandémie COVID-19", "xylophone"]:
        hits = service.search(query, limit=50).hits
        assert all(h.score > 0 for h in hits)
        order = [(not h.complete, -h.score) for h in hits]
        assert order == sorted(order)


# Thesaurus -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("ODD", "objectifs de développement durable"),
        ("EPU", "Examen périodique universel"),
        ("HCDH", "Haut-Commissariat"),
        ("Universal Periodic Review", "Examen périodique universel"),
        ("landlocked developing countries", "sans littoral"),
        ("climate change", "changements climatiques"),
        ("sanctions", "mesures coercitives unilatérales"),
        ("pays enclavés", "sans littoral"),
    ],
)
def test_thesaurus_expands_acronyms_synonyms_and_english(service, query, words):
    """The first hit for an acronym, a synonym or an English name holds the text's words."""
    hits = service.search(query).hits
    assert hits
    assert fold(words) in fold(hits[0].paragraph.text)


def test_thesaurus_capital_un_is_the_united_nations(service):
    """ "UN" in capitals is an acronym; "un" is an article and finds nothing."""
    assert service.search("UN").hits
    assert not service.search("un").hits


def test_thesaurus_synonym_weighs_less_than_the_typed_word(service):
    """A typed word that is in the text still ranks its own paragraph first."""
    assert _ids(service, "intérêt commun")[0] == "OP5"
    assert _ids(service, "transparence")[0] in {"PP32", "OP16", "OP22"}


def test_thesaurus_file_expansions_are_words_of_the_text(service):
    """Each acronym and English entry expands to words that occur in the text (the file is reviewed)."""
    index = service.index
    for entry in default_thesaurus().entries:
        if entry.section in (Section.SYNONYM, Section.NEAR):
            continue
        for expansion in entry.expansions:
            terms = analyze(expansion)
            assert terms, (entry.expression, expansion)
            assert all(t in index.bm25 for t in terms), (entry.expression, expansion)


def test_thesaurus_file_groups_each_hold_a_phrase_of_the_text(service):
    """Each synonym group (searched or near) has at least one member spelled as in the text."""
    groups = [e for e in default_thesaurus().entries if e.section in (Section.SYNONYM, Section.NEAR)]
    assert groups
    for entry in groups:
        members = (entry.expression, *entry.expansions)
        assert any(all(t in service.index.bm25 for t in analyze(m)) for m in members), members


def test_thesaurus_groups_are_symmetric():
    """Typing any member of a synonym group expands to all the others."""
    entries = parse_entries(
        {"synonymes": {"groupes": [["bien commun", "intérêt général", "intérêt commun"]]}}
    )
    assert {e.expression: set(e.expansions) for e in entries} == {
        "bien commun": {"intérêt général", "intérêt commun"},
        "intérêt général": {"bien commun", "intérêt commun"},
        "intérêt commun": {"bien commun", "intérêt général"},
    }


@pytest.mark.parametrize(
    "data",
    [
        {"synonymes": {"groupes": [["seul"]]}},
        {"synonymes": {"groupes": "pas une liste"}},
        {"sigles": {"ODD": 3}},
        {"anglais": {"the": "le"}},
        {"anglais": []},
    ],
)
def test_thesaurus_rejects_malformed_entries(data):
    """A malformed entry is refused with a message naming it."""
    with pytest.raises(ThesaurusError):
        parse_entries(data)


def test_search_without_thesaurus_misses_acronyms(resolution):
    """The thesaurus is what finds acronyms: without it, ODD finds nothing."""
    bare = SearchIndex(resolution.segments, Thesaurus.empty())
    assert bare.search("ODD") == []
    assert SearchIndex(resolution.segments, default_thesaurus()).search("ODD")


# Typos -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "corrected", "expected"),
    [
        ("xenofobie", "xénophobie", "OP7"),
        ("terorisme", "terrorisme", "OP14"),
        ("mondialiasation", "mondialisation", "OP10"),
        ("pandemmie", "pandémie", "PP14"),
        ("droits de lhomme", "droits de l'homme", None),
    ],
)
def test_typo_is_corrected_and_said(service, typed, corrected, expected):
    """A word absent from the text is corrected to the closest text word, and the reply says so."""
    result = service.search(typed, limit=10)
    assert result.corrected == corrected
    assert result.hits
    if expected:
        assert expected in [h.id for h in result.hits]
    assert search_json(result)["corrected"] == corrected


def test_typo_correction_never_touches_a_known_word(service, resolution):
    """No word of the text, in any case or without accents, is ever corrected."""
    words = {t.term for s in resolution.segments for t in tokenize(s.text) if not t.whole}
    assert len(words) > 500
    for word in sorted(words):
        assert service.search(word).corrected is None, word
    for word in ["partis", "vaccination", "ÉTATS", "Coopératives"]:  # known stems, other forms
        assert service.search(word).corrected is None, word


def test_typo_far_from_every_word_gives_suggestions_not_results(service):
    """A word near nothing in the text: no result, no correction, French message, suggestions."""
    result = service.search("xylophone")
    assert result.hits == ()
    assert result.corrected is None
    assert result.suggestions
    out = search_json(result)
    assert out["results"] == []
    assert out["suggestions"] == list(result.suggestions)


# Phrases and parts -----------------------------------------------------------------------------


def test_phrase_query_keeps_only_the_exact_phrase(service):
    """Quoted words must follow each other in that order; accents and case still ignored."""
    ids = _ids(service, '"coopération triangulaire"', limit=50)
    assert set(ids) == {"PP21", "OP29", "OP30"}
    assert _ids(service, "« cooperation TRIANGULAIRE »", limit=50) == ids
    assert _ids(service, '"triangulaire coopération"') == []


def test_phrase_query_combines_with_words(service):
    """A phrase filters, the other words rank."""
    ids = _ids(service, '"droits de l\'homme" pandémie', limit=50)
    assert ids
    for segment_id in ids:
        text = fold(service.resolution.get(segment_id).text)
        assert "droits de l'homme" in text


@pytest.mark.parametrize(("part", "pattern"), [("preambule", r"PP\d+"), ("dispositif", r"OP\d+")])
def test_part_filter_keeps_one_part(service, part, pattern):
    """`partie` keeps the preamble or the operative part only."""
    for query in ["coopération Sud-Sud", "droits de l'homme", "A/HRC/55/78", "Haut-Commissaire"]:
        ids = _ids(service, query, part=part, limit=50)
        assert all(re.fullmatch(pattern, i) for i in ids), (query, ids)
    assert _ids(service, "Haut-Commissaire", part=part)


def test_part_tout_includes_footnotes(service):
    """`tout` searches footnotes as well."""
    assert "FN1" in _ids(service, "1/CP.21", part="tout")
    assert "FN1" not in _ids(service, "1/CP.21", part="preambule")


# Snippets --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "coopération Sud-Sud",
        "COVID-19",
        "pandémie",
        "Haut-Commissaire",
        "financement développement",
        "dialogue",
    ],
)
def test_snippets_are_centred_marked_and_never_cut_mid_word(service, query):
    """Each snippet is source text cut at spaces, with its marks on matched words."""
    for hit in service.search(query, limit=10).hits:
        text = hit.paragraph.text
        body = hit.snippet.removeprefix("… ").removesuffix(" …")
        start = text.index(body)
        end = start + len(body)
        assert start == 0 or text[start - 1] == " "
        assert end == len(text) or text[end] == " "
        assert len(body) <= SNIPPET_LENGTH + 40
        assert hit.marks
        for begin, finish in hit.marks:
            marked = hit.snippet[begin:finish]
            assert marked
            assert marked.strip() == marked
            assert begin == 0 or not hit.snippet[begin - 1].isalnum()


def test_snippet_goes_to_the_matched_words_in_a_long_paragraph(resolution):
    """In a long paragraph, the snippet shows the matched words rather than the opening."""
    text = resolution.get("PP9").text
    assert len(text) > 3 * SNIPPET_LENGTH
    snippet, marks = make_snippet(text, set(analyze("transfert technologies")))
    assert snippet.startswith("… ")
    assert [snippet[a:b] for a, b in marks] == ["transfert", "technologies"]


def test_snippet_marks_a_compound_once(resolution):
    """A compound and its parts are one mark, not three overlapping ones."""
    text = resolution.get("PP21").text
    _, marks = make_snippet(text, set(analyze("Sud-Sud")))
    assert marks
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(marks))


# Limits ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "\n"])
def test_empty_query_is_a_user_error(service, query):
    """A blank query asks what to search for."""
    with pytest.raises(UserError) as raised:
        service.search(query)
    assert raised.value.code == "requete_vide"


def test_10k_character_query_is_refused_by_the_service_and_handled_by_the_index(service):
    """The service refuses a 10,000-character query in French; the index itself copes with it."""
    query = ("coopération internationale xenofobie " * 300)[:10_000]
    with pytest.raises(UserError) as raised:
        service.search(query)
    assert raised.value.code == "requete_trop_longue"
    assert service.index.search(query, limit=5)


def test_stop_words_only_query_finds_nothing(service):
    """A query of function words only is answered with no result, not an error."""
    result = service.search("de la et les")
    assert result.hits == ()


def test_malformed_thesaurus_file_stops_start_up_naming_it(tmp_path, corpus_dir):
    """A broken corpus/thesaurus.toml is a corpus error naming the file, like a broken text."""
    import shutil

    from bot.core.service import Service
    from bot.core.text.corpus import CorpusFormatError

    copy = tmp_path / "corpus"
    shutil.copytree(corpus_dir, copy)
    (copy / "thesaurus.toml").write_text("[sigles]\nODD = 3\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match=r"thesaurus\.toml: .*ODD"):
        Service.from_corpus(copy)


def test_reply_says_what_was_searched_and_bolds_the_matches(service):
    """The /cherche reply says « Résultats pour … » after a correction and bolds matched words."""
    from pathlib import Path

    from bot.render.replies import Replies
    from bot.render.templates import Renderer

    templates = Path(__file__).resolve().parents[2] / "templates"
    reply = Replies(service, Renderer(templates, markup=True)).cherche("xenofobie")
    assert "Résultats pour «\u00a0xénophobie\u00a0»" in reply.description
    assert "**xénophobie**" in reply.description
    nothing = Replies(service, Renderer(templates, markup=False)).cherche("xylophone")
    assert "Aucun passage ne correspond à «\u00a0xylophone\u00a0»" in nothing.description
    assert "Mots proches dans le texte\u00a0: xénophobie" in nothing.description


def test_when_question_looks_for_dated_paragraphs(service):
    """A "quand" question also searches the paragraphs giving a date (a year)."""
    from bot.core.search.query import DATED

    index = service.index
    assert DATED in index.parse("Quand a eu lieu la conférence de Durban ?").weights
    assert DATED not in index.parse("conférence de Durban").weights
    dated = set(index.bm25.documents_with(DATED))
    position = {s.id: i for i, s in enumerate(index.segments)}
    assert position["PP6"] in dated  # 20 décembre 1993
    assert position["OP32"] not in dated
    assert _ids(service, "Quand a eu lieu la conférence de Durban ?")[0] == "PP10"


def test_importing_the_service_loads_neither_numpy_nor_rapidfuzz():
    """One-shot commands that never search do not pay for numpy or rapidfuzz at start-up."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    probe = (
        "import bot.core.service, bot.render.serialize, bot.cli, json, sys\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(result.stdout))
    assert "bot" in loaded
    assert not {"numpy", "rapidfuzz", "rank_bm25"} & loaded


def test_snippet_prefers_typed_words_over_synonyms(resolution):
    """A typed word (weight 1) draws the snippet more than a thesaurus synonym (weight 0.5)."""
    text = resolution.get("PP9").text
    (kampala,) = analyze("Kampala")
    (transfer,) = analyze("transfert")
    snippet, marks = make_snippet(text, {kampala: 0.5, transfer: 1.0})
    assert [snippet[a:b] for a, b in marks] == ["transfert"]
    snippet, marks = make_snippet(text, {kampala: 1.0, transfer: 0.5})
    assert [snippet[a:b] for a, b in marks] == ["Kampala"]


def test_thesaurus_tells_apart_entries_with_the_same_stems(service):
    """English "objectives" and "objectivity" share a stem; each reads as its own entry."""
    objectives, objectivity = analyze("objectifs objectivité")
    assert objectives in service.index.parse("objectives").weights
    assert objectivity not in service.index.parse("objectives").weights
    assert objectivity in service.index.parse("objectivity").weights
    assert objectives not in service.index.parse("objectivity").weights


def test_cli_no_result_exits_0_with_empty_results_and_suggestions():
    """`cherche xylophone --json` answers exit 0, results [], suggestions, no error."""
    import io
    import json

    from bot.cli import main

    out = io.StringIO()
    assert main(["cherche", "xylophone", "--json"], stdin=io.StringIO(), stdout=out) == 0
    data = json.loads(out.getvalue())
    assert data["results"] == []
    assert data["suggestions"]
    assert "error" not in data


# Plain Python and numpy scoring --------------------------------------------------------------


def _queries(resolution, count=400):
    """Queries a student could type: words of the text, pairs, phrases, typos, parts."""
    rng = random.Random(56)  # noqa: S311 -- reproducible test data, not secrets
    words = sorted({w for s in resolution.segments for w in re.findall(r"\w[\w'-]+", s.text)})
    queries = [line.split('"q": "')[1].split('"')[0] for line in _dev_lines()]
    for _ in range(count):
        picked = rng.sample(words, rng.randint(1, 4))
        if rng.random() < 0.2:
            picked = [f'"{" ".join(picked[:2])}"', *picked[2:]]
        if rng.random() < 0.2:
            word = picked[-1]
            picked[-1] = word[:-1] + "x" if len(word) > 4 else word
        queries.append(" ".join(picked))
    return queries


def _dev_lines():
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "dev.jsonl"
    return path.read_text(encoding="utf-8").splitlines()


def test_sparse_and_dense_scoring_rank_alike(resolution, monkeypatch):
    """Plain Python (a resolution) and numpy (a large corpus) give the same hits, scores and order."""
    from bot.core.search import bm25

    sparse = SearchIndex(resolution.segments, default_thesaurus())
    monkeypatch.setattr(bm25, "DENSE_FROM", 0)
    dense = SearchIndex(resolution.segments, default_thesaurus())
    assert not sparse.bm25.dense
    assert dense.bm25.dense
    parts = [None, frozenset({resolution.segments[0].kind})]
    for query in _queries(resolution):
        for kinds in parts:
            ours, theirs = sparse.run(query, 10, kinds), dense.run(query, 10, kinds)
            assert [(h.id, h.score, h.snippet) for h in ours.hits] == [
                (h.id, h.score, h.snippet) for h in theirs.hits
            ], (query, kinds)


def test_sparse_scores_equal_dense_scores(documents):
    """A document's sparse score is exactly its dense score; documents left out score 0."""
    bm25 = Bm25(documents)
    for query in (["sud", "cooper"], {"droit": 2.0, "homm": 0.5}, ["absent"]):
        dense = bm25.get_scores(query)
        sparse = bm25.sparse_scores(query)
        assert [sparse.get(i, 0.0) for i in range(len(documents))] == dense.tolist()


def test_near_groups_never_widen_search(resolution):
    """A [proches] group reaches the questions' coverage, not /cherche: as [synonymes] it changes
    what a query finds, as [proches] the query finds what it finds with no thesaurus at all."""
    group = [["diversité culturelle", "zorglubité des cultures"]]
    query = "zorglubité des cultures"
    bare = [h.id for h in SearchIndex(resolution.segments, Thesaurus.empty()).search(query)]
    searched = Thesaurus(parse_entries({"synonymes": {"groupes": group}}))
    near = Thesaurus(parse_entries({"proches": {"groupes": group}}))
    assert [h.id for h in SearchIndex(resolution.segments, searched).search(query)] != bare
    assert [h.id for h in SearchIndex(resolution.segments, near).search(query)] == bare
    assert {e.section for e in near.entries} == {Section.NEAR}
