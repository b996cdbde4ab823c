"""literals: the strings every match holds one of; a message holding none is no match."""

import gc
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.core.questions.router  # noqa: F401  (every route's patterns compiled)
from bot.core.questions.normalise import Occurrence, normal
from bot.core.text.gates import Gated, gated
from bot.core.text.literals import _LIKE_ASCII, may_match, required

QUESTIONS = Path(__file__).parents[1] / "questions" / "questions.jsonl"
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
    for pattern in _PATTERNS:
        for flags in (0, re.IGNORECASE):
            plain = re.compile(pattern, flags)
            gate = gated(pattern, flags)
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert gate.sub("#", text) == plain.sub("#", text)
            assert gate.split(text) == plain.split(text)
            assert bool(gate.search(text)) == bool(plain.search(text))


@pytest.mark.slow
def test_every_pattern_of_the_routes_matches_only_where_its_strings_are():
    """Over the tuning questions, folded and not: no match where the filter says none can be."""
    texts = [
        json.loads(line)["question"]
        for path in (QUESTIONS, *sorted(BATCHES.glob("batch_*.jsonl"))[::8])
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [normal(text) for text in texts]
    patterns = [o for o in gc.get_objects() if isinstance(o, Gated | Occurrence)]
    assert len(patterns) > 50
    for pattern in patterns:
        literals = pattern._literals
        if literals is None:
            continue
        for text in texts:
            if not may_match(text, literals):
                assert pattern._compiled.search(text) is None, (pattern.pattern, text)
