"""gated: the same matches, span for span and group for group, tried only where one can start."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.questions.normalise import Occurrence, boundary_first, one_answer
from bot.core.questions.question import _FILLER, _NUMBER_SIGN
from bot.core.text.gates import gated


def test_the_lookahead_holds_the_first_characters():
    assert gated(r"\bvot|\babst").pattern == r"(?=[va])(?:\bvot|\babst)"
    assert gated(r"(?<!\d)\d+ voix").pattern == r"(?=[\d])(?:(?<!\d)\d+ voix)"
    # A branch that ignores case keeps its lookahead ignoring case.
    assert gated(r"x|(?i:n)o").pattern == r"(?=[x]|(?i:[n]))(?:x|(?i:n)o)"


def test_left_as_written_when_a_match_can_start_anywhere():
    for pattern in (r"a?", r"[^?]*\bvote", r".vote", r"(?m)^\s*-"):
        assert gated(pattern).pattern == pattern


_PHRASE = (
    "merci stp c'est pour la fiche n° 2 le paragraphe numéro deux no. 5 , je sais pas où le trouver ? "
    "salut hello vote 31 voix contre 14 pour et 2 abstentions UE FR x no NO N° 3 ; c est pour le doc"
)
_WORDS = st.sampled_from(_PHRASE.split())
_MIXED = r"\b(?:c'est|c) pour|(?<=[?.!])\s*merci|[,;]?\s*\bje sais pas|(?i:n[°º])\s*(?=\d)|\d+ voix"


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_the_same_matches_as_the_pattern_alone(text):
    for gate, flags in ((gated(_MIXED), 0), (gated(_MIXED, re.IGNORECASE), re.IGNORECASE)):
        plain = re.compile(_MIXED, flags)
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pattern in (_FILLER, _NUMBER_SIGN):
        plain = re.compile(pattern.pattern[pattern.pattern.index(")(?:") + 4 : -1], pattern.flags)
        assert pattern.sub("#", text) == plain.sub("#", text)


class _Spy:
    """Records the strings a pattern is searched in."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls: list[str] = []

    def search(self, text: str) -> re.Match[str] | None:
        self.calls.append(text)
        return self.pattern.search(text)


def test_an_occurrence_is_searched_once_a_string_within_one_answer(monkeypatch):
    occurrence = boundary_first(r"\bvote|\bvoix")
    assert isinstance(occurrence, Occurrence)
    spy = _Spy(occurrence._compiled)
    monkeypatch.setattr(occurrence, "_compiled", spy)
    with one_answer():
        assert occurrence.search("le vote")
        assert occurrence.search("le vote")
        assert not occurrence.search("devote")
    assert spy.calls == ["le vote", "devote"]
    occurrence.search("le vote")  # outside an answer: nothing kept
    assert spy.calls == ["le vote", "devote", "le vote"]
