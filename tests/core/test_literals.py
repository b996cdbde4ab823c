"""literals: the strings every match holds one of; a message holding none is no match."""

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.core.questions.router  # noqa: F401  (every route's patterns compiled)
from benchmarks.question_cost import CASES
from bot.core.questions.normalise import normal
from bot.core.text import gates
from bot.core.text.gates import Gated, gated
from bot.core.text.literals import _LIKE_ASCII, LiteralIndex, may_match, required

QUESTIONS = Path(__file__).parents[1] / "questions" / "questions.jsonl"


@contextmanager
def _read_short_too() -> Iterator[None]:
    """Short messages read through the strings and branches too (gates leaves them to the engine)."""
    short = gates.SHORT
    gates.SHORT = 0
    try:
        yield
    finally:
        gates.SHORT = short


BATCHES = Path(__file__).parents[1] / "questions" / "batches"


def test_the_strings_every_match_holds():
    # (The parser factors « l » out of both branches: it is put back.)
    found = required(r"\ble texte\b|\bla resolution")
    assert found == (frozenset({"le texte", "la resolution"}), frozenset())
    # The longest string of a sequence; a branch's strings, one each.
    assert required(r"\bvot\w*\s+(?:pour|contre)") == (frozenset({"pour", "contre"}), frozenset())
    # Case-blind: lowered, and cut at a character that is not ASCII.
    assert required(r"(?i:Numéro)") == (frozenset(), frozenset({"num"}))
    assert required(r"Numéro|(?i:Number)") == (frozenset({"Numéro"}), frozenset({"number"}))


def test_no_filter_when_a_match_may_hold_none():
    for pattern in (r"a?", r"\d+", r"vote|\w+", r"(?:vote)*", r"[ab]c?", r"(?=vote)\w+", "(a)?(?(1)b|c)"):
        assert required(pattern) is None, pattern


def test_the_characters_like_ascii_letters_are_all_known():
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    like = {
        chr(c): chr(c).translate(_LIKE_ASCII)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))
    }
    assert like == {c: c.translate(_LIKE_ASCII) for c in ("\u0130", "\u0131", "\u017f", "\u212a")}
    for c, ascii_letter in like.items():
        assert re.fullmatch(ascii_letter, c, re.IGNORECASE)


def test_case_blind_strings_found_in_any_case():
    literals = required(r"(?i:merci|sKip)")
    assert literals is not None
    for text in ("MERCI", "Merci bien", "\u017fkip", "s\u212aIP", "\u0130l dit MERC\u0130"):
        assert re.search(r"(?i:merci|sKip)", text), text
        assert may_match(text, literals), text
    assert not may_match("mersi", literals)


