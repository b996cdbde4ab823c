"""What a question says the passages quoted say, when they say otherwise.

« d'après le para 31 le rapport est attendu à la 59e session », « my notes say para 31 funds
seminars in six regions », « le sommet de Kampala c'était en janvier 2023 ? », « le para 36 c'est
la résolution 78/197 ? », « le para 29 demande au SG de… »: the passages that answer say
« soixante-troisième session », « cinq régions », « janvier 2024 », « 78/199 », and OP29 asks the
High Commissioner. The answer quotes them and says so first, as a vote said wrongly gets « Non :
… » before the record.

Only what can be compared without reading the sentence: a Council session by its number, a year,
a number before the same noun, a document symbol, and the parties a paragraph said to ask someone
names. A value the passages do not hold while they hold another of the same kind is contradicted;
one they hold, or a kind they hold none of, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.questions.normalise import normal, wordset
from bot.core.text.models import Paragraph

# This resolution's own session: « la session en cours » in OP32, the header's. Never a mismatch.
_OWN_SESSION = 56
_SESSION = re.compile(r"\b(\d{2})\s*(?:e|eme|ème|th|st|nd|rd)?\s+session\b|\bsession\s+(\d{2})\b")
# A session as the text writes it, spelled out (« soixante-troisième session »).
_SPELLED_SESSION = re.compile(r"\b[\w-]+ième session\b")
_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/])")
# A year as the text gives it, with its day and month when it has them (« 19 et 20 janvier 2024 »).
_DATE = re.compile(
    r"(?:\b\d{1,2}(?:er)?(?: (?:et|au) \d{1,2}(?:er)?)? )?(?:(?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre) )?(?<![\w/.-])(?:19|20)\d\d(?![\w/])"
)
# A number before a noun (« 6 régions », « cinq régions » once in digits); not a symbol or a date.
_COUNT = re.compile(r"(?<![\w/.,-])(\d{1,2})\s+([a-zà-ÿ]{4,})")
# « plusieurs séminaires régionaux, un pour chacune des cinq régions »: as many seminars as regions.
_EACH = re.compile(r"\b([a-z]{4,})(?: [a-z]+)?, une? (?:pour|par|dans) chacune? des (\d{1,2}) ")
_EACH_SAID = re.compile(
    r"\b([^\W\d_]{4,})(?: [^\W\d_]+)?, une? (?:pour|par|dans) chacune? des [\w-]+ [\w-]+(?: [^\W\d_]{5,})?"
)
_SPELLED_NUMBERS = re.compile(
    r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[\w-]+(?:ième|ieme|th))\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"(?<![\w/])(?:[A-Za-z]+(?:\.\d+)?/)*\d{1,4}/[\w.]*\d(?:/[\w.]+)*(?![\w/])")
_SELF = frozenset({"56/2", "a/hrc/res/56/2"})
# What a paragraph is said to ask of someone (« demande au SG », "urges NGOs", « exhorte les ONG »).
_ASKS_SOMEONE = re.compile(
    r"\b(?:demande\w*|prie\w*|exhorte\w*|invite\w*|engage\w*|encourage\w*|asks?|requests?|urges?|"
    r"calls? (?:on|upon)|invites?|encourages?|"
    # « c'est le SG qui doit faire la compilation ? », "is it the SG who must…".
    r"c'est (?:le|la|l'|les|au|aux)\b[^?]{0,40}\bqui (?:doit|doivent|est charge))\b"
)
# The parties the operative part addresses, as a question and the text name them (folded).
_PARTIES = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("Secrétaire général", r"\bsecretaire general|\bsecretary[- ]general\b"),
        ("Haut-Commissaire", r"\bhaut[- ]commissaire\b|\bhigh commissioner\b(?!'s office)"),
        (
            "Haut-Commissariat",
            r"\bhaut[- ]commissariat\b|\bhcdh\b|\bohchr\b|\boffice of the high commissioner\b",
        ),
        (
            "organisations non gouvernementales",
            r"\bong\b|\bnon gouvernementales?\b|\bngos?\b|\bnon-governmental\b",
        ),
        ("Assemblée générale", r"\bassemblee generale\b|\bgeneral assembly\b"),
        ("Conseil d'administration", r"\bconseil d'administration\b|\bboard of trustees\b"),
        ("États", r"\betats?\b(?! membres? du conseil)|\bstates?\b"),
    )
)
_MONTHS = wordset("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre")


@dataclass(frozen=True)
class Gap:
    """What the question said (``said``), what a passage quoted says instead (``says``), and where."""

    said: str
    says: str
    paragraph: str
    # « valeur »: a session, year, count or symbol said otherwise; « partie »: a party the
    # paragraph does not name (``says`` then lists those it names).
    kind: str = "valeur"


# What no paragraph does, said of a named one (« le para 13 interdit l'ingérence ? », "does para 8
# condemn…", « le 17 rend l'EPU obligatoire ? »): the text bans, condemns, punishes and obliges
# nothing (it asks, urges, regrets). The paragraph is quoted, and its own verb set against the claim.
_BAN_VERB = (
    r"(?P<verb>interdi\w*|condamn\w*|sanctionn\w*|punit|prohib\w*|bans?|forbids?|outlaws?|condemns?|"
    r"punish\w*|criminali[sz]\w*|rend\w* (?:[\w']+ ){1,4}obligatoires?|"
    r"makes? (?:[\w']+ ){1,4}(?:mandatory|compulsory|obligatory)|"
    r"impose\w* (?:des |de |the |any )?(?:sanctions?|penalit\w*|amendes?|fines?))\b"
)
# « le paragraphe 23 oblige les États à financer les fonds », "OP24 requires NGOs to…": the text
# orders no one either (it asks, urges, invites); only said of a paragraph named, since of the
# whole text the passage found first may not be the one meant.
_ORDER_VERB = r"(?P<verb>oblige\w*|ordonne\w*|exige\w*|requires?|orders?|compels?|obligates?)\b"
_SAID_TO_BAN = (
    # (Not a relative clause's verb: « l'OP8 critique ceux qui imposent des sanctions ».)
    *(
        re.compile(
            r"(?:\b(?:op|pp|paras?|paragraphe|paragraph|le|du|au)|§)\s*\d+\b"
            r"(?: (?!qui\b|that\b|who\b|which\b|ceux\b|celles?\b|those\b)[\w'-]+){0,3}? " + verb
        )
        for verb in (_BAN_VERB, _ORDER_VERB)
    ),
    # « Le Conseil condamne-t-il les sanctions au §8 ? »
    re.compile(r"\b" + _BAN_VERB + r"[^?]{0,40}(?:\b(?:op|pp|paras?|paragraphe|paragraph)|§)\s*\d+\b"),
    # Of the whole text (« le texte interdit les sanctions ? », "does it ban…"): the passage found
    # first is set against the claim.
    re.compile(
        r"\b(?:la resolution|le texte|la reso|la 56/2|le conseil|elle|the resolution|the text|the council|"
        r"it|56/2|cette resolution|this resolution)\s+(?:(?!qui\b|that\b)\w+\s+)?" + _BAN_VERB
    ),
    re.compile(r"\b(?P<verb>interdit|condamne|sanctionne|punit)-t-(?:elle|il)\b"),
)
_SAID_VERB = {"rend": "rend obligatoire", "make": "makes mandatory", "impos": "impose des sanctions"}
_BANS = re.compile(
    r"\b(?:interdi|condamn|sanctionn|prohib|obligatoire|devoir|doi(?:t|vent)\b|oblige\b|obligent|ordonn|exig)",
    re.IGNORECASE,
)


# A level of action after its noun (« séminaires régionaux », « coopération bilatérale, régionale et
# internationale »): the levels a noun can be said at, one scale (accents optional: the question's
# may be missing).
_A_LEVEL = (
    r"(?:(?:sous-)?r[ée]giona|nationa|internationa|mondia|loca|bilat[ée]ra|multilat[ée]ra)(?:l|le|les|ux)\b"
)
_LEVEL = re.compile(
    rf"\b(?P<noun>[^\W\d_]{{4,}})\s+(?P<levels>{_A_LEVEL}(?:(?:\s*,\s*|\s+(?:et|ou|and|or)\s+){_A_LEVEL})*)",
    re.IGNORECASE,
)
_ONE_LEVEL = re.compile(_A_LEVEL, re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_LEVEL_ENDING = re.compile(r"(?:aux|ales?|al)$")
# (« mondial » is said of what « international » is: no gap between them.)
_SAME_LEVEL = {"mondi": "internation"}
# Levels compared in passages quoted at most this many: a claim is about one or two.
_LEVEL_PASSAGES = 2


def gaps(question: str, passages: Sequence[Paragraph]) -> tuple[Gap, ...]:
    """Return the sessions, years and counts of ``question`` that ``passages`` say otherwise."""
    if not passages:
        return ()
    found: list[Gap] = [
        *_verb_gaps(question, passages),
        *_party_gaps(question, passages),
        *_level_gaps(question, passages),
    ]
    if not (_DIGIT.search(question) or _SPELLED_NUMBERS.search(question)):
        return tuple(found)  # no number said: nothing else to compare (the passages are not read)
    typed = _in_digits(question)
    texts = [(p, _in_digits(p.text)) for p in passages]
    found.extend(_symbol_gaps(question, passages))
    found.extend(_session_gaps(typed, texts))
    found.extend(_year_gaps(typed, texts))
    found.extend(_count_gaps(typed, texts, question))
    return tuple(found)


def _symbols(text: str) -> dict[str, str]:
    """The document symbols of a text, folded, each as written (« A/HRC/55/78 », « 78/199 »)."""
    return {normal(m.group()): m.group() for m in _SYMBOL.finditer(text) if normal(m.group()) not in _SELF}


def _symbol_gaps(question: str, passages: Sequence[Paragraph]) -> list[Gap]:
    """« le para 36 c'est la résolution 78/197 ? »: OP36 cites 78/199 (a symbol no passage holds)."""
    asked = _symbols(question)
    held = {folded for p in passages for folded in _symbols(p.text)}
    missing = [typed for folded, typed in asked.items() if folded not in held]
    for paragraph in passages if missing else ():
        symbols = _symbols(paragraph.text)
        if symbols:
            return [Gap(", ".join(missing), ", ".join(symbols.values()), paragraph.id)]
    return []


