"""Paragraph references typed inside a sentence: « Que dit le §29 ? », « le dernier alinéa », « dans le 15 ».

Read with the parser of /paragraphe (lists and ranges), for the paragraph route (paragraph.py)
and the router, which asks what a question names.
"""

from __future__ import annotations

import re

from bot.core.questions.normalise import OF_THIS_TEXT, boundary_first
from bot.core.questions.routes.paragraph_checks import speaks_numbers, spoken_paragraph
from bot.core.questions.routes.vote_counts import PASSED_BY
from bot.core.text.gates import gated
from bot.core.text.models import Resolution

# Paragraph references as students type them inside a sentence, lists and ranges included
# (« les §29 et PP3 », « pp 5 et op 7 », « paragraphes 21 à 23 »): each run is read by the same
# parser as /paragraphe, so « et » lists and « à » spans, as there.
_PREFIX = (
    r"(?:§§?\s*|\b(?:ops?|pps?|fn|p|par\.?|paras?|parag|paragraphes?|articles?|alineas?|considerants?|"
    # (« j'en ai noté 3 », « t'as noté 5 ? », « jai noté 31 contre 14 »: the verb, no footnote.)
    # (« j'avais noté 50/qqch »: the same verb, earlier.)
    r"(?<!\bai )(?<!\bjai )(?<!\btas )(?<!\bas )(?<!\ba )(?<!\bavons )(?<!\bavez )(?<!\bont )"
    r"(?<!\bavais )(?<!\bavait )(?<!\bavions )(?<!\baviez )(?<!\bavaient )"
    r"notes?(?: de bas de page)?|"
    r"preambule|dispositif)\s*(?:n[o°]\s*)?)"
)
# (Not a symbol's first number: « 70/1 », « 60/251 ».)
_ITEM = rf"(?:{_PREFIX})?\d{{1,3}}\b(?!/\d)"
_SEPARATOR = (
    r"\s*(?:,(?!\d)|&|\bet(?: le| du)?\b|\band(?: the)?\b|-|–|\bjusqu\s*'?\s*(?:au|a)\b|\ba\b|\bau\b|"
    r"\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*"
)
# Not after a digit and a comma either: « 1,5 » is a decimal, not a list.
_RUN = re.compile(rf"(?<![\w/.-])(?<!\d,){_ITEM}(?:{_SEPARATOR}{_ITEM})*")
_HAS_PREFIX = re.compile(_PREFIX)
# A question about another text's articles (« quel article de la Charte », "Article 1 of the
# Charter"): its numbers are that text's, not this resolution's paragraphs.
_ANOTHER_TEXTS_ARTICLE = re.compile(
    r"\b(?:articles?|art)(?: \d+(?: (?:ou|or|et|and) \d+)?)? (?:de la |of the |du |de l'|of )(?:onu )?"
    r"(?:charte|charter|pacte|covenant|convention|declaration universelle|universal declaration)\b|"
    # ("what does article 2(1) of the ICESCR say?", « l'article 7 du statut de Rome »: any text
    # named after « of », not this one.)
    r"\b(?:articles?|art\.?) \d+(?: ?\(\d+\))? (?:de la |of the |du |de l'|des |of )"
    rf"(?!{OF_THIS_TEXT})[a-z]|"
    r"\b(?:charte|charter)\b[^?]{0,40}\barticles?\b|"
    # « la DUDH article 1 ça dit quoi »: another text named first, its article after.
    r"\b(?:dudh|udhr|pidcp|pidesc|iccpr|icescr|cedaw|pacte|covenant|convention|declaration universelle|"
    r"universal declaration|statut de rome|rome statute)\b[^?]{0,15}\barticles?\b|"
    # « le Pacte …, en particulier son article 2 », "the Covenant … its article 2".
    r"\b(?:pacte|covenant|convention|declaration universelle|universal declaration)\b[^?]{0,120}"
    r"\b(?:son|its|ses)\s*articles?\b"
)
_OF_AN_ARTICLE = re.compile(r"\b(?:article|art)\.? (?:\d+|premier|1er)(?:,? | ?\()$")
_BY_COUNT = re.compile(r"par\s*\d")
_A_DAY_SAID = re.compile(r"\b\d{1,2}(?:er)? (?:juillet|juin|july|june)\b|\b(?:july|june) \d{1,2}\b")
_LIST_ENDED = re.compile(r"\.(?:\s|$)")
_COMPARING = re.compile(r"\bcompar\w*\s+(?:le |les |l')?$")
_GUESSED = re.compile(r"\b(?:dit|disent|pense|croit|says|said|thinks|guess(?:es|ed)?)\s+(?:le |la |the )?$")
_OF_A_YEAR = re.compile(
    r"\b(?:sommet|conference|declaration|summit|annee|year|since|depuis) (?:de |d'|of )?$"
)
# What a bare number right after these words counts: goals, items, sessions, not paragraphs.
_NUMBERED_THING = gated(
    r"\b(?:goals?|objectifs?|odd|sdgs?|items?|points?|sessions?|seances?|meetings?|chapitres?|chapters?|"
    r"parties?|parts?|questions?|quiz|rounds?|manches?)"
    r"(?: de developpement durable| du developpement durable)?\s*(?:n[o°]\s*)?$|"
    r"\b(?:point de l'ordre du jour|agenda item)\b[^?]{0,22}$|"  # « le point de l'odj déjà, 3 ou 4 ? »
    # « faut en donner au moins 3 », "name at least 3": a count of things, no paragraph.
    r"\b(?:au moins|at least|plus de|moins de|more than|less than|fewer than|en donner|en citer)\s*$"
)
_SPAN_WORD = r"\s*(?:-|–|jusqu\s*'?\s*(?:au|a)|a|au|to|until|till)\s*"
_RISING_SPAN = (
    rf"(?:0?[1-9](?:{_SPAN_WORD}(?:[2-9]|[1-3]\d))|1\d{_SPAN_WORD}[1-3]\d|"
    rf"2\d{_SPAN_WORD}[23]\d|3[0-6]{_SPAN_WORD}3\d)"
)
# A number alone is a paragraph only in a question about what paragraphs say, and never a date,
# a count, a session or a symbol (« le 10 juillet », « 31 voix », « 56/2 »).
_ASKS_TEXT = boundary_first(
    r"\bque dit|\bque disent|\bdit quoi|\bdisent quoi|\bc'?est quoi|\bc koi|\bc quoi|\bcompar|\bentre\b|"
    r"\bmontre|\baffiche|\bcite[rz]?\b|\blis\b|\bsay|\bc'?est sur quoi\b|\bparle de quoi\b|"
    # « le 24 et le 25 ils demandent koi ? »
    r"\b(?:demande\w*|prevoi\w*|veu\w*|dise\w*|dit)\s+(?:quoi|koi|kwa)\b|"
    # « le 29 », « et le 13 ? », « 29? », « le 1 et le 2 »: a message that is only a reference;
    # « j'ai pas compris le 5, tu peux expliquer ? ».
    r"^\s*(?:(?:et|and|alors|ok|bon|what about|and what about|et pour)\s+)*(?:le |la |the )?\d{1,3}"
    r"(?:th|st|nd|rd|e|eme)?(?:\s*(?:et|and|,)\s*(?:le |the )?\d{1,3})*\s*[?!.]*\s*$|"
    # « du 1 au 5 vite fait », « de 35 à 37 », « 21-23 ? »: a span (rising: « 31-14 » is the tally).
    rf"^\s*(?:du |de |from )?{_RISING_SPAN}\s*(?:vite fait|stp|svp|pls|please)?\s*[?!.]*\s*$|"
    r"\bexpliqu\w*|\bexplain\w*|\bpas compris\b"
)
_FRENCH_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_NOT_A_PARAGRAPH = re.compile(
    rf"^(?:,\d|\s*°)|^\s*(?:e\b|er\b|eme\b|[/.]|%|(?:{_FRENCH_MONTHS}|"
    r"voix|pays|membres?|etats|sessions?|seances?|ans|abstentions?)\b)|"
    # « 10 ou 11 juillet ? », "10 or 12 July": two days of one month, the first said bare.
    r"^\s*(?:ou|et|or|and|au|a|-)\s*(?:le |the )?\d{1,2}(?:er|th|st|nd|rd)?\s+"
    rf"(?:{_FRENCH_MONTHS}|june|july)\b|"
    # « 31 pour, 15 contre », "31 in favour, 15 against": a tally, no paragraph 31.
    r"^\s*(?:pour|for|in favou?r)\s*,?\s*(?:et |and )?\d{1,2}\s*(?:voix )?(?:contre|against)\b"
)
# « l'alinéa 3 du préambule », « le paragraphe 5 du préambule »: preambular, in the parser's words.
# « les 5 régions », « 17 objectifs »: a number before a noun counts things. Only connectors may
# follow a bare paragraph number (« que dit le 29 sur la dette », « 29 et 31 », « le 29 ? »).
_COUNTED = re.compile(
    r"^\s+(?!(?:et|ou|a|au|aux|sur|de|du|des|en|dans|pour|avec|vs|versus|stp|svp|exactement|"
    r"precisement|alors|pls|please|say|says|dit|disent|mean|means|il|ils|elle|elles|on|c|c'est|cest|"
    r"ca|tu|to|through|thru|parle|parlent|talks?|is about|vite)\b)[a-z]"
)
# (Also « le 5 du préambule », "5th paragraph of the preamble", "preambular para 5", as glossed.)
_OF_PREAMBLE = gated(
    # (A run too: « paragraphes 3 à 5 du préambule » is PP3 to PP5.)
    r"\b(?:paragraphes?|alineas?|par\.?|paras?|parag|le|les|the)\s*"
    r"(\d{1,3}(?:\s*(?:-|–|a|au|et|jusqu\s*'?\s*(?:a|au))\s*\d{1,3})?)(?:e|eme|th|st|nd|rd)?(?:\s+paragraphe)?"
    r"(?:\s+du|\s+de la|\s+of the|\s+of)?\s+preambule\b|\bpreambular\s+(?:paragraphes?|para)\s*(\d{1,3})\b"
)
_COMPARED = gated(r"\b(?:difference|differences|compar\w*|les deux|both|versus|vs)\b")
_OF_THE_PREAMBLE_RUN = re.compile(r"(?:pps?|alineas?|considerants?|preambule)\s*\d")
_BARE_AFTER = re.compile(r"((?:\bet|,|&|\ba|\bto)\s*)(\d{1,3})\b")
# « les paragraphes entre 5 et 10 », "between paragraphs 5 and 10": a span (not when compared:
# « la différence entre les paragraphes 8 et 13 » names two; not the link between two).
_BETWEEN = re.compile(
    r"(?:\b(?P<before>paragraphes|paragraphs|paras|ops|pps) )?\b(?:entre|between) (?:les |the )?"
    r"(?P<kind>(?:paragraphes|paragraphs|paras|§§?|ops?|pps?|alineas) ?)?"
    r"(?P<first>\d{1,2}) (?:et|and) (?:le |the )?(?P<last>\d{1,2})\b"
)
# (Nor a subject searched within them: "which paragraphs between 30 and 32 mention seminars?".)
_SUBJECT_ASKED = gated(
    r"\b(?:mention\w*|cite|citent|parl\w*|talk\w*|deal\w*|trait\w*|concern\w*|evoqu\w*|about)\b"
)
_LINKED = gated(r"\b(?:lien|liens|link|links|rapport|relation|relations|similaire|similar|commun|common)\b")
_SPACED_DASH = re.compile(r"(?<=\d)\s+[-–]\s+(?=(?:op|pp|§|par|para)\b)")
_FOOTNOTE = gated(r"\bnotes? de bas de page\b|\bfootnotes?\b")


