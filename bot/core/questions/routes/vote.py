"""Vote questions: a member's vote, a regional group, who voted one way, the tally."""

from __future__ import annotations

import re
from functools import cached_property

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.questions.evidence import Evidence
from bot.core.questions.normalise import QUESTION_WORDS, as_typed, normal, words, wordset
from bot.core.text.models import MemberVote, VoteChoice

_VOTE_WORDS = re.compile(
    r"combien de membres|membres du conseil|\bvot(?!res?\b)|\bvoix\b|absten|\bscrutin|unanimit|\bmajorite|"
    r"\bsoutenu|\bappuye|\bopposes?\b|\bs'est oppose|\bont rejete|\brejete"
)
_CHOICES = (
    (VoteChoice.ABSTAIN, re.compile(r"absten")),
    (VoteChoice.AGAINST, re.compile(r"\bcontre\b|\boppos|\brejet")),
    (
        VoteChoice.FOR,
        re.compile(r"\bvot\w*\s+(?:en faveur|pour)\b|\ben faveur\b|\bsoutenu|\bappuye|\bpour\s*\?"),
    ),
)
_GROUPS = (
    ("AFR", re.compile(r"\bafri(?:que|cains?|caines?)\b(?! du sud)|\bafr\b")),
    ("APG", re.compile(r"\basi(?:e|atiques?)\b|\basie[- ]pacifique\b|\bapg\b")),
    ("GRULAC", re.compile(r"\bgrulac\b|amerique latine|latino[- ]americains?|\bcaraibes\b")),
    ("EEG", re.compile(r"europe (?:de l'est|orientale)|\beeg\b|\best-europeens?\b|\beurope\b(?! occ)")),
    (
        "WEOG",
        re.compile(
            r"europe occidentale|\bweog\b|\bgeoa\b|\boccidentaux\b|autres etats|"
            r"\beurope\b(?! (?:de l'est|or))"
        ),
    ),
)
# Words left over around a country name in a vote question: whatever remains is the country.
_VOTE_FILLER = wordset(
    """
    comment a t il elle ils elles ont vote votes votee voter quel quelle a-t-il a-t-elle ont-ils ete
    le la les l du de des d sur cette cet ce resolution texte pays delegation qu est-ce que qui
    s'est se sont sest etait fait son sa leur quoi au lors scrutin 56/2 dans position eu y avoir
    """
)
# Vote and tally words: what remains after them in a vote question may be a country.
_NOT_A_COUNTRY = re.compile(
    r"^(?:pour|contre|faveur|vot\w*|absten\w*|oppos\w*|rejet\w*|adopt\w*|unanim\w*|majorit\w*|"
    r"resultats?|combien|voix|pays|membres?|decomptes?|finale?|totale?|totaux|nombre|etats?|bilan|"
    r"scrutin|soutenu\w*|appuye\w*|liste|tous|toutes|chaque|ensemble|detail|repartition|"
    r"groupes?|regionaux|regional|membre|quels|quelles|ete|\d+|conseil|droits|homme|nations|unies|onu|"
    r"cdh|compte|comptait|sieges?|combien)$"
)
# With a member named, these words alone make a vote question (« La Belgique était pour ? »).
_VOTE_HINT = re.compile(r"\bpour\b|\bcontre\b|absten|\bposition\b")
_WHY = re.compile(r"\bpourquoi\b|\braison|\bmotif|\bjustifi")
_TALLY = re.compile(r"resultat|combien de voix|decompte|bilan|unanimit")


class VoteRoute:
    """Answer from the vote record: members named, a group, a choice, or the whole tally."""

    def __init__(self, evidence: Evidence) -> None:
        self.service = evidence.service
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the part of the record asked about, or ``None`` if the question is not about the vote."""
        members = self._members_named(q)
        named = bool(members) and (self._only_names(q, members) or bool(_VOTE_HINT.search(q)))
        if not _VOTE_WORDS.search(q) and not named:
            return None
        record = self.resolution.vote
        asked = next((choice for choice, pattern in _CHOICES if pattern.search(q)), None)
        if _WHY.search(q):
            # The record says how members voted, never why: decline, and show what it does say.
            return Answer(
                typed, Intent.VOTE, False, "motifs", scope=VoteScope.COUNTRY, members=tuple(members)
            )
        if members:
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.COUNTRY, members=tuple(members), asked_choice=asked
            )
        groups = [code for code, pattern in _GROUPS if pattern.search(q)]
        if groups:
            tallies = tuple(self.service.group_vote(code) for code in groups)
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.GROUP, tallies=tallies, asked_choice=asked
            )
        candidate = _country_candidate(q)
        if candidate:
            candidate = as_typed(candidate, typed)
            try:
                found = self.service.vote(candidate)
            except UserError as error:
                # Whatever the lookup calls it (unknown name, non-member), the record has no vote.
                return Answer(
                    typed,
                    Intent.VOTE,
                    False,
                    "non_membre",
                    scope=VoteScope.COUNTRY,
                    subject=candidate,
                    suggestions=tuple(error.data.get("suggestions", ())),
                )
            member = next((m for m in record.members if m.country == found.country), None)
            if member is None:  # a UN member without a seat on the Council in 2024
                return Answer(
                    typed, Intent.VOTE, False, "non_membre", scope=VoteScope.COUNTRY, subject=found.country
                )
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.COUNTRY, members=(member,), asked_choice=asked
            )
        if asked is not None and not _TALLY.search(q):
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.CHOICE,
                choice=asked,
                members=record.by_choice(asked),
            )
        return Answer(typed, Intent.VOTE, True, scope=VoteScope.TALLY)

    @cached_property
    def _member_keys(self) -> list[tuple[re.Pattern[str], MemberVote]]:
        keys = []
        for member in self.resolution.vote.members:
            name = re.sub(r"\s*\([^)]*\)", "", normal(member.country)).replace("-", " ")
            variants = {name, name.split(" d'")[0]}
            for variant in variants:
                keys.append((re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])"), member))
        return keys

    def _members_named(self, q: str) -> list[MemberVote]:
        spaced = q.replace("-", " ")
        found: list[MemberVote] = []
        for pattern, member in self._member_keys:
            if pattern.search(spaced) and member not in found:
                found.append(member)
        return sorted(found, key=lambda m: self._position(spaced, m))

    def _position(self, spaced: str, member: MemberVote) -> int:
        for pattern, candidate in self._member_keys:
            if candidate is member and (match := pattern.search(spaced)):
                return match.start()
        return len(spaced)

    def _only_names(self, q: str, members: list[MemberVote]) -> bool:
        """Tell whether a question is little more than country names (« Et la Chine ? »)."""
        rest = q.replace("-", " ")
        for pattern, _ in self._member_keys:
            rest = pattern.sub(" ", rest)
        return not [w for w in words(rest) if w not in QUESTION_WORDS]


def _country_candidate(q: str) -> str:
    """Return what is left of a vote question once its vote and question words are gone."""
    kept = [
        w
        for w in words(q)
        if w not in QUESTION_WORDS and w not in _VOTE_FILLER and not _NOT_A_COUNTRY.match(w)
    ]
    return " ".join(kept)