def _verb_gaps(question: str, passages: Sequence[Paragraph]) -> list[Gap]:
    """« l'OP8 condamne les sanctions ? »: OP8 « Se déclare préoccupé », it condemns nothing."""
    folded = normal(question)
    said = next((m for m in (p.search(folded) for p in _SAID_TO_BAN) if m is not None), None)
    if said is None or _BANS.search(passages[0].text):
        return []
    paragraph = passages[0]
    verb = paragraph.verb or " ".join(paragraph.text.split()[:2]).rstrip(",;")
    claimed = said["verb"]
    claimed = next((v for k, v in _SAID_VERB.items() if claimed.startswith(k)), claimed)
    return [Gap(claimed, verb, paragraph.id)]


def _party_gaps(question: str, passages: Sequence[Paragraph]) -> list[Gap]:
    """« le para 29 demande au SG de compiler… »: OP29 asks the High Commissioner.

    Only of a paragraph quoted alone, said to ask or urge someone, and only a party it never names.
    """
    folded = normal(question)
    if len(passages) != 1 or not _ASKS_SOMEONE.search(folded):
        return []
    (paragraph,) = passages
    text = normal(paragraph.text)
    asked = [name for name, pattern in _PARTIES if pattern.search(folded)]
    named = [name for name, pattern in _PARTIES if pattern.search(text)]
    missing = [name for name in asked if name not in named]
    if not missing or not named:
        return []
    return [Gap(", ".join(missing), ", ".join(named), paragraph.id, "partie")]


