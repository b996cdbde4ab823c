"""What a paragraph named in a question can answer: a reading, the States it describes, a subject.

Read by the paragraph route (paragraph.py); patterns only, on the folded question or the text.
"""

from __future__ import annotations

import re

from bot.core.text.french import MONTHS, fold
from bot.core.text.gates import gated

# A reading of a paragraph to confirm (« ça veut dire que… », "does op5 mean socialism"; English
# reaches here glossed: "mean" → « signifie »), not « que veut dire le §5 ? », what it says.
IMPLIES = re.compile(
    r"\b(?:veut|veulent|voudrait) dire (?:que|qu')|\b(?:signifie|implique)n?t? (?:que|qu')|"
    # (Not "what does 'ingérence' mean in OP13?": a word's sense where it stands.)
    r"\bsignifie\s+(?!\?|$|to |a |pour |de |d'|in |dans |ici\b|here\b|there\b|la-dedans\b)[a-z]|"
    r"\b(?:op|pp|par|para|paragraphe)\s*\d+\s+(?:means|moyens)\s+(?:that\s+)?[a-z]|"
    # « le para 21 sous-entend que… », "does para 21 imply…" (not « en gros », "basically": in short).
    r"\bsous-entend\w*|\bimpl(?:y|ies|ied)\b|\bbasically saying (?:that )?(?:[\w-]+ ){1,4}(?:are|is)\b|"
    r"\brevient a dire que\b"
)
# « l'OP28 parle des brevets ? », "does OP28 say anything about patents?": whether a paragraph
# named mentions a subject, which it answers only if it holds some of the subject's words.
MENTION = re.compile(
    r"\b(?:mention\w*|talks? about|says? (?:anything|something) (?:on|about)|speaks? (?:of|about)|"
    r"dit quoi sur|(?:il|elle) dit (?:quoi )?sur|(?<=\d )dit (?:quoi )?sur|(?<=\d )says? (?:about|on)|"
    # « le §12 sur la prévention prévoit-il un mécanisme d'alerte ? », « cite-t-il l'islamophobie ? »:
    # what it is said to do, asked yes or no (not « que prévoit-il ? », which asks it).
    # (Nor « quel droit le § 28 réaffirme-t-il ? », « … ou le texte indique-t-il … ? »: a question word
    # anywhere before it.)
    r"^(?![^?]*\b(?:quel\w*|que|qu'|quoi|comment|pourquoi|ou|quand|qui|combien|lequel|laquelle|lesquel\w*)"
    r"\b[^?]*-(?:il|elle)\b)[^?]*?\b(?!(?:est|sont|peut)-)[a-z]{3,}(?:-t)?-(?:il|elle)\b|"
    # "Does OP28 require states to share vaccine technology?": the same, asked in English.
    r"^\W*(?:and |so |but |also )?(?:does|did) (?:op|pp|paras?|paragraph|§)\s*\d+\s+"
    r"(?:really |actually |also |even |still )?[a-z'-]+\b|"
    # (Québec's « parle-tu de », "-tu" asking yes or no; « le para 28 sur la science parle aussi de
    # l'IA ? », an adverb between.)
    r"refers? to|parle\w*(?:-t-il|-t-elle|-tu)? (?:aussi |egalement |meme |vraiment |encore )?"
    r"(?:de |d'|des |du )|evoqu\w*|aborde\w*|"
    # "OP 21 is about women's rights right?", « le para 8 porte sur les sanctions ? »
    r"(?:(?<=\d )|(?<=\d of the resolution )|(?<=\d of the text )|(?<=\d de la resolution ))"
    r"(?:is (?:all |mainly |mostly |really )?about|porte sur|concerne\w*)|"
    r"traite\w* (?:de |d'|des |du )|"
    # "does PP12 mention Pfizer?" (the gloss reads "mention" as « cite »).
    r"(?<=\d )cite\w*(?! bien\b)|"
    # « le para 26 reconnaît un droit des réfugiés ? », "does para 13 condemn regime change?" (glossed
    # « condamne »): what it is said to do, whose subject it must hold.
    # (« le para 27 il demande … », the paragraph taken up again by a pronoun.)
    r"(?<=\d )(?:(?:il|elle) )?(?:basically |actually |really |vraiment )?(?:reconnai\w*|recogni[sz]e\w*|"
    r"condamne\w*|condemn\w*|impose\w*|cree|creates?|calls? for|demande for|appelle a|"
    # « le para 13 interdit l'intervention humanitaire ? », « para 18 s'applique aux ONG ? »
    r"interdit|autorise|oblige|s'applique (?:a|aux|au)|vise(?!-)|bans?|forbids?|prohibits?|allows?|"
    # « le para 27 demande la levée des brevets ? », "para 17 criticizes the UPR for…".
    # (English reaches here glossed, its "asks", "calls" read as « demande » and no article after.)
    # (« l'OP 21 demande aux pays riches de doubler leurs contributions ? »: whom, and what.)
    # (« OP 21 demande de sanctionner … ? »: what it is said to ask done.)
    r"(?:demande|exige|prevoit) (?=(?:la|le|les|l'|un|une|des|du|aux|au|de|d')\b)|critique\w*|"
    r"criti[cz]i[sz]e\w*|denonce\w*|"
    # « op 14 dit que les terroristes peuvent être condamnés à mort ? »: a claim whose subject it must hold.
    # (Québec's « dit-tu que », read « dit-t-il que ».)
    r"(?:dit|says?)(?:-t-il|-t-elle|-il|-elle)? (?:que|qu'|that)|"
    # "OP26 asks creditors to cancel …" (glossed « demande creditors to cancel »): whom, and what.
    # (Not "what does OP23 ask states to do", which asks it.)
    r"(?<!what does op\d )(?<!what does op\d\d )(?<=\d )demande "
    r"(?=(?:[a-z]+ ){1,3}to (?!do\b)[a-z])|"
    # « l'OP14 qualifie le terrorisme de crime contre l'humanité ? », "OP26 lists cyberattacks…"
    # (not "PP32 list as the 'fundamental elements'", what it lists).
    r"(?<=\d )(?:qualifie\w*|enumere\w*|"
    r"(?:lists?|listes?)\b(?! (?:as|what|which|quoi|quels?|quelles?|lesquel\w*)\b))|"
    r"authori[sz]es?|applies to|targets?))\s*(?P<subject>[^?]+)"
)
# Whom or what a named paragraph is said to aim at or benefit, its topic between (« le paragraphe
# 14 sur le terrorisme vise le Hamas ? », « le paragraphe 5 c'est une idée des BRICS ? »).
AIMED = re.compile(
    r"\b(?:op|pp|paras?|paragraphe|paragraph|§)\s*\d+\b(?: [\w']+){0,4}? "
    # (Not « quelles formes l'OP3 vise-t-il ? », which asks it.)
    r"(?:vise\w*(?!-)|cible\w*(?!-)|targets?|aims? at|(?:is )?aimed at|"
    r"(?:is|est) (?:une |an? )?(?:idee|idea) (?:des?|du|of|from))"
    r"\s*(?P<subject>[^?]+)"
)
# A paragraph named and a subject, nothing else (« para 26 intelligence artificielle ? »): whether
# it speaks of it, which it answers only if it holds one of the subject's words.
# (Not how it is wanted: « l'OP29 en deux mots ? », "OP3 summary?", « PP33 résumé ».)
FRAGMENT = re.compile(
    r"^\s*(?:l')?(?:op|pp|paras?|paragraphe|paragraph|§)\s*\d+\s*[:,-]?\s*"
    r"(?!(?:en|in|pour|for|stp|svp|please|pls|summary|resume|tldr|explique|explain|simplement|simply)\b)"
    r"(?P<subject>[a-z][a-z' -]{3,40}?)\s*\??\s*$"
)
REFERENCE_WORDS = re.compile(
    r"\b(?:l')?(?:op|pp|§|paragraphes?|paragraphs?|paras?|alineas?|notes?|footnotes?)\s*\d+\b"
)
# Below this share of the subject's words, the paragraph named does not mention it (on the tuning
# batches, every question it answered rightly covered the subject at 0.75 or more).
MENTION_FLOOR = 0.5

