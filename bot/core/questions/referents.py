"""What a message's sentences of context may name that the question after them refers to.

« La DUDH date de 1948. Elle a été adoptée par combien de voix ? »: the question alone is not
read when its context names what it points back to (the router's question part).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.core.questions.normalise import normal
from bot.core.votes.countries import CountryIndex

# What sentences of context may name that a question after them refers to: a group of countries,
# the asker's country, another body, text or session.
# Groupings of countries a question may name (« les Européens », « les pays africains », « l'OTAN »).
_GROUP_WORDS = r"europ\w*|afri\w*|asi\w*|amerique\w*|occident\w*|latin\w*|otan|nato|brics|g77|g20|g7"
REFERENT = re.compile(
    rf"\b(?:{_GROUP_WORDS}|"
    r"non-alignes?|non-aligned|mon pays|my country|notre pays|our country|ma delegation|my delegation|"
    r"assemblee generale|general assembly|conseil de securite|security council|dudh|udhr|"
    r"declaration (?:universelle|de vienne|du millenaire)|programme d'action|agenda 2030|"
    r"2030 agenda|charte|charter|pacte|convention|treaty|(?:le|un|du|au) traite (?:sur|de|des|du|relatif)|"
    r"(?:\d+e|\d+eme|\d+(?:st|nd|rd|th)|cinquante-\w+|soixant\w*) session)\b|(?<![\w/])(?!56/2\b)\d+/\d+"
)
# « l'UE », "the EU", in capitals (« on a eu un débat » is French).
UNION = re.compile(r"\b(?:EU|UE)\b")
# A grouping of countries named (« combien de pays africains ont voté comme mon pays ? »).
GROUPING = re.compile(rf"\b(?:{_GROUP_WORDS}|groupes?|groups?|union)\b")
# A question pointing back to its context: « qu'est-ce qu'on lui demande ? », « qui doit les
# remplir ? », "where were they held?" (« elle », « il » and "it" are most often the resolution;
# « leur », "their" most often a possessive).
# ("I want to quote the line saying… Which one is it?": the question names nothing of its own.)
POINTS_BACK = re.compile(
    # (Not « lequel des alinéas… », "which one of the…": a question of its own.)
    r"\b(?:lui|eux|they|them|theirs|there|"
    r"(?:which ones?|lequel|laquelle|lesquel(?:le)?s)(?! (?:of|des|du|de)\b)|"
    r"that one|this one|\bqui (?:l'|la |le |les )(?:a|ont|avait|avaient)\b|"
    # « … les pays qui ont fourni des vaccins. Ce sont quels pays ? »: the ones just named.
    r"^\W*(?:ce sont|c'est|c'etait|ce serait) (?:quels|quelles|lesquel(?:le)?s)\b(?![^?]*\b(?:qui|que|qu'))|"
    r"cette (?:phrase|ligne|formule)|that (?:line|phrase|sentence)|this (?:line|phrase|sentence))\b|"
    r"\b(?:les|l') ?(?=[a-z]+(?:er|ir|re)\b)|"
    # « … sur les peuples autochtones. Quel paragraphe parle de leurs droits ? »: a possessive
    # with no plural named before it in the question points back at the context.
    # (French only: "States … their", "developing countries … their" name their own plural.)
    r"^(?:(?!\b(?:les|des|aux|ces|ses|ils|elles)\b)[^?])*\bleurs?\b"
)
# « … du rapport A/HRC/56/40. Quelles sont ses principales recommandations ? »: a possessive right
# after the question word, with nothing of the question's own before it to own it.
_OWNER_BEFORE = re.compile(
    r"^\W*(?:quel(?:le)?s? (?:sont|est|etaient|etait|furent)|que (?:dit|disent|contient|prevoit)|c'est quoi|"
    r"what (?:are|is|were|was)) (?:ses|son|sa|its|their)\b"
)
# (Unless the context names this text: « on a étudié cette résolution en classe. Quel est son but ? »
# asks the text itself.)
_THIS_TEXT_BEFORE = re.compile(
    r"\b(?:cette resolution|ce texte|la resolution|le texte|la reso|la 56/2|this resolution|the resolution|"
    r"the text|this text)\b"
)


def points_back(asked: str, context: str) -> bool:
    """Whether the folded question ``asked`` points back at something its folded ``context`` names."""
    if POINTS_BACK.search(asked):
        return True
    return bool(_OWNER_BEFORE.search(asked)) and not _THIS_TEXT_BEFORE.search(context)


# A pronoun or demonstrative that may point at a country named before (« cet embargo », "condemn
# it"): the question is not read alone.
POINTS_AT = re.compile(
    r"\b(?:ce|cet|cette|ces)\b(?! que| qui| qu')|\bil\b(?! y a| faut)|"
    r"\b(?:elle|ils|elles|leur|leurs|lui|eux|this|these|those|it|its|he|she|his|her|them)\b|"
    # (« en », "that" only as pronouns: « le texte en parle ? », "does it condemn that?".)
    r"\ben (?=parle|dit|pense|fait)|\bthat\s*\?"
)
# The text named in the question itself, which « elle », « il », "it" after it point at (« la
# résolution parle du traité ? elle dit quoi ? »): not the country of the context.
_SAYS = re.compile(r"\s+(?:en |y )?(?:dit|parle|says?|talks?|mentions?)\b")
_THE_TEXT_NAMED = re.compile(r"\b(?:la resolution|le texte|the (?:text|resolution)|la 56/2|la reso)\b")


def points_at_context(asked: str) -> bool:
    """Whether a pronoun of the folded question may point at what its context named."""
    named = _THE_TEXT_NAMED.search(asked)
    for pronoun in POINTS_AT.finditer(asked):
        text_says = _SAYS.match(asked, pronoun.end())
        if (
            named
            and pronoun.start() > named.end()
            and pronoun.group().strip() in {"il", "elle", "it"}
            and text_says
        ):
            continue
        return True
    return False


# « d'accord pour le Japon. et la Malaisie ? », "ok, and what about Chile?": the next country,
# asked alone (its own vote), not the one the context named.
NEXT_ONE = re.compile(
    r"^\W*(?:et|and|what about|how about|and what about)\b(?:(?! (?:il|elle|ils|it|they)\b)[^?])*\?*\W*$"
)
# Declines whose reason a message's context may have set (another text or session named, a country
# that is no member, a paragraph that does not exist): its question is not read alone.
SET_BY_CONTEXT = frozenset(
    {"autre_document", "autre_session", "non_membre", "paragraphe_inconnu", "date_session"}
)
# ... unless the question names this text by its symbol (« sur la 56/2, ils ont voté comment ? »;
# not « cette résolution », which may be the one the context named: « La 50/4 … cette résolution »).
THIS_TEXT = re.compile(r"\b(?:sur|pour|dans|on|in|for) (?:la |the )?56/2\b")
# « quel groupe régional », "which regional group are we in": the asker's own group, no other.
_OWN_GROUP = re.compile(
    r"\b(?:quel|which|what|notre|our|mon|my) (?:regional )?(?:groupe|group)(?: regional)?\b"
)


def names_another(typed: str, q: str, countries: CountryIndex) -> bool:
    """Whether a question names a country or a grouping of its own (« l'UE a voté comment ? »)."""
    q = _OWN_GROUP.sub(" ", q)
    return bool(countries.find_in(typed) or UNION.search(typed) or GROUPING.search(q))


def referent_kind(
    context: str, asked: str, paragraphs: Callable[[str], Mapping[str, object]], countries: CountryIndex
) -> str:
    """What sentences of context name that the question after them may refer to.

    "" for nothing; "pays" for only a country the question does not name (one it names again
    is its own: « For my paper on India… Did India vote in favour? »); "autre" for a group,
    a paragraph, another body, text or session. ``paragraphs`` reads the paragraphs a folded
    text names.
    """
    folded = normal(context)
    # (What the question names again is its own: « Nou pral fè yon simulation de la 59e session.
    # … qu'est-ce qui est prévu pour la 59e session ? ».)
    again = {m.group() for m in REFERENT.finditer(normal(asked))}
    if (
        any(m.group() not in again for m in REFERENT.finditer(folded))
        or UNION.search(context)
        or not set(paragraphs(folded)) <= set(paragraphs(normal(asked)))
    ):
        return "autre"
    return "" if set(countries.find_in(context)) <= set(countries.find_in(asked)) else "pays"


def next_country(asked: str, countries: CountryIndex) -> bool:
    """Whether a question only moves on to another country (« et la Malaisie ? »)."""
    return bool(NEXT_ONE.match(normal(asked)) and countries.find_in(asked))
