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
from bot.core.questions.routes.paragraph_checks import CHECKING, REFERENCE_WORDS, SPOKEN
from bot.core.questions.routes.search import SearchRoute
from bot.core.questions.specifics import Gap
from bot.core.search.analyzer import analyze
from bot.core.search.index import Hit
from bot.core.text.models import Paragraph

# The reference as the paragraph route reads it (« le paragraphe 15 », « dans le 9 »), with the part
# it names (« … du dispositif »), in the folded text: the passage is looked for in the whole text.
_REFERENCE = re.compile(
    rf"(?:{REFERENCE_WORDS.pattern}|\bconsiderants?\s*\d+\b|{SPOKEN.pattern}|\bdans\s+\d{{1,2}}\b)"
    r"(?:\s+(?:du|of the)\s+(?:dispositif|preambule|operative part|preamble))?"
)
# A claim's verb and adverb (« condamne », « interdit », « oblige », « fermement »).
_MANNER = re.compile(r"^(?:condamn|interdi|prohib|oblig|impos|exig|bann|vis|cibl|target)\w*$|\w{3,}ment$")
_NAME = re.compile(r"(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+\b")
# What no passage holds, whatever the number: the vote and the adoption (the record and the
# heading say them), and where a paragraph came from (« le PP9 a été ajouté par les non-alignés »,
# « l'OP2 est repris de la 50/4 »): the text tells neither.
_NOT_A_PASSAGE = re.compile(
    r"\bvot|\bvoix\b|absten|\badopt|\bscrutin(?!y)|\bconsensus\b|\bajoute|\bvien(?:t|nent) de\b|\brepris\b|"
    r"\breprend\b|\bpropose par\b|\bredige|\bintroduit|\bdate d[eu]\b|\bwritten by\b|\bproposed by\b|"
    r"\bcomes? from\b|\badded by\b|\bdrafted\b|\bvien(?:t|nent) du\b|"
    r"\b(?:a|ont) ete \w+ (?:par|lors|en|a)\b|"
    r"\b(?:tire|issue?|copie|negocie|soutenu|approuve|rejete|demande|decide)e?s? "
    r"(?:de|du|des|par|sur|lors|en)\b|"
    r"\b(?:19|20)\d\d\b"
)
# A month's stem, whole (not « marginalisation »'s « marg… »).
_MONTHS = re.compile(
    r"janvi\w*|fevri\w*|mars?|avril|mai|juin|juillet|aout|septembr\w*|octobr\w*|novembr\w*|decembr\w*"
)
# The passage found must hold this share of the subject, and this many times what the paragraph
# named holds; the paragraph named, at most this share (« l'OP18 dit que les parties prenantes
# doivent travailler ensemble » is OP18's, though OP30 holds more of those words).
_FLOOR = 0.8
# A subject of one word: held by three passages at most (its rarity, as coverage weighs it).
_RARE = 3.0
_MARGIN = 2.0
_NAMED_AT_MOST = 0.2
_NAMED_PARTLY = 0.75
# The paragraph's number is what is checked: « le 31, c'est celui qui… », "OP20 being the one…".
_WHICH_ONE = re.compile(
    r"\bc'?(?:est)? (?:bien |vraiment )?(?:celui|le|l')\b[^?]{0,20}\bqui\b|\bthe one\b|\bc'?est lequel\b"
)
_SHOWN = 3