# A bare number after a singular article, as members name paragraphs in a study session (« dans
# le 15 », « au 26 », « @Awa le terrorisme c'est dans le 14 », « le 16 liste quels principes »): a
# paragraph, whatever the question asks. Not a day (« le 10 juillet … ou le 11 ? »), nor another
# numbering (« les ODD, genre le 10 »), nor a tally after it (« le 31 contre 14 »).
_SPOKEN_BEFORE = re.compile(r"\b(?:le|au|du)\s*$")
# (« le 31 pour, c'est qui ? »: the camp; not « le 12 pour les ONG ».)
_TALLY_AFTER = re.compile(
    # (Nor « le 23 pour alimenter les fonds ? »: a purpose, the verb after.)
    r"^\s*(?:(?:contre|a|to|-)\s*\d|voix\b|votes?\b|pour\b(?!\s+(?:les?|la|l'|des|une?|[a-z]+(?:er|ir|re))\b))"
)
# The tally's numbers asked as people (« le 14 et le 2, c'est qui ? »): the camps, not paragraphs.
_TALLY = frozenset({"31", "14", "2"})
_WHO = re.compile(r"\b(?:c'est qui|c est qui|qui c'est|qui sont|qui etaient|lesquels|who)\b")
# Two numbers apart (« non c'est pas le 14 le terrorisme, c'est le 15 non ? ») are a guess and its
# correction, which search settles; listed (« le 3 et le 4 »), they are both asked.
SPOKEN = re.compile(r"\b(?:le|au|du)\s+(\d{1,2})\b")
_LISTED = re.compile(r"\b(?:le|au|du)\s+\d{1,2}\s*(?:et|,)\s*(?:le\s+)?\d{1,2}\b")
# Another numbering or a date anywhere in the message: its numbers are not the text's paragraphs.
_OTHER_NUMBERING = gated(
    r"\b(?:"
    + "|".join(fold(month).lower() for month in MONTHS)
    # (« session 33 »; not « le 33, quelle session ? », a paragraph's session asked.)
    + r"|janv|fevr?|avr|juil|sept|oct|nov|dec|odd|sdgs?|goals?|objectifs?|points?|items?|sessions? \d+|"
    r"seances?|"
    r"chapitres?|articles?|ordre du jour|"
    # A date or a vote in the message (« adoptée le 10 ? », « ils ont voté le 10 ? », « passée au
    # 34 ? », « c'était le 31 pour et 14 contre ? »): the number is a day or a count.
    r"adopt\w*|distribu\w*|vot\w*|voix|dat(?:e|ee|es)|passee?s?|majorite|contre|scrutin)\b"
)


