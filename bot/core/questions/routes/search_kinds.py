"""What search's passages must hold for some kinds of question (routes/search.py, paragraph.py).

Which countries (named, or a kind of State described), a body or fund created, the symbol of a
report still to be written, the members of a set the text counts, and how many passages a
question counts.
"""

from __future__ import annotations

import re

from bot.core.search.index import Hit
from bot.core.text.french import fold

WHICH_COUNTRIES = re.compile(
    r"\bquels (?:pays|etats)\b|\bquel pays\b|\bwhich countr|\bwhat countr|\bquelles nations\b|"
    # (English comes glossed: "which country" as « which pays »; not "which States are to
    # receive…", which a paragraph may answer with a kind of State.)
    r"\bwhich pays\b|"
    r"\bquels sont (?:les |ces )(?:pays|etats)\b|\bwhich are the (?:countries|states)\b|"
    r"\b(?:which|what) (?:states|etats) (?:actually|really|vraiment)\b|"
    # "Which states are hit by the UCMs of paragraph 8?": names, which the text never gives.
    r"\b(?:which|what) (?:states|etats) (?:are |were |get )?(?:hit|targeted|sanctioned|punished)\b|"
    r"\bpays\b[^?]{0,40}\blesquels\b|"
    # « ki exemples de pays zot i donne ? », "examples of countries": countries by name.
    r"\bexemples? de pays\b|\bexamples? of (?:countries|states|pays|etats)\b|"
    # « lequel de mes deux pays », "which of my two countries": one of them, by name.
    r"\b(?:lequel|laquelle|which|quel) (?:of|de|des|d'entre) (?:(?:mes|my|nos|our) (?:deux |two |\d )?|"
    r"(?:les |the |ces |these )?(?:deux|two|\d) )(?:pays|etats|countries|states)\b|"
    # « le texte cite des pays où ça arrive ? », « pays accusé de racisme ? »: countries by name.
    r"\b(?:cite|citent|nomme|nomment|mentionne|mentionnent)(?:-t-(?:il|elle))? (?:nommement )?"
    r"(?:des|les|certains) (?:pays|etats)\b"
    # (A kind of country, not names: « mentionne les pays les moins avancés ? ».)
    r"(?! (?:les moins avances|en developpement|developpes|sans littoral|en transition|insulaires|"
    r"touches)\b)|"
    r"\b(?:pays|etats) (?:accuses?|vises?|cibles?|montres? du doigt|pointes? du doigt)\b|"
    r"\b(?:names?|mentions?) (?:any |specific |the |les )?(?:countries|states|pays|etats)\b|"
    r"\b(?:countries|states|pays|etats) (?:(?:are|is|were) )?(?:accused|targeted|blamed|singled out)\b|"
    # "to which states should assistance go?" asks a kind of State (OP19 says which): only
    # "which states exactly" asks for names.
    r"\b(?:which|what) (?:etats|states|nations)\b(?=[^?]*\b(?:exactly|specifically|by name|named)\b)|"
    r"\bquelles? (?:ong|organisations? non gouvernementales)\b|\bwhich (?:ngos?|ong)\b|"
    # "which states are the targets of…": the text names none.
    r"\b(?:which|what|quels?) (?:states|etats|countries|pays)\b[^?]{0,30}"
    r"\b(?:targets?|cibles?|vises|targeted|objectifs)\b"
)
# Kinds of countries the text does name (« pays les moins avancés »): an answer to « quels pays ».
# Not OP8's « États touchés »: « quels pays imposent / sont visés par ces mesures ? » asks whom
# the text never names, and "the affected States" would only repeat the question.
COUNTRY_KINDS = re.compile(
    r"\b(?:pays|États)\s+(?:en développement|les moins avancés|sans littoral|insulaires|"
    r"développés|à revenu)|\bpetits États insulaires",
    re.IGNORECASE,
)
# A paragraph's description of which States (« des États qui ne versent généralement
# pas de contributions », « pays les moins avancés ») answers « quels pays ».
_WHICH_STATES = r"\s+(?:quels|quelles|which|what)\s+(?:pays|etats|countr\w*|states)\b"
WITH_WHICH = re.compile(
    r"\b(?:avec|aupres de|envers|with|towards?|among|entre|a|aux|to|for|pour)" + _WHICH_STATES
)
SYMBOL_WORD = re.compile(r"\b(?:cotes?|symboles?|symbols?|document number|numero du (?:rapport|document))\b")
# A report asked for, not yet written: « doit présenter », « à la 59e session », "next report".
REPORT_TO_COME = re.compile(
    r"\b(?:doit|doivent|devra|devront|va|vont) (?:presenter|soumettre|etablir|rediger|ecrire)|"
    r"\b(?:presentera|soumettra|etablira)\b|\b(?:nouveau|prochain|futur) rapport\b|"
    r"\b(?:59e|59eme|59th|63e|63eme|63rd|cinquante-neuvieme|soixante-troisieme)\b|"
    r"\brapport succinct\b|\b(?:will|shall) (?:\w+ )?(?:present|submit|presenter|soumettre|etablir)\b|"
    r"\b(?:will|shall|must|is to|has to) (?:present|submit|prepare|write)\b|"
    r"\b(?:new|next|upcoming|future) report\b"
)
# Found by search, only dialogue with States described (« dialogue avec quels pays ? », OP21), or
# what is meant for them (« l'assistance technique c'est pour quels États ? », OP19's « États qui
# en font la demande »), and by the first passage: « fournis à quels pays ? » is not answered by
# those that provide (PP14).
DIALOGUE_WITH_WHICH = re.compile(
    r"\b(?:avec|aupres de|envers|with|towards?|(?:c'est|c est|est|is it|are they) (?:pour|for))"
    + _WHICH_STATES
)
DESCRIBES_STATES = re.compile(COUNTRY_KINDS.pattern + r"|\b(?:États|pays) (?:qui|dont)\b", re.IGNORECASE)
# "which paragraph establishes a new Special Rapporteur?", « crée-t-il un nouveau fonds ? »: a body
# or fund set up, which a passage answers only if it creates one.
NEW_BODY = re.compile(
    r"\b(?:cree\w*|creat\w*|etabli\w*|establish\w*|institu\w*|set(?:s|ting)? up|met en place|"
    r"mise en place)\b[^?]{0,40}\b(?:nouv\w*|new)\b(?! (?:rapport|report|compilation)\b)|"
    r"\b(?:nouveau|nouvelle|new)\s+(?:\w+\s+)?"
    r"(?:rapporteur|fonds|fund|centre|center|mecanisme|mechanism|organe|body|agence|agency|tribunal|"
    r"mandat|mandate|bureau|office|comite|committee)\b[^?]{0,60}\b(?:cree\w*|created|etabli\w*|"
    r"established|set up|mis en place)\b|"
    # "what early-warning body does the resolution create?", « va créer un rapporteur spécial »
    r"\b(?:body|organe|mechanism|mecanisme|committee|comite|agency|agence)\b[^?]{0,50}"
    r"\b(?:create|creer|cree|etablit|establish|set up)\b|"
    r"\b(?:creer|cree|create|creates|etablir|etablit|establish\w*|set up)(?:-t-(?:elle|il))?\s+"
    r"(?:un|une|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:rapporteur|titulaires? de mandat|fonds|fund|mecanisme|mechanism|organe|body|comite|"
    r"committee|bureau|office|agence|"
    r"agency|tribunal|mandat|mandate|observatoire|observatory|institut|institute|plateforme|platform|"
    r"reseau|network|centre|center|forum|groupe de travail|working group|journee|prix|award)\b|"
    # « la résolution crée un traité sur les pandémies ? » (not « des négociations pour créer un
    # traité », which PP14 reports).
    r"\b(?:la resolution|le texte|la reso|elle|it|the resolution|the text)\s+(?:cree|creer|creates?|etablit|"
    r"establish\w*|sets? up)(?:-t-(?:elle|il))?\s+(?:un|une|a|an)\s+(?:[\w-]+\s+){0,2}?(?:traite|treaty)\b|"
    # « le rapporteur spécial … créé par l'OP30 »: a body said to be created by a paragraph.
    r"\b(?:rapporteur|fonds|fund|mecanisme|mechanism|organe|body|comite|committee|mandat|mandate)\b"
    r"[^?]{0,60}\b(?:cree|creee|crees|created|etabli|established|set up|institue) (?:par|by)\b"
)
# (A body or a fund: « établir un nouveau rapport », « la mise en place de la coopération » create
# none.)
CREATES = re.compile(
    r"\b(?:créer|crée|création|établir|établit|institue|mettre en place|mise en place)\b(?: \w+){0,2} "
    r"(?:un |une |le |la |d'un |d'une )?(?:nouveau |nouvelle )?(?:fonds|mécanisme|organe|comité|mandat|"
    r"bureau|centre|rapporteur|groupe|programme|agence|tribunal)"
)
# « la résolution crée un nouveau mécanisme ? », "the resolution sets up a new trust fund?"
THIS_TEXT_CREATES = re.compile(
    r"\b(?:la resolution|le texte|la reso|this resolution|the resolution|the text|it)\s+"
    r"(?:cree|creer|creates?|sets? up|met en place|etablit|establishes|institue)\b"
)