def _noun(word: str) -> str:
    """A noun compared whole, up to its plural (« organismes » is not « organisations »)."""
    return normal(word).removesuffix("s").removesuffix("x")


def _levels(text: str) -> list[tuple[str, frozenset[str], str]]:
    """(noun, level keys, words as written) of each noun said at levels in ``text``."""
    return [
        (_noun(m["noun"]), frozenset(_level(level) for level in _ONE_LEVEL.findall(m["levels"])), m.group())
        for m in _LEVEL.finditer(text)
    ]


def _level(word: str) -> str:
    key = _LEVEL_ENDING.sub("", normal(word))
    return _SAME_LEVEL.get(key, key)


def _level_gaps(question: str, passages: Sequence[Paragraph]) -> list[Gap]:
    """« l'OP30 demande des séminaires nationaux ? »: OP30 says « séminaires régionaux ».

    Only a noun a passage quoted says at other levels and never at one the question says, nor
    without a level (« les organisations de la société civile » of OP30 are of every level).
    """
    asked: dict[str, tuple[set[str], str]] = {}
    for noun, said_levels, said in _levels(question):
        known = asked.setdefault(noun, (set(), said))
        known[0].update(said_levels)  # (« nationaux ou régionaux ? »: either, not a claim of one)
    if not asked or len(passages) > _LEVEL_PASSAGES:
        return []
    # Each passage read once: the nouns it says at levels, and every noun it says.
    held = [(p, _levels(p.text), [_noun(w) for w in _WORD.findall(p.text)]) for p in passages]
    out = []
    for noun, (levels, said) in asked.items():
        for paragraph, at_levels, nouns in held:
            found = [(words, other) for n, other, words in at_levels if n == noun]
            if not found:
                continue
            if nouns.count(noun) > len(found) or any(levels & other for _, other in found):
                break  # said without a level too, or at a level the question says
            says = ", ".join(dict.fromkeys(words for words, _ in found))
            out.append(Gap(said, says, paragraph.id))
            break
    return out


