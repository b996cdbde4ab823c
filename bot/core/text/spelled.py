"""Numbers spelled out in a reference, as dictation and phones write them.

Used by the questions (``with_digits``: after a reference word only) and by /paragraphe
(``all_digits``: the whole reference is numbers).

« que dit le paragraphe vingt-neuf ? », « le considérant trois », "paragraph twenty-nine", « la
résolution soixante-dix sur un »: a student who dictates or types words gets the paragraph or the
symbol in digits, as if typed « 29 », « PP3 », « 70/1 ». Only after a reference word: « il y a deux
ans » or « les trois premiers » are left to the routes that read them.

Spelled numbers are read by text2num (``text_to_num.alpha2digit``), which knows French and English
compounds (« trente et un », « soixante-dix-sept », "twenty-one"); it is imported on the first
such reference, so start-up stays light.
"""

from __future__ import annotations

import re

from bot.core.text.gates import gated

_FRENCH = (
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante septante huitante octante nonante cent cents"
)
_ENGLISH = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"
)
_WORD = "|".join(sorted(f"{_FRENCH} {_ENGLISH}".split(), key=len, reverse=True))
# One number: words joined by hyphens, spaces or « et » (« trente et un », « soixante-dix-sept »).
_NUMBER = rf"(?:{_WORD})(?:(?:-et-|\s+et\s+|-|\s+|\s+and\s+)(?:{_WORD}))*"
# (« un » alone only at a clause's end or before a preposition: « le paragraphe un peu long » is
# no paragraph 1.)
_AFTER = r"(?=\s*(?:$|[?!.,;:)]|(?:du|de|des|of|et|and|dit|says?|stp|svp|please)\b))"
_REFERENCE = re.compile(
    r"\b(?P<word>paragraphes?|paragraphs?|paras?|par\.|§|alineas?|alinéas?|considerants?|considérants?|"
    r"notes? de bas de page|notes?|footnotes?|ops?|pps?)\s+(?P<number>"
    + _NUMBER
    + r")\b(?P<after>"
    + _AFTER
    + r")?",
    re.IGNORECASE,
)
# (« la résolution septante-huit/cent nonante-sept », « septante/1 »: the slash typed, a part spelled;
# « septante barre un », "seventy slash one": the slash said.)
_SYMBOL = re.compile(
    r"\b(?P<word>r[ée]solutions?|r[ée]sos?|resolutions?)\s+(?P<first>" + _NUMBER + r"|\d+)"
    r"(?:\s+(?:sur|barre|slash|oblique)\s+|\s*/\s*)"
    r"(?P<second>" + _NUMBER + r"|\d+)\b",
    re.IGNORECASE,
)
# A count said of the vote (« trente et un pour », « par trente et une voix », "fourteen against"):
# the vote route compares it with the record in digits.
_COUNT = gated(
    # (Not "how did the permanent five vote?": a count is of votes, « voix », never « vote ».)
    # (« trente et un pays ont voté pour »: the members counted, before their vote.)
    rf"\b(?P<number>{_NUMBER})\s+(?=(?:pour|contre|voix|votes|abstentions?|in favou?r|against|"
    r"for|yes|no|(?:pays|[ée]tats|membres|countries|states|members)\s+(?:ont |have |a )?vot\w*)\b)",
    re.IGNORECASE,
)
# A year spelled out (« mille neuf cent huitante-six », « deux mille un »): cited texts are dated.
_YEAR = re.compile(
    rf"\b(?:mille|mil)\s+neuf\s+cents?(?:[\s-]+(?:{_NUMBER}))?\b|\bdeux\s+mille(?:[\s-]+(?:{_NUMBER}))?\b",
    re.IGNORECASE,
)
# The second count of a tally said in words (« par trente et une voix contre quatorze », "thirty-one
# to fourteen"), once the first is in digits.
_AGAINST_COUNT = re.compile(
    # (« à », never « a »: « le paragraphe 8 a un rapport avec… » is no tally.)
    rf"(?P<lead>\b\d{{1,2}} (?:voix |votes )?(?:contre|against|to|à) )(?P<number>{_NUMBER})\b",
    re.IGNORECASE,
)
_ANY_NUMBER = gated(rf"\b(?:{_NUMBER})\b", re.IGNORECASE)
_ALONE = {"un": "1", "une": "1", "one": "1"}
# "…this session? the footnote one": a fragment after a question, « one » a pronoun (not "what does
# the paragraph one say?").
_FRAGMENT_THE = re.compile(r"[?,]\s*the $", re.IGNORECASE)
_HINT = gated(rf"(?i)\b(?:{_WORD})\b")


def _digits(spelled: str) -> str | None:
    """``spelled`` as digits, or ``None`` if text2num reads no single number in it."""
    words = spelled.lower()
    if words in _ALONE:
        return _ALONE[words]
    from text_to_num import alpha2digit  # only for a spelled reference: start-up stays light

    for lang in ("fr", "en"):
        read: str = alpha2digit(words, lang, threshold=0)
        if read.isdigit():
            return read
    return None


def with_digits(text: str) -> str:
    """``text`` with spelled numbers written in digits.

    After a reference word, in a symbol, before a vote's words (« trente et un pour »), or a year.
    """
    if not _HINT.search(text):
        return text

    def reference(match: re.Match[str]) -> str:
        number = match.group("number")
        if number.lower() in _ALONE and match.group("after") is None:
            return match.group(0)
        if number.lower() == "one" and _FRAGMENT_THE.search(text[max(0, match.start() - 6) : match.start()]):
            return match.group(0)  # "…? the footnote one": the one with a footnote, a pronoun
        digits = _digits(number)
        return f"{match.group('word')} {digits}" if digits else match.group(0)

    def symbol(match: re.Match[str]) -> str:
        first, second = _digits(match.group("first")), _digits(match.group("second"))
        if first is None or second is None:
            return match.group(0)
        return f"{match.group('word')} {first}/{second}"

    def count(match: re.Match[str]) -> str:
        number = match.group("number")
        digits = None if number.lower() in _ALONE else _digits(number)
        return f"{digits} " if digits else match.group(0)

    def year(match: re.Match[str]) -> str:
        digits = _digits(match.group(0))
        return digits if digits and len(digits) == 4 else match.group(0)

    def against(match: re.Match[str]) -> str:
        digits = _digits(match.group("number"))
        return f"{match.group('lead')}{digits}" if digits else match.group(0)

    counted = _COUNT.sub(count, _REFERENCE.sub(reference, _SYMBOL.sub(symbol, _YEAR.sub(year, text))))
    return _AGAINST_COUNT.sub(against, counted)


def all_digits(reference: str) -> str:
    """A typed reference with every spelled number in digits: « vingt-neuf à trente et un » → « 29 à 31 »."""
    if not _HINT.search(reference):
        return reference
    return _ANY_NUMBER.sub(lambda m: _digits(m.group(0)) or m.group(0), reference)