def speaks_numbers(text: str) -> bool:
    """Whether the folded ``text`` may name paragraphs by bare numbers at all.

    Read once a message: its whole words (a date, a vote, another numbering, two numbers apart),
    not each number's (``spoken_paragraph``), so the cost stays linear in the message.
    """
    spoken = set(SPOKEN.findall(text))
    if spoken <= _TALLY and _WHO.search(text):
        return False
    return not _OTHER_NUMBERING.search(text) and (len(spoken) == 1 or bool(_LISTED.search(text)))


def spoken_paragraph(text: str, run: re.Match[str], highest: int) -> bool:
    """Whether a bare number names a paragraph, in a ``text`` that ``speaks_numbers`` (« dans le 15 »)."""
    numbers = [int(n) for n in re.findall(r"\d+", run.group())]
    before = text[max(0, run.start() - 12) : run.start()]
    return (
        max(numbers) <= highest
        and bool(_SPOKEN_BEFORE.search(before))
        and not _TALLY_AFTER.match(text[run.end() :])
    )


# Numbers said of a named paragraph that states none (« OP22 says requests must be processed
# within 90 days? », « en cinq ans », "at the 60th session" of OP29): a claim it cannot bear out.
# A paragraph stating other numbers is quoted, and what it says instead is shown beside
# (questions/specifics.py: « six seminars » of OP30's « cinq régions »).
_CLAIMED_SYMBOL = re.compile(r"(?<![\w/])\d{1,4}/\d{1,4}(?![\w/])")
# Digits with a unit, a year, or a session's ordinal ("within 90 days", « 1 million de dollars »,
# "by 2026", "at the 60th session"); not a count of what the paragraph lists (« les 4 principes »).
_CLAIMED_DIGITS = gated(
    r"(?<![\w/.,])(\d{1,7})(?:[.,]\d+)?(?:\s?(?:%|\$|€)|\s(?:ans|annees|years?|mois|months?|jours|days?|"
    r"semaines|weeks?|heures|hours|millions?|milliards?|billions?|dollars|euros|usd|pour ?cent|percent)\b|"
    r"(?:th|st|nd|rd|e|eme) session\b)|(?<![\w/.,])((?:19|20)\d\d)(?![\w/])"
)
# Spelled, only before a unit (not « les trois », "the two": the paragraphs named).
_SPELLED_UNIT = re.compile(
    r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cinquante|cent|mille|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|thousand)"
    r" (?:ans|annees|years|mois|months|jours|days|semaines|weeks|millions?|milliards?|billions?|"
    r"pour ?cent|percent)\b"
)
_REFERENCE_RUN = re.compile(
    r"(?:\b(?:l')?(?:op|pp|paragraphes?|paragraphs?|paras?|par|alineas?|considerants?|articles?|notes?|"
    r"footnotes?)|§+)\s*\.?\s*\d+(?:\s*(?:,|et|and|a|to|-)\s*\d+)*|"
    r"\b(?:le|au|du|la)\s+\d{1,2}\b(?!\s*(?:%|pour|ans|jours|mois))"
)
# The text's own facts (its date, session, meeting and tally), which say nothing of a paragraph.
_HEADER_NUMBERS = frozenset({"10", "2024", "56", "34", "31", "14", "2", "47"})
_TEXT_NUMBER = re.compile(
    r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|"
    r"soixante|cent|mille)|(?:ieme|ième)\b"
)