# « quelles sont les cinq régions ? », "list the five regions": the members of a set the text
# only counts (« un pour chacune des cinq régions géographiques »).
LIST_OF_N = re.compile(
    r"\b(?:quel(?:le)?s sont (?:exactement |precisement )?les|which are the|what are the|names? of the|"
    r"name the|list(?:e[rz]?)?(?: the| les)?)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|"
    # "Which five regions…?", "which of the five seminars…?": the members of a set the text counts.
    r"\b(?:quel(?:le)?s|which|what|lequel|laquelle|lesquel(?:le)?s|which one)\s+"
    r"(?:of the |des |d'entre les )?"
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)\s+"
    r"(?!(?:para\w*|alinea\w*|op|pp|ops|pps|passages?|paragraph\w*|footnotes?|notes?|parts?|parties|"
    r"premiers?|premieres?|derniers?|dernieres?|first|last)\b)"
)
# (Two symbols are two documents named: « ses résolutions 46/14 … et 49/25 ».)
_LISTED = re.compile(
    r"\w+ : \w+, \w+|\w+ \(\w+\), \w+|\b\d+/\d+\b.*\b\d+/\d+\b|"
    # Three of a kind named in a row (« de la coopération Sud-Sud, de la coopération triangulaire et
    # de la coopération Nord-Sud »), a list only of that kind (not OP30's « cinq régions »).
    r"\b(?P<kind>[^\W\d]{4,}) [\w-]+, (?:[\w']+ ){0,3}(?P=kind) [\w-]+ et (?:[\w']+ ){0,3}(?P=kind) [\w-]+"
)


