"""Look up the recorded vote by country or by regional group, as users spell them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from bot.core.errors import UserError
from bot.core.text.models import Group, MemberVote, VoteChoice, VoteRecord
from bot.core.votes.countries import MAX_NAME_LENGTH, CountryIndex, country_key, default_corpus_dir
from bot.core.votes.countries import load_countries as _load_countries
from bot.core.votes.country_types import Country
from bot.core.votes.subregions import load_subregions, members_of

# Common names of the regional groups besides their codes and French names, in French and
# English (UN documents in French write GEOA for the Western European and other States).
_GROUP_ALIASES = {
    "africain": "AFR",
    "afrique": "AFR",
    "africa": "AFR",
    "african": "AFR",
    "gea": "AFR",
    "asie": "APG",
    "asie pacifique": "APG",
    "asie et pacifique": "APG",
    "asie et du pacifique": "APG",
    "asia pacific": "APG",
    "asia": "APG",
    "geap": "APG",
    "amerique latine": "GRULAC",
    "amerique latine et caraibes": "GRULAC",
    "amerique latine et des caraibes": "GRULAC",
    "latin america": "GRULAC",
    "latin american and caribbean": "GRULAC",
    "glac": "GRULAC",
    "europe de l est": "EEG",
    "europe orientale": "EEG",
    "eastern europe": "EEG",
    "eastern european": "EEG",
    "geeo": "EEG",
    "europe occidentale": "WEOG",
    "europe occidentale et autres": "WEOG",
    "western europe": "WEOG",
    "western european and others": "WEOG",
    "geoa": "WEOG",
    "geoae": "WEOG",
    "occident": "WEOG",
}
# Words that introduce a group's name ("groupe des États d'Afrique") and carry no meaning.
_GROUP_FILLERS = frozenset({"groupe", "group", "des", "etats", "d", "de", "du", "states", "of", "the"})


def group_key(name: str) -> str:
    """Reduce a group name to its lookup key: folded, without "groupe des États de"."""
    words = country_key(name).split()
    while len(words) > 1 and words[0] in _GROUP_FILLERS:
        words = words[1:]
    if words and words[-1] in {"group", "groupe"}:
        words = words[:-1]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class CountryVote:
    """What the vote lookup answers for one country: its vote if it sat on the Council in 2024.

    For a member, ``country`` is spelled as in the vote record and ``vote`` and ``group`` are
    set; for any other country both are ``None`` and ``member`` is false.
    """

    country: str
    code: str
    flag: str
    un_member: bool
    vote: VoteChoice | None = None
    group: Group | None = None

    @property
    def member(self) -> bool:
        """Return whether the country was one of the 47 members who voted."""
        return self.vote is not None


@dataclass(frozen=True, slots=True)
class GroupTally:
    """One regional group's members and how many voted each way."""

    group: Group
    members: tuple[MemberVote, ...]
    totals: dict[VoteChoice, int]


class VoteBook:
    """The recorded vote with its lookups: by country, by group, and per-group tallies."""

    def __init__(
        self,
        record: VoteRecord,
        groups: tuple[Group, ...],
        countries: CountryIndex | Callable[[], CountryIndex] | None = None,
    ) -> None:
        self.record = record
        self.groups = groups
        names = [m.country for m in record.members]
        # The country index costs pycountry's load: built on the first country lookup only.
        self._load: Callable[[], CountryIndex] = (
            (lambda: _load_countries(default_corpus_dir(), names))
            if countries is None
            else countries
            if callable(countries)
            else (lambda: countries)
        )
        self._groups: dict[str, Group] = {}
        for group in groups:
            self._groups[group_key(group.code)] = group
            self._groups[group_key(group.name)] = group
        for alias, code in _GROUP_ALIASES.items():
            self._groups[group_key(alias)] = next(g for g in groups if g.code == code)

    @cached_property
    def countries(self) -> CountryIndex:
        """Return the country index (names, codes, aliases of every ISO 3166 country)."""
        return self._load()

    @cached_property
    def _members(self) -> dict[str, MemberVote]:
        """Return the members by ISO alpha-3 code."""
        out: dict[str, MemberVote] = {}
        for member in self.record.members:
            country = self.countries.by_name(member.country)
            if country is None:  # load_countries checks the record names: this is a bug
                raise LookupError(member.country)
            out[country.code] = member
        return out

    @cached_property
    def flags(self) -> dict[str, str]:
        """Return each member's flag emoji, by its name in the vote record."""
        by_code = {m.country: code for code, m in self._members.items()}
        return {name: self.countries.countries[code].flag for name, code in by_code.items()}

    def country(self, name: str) -> CountryVote:
        """Return how the country ``name`` voted, or that it was not a member.

        Raises ``pays_inconnu`` (with suggestions) or ``pays_ambigu`` (with candidates) when
        ``name`` names no country, or several, with certainty.
        """
        typed = name.strip()
        if not typed:
            raise UserError("pays_inconnu", saisie="", suggestions=[], drapeaux={})
        return self.answer(self.countries.resolve(typed))

    def answer(self, country: Country) -> CountryVote:
        """Return the vote of a resolved country (``member`` false if it had no seat)."""
        member = self._members.get(country.code)
        if member is None:
            return CountryVote(country.name, country.code, country.flag, country.un_member)
        return CountryVote(member.country, country.code, country.flag, True, member.vote, member.group)

    def complete(self, typed: str, limit: int) -> list[str]:
        """Return country names for a name being typed: Council members first, then the others."""
        return [c.name for c in self.countries.complete(typed, first=self._members, limit=limit)]

    def group(self, name: str) -> Group:
        """Return the regional group named by its code, French name or a common short name."""
        group = self.find_group(name)
        if group is None:
            raise UserError("groupe_inconnu", saisie=name.strip()[:MAX_NAME_LENGTH], groupes=self.groups)
        return group

    def find_group(self, name: str) -> Group | None:
        """Return the regional group ``name`` names exactly (code, name, short name), else ``None``."""
        return self._groups.get(group_key(name))

    def tally(self, group: Group) -> GroupTally:
        """Return the members of ``group`` and its totals by vote."""
        members = tuple(m for m in self.record.members if m.group == group)
        totals = {choice: sum(m.vote is choice for m in members) for choice in VoteChoice}
        return GroupTally(group, members, totals)

    @cached_property
    def _subregions(self) -> dict[str, str]:
        return load_subregions(default_corpus_dir())

    def subregion_tally(self, name: str, parts: tuple[str, ...]) -> GroupTally:
        """Return the members in the M49 sub-regions ``parts`` (« Amérique du Sud ») and their totals.

        Its ``group`` is no UN regional group: its code is empty, its name the sub-region's.
        """
        codes = members_of(parts, self._subregions)
        names = {m.country for code, m in self._members.items() if code in codes}
        members = tuple(m for m in self.record.members if m.country in names)  # the record's order
        totals = {choice: sum(m.vote is choice for m in members) for choice in VoteChoice}
        return GroupTally(Group("", name), members, totals)

    def tallies(self) -> tuple[GroupTally, ...]:
        """Return every group's tally, in the order of the groups file."""
        return tuple(self.tally(g) for g in self.groups)