# The asker's own time and length (« j'ai un oral dans 3 jours », « en moins de 25 mots »).
_ASKERS_FIGURES = re.compile(
    r"\b(?:dans|in|en moins de|under|less than|max(?:imum)?)\s+\d+\s*(?:jours?|days?|semaines?|weeks?|"
    r"heures?|hours?|minutes?|mots|words)\b|\b\d+\s*(?:mots|words|minutes)\b"
)


def claims_a_number(q: str, named: set[str]) -> bool:
    """Whether a folded question says a number of a paragraph, beside the references it makes.

    ``named``: the numbers of the paragraphs it names, however it named them (« compare 4 et 18 »).
    """
    rest = _REFERENCE_RUN.sub(" ", _ASKERS_FIGURES.sub(" ", q))
    digits = {m[1] or m[2] for m in _CLAIMED_DIGITS.finditer(_CLAIMED_SYMBOL.sub(" ", rest))}
    symbols = set(_CLAIMED_SYMBOL.findall(rest)) - {"56/2"}
    return bool(symbols or digits - named - _HEADER_NUMBERS or _SPELLED_UNIT.search(rest))


# A year a named paragraph is said to set a thing for (« le para 37 dit que la question sera examinée
# en mars 2025 ? »), when it gives no year at all: not a year describing the subject (« la pandémie
# de 2020 »), nor the adoption's (2024). (Figures with a unit were tried: the asker's own « dans 2
# semaines », « en 30 mots max », a summit's two days, lost right answers.)
_YEAR_SAID = re.compile(
    r"\b(?:en|in|by|d'ici|avant|before|after|apres|au plus tard)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)(?![\w/])"
)
_ANY_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/])")