def lists(text: str, q: str) -> bool:
    """Whether a passage lists the members of a set the folded question asks for."""
    found = _LISTED.search(text)
    return found is not None and (found["kind"] is None or fold(found["kind"]).lower() in q.split())


# « les deux résolutions de l'AG de décembre 2023, c'est lesquelles ? », "which two reports":
# as many passages as the question counts, when the text gives each in its own.
_COUNTED = re.compile(
    r"\b(deux|trois|quatre|two|three|four|[234])\s+(?:[\w'-]+\s+){0,3}?(?:resolutions?|rapports?|reports?|"
    r"declarations?|documents?|textes?|texts?)\b"
)
_WHICH = re.compile(r"\b(?:lesquel(?:le)?s|quel(?:le)?s|which|what|c'est quoi|c quoi)\b")
_NUMBERS = {"deux": 2, "two": 2, "2": 2, "trois": 3, "three": 3, "3": 3, "quatre": 4, "four": 4, "4": 4}


def passages_counted(q: str) -> int:
    """How many documents the folded question counts and asks for (0 when it counts none)."""
    counted = _COUNTED.search(q)
    return _NUMBERS[counted[1]] if counted and _WHICH.search(q) else 0


# « quel pays donne le plus ? » asks for one named country, which the text never gives.
SUPERLATIVE = re.compile(
    r"\ble plus\b|\ble moins\b|\bthe most\b|\bthe least\b|\bbiggest\b|\blargest\b|\bplus gros\b|"
    r"\bprincipaux\b|"
    # Who gave more (« lequel a donné plus de vaccins ? », "which gave more?").
    r"\b(?:gave|give|gives|donne|donnent|a donne|ont donne|fourni|a fourni) (?:the )?(?:more|plus)\b"
)

# A language asked (« en quelle langue ? », "translated?"), which no paragraph of the text sets.
LANGUAGE_ASKED = re.compile(
    r"\b(?:quelles? langues?|en quelle langue|which languages?|what languages?|tradui\w*|translat\w*)\b"
)
LANGUAGE_WORD = re.compile(r"\blangues?\b|\blinguisti", re.IGNORECASE)


# « quelles sessions futures sont mentionnées ? »: every paragraph naming a later session, not the
# best few (OP31's sixty-third session beside OP33's and OP37's fifty-ninth).
_SESSIONS_ASKED = re.compile(
    r"\b(?:quelles|les|des|which|what)\s+(?:[\w-]+\s+){0,2}sessions\b|"
    r"\bsessions (?:futures|a venir|suivantes|ulterieures)\b|\b(?:future|later|upcoming) sessions\b"
)
_LATER_SESSION = re.compile(r"\b(?!cinquante-sixième)[\w-]+ième session\b")


def with_every_session(q: str, hits: tuple[Hit, ...], weighed: list[Hit]) -> tuple[Hit, ...]:
    """``hits``, with the passages naming a later session first when the question asks for them.

    Those of the weighed passages that name one are added: search ranks OP31 below its cut.
    """
    if not _SESSIONS_ASKED.search(q):
        return hits
    naming = [h for h in dict.fromkeys((*hits, *weighed)) if _LATER_SESSION.search(h.paragraph.text)]
    return (*naming, *(h for h in hits if h not in naming))


# The count in digits (« ils rappellent 2 résolutions … lesquelles ? ») is no word a passage holds.
_DIGIT_COUNT = re.compile(
    r"(?<![\w/.,-])[234](?=\s+(?:[\w'-]+\s+){0,3}?(?:r[ée]solutions?|rapports?|reports?|d[ée]clarations?|"
    r"documents?|textes?|texts?)\b)",
    re.IGNORECASE,
)


def without_count(typed: str) -> str:
    """``typed`` without a count of documents in digits, which ``passages_counted`` reads."""
    return _DIGIT_COUNT.sub(" ", typed)