def _as_span(match: re.Match[str]) -> str:
    """« paragraphes entre 5 et 10 » as « paragraphes 5 a 10 »; two counts (« entre 31 et 14 voix ») stay."""
    kind = match["kind"] or (f"{match['before']} " if match["before"] else "")
    return f"{kind}{match['first']} a {match['last']}" if kind else match[0]


def _mistyped(q: str) -> str:
    """« paragrpahe 25 », "pargraph 27": a word close to « paragraphe » before a number is that word."""
    return _NEAR_PARAGRAPH.sub(_as_paragraph, q)


def _as_paragraph(match: re.Match[str]) -> str:
    word = match[1]
    if word in _SPELLED_RIGHT:
        return match[0]
    from rapidfuzz import fuzz  # imported on the first typo: start-up stays light

    close = max(fuzz.ratio(word, "paragraphe"), fuzz.ratio(word, "paragraph"))
    return f"paragraphe{match[2]}" if close >= _TYPO_SCORE else match[0]


def _as_preambular(match: re.Match[str]) -> str:
    return re.sub(r"(\d+)", r"pp \1", match[1] or match[2])


def _ordinals() -> dict[str, int]:
    """French ordinal words, folded, from deuxième to quarantième (premier has its own patterns)."""
    units = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    teens = [
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ]
    names = dict(enumerate(units, 1)) | dict(enumerate(teens, 10))
    for tens, word in ((20, "vingt"), (30, "trente"), (40, "quarante")):
        names[tens] = word
        for unit in range(1, 10):
            if tens + unit <= 40:
                names[tens + unit] = f"{word} et un" if unit == 1 else f"{word}-{units[unit - 1]}"
    out = {}
    for number, name in names.items():
        stem = name[:-1] if name.endswith("e") else name
        ordinal = stem.replace("cinq", "cinqu").replace("neuf", "neuv") + "ieme"
        out[ordinal] = number
    out["second"] = out["seconde"] = 2
    return out