# A length or a period said of a paragraph that gives no figure in digits and no date (« le rapport
# doit faire max 10 pages ? », "the UPR every 4 years?", « réexaminée dans 2 ans ? »); not the
# asker's own time or length (« j'ai un oral dans 2 semaines », « en 30 mots max »: words, minutes
# and hours are never the text's), and not a duration its dates give (PP9's « 19 et 20 janvier »).
_UNIT_SAID = gated(
    r"(?<![\w/.-])(?<!\ben )(?<!\bin )(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s?(?:pages?|jours|days|semaines|weeks|mois|months|ans|annees|years|"
    r"annuel)\b"
)
_ASKERS_TIME = re.compile(
    r"\b(?:j'ai|jai|on a|i have|i've got|we have|exam\w*|oral|partiel|expose|presentation)\b"
)
# (Whole words: « mai » is in « domaine ».)
_DATED = re.compile(r"\d|\b(?:" + "|".join(fold(month).lower() for month in MONTHS) + r")\b")


def claims_a_figure_it_lacks(q: str, texts: list[str]) -> bool:
    """Whether a folded question sets a year, a length or a period a paragraph does not give."""
    claimed = set(_YEAR_SAID.findall(q)) - {"2024"}
    if claimed and not any(_ANY_YEAR.search(text) for text in texts):
        return True
    unit = _UNIT_SAID.search(q)
    if unit is None or _ASKERS_TIME.search(q[: unit.start()]):
        return False
    return not any(_DATED.search(fold(text).lower()) for text in texts)


def states_a_number(texts: list[str]) -> bool:
    """Whether a text states any number, symbol or ordinal, in digits or in words."""
    return any(_TEXT_NUMBER.search(text) for text in texts)


# A place said of a named paragraph (« les séminaires de l'OP30 doivent avoir lieu à Genève ? »,
# "the OP30 seminars must be held in Geneva?"): it must name it, or the claim is not its own.
_PLACE_SPELLINGS = {
    "geneva": "geneve",
    "vienna": "vienne",
    "brussels": "bruxelles",
    "the hague": "la haye",
    "addis ababa": "addis-abeba",
    "nouveau york": "new york",  # (the gloss of "new")
}
_PLACE_SAID = re.compile(
    # (Held or set there: not the asker's city, « je suis étudiant à Montréal, que dit l'OP8 ? ».)
    r"\b(?:lieu|held|tenue?s?|tenir|take place|takes place|organi[sz]\w*|based|situee?s?|installee?s?|"
    r"(?:are|is|will be|sont|seront|se tiennent|se tiendront))"
    r"\s+(?:a|au|en|in|at|dans)\s+(?P<place>geneve|geneva|new york|nouveau york|vienne|vienna|paris|"
    r"bruxelles|brussels|"
    r"nairobi|addis-abeba|addis ababa|bangkok|santiago|beyrouth|beirut|dakar|durban|kampala|buenos aires|"
    r"la haye|the hague|strasbourg|rome|doha|panama|lima|bogota|mexico|montreal|washington|londres|london)\b"
)


def places_none_names(q: str, texts: list[str]) -> bool:
    """Whether a folded question says of the texts a place none of them names."""
    said = {_PLACE_SPELLINGS.get(m["place"], m["place"]) for m in _PLACE_SAID.finditer(q)}
    if not said:  # (most questions: the texts, some paragraphs long, are not folded for nothing)
        return False
    folded = [fold(text).lower() for text in texts]
    return any(not any(place in text for text in folded) for place in said)