def _in_digits(text: str) -> str:
    """The text with spelled numbers and ordinals in digits (« cinquante-neuvième » → « 59ème »)."""
    if not _SPELLED_NUMBERS.search(text):
        return text
    from text_to_num import alpha2digit

    return str(alpha2digit(alpha2digit(text, "fr"), "en"))


def _sessions(text: str) -> set[int]:
    return {int(m[1] or m[2]) for m in _SESSION.finditer(text)}


def _session_gaps(typed: str, texts: list[tuple[Paragraph, str]]) -> list[Gap]:
    asked = _sessions(normal(typed)) - {_OWN_SESSION}
    holding = [(p, _sessions(text)) for p, text in texts]
    held = set().union(*(s for _, s in holding))
    if len([s for _, s in holding if s - {_OWN_SESSION}]) != 1:
        return []  # no later session quoted, or several: which one was meant is unclear
    out = []
    for number in sorted(asked - held):
        for paragraph, sessions in holding:
            if sessions - {_OWN_SESSION}:
                says = ", ".join(dict.fromkeys(_SPELLED_SESSION.findall(paragraph.text)))
                if says:
                    out.append(Gap(f"{number}e session", says, paragraph.id))
                break
    return out


def _year_gaps(typed: str, texts: list[tuple[Paragraph, str]]) -> list[Gap]:
    asked = set(_YEAR.findall(typed))
    held = {year for _, text in texts for year in _YEAR.findall(text)}
    if len([p for p, text in texts if _YEAR.search(text)]) != 1:
        return []  # several passages dated: which date the question's year was taken for is unclear
    out = []
    for year in sorted(asked - held):
        # The year nearest the question's: the date it was likely mistaken for.
        candidates = [(abs(int(y) - int(year)), p) for p, text in texts for y in _YEAR.findall(text)]
        if not candidates or min(candidates, key=lambda c: c[0])[0] > 5:
            continue  # no year of the passages is near: the question's is about something else
        _, paragraph = min(candidates, key=lambda c: c[0])
        dates = [d for d in _DATE.findall(paragraph.text) if abs(int(d[-4:]) - int(year)) <= 5]
        out.append(Gap(year, ", ".join(dict.fromkeys(dates)), paragraph.id))
    return out


def _counts(text: str) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    folded = normal(text)
    for number, noun in _COUNT.findall(folded):
        if noun not in _MONTHS and not noun.startswith("session"):
            out.setdefault(noun[:5], set()).add(int(number))
    for noun, number in _EACH.findall(folded):
        out.setdefault(noun[:5], set()).add(int(number))
    return out


def _count_gaps(typed: str, texts: list[tuple[Paragraph, str]], question: str) -> list[Gap]:
    asked = _counts(typed)
    out = []
    for paragraph, text in texts:
        held = _counts(text)
        for noun, numbers in asked.items():
            if noun in held and not numbers & held[noun]:
                phrase = _phrase(paragraph.text, noun)
                if phrase:
                    said = ", ".join(str(n) for n in sorted(numbers))
                    typed_said = (
                        _count_as_typed(question, numbers, noun) or f"{said} {_noun_as_typed(typed, noun)}"
                    )
                    out.append(Gap(typed_said, phrase, paragraph.id))
    return out


def _phrase(text: str, noun: str) -> str:
    """The source words giving the count of ``noun`` (« cinq régions géographiques »)."""
    for match in re.finditer(r"([\w-]+)\s+([\w-]+)", text):
        number, word = match.groups()
        if normal(word)[:5] == noun and (number.isdigit() or _in_digits(number) != number):
            return match.group()
    for match in _EACH_SAID.finditer(text):
        if normal(match[1])[:5] == noun:
            return match.group()
    return ""


def _count_as_typed(question: str, numbers: set[int], noun: str) -> str:
    """The count as the question wrote it (« quatre séminaires »), when it is one number."""
    # (Each word may start the pair: a lookahead, so that pairs overlap.)
    for match in re.finditer(r"\b(?=([\w-]+)\s+([^\W\d_]+))", question):
        number, word = match.groups()
        digits = _in_digits(f"{number} {word}".lower()).split()[0]
        if normal(word)[:5] == noun and digits in {str(n) for n in numbers}:
            return f"{number} {word}"
    return ""


def _noun_as_typed(typed: str, noun: str) -> str:
    match = re.search(rf"\b{re.escape(noun)}\w*", normal(typed))
    return match.group() if match else noun
