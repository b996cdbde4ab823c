"""Two questions in one message, each answered on its own.

« la Chine a voté comment et le para 5 c quoi ? », « le point 3 de l'ordre du jour c quoi pis le
para 3 ? »: read whole, such a message got one route's answer, or none (« OP5 ne le dit pas »).
When one part asks a member's vote and the other a paragraph it names, and the whole was declined
or answered as one of them, both answers are given, in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.text.french import fold
from bot.core.text.gates import gated

# Where a second question may start: after a question mark, or « et », « pis », "and" (Lebanese
# « w »), or a comma before a question word.
_JOIN = gated(
    r"\s*\?+\s+(?=\S)|\s*,?\s+(?:et|pis|puis|and|w)\s+(?=\S)|"
    r"\s*,\s+(?=(?:le|la|les|l'|qui|quand|combien|quel\w*|c'est|what|who|how|when|which)\b)",
    re.IGNORECASE,
)
# A paragraph named by a word of reference, not a bare number (« la 34e ou pas » is a meeting).
_PARAGRAPH_NAMED = re.compile(
    r"\b(?:para\w*|alineas?|preambule|dispositif|notes?|footnotes?|op|pp)\b|§|\b(?:op|pp)\d"
)
_VOTED = gated(r"\bvot|\babst|\b(?:pour|contre|for|against)\b")
_MARKUP = re.compile(r"\|\||\*+|~~|__|`+")
# The lookups whose answers stand on their own: a member's vote, a paragraph named. (Not the
# adoption's facts: « … au paragraphe 33, et pour quelle session ? », « et de quelle date ? » ask
# them of what the first part names, not of the resolution.)
_LOOKUPS = frozenset({Intent.VOTE, Intent.PARAGRAPH})
# How many places to try, and on messages up to what length: each try answers two questions.
_TRIES = 3
_LONGEST = 240


def two_questions(typed: str, whole: Answer, ask: Callable[[str], Answer]) -> Answer | None:
    """Both answers of a message that asks two lookups, or ``None`` when it asks one thing."""
    if len(typed) > _LONGEST or (whole.answered and whole.intent not in _LOOKUPS):
        return None
    # Markdown around a word (« ||et|| », « **la Chine** ») hides no join.
    plain = " ".join(_MARKUP.sub(" ", typed).split())
    folded = fold(plain).lower()
    if not (_VOTED.search(folded) and _PARAGRAPH_NAMED.search(folded)):
        # Both parts' words must be in the whole: without them, no part is asked (each asking
        # costs a whole reading; most messages with « et » ask one thing).
        return None
    for join in list(_JOIN.finditer(plain))[:_TRIES]:
        first, second = plain[: join.start()].strip(" ,"), plain[join.end() :].strip()
        if len(first.split()) < 2 or len(second.split()) < 2:
            continue
        one, other = ask(first), ask(second)
        if not (_stands_alone(one, first) and _stands_alone(other, second)) or one.intent is other.intent:
            # (« combien pour ? et combien contre » is one tally; « la 34e ou pas » no paragraph.)
            continue
        if _same(one, other) or (whole.answered and not (_same(whole, one) or _same(whole, other))):
            # « la France et l'Allemagne ont voté comment ? »: read whole, both members at once.
            continue
        # Both parts framed in the message's language (« le vietnam a voté quoi and what does op 1 say »).
        parts = (
            replace(one, question=first, lang=whole.lang),
            replace(other, question=second, lang=whole.lang),
        )
        return replace(one, question=typed, parts=parts, lang=whole.lang)
    return None


def _stands_alone(answer: Answer, part: str) -> bool:
    """Whether a part's answer is a lookup of its own: a member's vote, a paragraph it names, a fact."""
    if not answer.answered or answer.intent not in _LOOKUPS:
        return False
    folded = fold(part).lower()
    if answer.intent is Intent.VOTE:
        # (« genre les US ? » after a paragraph's question is an example, no vote asked.)
        return answer.scope is VoteScope.COUNTRY and bool(answer.members) and bool(_VOTED.search(folded))
    return bool(_PARAGRAPH_NAMED.search(folded))


def _same(one: Answer, other: Answer) -> bool:
    """Whether two answers say the same thing: same route, passages, members and facts."""
    return (
        one.intent is other.intent
        and one.citations == other.citations
        and one.members == other.members
        and one.facts == other.facts
        and one.scope == other.scope
        and one.choice == other.choice
    )