# A phrase quoted from a paragraph named, asked what it covers, means or lists (« OP13 « autres
# instruments internationaux pertinents » c'est lesquels ? », « OP7 « tous les acteurs … » ça inclut
# les entreprises ? », "OP9 'human rights law' what does it mean?"): the text gives the phrase, never
# its extent, unless it lists it there (« crises mondiales successives, telles que … »).
QUOTED = re.compile(
    r"[«“\"]\s*([^»”\"]{6,120}?)\s*[»”\"]|(?:(?<=\s)|^)['‘]([^'‘’]{6,120})['’](?=[\s?!.,;:–-]|$)"
)
_ELABORATION_ASKED = re.compile(
    # (Not « c'est quoi le 'monde multiculturel' du §9 ? »: what the text says of it, which it quotes.)
    r"\b(?:c'est|c'etait|ce sont|ce serait) (?:lesquel\w*|qui)\b|\blesquel(?:le)?s\s*\?|"
    r"\b(?:ca )?(?:veut dire|signifie) quoi\b|\bquoi (?:au juste|concretement|juridiquement)\b|"
    # (Not « ça vise quoi ? », « s'applique aux ONG ? »: its purpose and addressees, which it says.)
    r"\b(?:ca |cela )?(?:inclut|inclue|comprend|couvre|englobe)\b|"
    r"\bdefini\w*|\bdefined\b|\bwhich ones\b|\bwhat (?:are|is) (?:those|these|they|it|that)\b|"
    r"\bwhat does (?:it|that|this|the phrase|the term) (?:mean|include|cover)\b|"
    r"\bdoes (?:it|that|this) (?:include|cover|apply to)\b|"
    r"\b(?:c'est quoi|quels sont|quelles sont) (?:ces|ses)\b"
)
# Where the paragraph itself lists or defines what it names.
# (Right after it, not of another noun further on: OP7's actors are not « fondé sur ».)
_LISTED_AFTER = re.compile(
    r"^[^.;,]{0,15}?(?:telles? que|tels? que|notamment|y compris|a savoir|:|dont|comme\b|c'est-a-dire|"
    r"fondee? sur|basee? sur)|"
    # (« principes d'universalité, de non-sélectivité… » goes on listing; « pratiques optimales, de
    # promouvoir… » goes on with another verb.)
    r"^\s*,\s*(?:(?:de |d'|du |des )(?![a-z]+(?:er|ir|re)\b)|notamment|y compris|tels|telles)"
)


def elaborates_a_quote(typed: str, q: str, texts: list[str]) -> bool:
    """Whether a question asks the extent of a phrase it quotes from a paragraph that does not list it."""
    if not _ELABORATION_ASKED.search(q):
        return False
    for match in QUOTED.finditer(typed):
        phrase = fold(match.group(1) or match.group(2)).lower().replace("’", "'").strip(" .…")
        for text in texts:
            folded = fold(text).lower().replace("’", "'")
            at = folded.find(phrase)
            if at >= 0 and not _LISTED_AFTER.search(folded[at + len(phrase) :]):
                return True
    return False


