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


# Where a second question of the text starts: after the first's mark (« … à quelle session ? et
# le Conseil il reprend le sujet quand ? »), or after a comma and « et », "and" before a question
# word ("When is the report due, and when does the Council come back to it?").
_SECOND = gated(
    r"\s*\?+\s+(?=\S)|"
    r"\s*,\s*(?:et|and|pis|puis)\s+(?=(?:when|quand|where|ou|combien|how many|le|la|les|l'|the)\b)",
    re.IGNORECASE,
)
_SEARCHED = frozenset({Intent.SEARCH, Intent.PARAGRAPH})
# A part may also be a request to a party (« le HCDH doit faire quoi … ? et les États on leur
# demande quoi pour les fonds ? »): each its addressee's paragraph.
_PART_ANSWERS = _SEARCHED | {Intent.REQUESTS}
_PART_WORDS = 5
_WORD = re.compile(r"\w+")
# A part pointing back to the first (« … ? et il est attendu quand ? ») is no question alone; a
# subject set out before its pronoun (« le Conseil il reprend … », « les États on leur demande
# quoi ») is its own.
_SET_OUT = re.compile(
    r"\b(?:le|la|les|l') ?[\w-]+ (?:(?:il|elle|ils|elles)\b|on (?:leur|lui|les|la|le)\b|on l')"
)
# ("this topic" is the resolution's subject, and a pronoun that says or mentions is the text:
# « et où le texte en parle-t-il ? », "where does it mention climate change?"; « en quelle
# session » is no pronoun.)
_POINTS_BACK = re.compile(
    r"\b(?:il|elle|ils|elles|it|they|that|its|their|ce|cet|cette|ces|celui|celle|lui|leur|leurs|son|sa|"
    r"ses|la[- ]dessus|dessus)\b|\ben (?!quel\w*|\d)|\b(?:qui|que|qu'on|qu'il|qu'elle|on) (?:l'|le |la |les )"
)
_THE_TEXT_SPEAKS = re.compile(
    r"\b(?:il|elle|it)\s+(?:y a|parle\w*|mentionn\w*|dit|says?|mentions?|talks?)\b|"
    r"\b(?:does|do|did) it\b|-t-(?:il|elle)\b|\ben parle\w*"
)
# A second question of its own opens with « et », "and" and names its subject or asks when
# (« et le Conseil il reprend le sujet quand ? », "and when does the Council…"); not a follow-up on
# the first's passage (« c'est quoi le but ? », « pis c'est quelle cote ? », "If so, in what context?").
_OWN_QUESTION = re.compile(
    r"^(?:et|and|pis|puis)\s+(?:(?:le|la|les|l'|the)\s*[\w-]+|when|quand|where|ou|how many|combien)\b"
)


def two_searches(typed: str, whole: Answer, ask: Callable[[str], Answer]) -> Answer | None:
    """Both answers of a message asking two things of the text, when one reading quotes only one.

    « le nouveau rapport, faut le rendre à quelle session ? et le Conseil il reprend le sujet
    quand ? »: read whole, the passages on reports (OP33, OP32, OP31) and not OP37; each part
    read alone, OP33 and OP37. Only when each part is a question of its own answered by a
    passage, and the two passages differ.
    """
    if len(typed) > _LONGEST or whole.parts:
        return None
    if (whole.answered and whole.intent not in _SEARCHED) or (
        not whole.answered and whole.reason != "hors_texte"
    ):
        return None
    joins = list(_SECOND.finditer(typed))
    if len(joins) != 1:
        return None
    first, second = typed[: joins[0].start()].strip(" ,"), typed[joins[0].end() :].strip()
    # (Each part a question of its own: « … ? c'est quoi le but ? », « … ? un par région ? » ask
    # more of the first's passage.)
    if (
        len(_WORD.findall(first)) < _PART_WORDS
        or len(_WORD.findall(second)) < _PART_WORDS
        or not _OWN_QUESTION.match(fold(typed[joins[0].start() :].lstrip(" ?,")).lower())
    ):
        return None
    if _POINTS_BACK.search(_THE_TEXT_SPEAKS.sub(" ", _SET_OUT.sub(" ", fold(second).lower()))):
        return None
    one, other = ask(first), ask(second)
    if not (one.answered and other.answered and {one.intent, other.intent} <= _PART_ANSWERS):
        return None
    if one.citations[0] == other.citations[0]:
        return None
    quoted = set(whole.citations)
    if whole.answered and quoted & set(one.citations) and quoted & set(other.citations):
        return None  # the whole already quotes a passage each part finds
    asked = f"{first} ?" if "?" in joins[0].group() else first  # (the mark the split took)
    parts = (replace(one, question=asked, lang=whole.lang), replace(other, question=second, lang=whole.lang))
    return replace(one, question=typed, parts=parts, lang=whole.lang)


