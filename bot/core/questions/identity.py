"""The asker saying who they are: « je suis chinoise », "As the delegate of Cuba", « moi qui suis malawite ».

Such a clause names the asker's country, not the subject of the question. A question that refers
back to it (« mon pays a voté comment ? », "did my country vote yes?") asks about that country;
any other question is asked without it (« moi qui suis malawite, le texte a été adopté quel
jour ? » asks the date). Demonyms are read here only: elsewhere « français » is a language and
« indien » an ocean.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.core.questions.normalise import normal, wordset
from bot.core.votes.countries import Country, CountryIndex, country_key

_OPENER = re.compile(
    r"(?<![\w'’])(?:moi,?\s+)?(?:"
    r"je suis|jsuis|j'suis|moi qui suis|en tant que|étant|etant|"
    r"as an?|as the|i'?m|i am|"
    r"je viens d[eu]|je viens d'|je viens des|i come from|"
    r"je représente|je represente|i represent|"
    r"(?:mes parents|my parents|ma famille|my family) (?:sont|est|are|is)|"
    r"chez nous|here in"
    r")(?![\w'’])",
    re.IGNORECASE,
)
# Words that may sit between the opener and the country: « un », « d'origine », "the delegate of",
# « de la délégation du ». « et » / "and" join two countries (« tchadien et camerounais »).
_BETWEEN = wordset(
    """
    un une a an de du des d l la le les the of from for au aux en a origine moitie half et and
    delegue deleguee delegues deleguees delegate delegates delegation representant representante
    representative ambassadeur ambassadrice ambassador citoyen citoyenne citizen ne nee born
    nationalite nationality fier fiere proud
    """
)
_CLAUSE_WORDS = 12
_JOINING = frozenset({"et", "and"})
_TOKEN = re.compile(r"[^\W_]+")
# A separator that ends the clause: punctuation, not a space, hyphen or apostrophe.
_CLAUSE_END = re.compile(r"[.,;:!?()/—–«»\"]")
_LEADING_JOIN = re.compile(r"^[\s,;:.!—–-]*(?:(?:et|mais|and|but|so|donc|du coup)\b[\s,]*)?", re.IGNORECASE)
# The question refers back to the asker's country: « mon pays », and any « notre », "our" (« notre
# position officielle ») but the 2030 Agenda's « Transformer notre monde ».
REFERS_BACK = re.compile(
    r"\b(?:mon (?:propre )?pays|my (?:own )?country|mes (?:deux |2 |trois )?pays|"
    r"my (?:two |2 |three )?countries|ma delegation|my delegation|ma position|my position|mon vote|my vote|"
    r"mon gouvernement|my government|(?:notre|nos|our)\b(?! (?:monde|world)\b)|chez nous|"
    r"on a vote|nous avons vote|avons-nous vote|did we|have we|we voted|"
    r"mon pays d'origine|ma patrie|my homeland)\b"
)


@dataclass(frozen=True, slots=True)
class Identity:
    """The asker's clause (``start``:``end`` of the message) and the countries it names."""

    typed: str
    start: int
    end: int
    countries: tuple[Country, ...]
    # The clause with each demonym written as its country's name (« je suis Soudan du Sud »).
    named: str

    @property
    def rest(self) -> str:
        """The message without the clause: what is asked."""
        before = self.typed[: self.start].rstrip(" ,;:-—–")
        after = _LEADING_JOIN.sub("", self.typed[self.end :], count=1)
        return f"{before} {after}".strip() if before.strip() else after.strip()

    @property
    def with_countries(self) -> str:
        """The message with the clause's demonyms written as country names."""
        return self.typed[: self.start] + self.named + self.typed[self.end :]

    def refers_back(self) -> bool:
        """Whether what is asked refers to the asker's country (« mon pays », "my delegation")."""
        return bool(REFERS_BACK.search(normal(self.rest)))


def asker_identity(typed: str, countries: CountryIndex) -> Identity | None:
    """Return the first clause in which the asker says which country they are from, or ``None``."""
    for opener in _OPENER.finditer(typed):
        found = _clause(typed, opener.start(), opener.end(), countries)
        if found is not None:
            return found
    return None


def _clause(typed: str, start: int, opened: int, index: CountryIndex) -> Identity | None:
    # A clause of identity is a few words (« d'origine tchadienne et camerounaise »): the rest of
    # the message is never read from each opener, so the cost stays linear.
    tokens = list(itertools.islice(_TOKEN.finditer(typed, opened), _CLAUSE_WORDS))
    words = [t.group() for t in tokens]
    keys = [country_key(w) for w in words]
    found: list[Country] = []
    pieces: list[str] = [typed[start:opened]]
    end = last = opened
    position = 0
    joined = False
    while position < len(tokens):
        if _CLAUSE_END.search(typed, last, tokens[position].start()):
            break
        named = index.named_at(words, keys, position, demonyms=True)
        if named is not None:
            country, size = named
            finish = tokens[position + size - 1].end()
            pieces += [typed[last : tokens[position].start()], country.name]
            found.append(country)
            end = last = finish
            position += size
            joined = False
            continue
        if keys[position] not in _BETWEEN or (joined and keys[position] not in _JOINING):
            break
        # After « et », a country or demonym must follow at once (« je suis française et la France
        # a voté… » says two things).
        joined = keys[position] in _JOINING and bool(found)
        position += 1
    if not found:
        return None
    return Identity(typed, start, end, tuple(dict.fromkeys(found)), "".join(pieces))