# What a paragraph named never gives, whatever it lists: how it is done in practice, step by step
# or by whom it is checked, paid for or taken over, where it comes from, what a report to come will
# say, earlier ones' results, names, a ranking, a way for the asker to take part (« §19 l'assistance
# technique, concrètement ça se passe comment ? qui paie ? », « §26 comment un État fait sa
# demande ? », « §5 le NOEI ça vient d'où ? », « §33 il va proposer quoi ? », « §34 donne des noms »,
# « §12 les violations les plus urgentes », « les séminaires du §30, on peut s'inscrire ? »).
# (Not what it asks or of whom: « §19 l'assistance va à qui ? », « §31 le SG doit faire quoi ? ».)
_NEVER_IN_A_PARAGRAPH = re.compile(
    r"\bconcretement\b[^?]{0,30}\b(?:comment|ca se passe|ca marche|how)\b|"
    r"\b(?:comment|how)\b[^?]{0,30}\b(?:concretement|en pratique|in practice)\b|"
    r"\b(?:ca|cela) se passe comment\b|\bcomment (?:ca|cela) (?:se passe|marche|fonctionne)\b|"
    r"\bcomment (?:un etat|les etats|on) (?:fait|font|peut|peuvent|s'inscri\w*|postule\w*|demande\w*)\b|"
    r"\bcomment (?:il|elle|ils|elles|le conseil|l'etat|les etats) "
    r"(?:se met|se mettent|garanti\w*|assure\w*)\b|"
    r"\b(?:etape par etape|step by step|les etapes|the steps|modalites|il y a un plan|is there a plan)\b|"
    r"\bqui (?:verifie|controle|surveille|evalue|paie|paye|finance|prend le relais|sanctionne)\b|"
    r"\bwho (?:checks|controls|monitors|pays|funds|takes over|enforces)\b|"
    r"\b(?:ca|cela) vient d'ou\b|\bd'ou (?:ca|cela) vient\b|\bwhere does (?:it|this|that) come from\b|"
    r"\b(?:va|vont|devra) (?:proposer|contenir|recommander|dire) quoi\b|"
    r"\bwill (?:it|he|she|they) (?:propose|say|recommend)\b|"
    r"\bresultats? des [^?]{0,30}\b(?:precedent\w*|passe\w*|d'avant)\b|"
    r"\b(?:donne|donnez|donner|give)(?:-moi| moi| me)? (?:des |les |some |the )?(?:noms|names)\b|"
    r"\bnames? (?:pls|please|plz)\b|\bdes noms\s*\?|"
    r"\bles plus (?:urgent\w*|important\w*|grave\w*)\b|\bthe most (?:urgent|important|serious)\b|"
    r"\b(?:ouverte?s? aux etudiants|s'inscrire|inscription|open to students|sign up|register)\b"
)
# Examples or the members of a kind, or what a term means, which a paragraph gives only where it
# lists or defines them (« §28 quelles mesures ? des exemples stp », « §29 c'est quoi comme
# exemples ? », « le multilatéralisme du §27 ça veut dire quoi ? »; not « §26 c'est quoi comme
# crises ? », listed: « telles que les crises sanitaires … »).
_EXAMPLES_ASKED = re.compile(
    # (Not « donne-moi par exemple le paragraphe 8 »: for instance.)
    # (Not « §8 c'est quoi comme mesures ? »: the kind, which the paragraph's words give.)
    r"\b(?<!par )(?:des |quels |quelques |comme |d')?exemples?\b|\bexamples?\b|"
    r"\b(?:c'est|ce sont) lesquel\w*\b|\blesquel(?:le)?s (?:exactement|concretement)\b|"
    r"\blesquel(?:le)?s\s*\?|\b(?:fais|faites|fait|make|donne) (?:la|une|moi la|a|the) liste\b|"
    r"\bwhich ones\b"
)
# What a term means (« le multilatéralisme du §27 ça veut dire quoi ? »; not « le para 5 ça veut dire
# quoi ? », what the paragraph says, which it quotes).
_MEANING_ASKED = re.compile(
    r"\b(?:ca |cela )?(?:veut dire|signifie) (?:quoi|qui)\b|\bwhat does (?:it|that|this|the \w+) mean\b"
)
# A list or a definition in the paragraph, soon after a word of the question.
_A_LIST = re.compile(
    r"\b(?:telles? que|tels? que|notamment|y compris|a savoir|c'est-a-dire|fondee?s? sur|basee?s? sur)\b|"
    r":\s*\w|"
    # (« principes d'universalité, de non-sélectivité, … »: a list of complements.)
    r",\s*(?:de |d'|du |des )(?![a-z]+(?:er|ir|re)\b)"
)
_NEAR = 45


