"""A vote asked, then something else: the later clauses of a vote question.

(A later sentence is read only for what the text says: « Cuba a voté pour. Du coup, le texte dit
quoi sur … ? ». Reading any later sentence that names a subject of the text as a second question
was measured in the thirty-sixth round: 3 gains and 27 losses on the tuning set, since « which
country? », « en bloc ou divisé ? », "what was the tally?" follow a vote as often as a topic does.)
"""

from __future__ import annotations

import re

from bot.core.questions.normalise import QUESTION_WORDS, generic_words, words
from bot.core.questions.routes.requests import THE_COUNCIL
from bot.core.questions.routes.vote_groupings import EU, GROUPS, STATE_SETS
from bot.core.questions.routes.vote_words import (
    CLAUSES,
    CONFIRMING,
    SENTENCES,
    STANCE_ON_A_THING,
    TEXT_ASKED,
    VOTE_FILLER,
    VOTE_HINT,
    VOTE_WORDS,
)
from bot.core.votes.countries import CountryIndex
from bot.core.votes.subregions import subregion_named

# One State described rather than named (« le pays de Big Ben », « le pays hôte », "the land of
# the maple leaf"): when the country index does not know the description, the tally is no answer.
DESCRIBED_STATE = re.compile(
    # (Not « le pays qui a voté contre », « le pays qui a fait abstention »: a camp asked.)
    r"\b(?:le|ce|du|au) pays (?:de |du |des |d'|hote\b|qui (?:a (?!(?:\w+\s+){0,2}"
    r"(?:vote|voix|abst|dit (?:oui|non)))|abrite|accueill))(?!\w*\s*(?:vote|voix))|"
    # (In English, as glossed: "the country of" is « the pays of ».)
    r"\bthe (?:country|pays|land|nation) (?:of|that (?:hosts|is home)|where)\b(?! the (?:vote|votes)\b)|"
    r"\bthe host (?:country|pays|state|nation)\b"
)


def asks_more(q: str, index: CountryIndex) -> bool:
    """Whether a later clause asks about something else (« …, mais c'est quoi sa politique ? »).

    A clause with no vote word and no country, holding a word that is neither a question
    word nor a common one, is a second question: one the record does not answer.
    """
    if any(TEXT_ASKED.search(clause) for clause in SENTENCES.split(q)[1:]):
        return True  # « Cuba a voté pour. Du coup, le texte dit quoi sur … ? »
    for clause in CLAUSES.split(q)[1:]:
        if TEXT_ASKED.search(clause):
            return True  # « …, mais le texte dit quoi sur les sanctions … contre un autre ? »
        if CONFIRMING.match(clause):
            continue  # « … - is that right? »: the question itself, to confirm
        # (« …, elle est donc pour les sanctions ? »: for a thing, no vote word.)
        stance = STANCE_ON_A_THING.search(clause)
        if (VOTE_WORDS.search(clause) or VOTE_HINT.search(clause)) and not stance:
            continue
        if index.find_in(clause) and not stance:
            continue
        # ("… how many of them sat on the Council?", the Council's name spelled out by the gloss.)
        clause = THE_COUNCIL.sub(" conseil ", clause)
        if any(
            w not in QUESTION_WORDS and w not in VOTE_FILLER and w.strip("?.!,;:") not in generic_words()
            for w in words(clause)
        ):
            return True
    return False


def names_a_set(q: str) -> bool:
    """Whether the folded question names a group, a region, a set of States or the EU (« le pays d'Asie »)."""
    return bool(
        any(p.search(q) for _, p in GROUPS)
        or subregion_named(q) is not None
        or any(p.search(q) for _, _, p in STATE_SETS)
        or EU.search(q)
    )
