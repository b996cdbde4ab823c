"""What a country lookup gives (countries.py): the country, and how a typed name was understood."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


def flag_emoji(alpha2: str) -> str:
    """Return the flag emoji of an ISO alpha-2 code (two regional indicator symbols)."""
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in alpha2.upper())


@dataclass(frozen=True, slots=True)
class Country:
    """A country or territory of ISO 3166, with the French name we display."""

    code: str
    alpha2: str
    name: str
    un_member: bool

    @property
    def flag(self) -> str:
        """Return the country's flag emoji."""
        return flag_emoji(self.alpha2)


class MatchKind(StrEnum):
    """How a typed name was understood."""

    EXACT = "exact"  # a known name, code or alias
    PREFIX = "prefix"  # the start of some names: ask which one
    FUZZY = "fuzzy"  # a typo, clearly closest to one country
    AMBIGUOUS = "ambiguous"  # several countries fit equally: ask
    UNKNOWN = "unknown"  # nothing fits well enough: suggest


@dataclass(frozen=True, slots=True)
class Match:
    """The outcome of a lookup: the country when one is certain, else the candidates to offer."""

    kind: MatchKind
    country: Country | None
    candidates: tuple[Country, ...] = ()
    score: float = 100.0
