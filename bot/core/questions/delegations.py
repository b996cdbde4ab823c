"""A member named by its demonym beside a delegate, a government or a vote.

« le délégué cubain », "the Japanese delegation", "the Chinese and Japanese delegations", « le
gouvernement chinois », "the Chinese voted for it?": the member's vote is asked. Elsewhere a
demonym is no member (« le texte en français », "the South American delegations" are a region).
"""

from __future__ import annotations

import re

from bot.core.questions.identity import BETWEEN, ORIGIN, ROLE
from bot.core.questions.normalise import boundary_first, wordset
from bot.core.text.gates import gated
from bot.core.votes.countries import CountryIndex, country_key
from bot.core.votes.country_types import Country

_TOKEN = re.compile(r"[^\W_]+")
# Who stands for a member: its delegates, its government.
_STANDS_FOR = ROLE | wordset(
    "gouvernement gouvernements government governments diplomates diplomats autorites autorités authorities"
)
# What a member's people did in a vote (« the Chinese voted », "the Japanese rejected it").
_VOTING = wordset(
    "voted vote votes abstained abstain abstains supported support opposed oppose did were backed back "
    "rejected reject government gouvernement representants rejeter rejete soutenu abstenu"
)
# A direction or region before a demonym makes a region (« South American », « latino-américains »),
# unless the whole is a member's demonym (« South African », « sud-soudanais »), tried first.
_REGION = wordset(
    "south north central latin east west eastern western southern northern sud nord centre centrale latine "
    "latino est ouest"
)
_AND = wordset("et and")
_AUXILIARY = wordset("ont a have has did")
# A language named (« le texte en français », "the Chinese version"): no member.
_LANGUAGE = gated(
    r"\b(?:en|in|version|texte|text|traduction|translation|langue|language)\s+(?:francais|français|anglais|"
    r"espagnol|arabe|chinois|russe|french|english|spanish|arabic|chinese|russian)\b|"
    r"\b(?:francais|français|anglais|espagnol|arabe|chinois|russe|french|english|spanish|arabic|chinese|russian)"
    r"\s+(?:version|text|translation)\b",
    re.IGNORECASE,
)


# Read first, once: a message with none of these words names no delegation (most messages).
_CUE = boundary_first(
    r"d[ée]l[ée]gu|delegat|d[ée]l[ée]gation|repr[ée]sentant|representative|ambassad|gouvernement|government|"
    r"autorit|authorit|"
    r"diplomat|vot|abst|support|oppos|did|were|back|reject|rejet|soutenu",
    re.IGNORECASE,
)


def delegations_named(typed: str, index: CountryIndex) -> list[Country]:
    """The members whose delegates, government or people a message names, in its order."""
    if not _CUE.search(typed):
        return []
    words = _TOKEN.findall(typed)
    keys = [country_key(w) for w in words]
    found: dict[int, Country] = {}

    def before(end: int) -> int | None:
        """Where a member's name or demonym ending just before ``end`` starts (longest first)."""
        for size in (3, 2, 1):
            start = end - size
            if start < 0:
                continue
            named = index.named_at(words, keys, start, demonyms=True)
            if (
                named is not None
                and start + named[1] == end
                and (start == 0 or keys[start - 1] not in _REGION)
            ):
                found[start] = named[0]
                return start
        return None

    def after(start: int) -> int | None:
        """Where a member's name or demonym starting at ``start`` ends."""
        if start >= len(keys):
            return None
        named = index.named_at(words, keys, start, demonyms=True)
        if named is None:
            return None
        found[start] = named[0]
        return start + named[1]

    for position, key in enumerate(keys):
        if key in _STANDS_FOR:
            # « délégué cubain », « délégation de Cuba », "delegate from the Maldives", and « les
            # délégations chinoise et japonaise ».
            start = position + 1
            while start < len(keys) and start <= position + 3 and keys[start] in (ORIGIN - ROLE) | BETWEEN:
                start += 1
            end = after(start)
            while end is not None and end + 1 < len(keys) and keys[end] in _AND:
                end = after(end + 1)
            # "the Japanese delegation", "the Chinese and Japanese delegations".
            first = before(position)
            while first is not None and first >= 2 and keys[first - 1] in _AND:
                first = before(first - 1)
        elif index.is_demonym(key) and position + 1 < len(keys):
            # "the Chinese voted for it?", "Japanese rejected it?"
            named = index.named_at(words, keys, position, demonyms=True)
            if named is None or (position > 0 and keys[position - 1] in _REGION):
                continue
            end = position + named[1]
            demonym = index.is_demonym(" ".join(keys[position:end]))
            # (« les Turcs ont voté comment ? »: the auxiliary first.)
            verb = end + 1 if end + 1 < len(keys) and keys[end] in _AUXILIARY else end
            if verb < len(keys) and keys[verb] in _VOTING and demonym:
                found[position] = named[0]
    return list(dict.fromkeys(found[p] for p in sorted(found)))


def members_named(typed: str, index: CountryIndex) -> list[Country]:
    """The members a question names: by name, or by demonym beside a delegate or a vote.

    « le texte en français dit quoi ? » names no member: a language. « le délégué
    sud-soudanais »: South Sudan, not the Sudan inside its demonym.
    """
    named = index.find_in(_LANGUAGE.sub(" ", typed))
    delegations = delegations_named(typed, index)
    return delegations + [
        c for c in named if c not in delegations and not any(c.name in d.name for d in delegations)
    ]


# A follow-up naming one member, mistyped (« et la frannce ? mdr jparie contre », "and Lithuaina?").
_FOLLOW_UP = re.compile(
    r"^(?:et|and|mais|but|puis|what about|and what about|et pour) (?:la |le |les |l'|the )?"
    r"([a-z][a-z' -]{3,30}?)\s*\?"
)


def misspelt_follow_up(q: str, index: CountryIndex) -> tuple[Country, str] | None:
    """The member a short follow-up names with a slip, and the question with its name mended.

    Only when the index is sure of the name, which it never guesses: « et la santé ? » or « et le
    reste ? » get countries as suggestions, never as a match, so they stay the text's questions.
    """
    found = _FOLLOW_UP.match(q)
    if found is None or len(found[1].replace(" ", "")) < 5:
        return None  # (« et fin ? » would be FIN)
    country = index.match(found[1]).country
    if country is None:
        return None
    return country, f"{q[: found.start(1)]}{country_key(country.name)}{q[found.end(1) :]}"
