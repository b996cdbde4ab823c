"""A claim heard about the text, and the asker's request to check it.

« Un député a dit que la résolution invite les ONG au dialogue. Vrai ou faux ? », "A pundit said
the resolution backs a central role for the UN in fighting pandemics. Is that in the text?": what
the text says of the claim answers it. The claim is asked alone, without who said it and the
request to check it, whose words (« député », « tweet », "true") drown the claim's.
"""

from __future__ import annotations

import re

from bot.core.questions.normalise import normal

# Who said it and the verb, up to « que », "that": « un député a dit à la télé que », "A tweet
# says", « mon pote dit que ».
_SAID = re.compile(
    r"\b(?:said|says|claim(?:s|ed)?|pretend(?:s|ed)?|prétend\w*|pretend\w*|affirm\w*|dit|disait|"
    r"raconte\w*|écrit|ecrit|wrote|writes|tweeted|assure\w*|soutient|insiste|insists?|reckons?|"
    r"posted|reports?|reported)\b"
    r"(?:[^.?!,]{0,30}?\b(?:que|qu'|qu’|that)\b|[^.?!]{0,3}?(?=\s*(?:the|la|le|l'|this|cette|ce|it|elle)\b))",
    re.IGNORECASE,
)
# What ends the claim: a sentence's end, or the request to check it (« c vrai », "legit?").
_CLAIM_END = re.compile(
    r"[.?!…;]|\s[-—–]\s|\s(?:c'?est vrai|c vrai|vrai ou faux|is (?:that|it|this) (?:true|right|accurate|"
    r"correct)|"
    r"true or false|legit)\b",
    re.IGNORECASE,
)
# The request to check: what follows the claim asks only whether, or where, the text says it.
_CHECKS = re.compile(
    r"\b(?:vrai|vraie|faux|fausse|true|false|accurate|correct|exact|exacte|legit|right|really|vraiment|"
    r"invente\w*|exagere\w*|fake|intox|where does it say|where is (?:that|it)|ou (?:ca|c'est|dans le texte)|"
    r"c'est ou|dans le texte|in the text|does it say|is that in|ecrit quelque part|written)\b"
)
# A claim's request to check is short: a longer question asks something of its own.
_CHECK_MAX = 80
_NAMED = re.compile(r"\b(?:op|pp|§)\s*\d{1,2}\b|\bparagraphe\s+\d{1,2}\b", re.IGNORECASE)
_CLAIM_MIN = 12


def claim_of(typed: str) -> str | None:
    """The claim a message asks to check, when all it asks besides is whether the text says it."""
    said = _SAID.search(typed)
    if said is None:
        return None
    start = said.end()
    end = _CLAIM_END.search(typed, start)
    claim = typed[start : end.start() if end else len(typed)].strip(" ,:«»\"'")
    rest = typed[end.start() :] if end else ""
    folded_rest = normal(rest)
    if len(claim) < _CLAIM_MIN or len(rest) > _CHECK_MAX or not _CHECKS.search(folded_rest):
        return None
    # « OP21 — un tweet dit que… »: the paragraph the claim is about, named before who said it.
    named = _NAMED.findall(typed[: said.start()])
    return f"{' '.join(named)} {claim} ?".strip()
