"""The kind of answer a question asks for, and whether passages can give it.

« combien d'argent ? » needs a figure, « combien de pays ? » a number, « avant quelle date ? » a
date or a session: a passage about the right subject without one is not the answer. The search
route weighs these on the passages it found, the paragraph route on the paragraphs a student
named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from bot.core.questions.normalise import boundary_first, wordset
from bot.core.text.french import fold, ordinal_words

# A question asking for an amount (« combien d'argent », « quel budget ») is answered only by a
# passage that states a figure; passages about the same fund or programme are not an answer.
_AMOUNT = boundary_first(
    r"\bcombien (?:(?:il )?y a(?: t'il|-t-il)? |y'a |ya )?d(?:e |')"
    r"(?:argent|fonds|dollars|euros|ressources|milliards|millions)|\bmontants?\b|"
    r"\bbudgets?\b|\bhow many (?:billions?|millions?)\b|"
    # « le para 31 prévoit quelle enveloppe ? »: a sum it would have to state.
    r"\bquelle enveloppe\b|\bhow much funding\b|"
    # "the minimum each country has to give", « à quel prix »: a figure (not « à prix réduit », terms).
    r"\bminimum\b|\bmaximum\b|\bprix\b(?! (?:reduits?|bas|casses?|avantageux|d'ami|coutant)\b)|\bprice\b|"
    # « coûtera », "costs"; not « coutume », « coutumier ».
    r"\bcout(?:s|e|es|ent|er|era|eront|erait|eraient|ait|aient)?\b|\bcosts?\b|\bchiffres?\b|"
    r"\bsommes?\b|\bhow much\b|\bsalaires?\b|\bsalary\b|\bremunerations?\b|"
    # « combien le SG doit allouer en dollars ? »: a sum in a currency.
    r"\b(?:en|in) (?:dollars|euros|usd|francs)\b|"
    r"\b(?:total )?amounts? of (?:money|fonds|funding|funds|argent)\b|"
    # « le SG a donné combien pour les séminaires ? »: a sum given, the verb before « combien ».
    # (Not « des séminaires, le paragraphe 30 en donne combien ? », how many it names.)
    r"(?<!\ben )\b(?:donne|verse|alloue|debloque|paye|paie|accorde|investi)\w* combien\b(?! d(?:e |'))|"
    # « l'OP26 fixe-t-il des quotas de réfugiés ? »: a figure a paragraph would have to give.
    r"\bquotas?\b|\bpourcentages?\b|\bpercentages?\b|"
    # « quel est le niveau de dette des pays en développement ? »: a figure.
    r"(?<!parle de )(?<!parlent de )\bquel (?:est )?(?:le )?niveau (?:de |d')"
    r"(?:dette|endettement|pauvrete|aide|financement)\b"
    r"(?![^?]*\b(?:preoccup|inquiet|mentionn|evoqu|parle|cite|dont)\w*)|"
    # « le niveau d'endettement moyen cité dans le préambule », « le taux de pauvreté des PMA
    # mentionné », "the poverty rate": a figure, whoever is said to cite it.
    r"\bniveau (?:de |d')\w+ moyen\b|\b(?:endettement|dette|pauvrete|revenu|aide) moyen(?:ne)?\b|"
    # (« quel taux de mise en œuvre de l'EPU ? », "what implementation rate?": a rate asked too.)
    r"\btaux (?:de |d')(?:pauvrete|chomage|endettement|vaccination|croissance|mortalite|alphabetisation|"
    r"inflation|interet|mise en oeuvre|execution|realisation|reussite|participation|application)\b|"
    r"\b(?:poverty|unemployment|vaccination|growth|mortality|literacy|debt|implementation|success|participation|"
    r"compliance) rates?\b|"
    # "What share of the Voluntary Fund's money goes to…?", « quelle part des fonds »: a share.
    # (English comes glossed: "share" as « partager ».)
    # (Not « quelle part du texte parle de la COVID ? »: which passages.)
    r"\b(?:what|which|quel|quelle) (?:share|partager|part|proportion|fraction|percentage|pourcentage) "
    r"(?:of|du|des|de)\b(?=[^?]{0,40}\b(?:money|funds?|fonds|budget|argent|ressources|richesse|contributions?|"
    r"aide|aid|financ\w*|dollars|euros|gdp|pib)\b)|"
    r"\b(?:quel|quelle|which|what)\s+(?:est (?:le |son )?)?taux\b|"
    # « un objectif de 70 % de vaccination », "1% of its GDP": a share the passage must state.
    r"(?<![\w/.-])\d+(?:[.,]\d+)?\s?(?:%|pour ?cent\b|percent\b)|"
    r"\b(?:du|of (?:its|their|the )?)(?:pib|gdp|pnb|rnb|gni)\b|\b(?:what|quel(?:le)?|which)\s?%|"
    # « quelle longueur doit faire le rapport ? », "how many pages?": a length it never sets.
    r"\blongueur\b|\b(?:nombre|combien) de pages\b|\bhow many pages\b|\bword (?:count|limit)\b|"
    r"\bhow long (?:will|should|must|is|does) (?:the |its |this |that )?(?:report|summary)\b"
)
_FIGURE = re.compile(r"(?<![/\w.-])\d[\d  .,]*\s?(?:%|\$|€|dollars|euros|millions?|milliards?|pour cent)")
# A question asking how many is answered only by a passage that gives a number (a count, not
# a symbol such as 70/1 or a year).
# (« adoptée le combien », « du combien au combien »: a day of the month, not a count.)
# (« c'est le paragraphe combien ? »: which paragraph, not how many.)
_COUNT = boundary_first(
    r"(?<!\ble )(?<!\bdu )(?<!\bau )(?<!paragraphe )(?<!\bpara )(?<!alinea )\bcombien\b|"
    r"\bhow many\b|\bnombre (?:de|d')|"
    # A fragment opening on a count: « nombre vaccins livrés pays du Sud ? », « nb de séminaires ».
    # (« nb ODD ? », « nbre d'ONG »: an acronym's plural has no « s ».)
    r"^\s*(?:le )?(?:nombre|nb|nbr|nbre) (?:de |d'|des )?(?=[a-z][\w-]*s\b|(?:odd|ong|pma|pei|oing)\b)|"
    # "number of SDGs?" counts; "the number of the report in OP20" is its symbol.
    r"\b(?:number|nombre) of (?!the\b|this\b|that\b|its\b|their\b|a\b|an\b|resolution\b|rapport\b|report\b)"
)
_NUMBER = re.compile(
    r"(?<![\w/.-])\d{1,3}(?![\w/.-])"
    # Not a day of a date (« les 19 et 20 janvier »).
    r"(?! (?:(?:et|au|-) \d{1,2} )?(?:janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|"
    r"septembre|octobre|novembre|decembre|décembre))|"
    # Not part of an ordinal (« dix-neuvième »).
    r"(?<!-)\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"vingt|trente|quarante|cinquante|cent|mille|dizaines?|centaines?|milliers?)\b(?!-)"
)
# « combien de paragraphes parlent de l'EPU ? »: the passages themselves are the count.
_COUNT_OF_PASSAGES = re.compile(
    r"\bcombien (?:de |d')?(?:[\w-]+ ){0,2}?(?:paragraphes?|alineas?|considerants?|fois|passages?)\b|"
    # « combien de conférences sont mentionnées ? »: the passages naming them are the answer.
    r"\bcombien (?:de |d')?(?:[\w-]+ ){1,3}?(?:sont |est )?(?:mentionn|cite|evoqu|nomm|rappel)\w*|"
    r"\bhow many (?:[\w-]+ ){1,3}?(?:are |is )?(?:mentioned|cited|named|recalled|listed)\b|"
    r"\bhow many (?:times|paragraphs|preambular paragraphs|operative paragraphs|passages)\b"
)
# A question asking by when, and what answers it in a passage: a date, a year or a session.
_DEADLINE = re.compile(
    r"\b(?:(?:avant |pour |d'ici |jusqu'a )?quelle date|avant quand|d'ici quand|jusqu'a quand|by quand|"
    r"date limite|delai|"
    r"deadline|by when|what date|which date|due date|time limit|"
    # How often (« tous les combien ? »): a passage answers with a period or a session.
    r"a quelle frequence|frequence|periodicite|tous les combien|how often)\b|"
    # When something is to be done (« la compilation du §29 sera publiée quand ? », « le §36 précise
    # quand le SG doit consulter ? »): a date, a session or a period answers.
    # (« quand » asked, not a clause: « qui doit être au centre … quand une maladie se répand ».)
    r"\b(?:sera|seront|devra|devront|doit|doivent)\b[^?]{0,40}\bquand"
    r"(?:,? (?:d'apres|selon) (?:la resolution|la reso|le texte))?\s*(?:\?|$|et (?:ou|comment)\b)|"
    r"\bprecise quand\b|"
    # (English comes glossed: "when will the compilation be published?" reads « quand will … ».)
    r"\bquand (?:est-ce que )?(?:sera|seront|devra|devront)\b|\bquand (?:will|must|should|is it due)\b"
)
# A period (« rapport annuel »): a frequency, no deadline.
_PERIOD_WORDS = r"annuel|annuelle|annuellement|chaque année|tous les ans"
_DATED = re.compile(
    r"\b(?:janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|"
    rf"decembre|décembre|session|{_PERIOD_WORDS})\b|\b(?:19|20)\d\d\b"
)


def asks_an_amount(q: str) -> bool:
    """Whether the folded question asks for an amount (a sum, a budget, a length)."""
    return bool(_AMOUNT.search(q))


# « Qui doit donner les ressources (le budget) pour les séminaires ? »: who provides, which OP31
# says (the Secretary-General), not how much; unless a figure is asked as well.
_WHO_PROVIDES = re.compile(
    r"\b(?:qui|who)\b(?: (?:doit|doivent|devra|devront|va|vont|will|must|should|is to))? "
    r"(?:donner|fournir|financer|payer|mettre a disposition|provide|give|fund|pay for)\b"
)
_HOW_MUCH = re.compile(r"\b(?:combien|montants?|how much|quel(?:le)? somme)\b")


def lacks_amount(q: str, texts: Iterable[str]) -> bool:
    """Whether the folded question asks for an amount that none of the texts states."""
    if _WHO_PROVIDES.search(q) and not _HOW_MUCH.search(q):
        return False
    return bool(_AMOUNT.search(q)) and not any(_FIGURE.search(text) for text in texts)


# A rate asked (« combien de séminaires par an ? », "how many seminars per year?"): only a passage
# that says a yearly thing can give it (OP20's annual report).
_RATE = re.compile(
    r"\b(?:per year|a year|each year|every year|annually|par an|par annee|chaque annee|tous les ans|"
    # (English arrives glossed: "per year" → « per annuel ».)
    r"annuellement|per annuel)\b"
)
_YEARLY = re.compile(r"annuel|chaque annee|par an\b|tous les ans|each year|annually")


def lacks_rate(q: str, texts: Iterable[str]) -> bool:
    """Whether the folded question asks a yearly rate that none of the texts states."""
    return bool(_RATE.search(q)) and not any(_YEARLY.search(fold(text).lower()) for text in texts)


# A number made larger or smaller is no count asked ("talk about increasing the number of donors?",
# glossed « accroitre the nombre of donateurs »; « accroître le nombre de donateurs », OP21's words).
_CHANGED_NUMBER = re.compile(
    r"\b(?:accroitr\w*|augment\w*|increas\w*|redui\w*|reduc\w*|diminu\w*|elargi\w*|boost\w*)\s+"
    r"(?:the |le |leur |their )?(?:nombre|number)\b"
)


def asks_count(q: str) -> bool:
    """Whether the folded question asks how many of something (not how many passages)."""
    q = _CHANGED_NUMBER.sub(" ", q)
    return bool(_COUNT.search(q)) and not _COUNT_OF_PASSAGES.search(q)


# What « combien de X », "how many X" count: the words after them (English arrives glossed,
# « combien X »); the first that is no determiner or common adjective (« ces », « nouveaux »).
_COUNTED = re.compile(
    r"(?:\bcombien (?:de |d')?|\bhow many |\bnombre (?:de |d'|des )|"
    r"^\s*(?:le )?(?:nombre|nb) (?:de |d'|des )?)"
    r"((?:[a-z][\w-]+ ?){1,3})"
)
_TEXT_WORD = re.compile(r"\w+")
# « Nous avons entendu parler de séminaires régionaux. Combien sont prévus ? »: what is counted was
# named before « combien » and its verb.
_COUNTED_BEFORE = re.compile(
    r"combien (?:sont|seront|en sont|en seront|en a|y en a|en ont|are there|are planned|will there) "
)
_CLAUSE_WORDS = frozenset({"et", "ou", "mais", "pis", "sur", "pour", "quel", "quels", "quelle", "and", "or"})
_NOT_COUNTED = wordset(
    """
    ces ce cet cette les des nouveaux nouvelles nouveau nouvelle autres differents differentes grands
    grandes petits petites vrais vraies en y sont est ont a il elle ils elles on
    exactement precisement exactly precisely environ au total en tout alors donc vraiment really ya
    normalement normally usually generalement approximativement roughly
    """
)


# Meetings counted in the asker's words (« combien de réunions, de rencontres, d'ateliers ? »):
# the text counts its seminars (« un pour chacune des cinq régions »).
_COUNTED_AS = dict.fromkeys(("reuni", "renco", "ateli", "works", "meeti"), ("semin",))


def gives_number(texts: Iterable[str], q: str) -> bool:
    """Whether one of the texts gives a number: a count, not a symbol, a year or a day.

    When the folded question names what it counts (« combien de participants ? »), the number
    must count that: the same word stands among the ten words before it or the four after
    (« plusieurs séminaires régionaux, un pour chacune des cinq régions » counts seminars).
    """
    counted = _COUNTED.search(q)
    named = counted.group(1).split() if counted else []
    if counted and _COUNTED_BEFORE.match(counted.group()):
        named = []
    # (« c'est combien et sur quel thème ? »: « combien » ends its clause; what it counts came before.)
    if named and named[0] in _CLAUSE_WORDS:
        named = []
    noun = next((w for w in named if w not in _NOT_COUNTED), None)
    if noun is None:
        return any(_NUMBER.search(text) for text in texts)
    stems = {noun[:5], *_COUNTED_AS.get(noun[:5], ())}
    for text in texts:
        numbers = [m.start() for m in _NUMBER.finditer(text)]
        if not numbers:
            continue
        found = list(_TEXT_WORD.finditer(text))
        starts = [m.start() for m in found]
        words = [fold(m.group())[:5] for m in found]
        for start in numbers:
            at = bisect_left(starts, start)
            if stems.intersection(words[max(0, at - 10) : at + 5]):
                return True
    return False


def asks_deadline(q: str) -> bool:
    """Whether the folded question asks by when."""
    return bool(_DEADLINE.search(q))


# The date of a document cited (« la résolution 6/17 du 28 septembre 2007 », « à l'horizon
# 2030 ») or of a meeting (« à Kampala les 19 et 20 janvier 2024 »): when it was adopted or held,
# or what it aims at, no deadline the passage sets.
_CITED_DATE = re.compile(
    r"\b(?:du|des|les?|en date du) \d{1,2}(?:er)?(?: et \d{1,2})? (?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre) (?:19|20)\d\d\b|\bhorizon 2030\b|"
    r"\b(?:19|20)\d\d/\d+"
)


# A limit asked (not « à quelle date », which a document's date may answer).
_PERIOD = re.compile(rf"\b(?:{_PERIOD_WORDS})\b")
_LIMIT = re.compile(
    r"\b(?:date limite|delai|deadline|avant quand|d'ici quand|by when|by quand|due date|time limit|"
    r"jusqu'a quand|avant quelle date)\b"
)

# What others send for a report (« une contribution », "input", « des observations »); not the
# verbs, « soumettre » or "submit", which OP33 uses of the report itself.
_INPUT = re.compile(r"\b(?:contributions?|inputs?|comments?|commentaires?|observations?)\b")


def gives_date(texts: Iterable[str], q: str = "") -> bool:
    """Whether one of the texts gives a month, a year or a session.

    For a limit asked in ``q`` (« date limite », "deadline"), the dates of the documents a text
    cites do not count.
    """
    limit = bool(_LIMIT.search(q))
    if limit and _INPUT.search(q):
        # The input to a report is due by no session: the session is the report's (OP33).
        return any(_MONTH_OR_YEAR.search(_CITED_DATE.sub(" ", text)) for text in texts)
    # (Nor, for a limit, a period: OP20's « rapport annuel » sets no deadline for contributions.)
    return any(
        _DATED.search(_PERIOD.sub(" ", _CITED_DATE.sub(" ", text)) if limit else text) for text in texts
    )


# A calendar date asked (« dates de la 59e session », « à quelle date exacte », "when does the
# 63rd session take place"): a month or a year answers it, a session's name does not.
_CALENDAR = re.compile(
    r"\b(?:quand|when) (?:exactly|exactement|precisement)\b|"
    r"\b(?:date exacte|exact date|dates? (?:de la|du|of the|pour la|for the) (?:\d+\w*|prochaine|next)|"
    r"(?:when|quand) (?:does|will|is) the (?:\d+\w*|[\w-]+ieme) session|"
    r"quand (?:a lieu|aura lieu|se tiendra|commence) la (?:\d+\w*|[\w-]+ieme) session|"
    # « ils ont lieu quand les séminaires ? », "when will the workshops be held": a date of the
    # calendar, which the text never gives for what it asks to organise.
    r"(?:ont|auront|a|aura) lieu quand|quand (?:ont|auront) lieu|se tiendront quand|"
    r"quand\b[^?]{0,60}\b(?:se tenir|avoir lieu|se derouler|etre organisee?s?)|"
    r"c'est quand (?:les |le |la )?(?:seminaires?|ateliers?|reunions?|consultations?)|"
    r"quand (?:sont|seront|ont lieu) (?:les )?(?:seminaires?|ateliers?|reunions?|consultations?)|"
    r"when (?:are|will|do|were) (?:the |these )?[\w -]{0,30}(?:take place|be held|held)|"
    # When a meeting the text cites was held (« la conférence s'est tenue à quelles dates ? »): a
    # date of the meeting, not of the resolution that cites it.
    r"(?:quand|quelles? dates?|en quelle annee|when|what dates?|which dates?|what year)\b[^?]*"
    r"\b(?:s'est tenue?s?|se sont tenue?s|a eu lieu|ont eu lieu|s'est deroulee?s?|was held|were held|"
    r"took place)|"
    # « À quelles dates les séminaires doivent-ils avoir lieu ? »: what the text asks to hold.
    r"\bquelles? dates?\b[^?]{0,60}\b(?:avoir lieu|se tenir|se derouler|auront lieu|se tiendront)\b|"
    r"\b(?:what|which) dates?\b[^?]{0,60}\b(?:take place|be held)\b|"
    r"(?:s'est tenue?s?|se sont tenue?s|a eu lieu|ont eu lieu|s'est deroulee?s?|was held|were held|"
    r"took place)\b[^?]*\b(?:quand|quelles? dates?|en quelle annee|when|what dates?|which dates?|"
    r"what year)|(?:when|quand) (?:was|were|did) [^?]{0,80}\b(?:held|take place|tenue?s?))\b"
)


# « c'est la 56/2 ou la 56/20 ? », "is it resolution 56/20 or 56/2?": the text's own symbol, asked
# against a slip (the other is no document it cites).
OWN_SYMBOL_OR_ANOTHER = (
    r"(?<![\w/])56/2\s+(?:ou|or)\s+(?:la |the )?\d+/\d+|"
    r"\d+/\d+\s+(?:ou|or)\s+(?:la |the )?56/2(?![\w/])"
)


def text_year(*but: str) -> str:
    """A year as written in a question or a passage, other than the ones ``but`` names.

    Not inside a symbol (« 2000/22 », « A/2019 »); ``but`` spares this text's own 2024 or the 2030
    Agenda's name.
    """
    others = "".join(f"(?!{year}(?!\\d))" for year in but)
    return rf"(?<![\w/]){others}(?:19|20)\d\d(?![\w/])"


_YEAR = re.compile(text_year())
_MONTH_OR_YEAR = re.compile(
    r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|"
    + _YEAR.pattern
)


def asks_calendar_date(q: str) -> bool:
    """Whether the folded question asks for a calendar date, not a session."""
    return bool(_CALENDAR.search(q))


# The date of a resolution cited (« la résolution 69/313 de l'Assemblée générale, du 27 juillet
# 2015, relative au Programme d'action d'Addis-Abeba, issu de la troisième Conférence… »): no
# date of the meeting it names; nor is « à l'horizon 2030 ».
_RESOLUTION_DATE = re.compile(
    r"\brésolutions? [\w./-]*\d[\w./-]*(?: de l'Assemblée générale| du Conseil des droits de l'homme)?, "
    r"(?:en date )?du \d{1,2}(?:er)? \w+ \d{4}|\bhorizon 2030\b"
)


def gives_calendar_date(texts: Iterable[str]) -> bool:
    """Whether one of the texts gives a month or a year, beside the dates of the resolutions it cites."""
    return any(_MONTH_OR_YEAR.search(_RESOLUTION_DATE.sub(" ", text)) for text in texts)


# A date asked outright (« quelle est la date du premier séminaire ? », "what exact day and month
# is the report due?"): a month or a year in a passage answers it, the dates of the resolutions it
# cites included (« la date de la résolution 41/128 ? »); a session's name does not.
_DATE_ASKED = re.compile(
    # (« la date de signature du traité »: of an event the passage names.)
    r"\b(?:quelle (?:est (?:la )?)?date (?:du|de la|de l'|des|prevue|"
    r"de (?=(?:signature|ratification|creation|fondation|conclusion|lancement|naissance) ))|"
    r"quelles (?:sont (?:les )?)?dates "
    r"(?:du|de la|de l'|des|prevues|exactement)|(?:a|aux) quelles dates\b|"
    r"(?:les |la )dates? (?:et (?:les |la )?(?:villes?|lieux?) )?(?:du|des) "
    r"(?:premier |prochain |1er )?(?:seminaires?|ateliers?|reunions?|consultations?)|"
    r"donne(?:-moi|-nous|z-moi)? (?:les |leurs |ses )dates|give me (?:the |their |its )dates|"
    r"what (?:is|are) the dates? of|on what date|quel jour|what day|which day|exact day|day and month|"
    r"jour et (?:le )?mois|en quel mois|which month|what month|date exacte|exact date|date precise|"
    r"precise date|"
    # When a thing it names was made (« quand a été créé le Fonds ? », « la DUDH date de quand ? »,
    # "when was the conference held?"): a month or a year answers, none of its sessions does.
    r"date de quand|quand (?:a|ont|a-t-(?:il|elle)|ont-(?:ils|elles)) (?:ete |eu lieu)|"
    # « quand elle commence la 59e session ? », "when does the 59th session start?": a day.
    r"quand (?:est-ce qu'|qu')?(?:elle |il |elles |ils )?(?:commence|debute|s'ouvre|se termine|finit|"
    r"commencera|debutera|s'ouvrira|se terminera)\w*(?! a (?:parler|evoquer|traiter|aborder|mentionner))|"
    r"(?:when|quand) (?:does|do|will|did) [^?]{0,60}\b(?:start|begin|open|end|close)s?\b(?! talk| to\b)|"
    r"(?:cree|creee|crees|signe|signee|proclame|proclamee|fonde|fondee|tenue?|etabli|etablie|lance|"
    r"lancee|adoptee?s?|organisee?s?) quand|"
    r"(?:when|quand) (?:was|were|did|has|have) [^?]{0,80}\b(?:created|signed|held|founded|established|"
    r"proclaimed|"
    r"set up|launched|adopted|take place|happen|cree\w*|signe\w*|tenue?s?|fonde\w*|etabli\w*|"
    r"proclame\w*|lance\w*|adopte\w*))\b"
)


_HORIZON = re.compile(r"\bhorizon 2030\b")


# « … ? quelles dates ? »: the dates asked alone, after the question.
_DATES_ALONE = re.compile(r"(?:^|[?.!] )(?:et )?(?:quelles?|which|what) dates? ?\?")


# A meeting asked of when it was held (« à quelles dates s'est-elle tenue ? »): the date of the
# resolution that names it is not the meeting's.
# (« à quelle date » alone may be answered by a session: « à quelle date le rapport est-il dû ? ».)
_AT_WHICH_DATE = re.compile(r"\b(?:a|aux) quelle dates?\b")
_HELD = re.compile(r"\b(?:tenue?s?|held|eu lieu|deroulee?s?|took place)\b")


def lacks_date(q: str, texts: Iterable[str]) -> bool:
    """Whether the folded question asks a date that none of the texts gives (month or year)."""
    held = _HELD.search(q)
    asked = _DATE_ASKED.search(q) or _DATES_ALONE.search(q) or (held and _AT_WHICH_DATE.search(q))
    if asked and held:
        return not gives_calendar_date(texts)
    return bool(asked) and not any(_MONTH_OR_YEAR.search(_HORIZON.sub(" ", text)) for text in texts)


# A year asked (« en quelle année ? »): only a passage giving a year answers. (Not in English:
# the gloss reads "year" and "annual" alike, as « annuel ».)
_YEAR_ASKED = re.compile(r"\bquelle annee\b")


def lacks_year(q: str, texts: Iterable[str]) -> bool:
    """Whether the folded question asks a year that none of the texts gives."""
    return bool(_YEAR_ASKED.search(q)) and not any(_YEAR.search(text) for text in texts)


# An ordinal in digits below the sessions' (« le 18e sommet »), and one in a passage (« dix-neuvième »).
# (Only of the events the text numbers: « le 2e rapport » is a position, « le 18e ? » a guess.)
_DIGIT_ORDINAL = re.compile(
    r"\b([1-4]?\d)(?:e|eme|ieme|th|nd|rd) (?:\w+ )?(?:sommets?|summits?|conferences?|anniversaires?|"
    r"anniversar\w*)\b"
)
_EITHER = re.compile(r"\d(?:e|eme|th|nd|rd) (?:ou|or) (?:la |le |the )?\d")
_WRITTEN_ORDINAL = re.compile(r"\w+iemes?\b")
# (Folded, « où » is « ou », "or": only « où » before its verb.)
_WH = re.compile(
    r"\b(?:ou (?:s'est|se |a eu|ont eu|etait|c'etait|a lieu)|where|quand|when|quel\w*|which|what|quoi|"
    r"combien|how)\b"
)


def lacks_ordinal(q: str, texts: Iterable[str]) -> bool:
    """Whether the folded question names an ordinal the passages replace with another of theirs.

    « Où s'est tenu le 18e sommet ? » is not answered by PP9's « dix-neuvième Conférence au sommet ».
    (A claim, « … vient de la 2e conférence, c'est ça ? », is answered: the passage corrects it.)
    """
    if not _WH.search(q) or _EITHER.search(q):
        return False
    spelled = (ordinal_words(int(number)) for number in _DIGIT_ORDINAL.findall(q))
    asked = {fold(ordinal).split("-")[-1] for ordinal in spelled if ordinal is not None}
    if not asked:
        return False
    written = {ordinal for text in texts for ordinal in _WRITTEN_ORDINAL.findall(fold(text))}
    return bool(written) and asked.isdisjoint(written)


# A question asking for a cited document's symbol is answered by the paragraph's footnote.
_SYMBOL_ASKED = re.compile(
    # (Not « la Côte d'Ivoire », folded « cote d'ivoire ».)
    r"\b(?:symboles?|symbols?|cotes?(?! d'ivoire)|notes?|footnotes?|numero du (?:rapport|document)|"
    r"document number|reference (?:officielle|number)|"
    # « OP32 le rapport du HC = quel doc ? », "which document is OP32's report?"
    r"(?:quel|which) (?:doc|document)\b(?! (?:de l'onu|of the un))|(?:quelle|which) (?:cote|reference)|"
    # « quel rapport est cité au paragraphe 32 ? »: the report's note names it.
    r"(?:quel|which) (?:rapport|report) (?:est |is )?(?:cite|mentionne|vise|cited|mentioned))\b"
)


def asks_symbol(q: str) -> bool:
    """Whether the folded question asks for a document's symbol or note (a footnote gives it)."""
    return bool(_SYMBOL_ASKED.search(q))


# « quels PMA ont utilisé le fonds ? »: names asked of a kind the text gives only as a kind.
# (« quelles institutions nationales des droits de l'homme vont participer aux séminaires ? »,
# "which NGOs": OP30 and OP24 name kinds of participants, never one.)
WHICH_OF_A_KIND = re.compile(
    r"\b(?:quels|which) (?:pma|pmas|ldcs?|least developed|pays (?:les moins avances|en developpement))\b|"
    r"\b(?:quelles|which) (?:ong|ngos?|institutions nationales|national (?:human rights )?institutions|"
    r"nhris?|inddh|organisations (?:de la societe civile|non gouvernementales)|"
    r"civil society organi[sz]ations)\b|"
    # « Quels États ont demandé une assistance technique ? »: States that did something, by name.
    r"\b(?:quels|which|what) (?:pays|etats|states|countries) (?:ont|avaient|have|had) (?:deja |already |"
    r"effectivement |actually )?(?:demande|recu|beneficie|obtenu|utilise|verse|contribue|sollicite|requested|"
    r"received|benefited|benefitted|obtained|used|contributed|asked for|applied)\b"
)


# « quels pays … ? »: outside the recorded vote (the vote route), the text names no country.
# "Which ECOWAS countries support the pandemic treaty…?": a group's countries and their stance on
# something, which the text never gives (outside the vote); not "which African countries does it
# mention?", PP10's South Africa.
GROUP_STANCE = re.compile(
    r"\b(?:which|what) (?:african|afrique|asian|asie|european|europe|arab|arabes|latin american|"
    r"amerique latine|caribbean|ecowas|cedeao|sadc|asean|eu|ue|nordic|gulf|muslim|islamic|oic|oci|brics|"
    r"commonwealth|francophone|anglophone|western|eastern|g77) (?:countries|pays|states|etats)\b"
    r"[^?]{0,20}\b(?:support\w*|back\w*|oppos\w*|favou?r\w*|endors\w*|ratif\w*|sign\w*|soutien\w*|"
    r"appui\w*|appuy\w*|souten\w*)"
)