def elsewhere(
    found: Answer, typed: str, q: str, named: Mapping[str, Paragraph], search: SearchRoute
) -> Answer | None:
    """The passages holding the subject, with the paragraph named set right, or ``None`` when it stands."""
    # (One paragraph named: « l'OP9 parle des sanctions et l'OP13 du terrorisme » makes two claims.)
    if len(named) != 1 or not CHECKING.search(q) or _NOT_A_PASSAGE.search(q):
        return None
    if next(iter(named.values())).parent is not None:
        # A footnote holds a symbol; what it refers to is said by the paragraph calling it (« la
        # note 1 parle de l'Accord de Paris » is right: FN1 is its symbol, PP3 names it).
        return None
    if found.intent not in (Intent.PARAGRAPH, Intent.SEARCH) or (
        not found.answered and found.reason != "hors_paragraphe"
    ):
        return None
    evidence = search.evidence
    if evidence.names_a_state(typed):
        return None  # « l'OP8 vise la Russie ? »: the text names no country, in no passage
    # (The checking words are the asker's: « si je comprends bien », « est-ce exact ».)
    unnamed = CHECKING.sub(" ", _REFERENCE.sub(" ", normal(typed)))
    weighed = search.weighed(content(unnamed), unnamed)
    if weighed is None:
        return None
    _, terms, equivalents, near, _ = weighed
    # The subject is what the claim is about, not how it is said: the verb of a claim and its
    # adverb (« condamne fermement »), words the text never uses, say nothing of where it stands;
    # nor does a number or a date (« 31 », « 10 juillet » match any passage dated so).
    # (A noun the text never uses stays: « la levée des brevets » is in no passage.)
    said = {t for word in unnamed.split() if _MANNER.search(word) for t in analyze(word)}
    # (A classmate named mid-sentence, « mais Lucas dit que », is the asker's.)
    said |= {t for name in _NAME.findall(typed) for t in analyze(normal(name))}
    subject = [
        t
        for t in terms
        if not (t in said and evidence.unseen(t)) and not t[:1].isdigit() and not _MONTHS.fullmatch(t)
    ]
    if not subject:
        return None
    if len(set(subject)) == 1 and evidence.idf(subject[0]) < _RARE:
        # (One word places the subject only if few passages hold it: « terrorisme ». A common one
        # the paragraph named lacks altogether is still no confirmation: « c'est le PP2 qui cite la
        # Charte ? » is told PP2 does not, with the passages that do.)
        if found.intent is Intent.PARAGRAPH and not any(
            subject[0] in evidence.terms.get(p.id, frozenset()) for p in named.values()
        ):
            closest = search.answer(unnamed, unnamed)
            # (The paragraph named first, as the paragraph route offers it: « PP2 ne le dit pas ;
            # le voici », then the passages that say it.)
            offered = tuple(Hit.whole(p) for p in named.values())
            saying = tuple(
                h
                for h in (*closest.hits, *closest.closest)
                if h.paragraph.id not in named
                and subject[0] in evidence.terms.get(h.paragraph.id, frozenset())
            )
            if saying:
                shown = (*offered, *saying)[:_SHOWN]
                return Answer(
                    found.question,
                    Intent.SEARCH,
                    False,
                    "hors_paragraphe",
                    closest=shown,
                    data={"ids": list(named)},
                )
        return None
    lacking = [t for t in subject if evidence.unseen(t) and t not in equivalents]
    if any(t not in near for t in lacking):
        return None  # « la levée des brevets »: the text lacks part of the subject, it speaks of none

    def held(paragraph: Paragraph) -> float:
        own = evidence.terms[paragraph.id]
        # A word the text lacks is held only through a phrase it stands for (« sanctions »:
        # « mesures coercitives unilatérales »); a one-word near synonym is a guess (« presse »
        # is no « pressant »).
        if not all(any(len(x) > 1 and x <= own for x in near[t]) for t in lacking):
            return 0.0
        return evidence.covered(subject, own, equivalents=equivalents, near=near)

    before = max(held(p) for p in named.values())
    if before > _NAMED_PARTLY:
        return None
    # (Searched only now: most claims checked name the right paragraph.)
    searched = search.answer(unnamed, unnamed)
    if searched.intent is not Intent.SEARCH:
        return None
    floor = max(_FLOOR, before * _MARGIN) if before <= _NAMED_AT_MOST else _FLOOR
    # « le paragraphe 31, c'est celui qui demande au HC d'organiser les séminaires ? »: OP31 names
    # the seminars and the HC, OP30 asks it to organise them. A paragraph named holding part of
    # the subject is set right only by one holding every word it holds, and more.
    partly = {t for p in named.values() for t in subject if t in evidence.terms[p.id]}

    def sets_right(paragraph: Paragraph) -> bool:
        if before <= _NAMED_AT_MOST:
            return True
        # (Only when the number itself is checked: « le para 16 cite l'impartialité ? » asks what
        # OP16 says, which OP16 shows.)
        holds = {t for t in subject if t in evidence.terms[paragraph.id]}
        return bool(_WHICH_ONE.search(q)) and partly < holds

    shares = {h.paragraph.id: (held(h.paragraph), h) for h in (*searched.hits, *searched.closest)}
    holders = sorted(
        (
            pair
            for pid, pair in shares.items()
            if pid not in named and pair[0] >= floor and sets_right(pair[1].paragraph)
        ),
        key=lambda p: -p[0],
    )[:_SHOWN]
    if not holders:
        return None
    ids = ", ".join(h.paragraph.id for _, h in holders)
    gap = Gap(said=", ".join(named), says=ids, paragraph=holders[0][1].paragraph.id, kind="ailleurs")
    hits = tuple(h for _, h in holders)
    return Answer(
        found.question, Intent.SEARCH, True, hits=hits, coverage=holders[0][0], data={"ecarts": (gap,)}
    )


def set_right(found: Answer) -> tuple[Gap, ...]:
    """The paragraph number set right by ``elsewhere``, said before the other gaps."""
    gaps = found.data.get("ecarts", ())
    return tuple(g for g in gaps if isinstance(g, Gap)) if isinstance(gaps, tuple) else ()
