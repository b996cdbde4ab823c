"""« Oui » or « Non » first, when a yes-or-no question asks a camp of one group.

« un pays africain a voté contre ? », "did all the Asian members vote for it?", « aucun pays
d'Amérique latine ne s'est abstenu ? »: the group's breakdown answers, but the asker wants the yes
or the no before it, as for one member's vote.
"""

from __future__ import annotations

import re

from bot.core.text.models import VoteChoice
from bot.core.votes.book import GroupTally

# Read in this order: « pas un seul … ? » is « aucun », « tous » before « un ».
_NONE = re.compile(
    r"\b(?:aucun|aucune|pas un seul|pas une seule|none of|not a single|not one)\b|"
    r"\bno (?:\w+ )?(?:country|countries|member|members|state|states)\b"
)
_ALL = re.compile(r"\b(?:tous|toutes|tt|all|every|chacun|chaque|each|l'ensemble des)\b")
# « tous sauf un ? », "all but one?": a count the verdict does not say.
_EXCEPT = re.compile(r"\b(?:sauf|a part|hormis|excepte|except|but one|but two|other than)\b")
# « est-ce qu'un seul … ? », "did even one … ?": any (not « seuls les … », the group alone).
_EVEN_ONE = re.compile(
    r"\b(?:est-ce qu'|estce qu'|est ce qu'|est-ce que |est ce que |y a-t-il |y a |ya )(?:un|une) seule?\b|"
    r"\b(?:even one|a single)\b"
)
# « un seul », "only one": exactly one (read after ``_EVEN_ONE``).
_ONE = re.compile(r"\b(?:un seul|une seule|only one|just one)\b")
# A camp negated (« n'ont pas voté pour », "did not vote yes"): the other camps, not this one.
# (Not the asker's « je veux pas me tromper ».)
_NOT = re.compile(
    r"\bn'(?:a|ont|avait|avaient) (?:pas|jamais)\b|\b(?:pas|jamais) vote|"
    r"\bne (?:s'est|se sont) (?:pas|jamais)\b|"
    r"\b(?:didn'?t|did not|not|never) (?:vote|support|oppose|abstain|back)\w*"
)
_SOME = re.compile(
    r"[,;:?!.]\s*(?:un|une|des)\s+(?:\w+\s+){0,2}?(?:pays|etats?|membres?|gouvernements?|delegations?)\b|"
    r"(?:^|\best-ce qu'|\bestce qu'|\best ce qu'|\best-ce que |\best ce que |\by a-t-il |"
    r"\by a |\bya |\byavait |\by avait )(?:un|une|des)\b|"
    r"^(?:des|certains|certaines|quelques)\b|"
    r"\b(?:au moins un|au moins une|any|some|at least one)\b|"
    r"\b(?:did|has|have|had) (?:an?|any|some)\b"
)
# A question asking who or how many is answered by the breakdown itself.
# (Not the relative « qui »: « y a un pays d'Afrique qui a voté contre ? ».)
_WH = re.compile(
    r"(?:^|[,;:?!.]\s*|\bet |\bmais |\balors |\bc'est |\bcest |\bc |\bc'etait |\bsont )qui\b|"
    r"\b(?:combien|quels?|quelles?|lequel|laquelle|lesquels|lesquelles|comment|pourquoi|how|who|which|"
    r"what|why)\b"
)


def group_verdict(
    q: str, tallies: tuple[GroupTally, ...], asked: VoteChoice | None, camp: int | None = None
) -> dict[str, object]:
    """The yes or no a folded question about one group's camp asks first, if it asks one.

    ``camp``: the size of the whole camp, when the question says the group made it alone (« seuls
    les occidentaux ont voté contre ? », "all 14 no votes were from WEOG?").
    """
    if asked is None or len(tallies) != 1 or _WH.search(q) or _EXCEPT.search(q):
        return {}
    tally = tallies[0]
    voted = tally.totals.get(asked, 0)
    if _EVEN_ONE.search(q):
        return {"verdict": {"quantite": "un", "oui": voted > 0, "n": voted}}
    if _ONE.search(q):  # (« un seul » is no « seuls les … »)
        return {"verdict": {"quantite": "un_seul", "oui": voted == 1, "n": voted}}
    if camp is not None:
        return {"verdict": {"quantite": "camp", "oui": voted == camp, "n": voted, "camp": camp}}
    if _NONE.search(q):
        return {"verdict": {"quantite": "aucun", "oui": voted == 0, "n": voted}}
    if _NOT.search(q):
        return {}
    if _ALL.search(q):
        total = len(tally.members)
        return {"verdict": {"quantite": "tous", "oui": voted == total, "n": voted}}
    if _SOME.search(q):
        return {"verdict": {"quantite": "un", "oui": voted > 0, "n": voted}}
    return {}
