"""How a question counts the votes: the tally (« le résultat ? »), a camp counted (« combien contre ? »)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.questions.normalise import boundary_first
from bot.core.text.gates import gated
from bot.core.text.models import VoteChoice

# « c'est passé à 31 contre 16 ? »: a tally, right or wrong, which the record gives (« en 2 à 3
# phrases » is none: only « contre » and "against" join two counts).
# The verbs a tally follows (« adoptée 31 à 14 », "it passed 32 to 14").
_PASSED = r"(?:passed|adopted|adoptee?s?|passee?s?|votee?s?|won)"
SCORE = (
    r"\b\d{1,2} (?:voix )?(?:contre|against) \d{1,2}\b|"
    # "I remember the vote being 30 to 15", « le scrutin, c'était 30 à 15 ? »: a tally to settle.
    # (Not « le vote sur les paragraphes 3 à 5 »: a range of paragraphs.)
    r"\b(?:vote|tally|score|result|resultat|scrutin(?!y))\w*\b(?:(?!para|alinea|op\b|pp\b|§)[^?\d]){0,20}"
    r"\b\d{1,2}\s*(?:to|a|-)\s*\d{1,2}\b(?![/\w])|"
    # « l'écart entre les pour et les contre », "the margin of adoption": the tally gives it.
    r"\b(?:ecart|marge|margin|difference) (?:entre les |between the |de |of )?"
    r"(?:pour|for|yes|oui|voix|votes)\b|"
    r"\bmargin of (?:adoption|adoptee|victory|the vote)\b|\b(?:by what|with what|quelle) (?:margin|marge)\b|"
    r"\b(?:the|la) (?:margin|marge)\s*\?|"
    r"\b(?:ecart|marge) (?:de |du |des )?(?:vote|scrutin|l'adoption|voix)\b|"
    # "the for vs against numbers": the tally.
    r"\b(?:for|pour) (?:vs|versus|and|et|&) (?:against|contre)\b|"
    # « 14 contre ou 15 contre ? », « c'est 30 pour 15 contre ? »: a count to settle.
    r"\b\d{1,2} (?:voix )?(?:contre|pour|against|for) (?:ou|or) \d{1,2} (?:voix )?"
    r"(?:contre|pour|against|for)\b|"
    r"\b\d{1,2} (?:voix )?(?:pour|for),? (?:et |and )?\d{1,2} (?:voix )?(?:contre|against)\b|"
    # « il paraît que 16 pays ont voté contre », "15 countries voted no?": a camp's count heard.
    # (Not « 14 pays ont voté contre, lesquels ? »: the camp's names.)
    r"\b\d{1,2} (?:pays|etats|membres|countries|states|members) (?:ont |have |a )?(?:vote|voted) "
    r"(?:pour|contre|for|against|yes|no)\b(?![^?]*\b(?:lesquel\w*|c'est qui|c qui|qui sont|which|who|"
    r"quels|quelles|names?|noms?)\b)|"
    # "adopted 31-14-3 I think", « 31-14-2 c'est ça ? »: the three camps, dashed.
    r"(?<![\w/-])\d{1,2}\s*[-–]\s*\d{1,2}\s*[-–]\s*\d{1,2}(?![\w/-])|"
    # "it passed 32 to 14", « adoptée 31 à 14 »: a tally to settle.
    rf"\b{_PASSED}\s+(?:by\s+|par\s+)?\d{{1,2}}\s*(?:to|a|-)\s*\d{{1,2}}\b|"
    # « 31+14+2 ça fait 47 ? »: the three camps added.
    r"\b\d{1,2}\s*\+\s*\d{1,2}\s*\+\s*\d{1,2}\b|"
    # A count heard or guessed (« Léa dit 46 membres au CDH », "Camille says 15 against", « il y a
    # 32 pour je crois »): the record settles it.
    r"\b\d{1,2} (?:membres|members) (?:au|du|dans le|of the|on the|in the) (?:cdh|conseil|council|hrc)\b|"
    # « le Conseil a 53 membres, c'est vrai ? », « c'est 14 contre pas 15 »: a count to settle.
    r"\b(?:conseil|council|cdh|hrc) (?:a|compte|has|had) \d{1,2} (?:membres|members)\b|"
    r"\b\d{1,2} (?:voix )?(?:contre|pour|against|for),? (?:pas|not) \d{1,2}\b|"
    r"\b(?:dit|disent|says?|said|thinks?|il y a|y a|there (?:are|were))\s+\d{1,2} (?:pour|contre|against|for|"
    r"in favou?r|abstentions?)\b|\b\d{1,2} (?:pour|contre|against|abstentions?),? je crois\b"
)
# "it passed 32 to 14", « adoptée 31 à 14 »: the words before a tally, which is no range of
# paragraphs (read by the paragraph route before the numbers).
PASSED_BY = re.compile(rf"\b{_PASSED}\s+(?:by\s+|par\s+|with\s+)?$")
# What a camp counted ends with: the question's end, not a subject (« combien étaient pour la paix »).
_CAMP_END = (
    r"(?=\s*(?:[?!.,;]|$|deja|stp|svp|au total|en tout|already|in total|lol|mdr|du coup|alors|"
    r"finalement))"
)
TALLY = boundary_first(
    r"resultat|combien de voix|decompte|bilan|unanim|consensus|\bscores?\b|\btally\b|\bcount\b|"
    # « plus de la moitié ont voté pour ? », « le conseil a 47 membres ? »: the tally says.
    r"plus de la moitie|more than half|la majorite|a majority|\b47 membres\b|\b47 members\b|"
    # « vote enregistré ou à main levée ? »: the record says a recorded vote.
    r"\bvote enregistre\b[^?]{0,20}\bou\b|\brecorded vote or\b|" + SCORE
)
# « combien de pays pour ? »: a camp that ends the question (not « pour les séminaires »).
# (« y a eu combien de pays contre au final ? »: a closing word after the camp.)
_CAMP_AT_END = re.compile(
    r"\b(?:pour|contre)\s*(?:(?:au final|finalement|en tout|au total|en fin de compte)\s*)?"
    r"(?:stp|svp|pls|please|\?|$)"
)
# « combien de pays ont voté pour ? »: the record answers, whatever else is typed (« jsuis perdu »).
HOW_MANY = re.compile(
    r"combien (?:de |d')?(?:pays|etats|membres|votes?|voix|abstentions?|delegations|nations)\b|"
    # « nombre de pays contre ? », « nbr de voix pour »
    r"\b(?:nombre|nb|nbr|nbre) (?:de |d')?(?:pays|etats|membres|votes?|voix|abstentions?|delegations)\b|"
    r"how many (?:countries|states|members|votes|abstentions|delegations|nations)"
)
# « ils étaient combien contre déjà ? », "how many were against?": a camp counted, no vote word.
_HOW_MANY_WERE = boundary_first(
    r"\b(?:etaient|ont ete|sont|etait|y en avait|y avait|y en a eu|y a eu|y en a)\s+combien\s+"
    r"(?:a\s+)?(?:pour|contre|s'abstenir)\b"
    rf"{_CAMP_END}|"
    rf"\bcombien (?:etaient|ont dit|ont ete|were|said|went) (?:pour|contre|in favou?r|yes|no)\b{_CAMP_END}|"
    # « combien contre ? » alone: the camp is all there is to count.
    # (« combien de pour ? » too, as « combien de oui ».)
    # (After a clause too: « dans le GRULAC ça donne quoi, combien de pour ? ».)
    rf"(?:^|[,:;] ?)(?:et |and )?combien (?:de )?(?:pour|contre)\b{_CAMP_END}|"
    rf"\bcombien de (?:oui|non)\b{_CAMP_END}|"
    # « combien pour pis combien contre », « combien de pour et combien de contre », « c quoi le
    # score ? »: the camps counted, or the tally.
    r"\bcombien (?:de )?(?:pour|contre)\s*(?:,|et|puis|pis|ou)?\s*combien (?:de )?(?:pour|contre|"
    r"d'abstentions?|abstentions?)\b|"
    # (The score alone, or the vote's: not « le score de la France à l'EPU », « de la résolution sur
    # la dette ».)
    r"(?:^|[,:;] ?)(?:c'est quoi|c quoi|cest quoi|quel est|quel etait|what'?s|what is|what was) "
    r"(?:le |the )?(?:final )?(?:score|tally)(?: final)?(?: (?:du vote|of the vote|de la (?:reso|resolution)"
    r"(?: 56/2)?|of the resolution|de la 56/2))?(?: exactement| exactly| final| svp| stp| deja| alors)?"
    r"\s*[?!.]*\s*$|"
    rf"\bhow many (?:were|said|went) (?:for|against|in favou?r|yes|no)\b{_CAMP_END}|"
    # « combien de oui et de non ? », "how many yes and how many no", "Final score for 56/2?",
    # « le score final ? »: the camps counted, or the tally, with no vote word.
    r"\bcombien de (?:oui|non|pour|contre)\s*(?:,|et|puis|pis|ou)\s*(?:combien )?(?:de |d')?(?:oui|non|pour|"
    rf"contre|abstentions?)\b{_CAMP_END}|"
    # (English comes glossed: "how many yes" is « combien yes ».)
    r"\b(?:how many|combien) (?:yes(?:es)?|ayes|noes|nos?)\b(?:\s*(?:,|and|et|&)?\s*(?:how many |combien )?"
    rf"(?:yes(?:es)?|ayes|noes|nos?|abstentions?)\b)?{_CAMP_END}|"
    r"(?:^|[,:;?] ?)(?:the |le |son |its )?(?:final (?:score|tally|vote count)|score final)\b"
    r"(?! (?:de l'|du |of the )(?!reso|vote)\w)"
)


# « 31 pour ok. et contre y en avait combien ? », « bon les contre, ils étaient combien ? »: the
# camp first, then counted (the camp asked, not the one said before it).
_CAMP_THEN_COUNTED = re.compile(
    r"(?:^|[,:;.] ?)(?:(?:et|and|bon|ok|alors|mais) )?(?:les )?(?P<camp>pour|contre|abstention)s?\s*,?\s*"
    r"(?:il |ils |elles )?(?:y en avait|y en a eu|y en a|etaient|c'etait|ca fait|ca donne)\s+combien\b"
    + _CAMP_END
)


def camp_counted_after(q: str) -> VoteChoice | None:
    """The camp a folded question names, then counts (« et contre, y en avait combien ? »)."""
    found = _CAMP_THEN_COUNTED.search(q)
    return VoteChoice(found["camp"]) if found else None


# « combien de membres compte le Conseil ? », "how many members does the council have": the 47.
_COUNCIL_SIZE = boundary_first(
    # (Not « combien d'États Membres de l'ONU, en dehors du Conseil, … »: the UN's, not the record's.)
    r"\bcombien (?:de |d')?(?:etats )?membres\b(?![^?]*\b(?:en dehors|hors du|outside|de l'onu|of the un))"
    r"[^?]*\bconseil(?! d'administration)|"
    r"\bconseil\b(?! d'administration)[^?]*\bcombien (?:de |d')?membres\b|"
    r"\b(?:conseil|council)\b[^?]*\b47 (?:membres|members)\b|"
    r"\b47 (?:membres|members)\b[^?]*\b(?:conseil|council)\b|"
    # « 47 membres c'est ça ? », "47 members right?": the Council's size said alone.
    r"^\W*(?:(?:il y a|y a|ya|there are|c'est|c'etait)\s+)?\d{1,2} (?:membres|members|etats membres)\s*,?\s*"
    r"(?:au total|en tout|in total|c'est ca|c ca|c'est bien ca|right|non|hein|correct|exact|vrai|ok)?"
    r"\s*\??\s*$"
)


# « liste des pays pour svp », « pays contre ? », "countries against?": one camp, by name.
_CAMP_LISTED = re.compile(
    r"^\W*(?:(?:la )?liste (?:des )?|les |quels |list of (?:the )?|the )?(?:pays|membres|etats|countries|"
    r"members|states) (?:pour|contre|against|in favou?r)\s*(?:stp|svp|pls|please)?\s*\??\s*$"
)
# « qui sont les 14 pays contre, vite stp », "who are the 31 in favour": a camp named by its count.
_CAMP_BY_COUNT = re.compile(
    r"\b(?:qui sont|c'est qui|lesquels|liste|who are|which are|names? of)\b[^?]{0,20}\b(?:les |the )?"
    r"(?:31|14|2|deux) (?:pays |etats |membres |countries |states |members )?(?:pour|contre|against|"
    r"in favou?r|abstentions?|abstentionnistes|qui se sont abstenus)\b"
)


# « 31 pour c juste ? », « y avait 14 contre c ça ? », "2 abstentions right?": one camp's count
# said at the message's start, to check against the record (not « 31 août », PP10's date).
_ONE_CAMP_SAID = gated(
    # (After a claim's opening too: « c'est vrai que c'est 31 pour ? », « mon prof dit 71 pour ».)
    r"(?:^|\b(?:que|qu'|dit|dits|says?|that|resultat|result)\s+)\W*"
    r"(?:(?:c'etait|c'est|y avait|il y avait|y a eu|il y a eu|there were|were there|it was|so)\s+"
    r"(?:bien\s+)?)?"
    r"(?P<count>\d{1,2})\s+"
    r"(?:pays\s+|membres\s+|etats\s+|voix\s+|votes?\s+|members\s+|countries\s+|states\s+)?"
    # « cinq États ont voté contre ? », "14 states voted no?"
    r"(?:(?:ont\s+|have\s+)?(?:vote|voted)\s+)?"
    # (The camp ends the claim: not « 33 pour le préambule ? », « 60 pour cent ».)
    r"(?P<camp>pour|contre|abstentions?|for|against|in favou?r|yes|no)\s*,?\s*"
    r"(?:c'est juste|c juste|c'est ca|c ca|c'est bien ca|right|non|hein|correct|exact|vrai|ok|stp|svp|pls|"
    r"is that right|c'est vrai|c'est faux(?: non)?|faux)?\s*(?:\?|$)"
)


# A tally said (« adoptée par 30 voix contre 15 ? », "it passed 30-15", « 32 voix contre 13 »):
# for and against, in that order.
_SAID_TALLY = gated(
    # Each camp after its count first (« 31 pour 14 contre 2 abstentions »: not « 14 contre 2 »).
    r"(?<![\d/.])(?P<yes>\d{1,2})\s*(?:voix\s*|votes?\s*)?(?:pour|for|yes|in favou?r)\s*,?\s*"
    r"(?:et\s+|and\s+)?(?P<no>\d{1,2})\s*(?:voix\s*|votes?\s*)?(?:contre|against|no)\b|"
    # (A count after « pour » is the next camp's: « 31 pour 14 contre 2 ».)
    r"(?<![\d/.])(?<!pour )(?<!for )(?<!pour, )"
    r"(?P<yes2>\d{1,2})\s*(?:voix\s*|votes?\s*|pour\s*|for\s*|yes\s*)?"
    r"(?:-|–|contre|to|against|a)\s*(?P<no2>\d{1,2})(?![\d/]|\.\d)"
)


def said_tally(q: str) -> tuple[int, int] | None:
    """The for-and-against count a folded question states, if it states one."""
    found = _SAID_TALLY.search(q)
    if found is None:
        return None
    return (int(found["yes"] or found["yes2"]), int(found["no"] or found["no2"]))


# Each camp as a folded question names it.
CAMP_WORDS = {
    **dict.fromkeys(("pour", "oui", "yes", "for", "in favour", "in favor"), VoteChoice.FOR),
    **dict.fromkeys(("contre", "non", "no", "against"), VoteChoice.AGAINST),
    **dict.fromkeys(("abstention", "abstentions"), VoteChoice.ABSTAIN),
}


def said_count(q: str) -> tuple[int, VoteChoice] | None:
    """The count a folded question says of one camp (« c'est 71 pour ? »), and the camp."""
    found = _ONE_CAMP_SAID.search(q)
    return None if found is None else (int(found["count"]), CAMP_WORDS[found["camp"]])


def counts_a_camp(q: str) -> bool:
    """Whether the folded question counts one camp, with or without a vote word.

    « ya eu cb de pays pour stp », « ils étaient combien contre déjà ? », « combien de oui ? ».
    """
    return (
        bool(HOW_MANY.search(q) and _CAMP_AT_END.search(q))
        or bool(_HOW_MANY_WERE.search(q))
        or bool(_CAMP_THEN_COUNTED.search(q))
        or bool(_COUNCIL_SIZE.search(q))
        or bool(_CAMP_BY_COUNT.search(q))
        or bool(_CAMP_LISTED.search(q))
        or bool(_ONE_CAMP_SAID.search(q))
        or bool(_MORE_OF_A_CAMP.search(q))
    )


# « plus de oui en Afrique ou en Asie-Pacifique ? », "more yes votes from Africa?": camps compared.
_MORE_OF_A_CAMP = re.compile(
    r"\b(?:plus|moins|autant) de (?:oui|non|abstentions?)\b(?!-)|"
    r"\b(?:more|fewer|less) (?:yes|no|yeses|noes)\b"
)


def count_said(q: str, totals: Mapping[VoteChoice, int]) -> dict[str, object]:
    """« c'est 71 pour ? », « mon prof dit 15 contre »: the count and camp said, if not the record's.

    A count said right (« 14 contre c'est ça ? ») is confirmed: the reply opens with « Oui ».
    """
    said = said_count(q)
    if said is None:
        return {}
    if said[0] == totals.get(said[1], 0):
        return {"compte_confirme": said[0], "camp_dit": said[1].value}
    return {"compte_dit": said[0], "camp_dit": said[1].value}


def tally_said_data(q: str, totals: Mapping[VoteChoice, int]) -> dict[str, object]:
    """What a tally question says of the count: a tally, else one camp's count (``count_said``).

    A tally said wrong gets « Non » ("A tweet says it passed 30-15. True?"), the record's « Oui ».
    """
    said = said_tally(q)
    if said is None:
        margin = {"ecart": totals.get(VoteChoice.FOR, 0) - totals.get(VoteChoice.AGAINST, 0)}
        # (Not « l'écart entre les oui et les abstentions », which the line would not answer.)
        asked = MARGIN.search(q) and not _TO_ABSTENTIONS.search(q)
        return {**count_said(q, totals), **(margin if asked else {})}
    counts = [*said]
    right = said == (totals.get(VoteChoice.FOR, 0), totals.get(VoteChoice.AGAINST, 0))
    # (Right after the tally: « … et les 2 abstentions c'était qui ? » asks who, it says no count.)
    tally = _SAID_TALLY.search(q)
    abstained = _ABSTENTIONS_SAID.match(q, tally.end()) if tally is not None else None
    if abstained is not None:
        # « 31 pour, 14 contre, 3 abstentions ? »: the third count is checked too.
        counts.append(int(abstained["n"]))
        right = right and counts[2] == totals.get(VoteChoice.ABSTAIN, 0)
    return {"decompte_confirme" if right else "decompte_dit": counts}


# « quel écart entre les oui et les non ? », "by how many votes did it pass?": the margin, for
# minus against, said beside the tally.
# (Not « adoptée par combien de voix ? », the tally; nor « idk la différence », between notions.)
MARGIN = re.compile(
    r"\b(?:ecart|marge|margin)\b|"
    r"\bdifferences? (?:entre|between) (?:les |the )?(?:pour|oui|yes|for|voix|votes)\b|"
    r"\bhow (?:wide|big|large|close)\b[^?]{0,20}\b(?:margin|gap|vote)\b"
)
_TO_ABSTENTIONS = re.compile(r"\b(?:oui|pour|yes|for) (?:et|and) (?:les |the )?absten")
_ABSTENTIONS_SAID = re.compile(
    r"\s*(?:voix\s*|votes?\s*)?(?:contre\s*|against\s*)?,?\s*(?:et |and |with |avec )?(?P<n>\d{1,2})\s*"
    r"(?:abstentions?|abst\b|abstenus?|abstained)"
)


# « Pourquoi la 56/2 a été adoptée par consensus ? »: a reason asked of an adoption that never
# happened so. The record answers it: a recorded vote, not a consensus. (Not « pourquoi pas par
# consensus ? », "why wasn't it…": a reason for the vote, declined beside the record.)
_SAID_UNANIMOUS = re.compile(
    r"\b(?<!pas )(?<!not )(?:adoptee?s?|adopted|passed|passee|votee?)\b(?! pas\b)[^?]{0,20}"
    r"\b(?:par consensus|by consensus|a l'unanimite|unanimously|sans vote|without a vote)\b"
)


_NOT = re.compile(r"\b(?:n'a pas|pas ete|wasn'?t|was not|not)\b")


def said_unanimous(q: str) -> bool:
    """Whether the folded question says the text was adopted without a vote."""
    return bool(_SAID_UNANIMOUS.search(q)) and not _NOT.search(q)
