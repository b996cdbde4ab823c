"""boundary_first: the same patterns found or not, faster (benchmarks/question_cost.py)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.questions.normalise import _top_level_branches, boundary_first
from bot.core.questions.routes.outside_kinds import _KINDS, KINDS


def test_branches_respect_groups_classes_and_escapes():
    assert _top_level_branches(r"\ba|\bb[|)]|(?:c|d)|\\|x") == [r"\ba", r"\bb[|)]", "(?:c|d)", r"\\", "x"]


def test_the_boundary_is_factored_out():
    assert boundary_first(r"\bvote|\bvoix|absten").pattern == r"\b(?:vote|voix)|absten"
    assert boundary_first(r"\bvote|absten").pattern == r"\bvote|absten"  # one branch: as written


_PHRASE = (
    "la france a vote contre pourquoi parce que why because reasons vu que puisque since rejeter "
    "a rejeter who rejected les seminaires ont eu lieu 59e session declaration de vote said what "
    "the delegate abstain abstention 31 contre 14 pour ou contre deja depuis l'adoption"
)
_WORDS = st.sampled_from(_PHRASE.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_found_exactly_where_the_original_is(text):
    for (reason, original), (_, factored) in zip(_KINDS, KINDS, strict=True):
        assert bool(original.search(text)) == bool(factored.search(text)), reason
    # And a pattern of each kind the routes use: branches with and without a boundary, lookbehinds.
    mixed = r"\bvot\w*|combien de membres|(?<!a )(?<!to )\brejeter\b|\bpour ou contre\b|absten"
    assert bool(re.search(mixed, text)) == bool(boundary_first(mixed).search(text))
