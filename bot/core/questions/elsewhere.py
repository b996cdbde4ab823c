"""A paragraph named wrongly in a claim: the passage that holds the subject, and the number set right.

« Si je comprends bien, le paragraphe 7 condamne les sanctions unilatérales ; est-ce exact ? »
(OP8 speaks of unilateral coercive measures), « je pensais que c'était dans le 9 mais Lucas dit que
c'est ailleurs : le passage sur le nouveau modèle de relations internationales, il est où ? »
(PP19). Read by its number alone, the paragraph named was quoted, or declined as not saying it;
the asker wanted to know whether the number was right. Only for a claim checked or a place
doubted, when search finds a passage that covers the question and the paragraph named barely does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.normalise import content, normal
from bot.core.questions.routes.search import SearchRoute
from bot.core.questions.specifics import Gap
from bot.core.search.analyzer import analyze
from bot.core.text.models import Paragraph

# The asker checks what they believe (« est-ce exact ? », "is that right?") or doubts a place.
_CHECKED = re.compile(
    r"\b(?:est-ce (?:bien )?exact|c'est (?:bien )?exact|est-ce (?:bien )?(?:ca|vrai)|c'est bien (?:ca|cela)|"
    r"si je (?:comprends|ne me trompe|me souviens) (?:bien|pas)|si j'ai bien compris|"
    r"is (?:that|this|it) (?:right|correct|true)|am i right|as far as i (?:understand|know)|if i understand|"
    r"je pensais que|i thought|c'est ailleurs|somewhere else|ou pas)\b"
)
# The reference typed, with the part it names (« le paragraphe 15 du dispositif », « dans le 9 »):
# the passage is looked for in the whole text.
_REFERENCE = re.compile(
    r"\b(?:(?:l['’])?(?:op|pp|§|paragraphes?|paragraphs?|paras?|alin[ée]as?|considérants?)\s*|(?:dans|le|au|du)\s+)"
    r"\d{1,2}\b(?:\s+(?:du|of the)\s+(?:dispositif|pr[ée]ambule|operative part|preamble))?",
    re.IGNORECASE,
)
# A claim's verb and adverb (« condamne », « interdit », « oblige », « fermement »).
_MANNER = re.compile(r"^(?:condamn|interdi|prohib|oblig|impos|exig|bann)\w*$|\w{3,}ment$")
_NAME = re.compile(r"(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+\b")
# The passage found must hold this share of the subject, and this many times what the paragraph
# named holds.
_FLOOR = 0.6
_MARGIN = 2.0


def elsewhere(
    found: Answer, typed: str, q: str, named: Mapping[str, Paragraph], search: SearchRoute
) -> Answer | None:
    """The passage holding the subject, with the paragraph named set right, or ``None`` when it stands."""
    if not named or len(named) > 2 or not _CHECKED.search(q):
        return None
    if found.intent not in (Intent.PARAGRAPH, Intent.SEARCH) or (
        not found.answered and found.reason != "hors_paragraphe"
    ):
        return None
    # (The checking words are the asker's: « si je comprends bien », « est-ce exact ».)
    unnamed = _CHECKED.sub(" ", normal(_REFERENCE.sub(" ", typed)))
    searched = search.answer(unnamed, unnamed)
    weighed = search.weighed(content(unnamed), unnamed)
    if weighed is None or searched.intent is not Intent.SEARCH:
        return None
    _, terms, equivalents, near, _ = weighed
    evidence = search.evidence
    # The subject is what the claim is about, not how it is said: the verb of a claim and its
    # adverb (« condamne fermement »), words the text never uses, say nothing of where it stands.
    # (A noun the text never uses stays: « la levée des brevets » is in no passage.)
    said = {t for word in unnamed.split() if _MANNER.search(word) for t in analyze(word)}
    # (A classmate named mid-sentence, « mais Lucas dit que », is the asker's.)
    said |= {t for name in _NAME.findall(typed) for t in analyze(normal(name))}
    subject = [t for t in terms if not (t in said and evidence.unseen(t))]
    if not subject:
        return None

    def held(paragraph: Paragraph) -> float:
        own = evidence.terms[paragraph.id]
        return evidence.covered(subject, own, equivalents=equivalents, near=near)

    candidates = (*searched.hits, *searched.closest)
    best = max(candidates, key=lambda h: held(h.paragraph), default=None)
    if best is None or best.paragraph.id in named:
        return None
    share = held(best.paragraph)
    if share < _FLOOR or max(held(p) for p in named.values()) * _MARGIN > share:
        return None
    gap = Gap(said=", ".join(named), says=best.paragraph.id, paragraph=best.paragraph.id, kind="ailleurs")
    return Answer(found.question, Intent.SEARCH, True, hits=(best,), coverage=share, data={"ecarts": (gap,)})


def set_right(found: Answer) -> tuple[Gap, ...]:
    """The paragraph number set right by ``elsewhere``, said before the other gaps."""
    gaps = found.data.get("ecarts", ())
    return tuple(g for g in gaps if isinstance(g, Gap)) if isinstance(gaps, tuple) else ()