def in_parts(typed: str, whole: Answer, ask: Callable[[str], Answer]) -> Answer | None:
    """The answers of a message asking two things, each in its part, or ``None``."""
    return (
        two_questions(typed, whole, ask) or two_searches(typed, whole, ask) or remark_after(typed, whole, ask)
    )


# A question, then a remark that asks nothing (« Y a-t-il un paragraphe sur le nouvel ordre
# économique international ? Les Occidentaux vont sûrement attaquer ça en débat »): not a remark
# that asks for more (« … ? Donne-moi les dates », « … ? I need the amounts »).
_QUESTION_THEN = re.compile(r"\?+\s+(?=\S)")
_ASKS_MORE = gated(
    r"\b(?:quand|combien|quel\w*|lequel\w*|qui|pourquoi|comment|ou|dis|donne\w*|explique\w*|precise\w*|"
    r"cite\w*|liste\w*|veux|voudrai\w*|aimerai\w*|besoin|savoir|stp|svp|when|how|which|what|who|why|"
    r"where|tell|give|list|need|want|please|pls|genre|like|chno\w*|asm\w*)\b|\?|"
    # (A remark on the asker's course, « j'ai rien noté en amphi », "not on moodle": the question
    # was the course's, not the text's.)
    r"\b(?:amphi|moodle|cours|td|slides?|partiel|exam\w*|prof|teacher|lecture|class)\b",
    re.IGNORECASE,
)


# A remark that narrows the question (« … ? En Chine », « … ? celles contre Cuba », "… ? operative
# part only", « … ? dans la 78/197 »): what is asked, not an aside.
_QUALIFIES = re.compile(
    r"^(?:en|au|aux|dans|avec|contre|envers|sauf|hors|a part|pas|surtout|notamment|uniquement|seulement|"
    r"celles?|celui|ceux|in|with|from|against|only|especially|apart|except|not)\b|"
    r"\b(?:preambule|dispositif|preamble|operative|\d+/\d+)\b"
)
# (A part the question names already: the remark only repeats it.)
_A_PART = re.compile(r"\b(?:preambule|dispositif|preamble|operative)\b")


def remark_after(typed: str, whole: Answer, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer of a message's question alone, when a remark after it sank the whole reading."""
    if len(typed) > _LONGEST or whole.answered or whole.reason != "hors_texte" or whole.parts:
        return None
    joins = list(_QUESTION_THEN.finditer(typed))
    if len(joins) != 1:
        return None
    first, remark = typed[: joins[0].end()].strip(), typed[joins[0].end() :].strip()
    folded = fold(remark).lower()
    narrows = _QUALIFIES.search(folded) and not _A_PART.search(fold(first).lower())
    if len(_WORD.findall(first)) < _PART_WORDS or _ASKS_MORE.search(folded) or narrows:
        return None
    one = ask(first)
    if not one.answered or one.intent not in _SEARCHED:
        return None
    return replace(one, question=typed, lang=whole.lang)