def asks_beyond_the_paragraph(q: str, texts: list[str]) -> bool:
    """Whether a folded question asks of a paragraph named what no paragraph gives, or a list it lacks."""
    if _NEVER_IN_A_PARAGRAPH.search(q):
        return True
    if _MEANING_ASKED.search(q) and _stems(q):
        return not _listed_near(q, texts)
    return bool(_EXAMPLES_ASKED.search(q)) and not _listed_near(q, texts)


def _stems(q: str) -> set[str]:
    """The first letters of the question's longer words, question words aside."""
    return {w[:6] for w in re.findall(r"[a-z][a-z'-]{4,}", q) if w not in _NOT_THE_SUBJECT}


def _listed_near(q: str, texts: list[str]) -> bool:
    """Whether a paragraph lists or defines something soon after a word of the question."""
    stems = _stems(q)
    for text in texts:
        folded = fold(text).lower()
        for stem in stems:
            for found in re.finditer(rf"\b{re.escape(stem)}\w*", folded):
                end = found.end()
                if _A_LIST.search(folded, end, end + _NEAR) or _LISTED_AFTER.search(folded[end:]):
                    return True
    return False


# Question words and fillers that name nothing a paragraph could list after.
_NOT_THE_SUBJECT = frozenset(
    {
        "exemples",
        "example",
        "examples",
        "quelles",
        "lesquels",
        "lesquelles",
        "comme",
        "c'est",
        "veut",
        "signifie",
        "exactement",
        "concretement",
        "paragraphe",
        "texte",
        "resolution",
        "liste",
        "which",
    }
)


# The asker checks what they believe (« est-ce exact ? », "is that right?") or doubts a place.
CHECKING = re.compile(
    r"\b(?:est[- ]ce (?:bien )?exact|c'?est (?:bien )?exact|c exact|est-ce (?:bien )?(?:ca|vrai)|"
    r"c'est bien (?:ca|cela)|c'est (?:bien )?vrai|c'est juste|si je (?:comprends?|ne me trompe|me souviens) "
    r"(?:bien|pas)|si j'ai bien compris|"
    r"as far as i comprehension|"
    r"c'est (?:bien )?correct|is (?:that|this|it) (?:right|correct|true)|am i right|"
    r"as far as i (?:understand|know)|if i understand|"
    r"je pensais que|i thought|c'est ailleurs|somewhere else|ou pas|"
    # « c'est l'OP27 qui parle des pandémies, j'ai bon ? », "did I get it right?"
    r"j'ai (?:bon|juste|raison|tort)|jai bon|ai-je (?:bon|raison)|did i get (?:it|that) right|"
    r"i(?:'m| am) right|isn'?t it|is it not|n'est-ce pas|"
    # « … le paragraphe 8 porte sur le terrorisme. Je ne le trouve pas là. Il est où ? »: a place doubted.
    r"je (?:ne )?(?:le|la|les) trouve pas|j(?:e |')?(?:l'|le |la )?trouve pas|(?:il|elle) est ou|"
    r"i can'?t find (?:it|that)|where is (?:it|that) then|"
    # « c'est le paragraphe 12 qui parle de terrorisme ? », « c'est bien le 30 ? », « c lequel ? »,
    # "I remember OP15 being the one that…": a number to check against what it is said to hold.
    r"\bc(?:'?est)? (?:bien |vraiment )?(?:le |l')(?:(?:para\w*|op|pp|alinea|§)\s*)?\d{1,2} qui|"
    r"c'?est (?:bien |vraiment )(?:le |l')(?:(?:para\w*|op|pp|alinea|§)\s*)?\d{1,2}\s*\?|"
    r"c'?est lequel|which one is it|i remember|(?:^|[.!,;]\s*)right\s*\?|"
    # « le paragraphe 31 c'est celui qui demande… ? », "is OP31 the one that asks…?"
    r"\b(?:(?:para\w*|op|pp|alinea|§)\s*)?\d{1,2},? c'?(?:est)? (?:bien )?celui (?:qui|ou|sur)|"
    r"\bis (?:(?:para\w*|op|pp)\s*)\d{1,2} the one\b)"
)
