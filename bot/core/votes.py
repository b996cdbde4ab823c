"""Look up the recorded vote by country or by regional group, as users spell them."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from bot.core.errors import UserError
from bot.core.french import fold
from bot.core.models import Group, MemberVote, VoteChoice, VoteRecord

MAX_NAME_LENGTH = 100
_ARTICLE = re.compile(r"^(?:la |le |les |l'|l )")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# Common short names of the regional groups, besides their codes and French names.
_GROUP_ALIASES = {
    "africain": "AFR",
    "afrique": "AFR",
    "asie": "APG",
    "asie pacifique": "APG",
    "asie-pacifique": "APG",
    "amerique latine": "GRULAC",
    "amerique latine et caraibes": "GRULAC",
    "europe de l'est": "EEG",
    "europe orientale": "EEG",
    "europe occidentale": "WEOG",
    "geoa": "WEOG",
    "occident": "WEOG",
}


def name_key(name: str) -> str:
    """Reduce a country or group name to a lookup key: folded, no article, no parenthesis."""
    key = fold(name).strip()
    key = _PARENTHESIS.sub("", key)
    key = re.sub(r"[\s\-]+", " ", key).strip(" .")
    return _ARTICLE.sub("", key)


@dataclass(frozen=True, slots=True)
class GroupTally:
    """One regional group's members and how many voted each way."""

    group: Group
    members: tuple[MemberVote, ...]
    totals: dict[VoteChoice, int]


class VoteBook:
    """The recorded vote with its lookups: by country, by group, and per-group tallies."""

    def __init__(self, record: VoteRecord, groups: tuple[Group, ...]) -> None:
        self.record = record
        self.groups = groups
        self._members = {name_key(m.country): m for m in record.members}
        self._groups: dict[str, Group] = {}
        for group in groups:
            self._groups[name_key(group.code)] = group
            self._groups[name_key(group.name)] = group
        for alias, code in _GROUP_ALIASES.items():
            self._groups[name_key(alias)] = next(g for g in groups if g.code == code)

    def country(self, name: str) -> MemberVote:
        """Return the vote of the member named ``name`` (case, accents and article ignored)."""
        typed = name.strip()
        if not typed or len(typed) > MAX_NAME_LENGTH:
            raise UserError("pays_inconnu", saisie=typed[:MAX_NAME_LENGTH], suggestions=[])
        member = self._members.get(name_key(typed))
        if member is None:
            raise UserError("pays_inconnu", saisie=typed, suggestions=self.suggest(typed))
        return member

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Return the closest member names, for a « vouliez-vous dire » answer."""
        keys = difflib.get_close_matches(name_key(name), self._members, n=limit, cutoff=0.6)
        return [self._members[key].country for key in keys]

    def group(self, name: str) -> Group:
        """Return the regional group named by its code, French name or a common short name."""
        group = self._groups.get(name_key(name))
        if group is None:
            raise UserError("groupe_inconnu", saisie=name.strip()[:MAX_NAME_LENGTH], groupes=self.groups)
        return group

    def tally(self, group: Group) -> GroupTally:
        """Return the members of ``group`` and its totals by vote."""
        members = tuple(m for m in self.record.members if m.group == group)
        totals = {choice: sum(m.vote is choice for m in members) for choice in VoteChoice}
        return GroupTally(group, members, totals)

    def tallies(self) -> tuple[GroupTally, ...]:
        """Return every group's tally, in the order of the groups file."""
        return tuple(self.tally(g) for g in self.groups)