_PHRASE = (
    "merci MERCI stp c'est pour la fiche n° 2 N° 3 le paragraphe numéro deux no. 5 , je sais pas où le "
    "trouver ? salut hello vote VOTE voté 31 voix contre 14 pour et 2 abstentions UE FR x ſ \u212a İ ı "
    "le texte dit quoi sur la dette what about the resolution"
)
_WORDS = st.sampled_from(_PHRASE.split())
_PATTERNS = (
    r"\b(?:c'est|c) pour|(?<=[?.!])\s*merci|[,;]?\s*\bje sais pas|(?i:n[°º])\s*(?=\d)|\d+ voix",
    r"(?i:merci|stp|vote|skip|kilo|liste)\b",
    r"\ble texte dit (?:quoi|what)|\bwhat about\b|\bla (?:resolution|dette)\b",
    r"(?i)\bvot\w*|\babsten",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_the_same_answers_as_the_pattern_alone(text):
    with _read_short_too():
        _the_same_answers(text)


def _the_same_answers(text: str) -> None:
    for pattern in _PATTERNS:
        for flags in (0, re.IGNORECASE):
            plain = re.compile(pattern, flags)
            gate = gated(pattern, flags)
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert gate.sub("#", text) == plain.sub("#", text)
            assert gate.split(text) == plain.split(text)
            assert bool(gate.search(text)) == bool(plain.search(text))


def _tuning_texts() -> list[str]:
    """Tuning questions (every eighth batch), as typed and folded, and the cost benchmark's inputs."""
    texts = [
        json.loads(line)["question"]
        for path in (QUESTIONS, *sorted(BATCHES.glob("batch_*.jsonl"))[::8])
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [normal(text) for text in texts]
    return texts + [text for question in CASES.values() for text in (question, normal(question))]


def _patterns() -> list[Gated]:
    """Every filtered pattern of the routes, those tested only for whether they occur included."""
    found = [o for o in gc.get_objects() if isinstance(o, Gated)]
    assert len(found) > 50
    return found


@pytest.mark.slow
def test_every_pattern_of_the_routes_matches_only_where_its_strings_are():
    """Over the tuning questions, folded and not: no match where the filter says none can be."""
    texts = _tuning_texts()
    for pattern in _patterns():
        literals = pattern.literals
        if literals is None:
            continue
        for text in texts:
            if not may_match(text, literals):
                assert pattern._compiled.search(text) is None, (pattern.pattern, text)


def _numbered(m: re.Match[str]) -> str:
    return f"<{m.lastindex}>"


def _described(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.lastindex, m.lastgroup, m.groupdict())


@pytest.mark.slow
def test_read_branch_by_branch_every_pattern_finds_the_same():
    """Over the tuning questions: branch by branch, the same matches, groups and replacements."""
    texts = _tuning_texts()[::3]
    split = [p for p in _patterns() if p.branches is not None]
    assert len(split) > 30
    with _read_short_too():
        _the_same_as_the_whole(split, texts)


def _the_same_as_the_whole(split: list[Gated], texts: list[str]) -> None:
    for pattern in split:
        whole = pattern._compiled
        for text in texts:
            assert _described(pattern.search(text)) == _described(whole.search(text)), (whole.pattern, text)
            assert _described(pattern.match(text)) == _described(whole.match(text))
            assert list(map(_described, pattern.finditer(text))) == list(
                map(_described, whole.finditer(text))
            )
            assert pattern.findall(text) == whole.findall(text)
            assert pattern.split(text) == whole.split(text)
            assert pattern.sub(lambda m: f"<{m.lastindex}>", text) == whole.sub(
                lambda m: f"<{m.lastindex}>", text
            )


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_branch_by_branch_with_groups(text):
    with _read_short_too():
        _branch_by_branch(text)


def _branch_by_branch(text: str) -> None:
    pattern = (
        r"(?<![\w/-])(?:(vote)|(le) (texte)|(?P<merci>merci)|(stp))(?![\w/-])|(?i:n[°º])\s*(?=\d)|\d+ (voix)"
    )
    gate, whole = gated(pattern), re.compile(pattern)
    assert gate.branches is not None
    assert list(map(_described, gate.finditer(text))) == list(map(_described, whole.finditer(text)))
    assert gate.sub(r"[\1]", text) == whole.sub(r"[\1]", text)
    assert gate.subn("#", text, count=2) == whole.subn("#", text, count=2)
    assert gate.split(text, maxsplit=1) == whole.split(text, maxsplit=1)
    assert gate.findall(text) == whole.findall(text)
    assert _described(gate.fullmatch(text)) == _described(whole.fullmatch(text))


_INDEXED_STRINGS = [
    required(r"(?i:merci|stp)"),
    required(r"le texte|la dette"),
    None,
    required(r"\bn[°º]\s*\d"),
    required(r"(?i)\bvot\w*|\babsten"),
    required(r"ſkip|\d+ voix"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_the_index_finds_what_each_pattern_alone_finds(text):
    """``LiteralIndex.which``: the patterns ``may_match`` says may match, no more, no fewer."""
    index = LiteralIndex(_INDEXED_STRINGS)
    expected = [i for i, found in enumerate(_INDEXED_STRINGS) if found is None or may_match(text, found)]
    assert index.which(text) == expected


@pytest.mark.slow
def test_the_index_of_every_alternation_of_the_routes_finds_the_same():
    """Over the tuning questions: each route's branches found through the index as one by one."""
    texts = _tuning_texts()[::2]
    split = [p.branches for p in _patterns() if p.branches is not None]
    assert len(split) > 30
    for branches in split:
        index = LiteralIndex(branches._literals)
        for text in texts:
            expected = [
                i for i, found in enumerate(branches._literals) if found is None or may_match(text, found)
            ]
            assert index.which(text) == expected, text
