"""Route words mended when typed one slip away, and nothing else."""

import pytest

from bot.core.questions.spelling import mend
from bot.core.text.french import fold

KNOWN = {"session", "sessions", "adoption", "date", "quand", "paragraphe"}


def _mend(typed: str) -> str:
    return mend(typed, fold, lambda word: word in KNOWN)


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("la sesion elle a duré", "la session elle a duré"),
        ("la date dadoption", "la date d'adoption"),
        ("le praembule dit quoi", "le preambule dit quoi"),
        ("combien d'abstension", "combien d'abstention"),
        ("la séence", "la seance"),
    ],
)
def test_a_route_word_one_slip_away_is_mended(typed, mended):
    assert _mend(typed) == mended


@pytest.mark.parametrize(
    "typed",
    [
        "les sessions du Conseil",  # known
        "adopted during which session",  # an inflection: the ending differs
        "les pays abstenus",  # the same
        "combien de paragraphes et de seances",  # plurals
        "la cession des biens",  # its first letter differs: a word, not a slip
        "la sess",  # too short to tell
    ],
)
def test_other_words_are_left_as_typed(typed):
    assert _mend(typed) == typed