_ORDINAL_WORDS = _ordinals()
# « le 3e alinéa », « le troisième paragraphe du préambule », « the 5th paragraph ».
_ORDINAL = gated(
    r"\b(?:(?P<number>\d{1,3})\s*(?:e|eme|er|re|ere|nd|nde|st|th|rd)|(?P<word>"
    + "|".join(sorted((re.escape(w) for w in _ORDINAL_WORDS), key=len, reverse=True))
    # (« le seizième point du dispositif »: a point of a part is its paragraph, not an agenda item.)
    + r"))\s+(?P<kind>alineas?|paragraphes?|paras?|considerants?|notes?|"
    r"points?(?=\s+(?:du|of the)\s+(?:dispositif|preambule)))"
    r"(?P<after>(?:\s+du|\s+of(?: the)?)?\s+preambule)?\b"
)
# A word starting like « paragraphe », then a number (« paragarphe 27 »); rapidfuzz's ratio (0–100)
# at this score or above makes it « paragraphe » (« partie 2 », « parmi 3 » stay far below).
_NEAR_PARAGRAPH = re.compile(r"\b(p[ar][a-z]{4,10})(\s*\d{1,3}\b)")
_TYPO_SCORE = 80
_SPELLED_RIGHT = frozenset({"paragraphe", "paragraphes", "paragraph", "paragraphs"})
# « les trois premiers considérants », « les 3 derniers paragraphes », "last two operative
# paragraphs" (glossed « dernier two paragraphes du dispositif »).
_COUNT_WORDS = {
    **{str(n): n for n in range(1, 10)},
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
_FIRST_OR_LAST = gated(
    r"\b(?:(?P<n1>[2-9]|deux|trois|quatre|cinq|six|two|three|four|five) )?"
    r"(?P<end>premiers|premieres|derniers|dernieres|premier|dernier|first|last)"
    r"(?: (?P<n2>[2-9]|deux|trois|quatre|cinq|six|two|three|four|five))? "
    r"(?P<kind>paragraphes|considerants|alineas|paras)(?: (?:du|of the|of) (?P<part>dispositif|preambule))?\b"
)
_ALL_NOTES = re.compile(
    r"^\s*(?:(?:que disent|que contiennent|what do|what's in|montre(?:-moi)?|show me) )?(?:toutes )?"
    r"(?:les |the |all (?:the )?)?notes?\s*[?!.]*\s*(?:say\s*[?!.]*)?$"
)
_ORDINAL_ALONE = re.compile(r"^\s*(?:and |et )?(?:the |le |la )?(\d{1,3})(?:th|st|nd|rd|e|eme)\s*[?!.]*\s*$")
# What is asked of the last one named by its part (« … et le dernier il dit quoi ? », « … et sur
# quoi porte le dernier ? »).
_ASKED_OF_IT = (
    r"(?: one)?\s*(?:(?:il |elle |it )?(?:decide|decides|dit|says?|contient|prevoit|porte sur)"
    r"(?: quoi)?\s*)?\?"
)
# Between the part and « le dernier », no words that pick some of its paragraphs (« combien
# d'alinéas parlent de la COVID, et le dernier ? » is the last of those, not PP33).
_NO_SUBSET = (
    r"(?:(?!\b(?:qui|that|which|commen\w*|start\w*|begin\w*|parl\w*|mention\w*|cit\w*|evoqu\w*|abord\w*|"
    r"trait\w*|concern\w*|sur(?! quoi)|about|on)\b)[^?])"
)
# « le dernier paragraphe », « le premier alinéa du préambule »: (kind, first or last).
_ENDS = (
    # « l'avant-dernier considérant », "the second to last paragraph", "penultimate" (glossed).
    ("PP", -2, boundary_first(r"\bavant[- ]dernier (?:alinea|considerant|paragraphe (?:du|of) preambule)\b")),
    (
        "OP",
        -2,
        boundary_first(
            r"\bavant[- ]dernier paragraphe\b(?! (?:du|of) preambule)|\b(?:second|2nd)[- ](?:to|from)[- ]"
            r"(?:dernier|last)\b(?! (?:alinea|considerant))|\bpenultimate\b"
        ),
    ),
    # (« le préambule commence par quel mot ? »: its first paragraph.)
    (
        "PP",
        0,
        boundary_first(
            r"\bpremier (?:alinea|considerant)\b|\bpremier paragraphe du preambule\b|\bpreambule commence\b"
        ),
    ),
    (
        "PP",
        -1,
        boundary_first(
            r"(?<!avant )(?<!avant-)(?<!to )(?<!from )\bdernier (?:alinea|considerant)\b|"
            r"(?<!avant )(?<!avant-)\bdernier paragraphe (?:du|of) preambule\b|"
            # « le dernier paragraphe avant le dispositif », "the last para before the numbered list".
            r"\bdernier paragraphe (?:avant|before) (?:le |la |the )?(?:dispositif|numbered|nombre|operative|"
            r"partie numerotee|paragraphes numerotes)\b|"
            r"\b(?:combien|how many|nombre)\b[^?]{0,40}\b(?:considerants|alineas(?: du preambule)?|"
            rf"paragraphes du preambule|preambule)\b{_NO_SUBSET}{{0,60}}"
            rf"\b(?:le|the) (?:very )?dernier{_ASKED_OF_IT}|"
            # « le préambule, c'est quoi le dernier ? » (not « … le dernier sommet ? »).
            rf"\bpreambule\b{_NO_SUBSET}{{0,24}}\b(?:le|the) (?:very )?dernier{_ASKED_OF_IT}"
        ),
    ),
    # « le premier paragraphe », "the very first paragraph", no part named: the text's first is
    # PP1, the numbered paragraph 1 is OP1 (two writers meant each); both are quoted.
    # (« le 1er paragraphe » likewise: « 1er » is « premier », not the number 1.)
    ("PP", 0, boundary_first(r"\b(?:premier|1er) (?:paragraphe|para)\b(?! du (?:preambule|dispositif))")),
    ("OP", 0, boundary_first(r"\b(?:premier|1er) (?:paragraphe|para)\b(?! du preambule)")),
    # « la dernière note de bas de page renvoie à quoi », "the first footnote".
    # (Not « la dernière note du prof ».)
    (
        "FN",
        0,
        boundary_first(
            r"\bpremiere? note(?: de bas de page)?\b(?! (?:du|de|d'|des|que|qu'|sur)\b)|"
            r"\bfirst (?:foot)?note\b"
        ),
    ),
    (
        "FN",
        -1,
        boundary_first(
            r"(?<!avant )(?<!avant-)\b(?:derniere|dernier) note(?: de bas de page)?\b"
            r"(?! (?:du|de|d'|des|que|qu'|sur)\b)|"
            r"\blast (?:foot)?note\b"
        ),
    ),
    (
        "OP",
        -1,
        boundary_first(
            r"(?<!avant )(?<!avant-)(?<!to )(?<!from )"
            r"\bdernier (?:paragraphe|para)\b(?! (?:du|of) preambule| avant| before)|"
            r"\bparagraphe final\b|"
            # « combien de paragraphes opérationnels, et que décide le dernier ? »: the last of those.
            r"\b(?:combien|how many|nombre)\b[^?]{0,40}\b(?:paragraphes? (?:du dispositif|operati\w*|"
            rf"numerotes)|dispositif)\b{_NO_SUBSET}{{0,60}}"
            rf"\b(?:le|the) (?:very )?dernier{_ASKED_OF_IT}|"
            rf"\bdispositif\b{_NO_SUBSET}{{0,24}}\b(?:le|the) (?:very )?dernier{_ASKED_OF_IT}"
        ),
    ),
)
# « P5 » beside members or a vote: the Security Council's permanent five.
_P5_VOTE = gated(
    r"\bp5\b(?=[^?]*\b(?:vot|voix|absten|membres?|members?|pays|countries|states|siege\w*|sit))|"
    r"\b(?:membres? du|members of the|pays du) p5\b|"
    r"\b(?:vot\w*|voix|votes?) (?:le |du |des |of the |by the )?p5\b"  # « vote du P5 stp »
)


class ReferenceReader:
    """Read the paragraph references of a folded question, as ``Service.paragraphs`` reads them."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution

    def references(self, q: str) -> list[str]:
        """Return the references a folded question makes, as ``Service.paragraphs`` reads them."""
        # "which P5 members voted against?": the permanent five, no paragraph.
        text = _FOOTNOTE.sub("note", _OF_PREAMBLE.sub(_as_preambular, _P5_VOTE.sub(" ", _mistyped(q))))
        if _COMPARED.search(text):
            # « op 8 - op 13 c'est quoi la différence ? »: two paragraphs compared, not OP8 to OP13.
            text = _SPACED_DASH.sub(" et ", text)
        elif not _LINKED.search(text) and not _SUBJECT_ASKED.search(text):
            text = _BETWEEN.sub(_as_span, text)
        asks_text = bool(_ASKS_TEXT.search(text))
        speaks = speaks_numbers(text)
        references: list[str] = []
        day_said = bool(_A_DAY_SAID.search(text))  # read once: the cost stays linear
        for match in _RUN.finditer(text):
            # « le 24 et le 25 »: the parser of /paragraphe reads « 24 et 25 ».
            # "paragraphs 35 and 36" (the English gloss leaves « and »): the same list.
            run = re.sub(r"\bet (?:le|du)\b|\band(?: the)?\b", "et", match.group().strip(" ,-&"))
            if _OF_THE_PREAMBLE_RUN.match(run):
                # « les pp 2 et 3 », "preambular paragraphs 2 and 3": every number of the list is
                # the preamble's, as its first (the parser reads a bare number as operative).
                run = _BARE_AFTER.sub(r"\1pp \2", run)
            bare = not _HAS_PREFIX.match(run)
            # The words just before only (a bounded window: the cost stays linear in the question).
            if bare and _NUMBERED_THING.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # « Goal 17 », « l'objectif 16 », « point 3 »: another numbering
            after = text[match.end() :]
            # « dans le 15 », « au 26 », « le 16 liste quels principes »: spoken, whatever is asked.
            spoken = bare and speaks and spoken_paragraph(text, match, len(self.resolution.operative))
            # (A list ending its sentence is no decimal: « comparer le 31 et le 33. »)
            listed = (
                _LIST_ENDED.match(after) is not None
                and "et" in run
                and _COMPARING.search(text[max(0, match.start() - 16) : match.start()]) is not None
            )
            if bare and (
                (_NOT_A_PARAGRAPH.match(after) and not listed)
                or not (spoken or (asks_text and not _COUNTED.match(after)))
            ):
                continue
            if bare and PASSED_BY.search(text[max(0, match.start() - 20) : match.start()]):
                continue  # "it passed 32 to 14": a tally, no range of paragraphs
            if _BY_COUNT.match(run) and _NOT_A_PARAGRAPH.match(after):
                continue  # « adoptée par 41 voix »: « par » counts votes, no paragraph
            if bare and _OF_A_YEAR.search(text[max(0, match.start() - 12) : match.start()]):
                continue  # « le sommet de 93 », "in 93": a year, no paragraph
            if bare and day_said and _GUESSED.search(text[max(0, match.start() - 12) : match.start()]):
                continue  # « adoptée le 10 juillet, mon pote dit 11 », "my friend says 11": a day guessed
            if _ANOTHER_TEXTS_ARTICLE.search(text) and (run.startswith("art") or bare):
                continue  # « l'article 55 de la Charte », "article 1 or 55?": the Charter's
            if _OF_AN_ARTICLE.search(text[max(0, match.start() - 16) : match.start()]):
                continue  # « la Charte article 1 paragraphe 3 »: the article's paragraph
            references.append(run)
        alone = _ORDINAL_ALONE.match(text)
        if alone:
            references.append(alone[1])  # "the 29th?", « le 12e ? »: a message that is only that
        references.extend(self._first_or_last(text))
        if _ALL_NOTES.match(text):
            references.append(f"note 1-{len(self.resolution.footnotes)}")  # « les notes de bas de page »
        for match in _ORDINAL.finditer(text):
            number = match["number"] or str(_ORDINAL_WORDS[match["word"]])
            kind = match["kind"]
            prefix = (
                "note "
                if kind.startswith("note")
                else "pp"
                if kind.startswith(("alinea", "consid")) or match["after"]
                else ""
            )
            references.append(f"{prefix}{number}")
        for kind, end, pattern in _ENDS:
            if pattern.search(q):
                references.append(self.end(kind, end))
        return references

    def _first_or_last(self, text: str) -> list[str]:
        """« les trois premiers considérants », "the last two operative paragraphs": a span at an end."""
        found = []
        for match in _FIRST_OR_LAST.finditer(text):
            count = _COUNT_WORDS.get(match["n1"] or match["n2"] or "", 0)
            if not count:
                continue
            preambular = match["kind"].startswith(("alinea", "consid")) or match["part"] == "preambule"
            size = len(self.resolution.preambular if preambular else self.resolution.operative)
            count = min(count, size)
            first = 1 if match["end"].startswith(("premi", "first")) else size - count + 1
            found.append(f"{'pp' if preambular else 'op'}{first}-{first + count - 1}")
        return found

    def end(self, kind: str, end: int) -> str:
        """The id of the paragraph at ``end`` (0 the first, -1 the last) of a part, PP or OP."""
        parts = {
            "PP": self.resolution.preambular,
            "OP": self.resolution.operative,
            "FN": self.resolution.footnotes,
        }
        return parts[kind][end].id
