"""The choice a vote question says of a member (« l'Argentine s'est abstenue pour protester ? »).

Read by the vote route (vote.py): a premise the record corrects (« Non : … ») or confirms.
"""

from __future__ import annotations

import re

from bot.core.questions.routes.vote_beyond import IMAGINING
from bot.core.questions.routes.vote_counts import CAMP_WORDS
from bot.core.questions.routes.vote_words import CHOICES, JOINED, SUMMED
from bot.core.text.models import VoteChoice
from bot.core.votes.book import VoteBook
from bot.core.votes.country_types import Country

_BARE_CHOICES = (
    # (« pour », "for" as a camp only at a clause's end: not « pour le brief ».)
    re.compile(r"\b(?:yes|oui|in favou?r)\b|\b(?:pour|for)(?=\s*(?:[?.,;!]|$|ou\b|or\b|et\b|and\b))"),
    re.compile(r"\b(?:no|against)\b|\bcontre(?=\s*(?:[?.,;!]|$|ou\b|or\b|et\b|and\b))"),
    re.compile(r"absten|abstain"),
)
# « abstentions comprises », "abstentions included": a camp counted in the total, not asked alone.
_INCLUDED = re.compile(
    r"\babst\w* (?:compris\w*|inclu\w*)|"
    r"\b(?:y compris|including|incl|counting|en comptant) (?:les |the )?abst"
)


_IMAGINED = re.compile(rf"\b(?:{IMAGINING})\b")


def asked_of(q: str, countries: list[Country], votes: VoteBook) -> VoteChoice | None:
    """Return the choice a question gives its first member, read before the next name.

    « why did Chile vote yes when Argentina abstained? » says « yes » of Chile; names joined
    (« la Chine et la France ont voté contre ») share the choice said after them.
    """
    if _IMAGINED.search(q):
        return None  # « imaginons que le Japon vote pour »: a vote imagined is no claim to say « Non » to
    index = votes.countries
    # Keys are spaced (« etats unis »), as country_key makes them; the question, of the same
    # length, is read with its hyphens spaced too.
    spaced = q.replace("-", " ")
    first = next((c for c in countries if votes.answer(c).member), countries[0])
    spans = {
        country: min(
            (
                m.span()
                for key in index.keys_of(country)
                for m in re.finditer(rf"\b{re.escape(key)}\b", spaced)
            ),
            default=(-1, -1),
        )
        for country in countries
    }
    start, end = spans[first]
    later = sorted(s for c, (s, _) in spans.items() if c != first and s > start >= 0)
    if not later or JOINED.fullmatch(q[end : later[0]]):
        return said_choice(q)
    return said_choice(q[: later[0]])


# Neither camp, said as one: an abstention (« ni pour ni contre », "neither yes nor no").
NEITHER = re.compile(
    r"(?:\bni (?:pour|en faveur|(?:le )?oui)\b[^?]{0,25}\bni (?:contre|en defaveur|(?:le )?non)|"
    r"\bneither (?:for|in favou?r|yes|pour)\b[^?]{0,25}\bnor (?:against|contre|no|non)|"
    # « qui n'a pas voté pour ou contre ? », "who didn't vote yes or no?": neither, said by negation.
    r"\b(?:pas|not|didn'?t|n't) (?:vote|voted) (?:pour|oui|yes|for|in favou?r) (?:ou|ni|or|nor) "
    r"(?:contre|non|no|against)|"
    # « n'ont pris parti ni dans un sens ni dans l'autre », "sat on the fence", "took neither side".
    r"\bni dans un sens ni dans l'autre|\b(?:sat|sitting|stayed) on the fence|\btook neither side|"
    r"\b(?:pas|not) (?:pris|taken|take|took) (?:parti|sides?)\b)\b"
    # (Not a stance on a thing: « ni pour ni contre les sanctions ».)
    r"(?=\s*(?:[?.,!]|$|(?:du|de la|le|la|au|the|this|ce|cette) "
    r"(?:texte|text|resolution|reso|projet|draft)\b|"
    r"(?:it|elle)\b|(?:au moment du|lors du|during the|at the) (?:vote|scrutin)\b))"
)


# Asked of members (« qui… », "which members…"), not of a stance on a subject (« sur les sanctions,
# la résolution reste ni pour ni contre ? »).
_OF_MEMBERS = re.compile(
    r"\b(?:qui|who|which|quels?|quelles?|membres?|members?|pays|countries|etats|states|combien|how many)\b"
)
_ON_A_SUBJECT = re.compile(r"\b(?:sur|regarding|concerning|about|on the question)\b")


def neither_said(q: str) -> bool:
    """Whether a folded question says « neither for nor against » of a vote, not of a subject."""
    return bool(NEITHER.search(q) and not _ON_A_SUBJECT.search(q))


def neither_asked(q: str) -> bool:
    """Whether a folded question asks who was neither for nor against: the abstentions."""
    return neither_said(q) and bool(_OF_MEMBERS.search(q))


def said_choice(q: str) -> VoteChoice | None:
    """Return the one choice a question names, if it names only one.

    « pour ou contre ? », « combien ont voté pour et contre ? » name two: they ask for the vote,
    not about one camp.
    """
    # (Also said of a member: « La France n'a dit ni oui ni non ? » is an abstention to check.)
    if neither_said(q) and not any(p.search(NEITHER.sub(" ", q)) for _, p in CHOICES):
        return VoteChoice.ABSTAIN  # « ni en faveur ni en défaveur », "neither for nor against"
    named = [choice for choice, pattern in CHOICES if pattern.search(q)]
    if sum(bool(pattern.search(q)) for pattern in _BARE_CHOICES) > 1:
        # "Chile, Costa Rica, Brazil all yes, Argentina abstained. correct?": each its own premise,
        # never one « Non » for all.
        return None
    # « (oui + non + abstentions) », "yes/no/abstain", « abstentions comprises »: the camps
    # summed, the total.
    return named[0] if len(named) == 1 and not SUMMED.search(q) and not _INCLUDED.search(q) else None


# « combien de pays n'ont pas voté pour ? », « qui a pas voté contre », "who didn't vote for it?"
# (glossed « qui didn't vote pour »): the other two camps, never the camp named.
_NEGATED = re.compile(
    r"\b(?:n'(?:a|ont|avait|avaient)\s+pas|(?:a|ont|avait|avaient)\s+pas|didn'?t|did not|have not|haven'?t|"
    r"has not|hasn'?t)\s+(?:vote|voted|votes)\s+(?P<choice>pour|contre|yes|no|for|against|oui|non)\b"
    # (« pas voté pour ou contre »: neither, the abstentions.)
    r"(?!\s*(?:ou|ni|or|nor)\s+(?:pour|contre|yes|no|for|against|oui|non)\b)"
)


def negated_choice(q: str) -> VoteChoice | None:
    """The camp a folded question asks about by its negation (« n'ont pas voté pour »), if any."""
    found = _NEGATED.search(q)
    return None if found is None else CAMP_WORDS[found["choice"]]
