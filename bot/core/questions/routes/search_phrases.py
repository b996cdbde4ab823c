"""The passages holding, in its order, the phrase a question asking for every passage names.

« dans quels paragraphes le texte parle-t-il du droit au développement ? », « l'expression
« diversité culturelle » revient où ? on veut tout », "which paragraphs deal with South-South
cooperation? we need all of them": the text's own words, typed, are listed where they stand
together, not where search finds most of them (« droit » and « développement » apart are in
fourteen passages).
"""

from __future__ import annotations

import functools
import re

from bot.core.questions.evidence import Evidence, generic_terms
from bot.core.questions.normalise import normal
from bot.core.questions.subjects import subject_of
from bot.core.search.analyzer import analyze
from bot.core.search.index import Hit
from bot.core.service import PARTS
from bot.core.text.models import Paragraph

# « dans quels paragraphes … ? », "which paragraphs mention …", « liste tous les … »: every
# passage that holds the subject, not the best three.
EVERY = re.compile(
    r"\b(?:quel(?:le)?s|dans quels|tous les|toutes les|liste[rz]? (?:tous |toutes )?les)\s+"
    r"(?:paragraphes|alineas|passages|considerants)\b|"
    r"\b(?:which|what|all(?: the)?|every|list(?: all)?(?: the)?)\s+(?:paragraphs|passages|ops|pps|"
    r"paragraphes|alineas)\b|\b(?:every|each) (?:paragraphe?|passage)\b|"
    r"\bcombien de (?:paragraphes|alineas|passages)\b|\bhow many (?:paragraphs|passages)\b|"
    # « l'expression « diversité culturelle » revient où ? »: wherever it stands.
    r"\b(?:expression|mot|terme|formule|phrase|word|term)\b[^?]{0,60}\b(?:revient|reviennent|apparait|"
    r"apparaissent|figure|figurent)\b[^?]{0,20}\bou\b"
)
# A phrase quoted in the question, or the words after the verb that says what is named.
_QUOTED = re.compile(r"[«\"“]\s*([^»\"”]{3,80}?)\s*[»\"”]")
_NAMED = re.compile(
    r"\b(?:parlent|parle|traitent|traite|mentionnent|mentionne|evoquent|evoque|citent|nomment|abordent|"
    r"aborde|concernent|deal with|deals with|mention|mentions|talk about|talks about|refer to|refers to)\s+"
    r"(?:de la |de l'|des |du |de |d')?(?P<phrase>[^?.!;,]+)"
)
# A second question after the phrase: its words are no part of it.
_ASKED_NEXT = re.compile(
    r"\b(?:what|which|who|how|why|when|where|que|qu'|quoi|quel\w*|comment|pourquoi|qui|quand)\b"
)
# At most this many terms of a phrase are read, whatever is typed.
_LONGEST = 6


def phrase_hits(typed: str, q: str, evidence: Evidence, part: str) -> list[Hit]:
    """The passages holding the phrase of two terms or more a list question names, if any.

    The phrase's search terms (stems) are found in its order, two terms apart at most; a term the
    text never uses makes it no phrase of the text's, unless a common word (« svp »). « racisme ou
    discrimination raciale »: each part, wherever it stands. Only passages of the part the list
    asks for (``_listed_part``). (Tried: listing where the phrase's last term stands alone when it
    stands in four passages or fewer, for « organisations intergouvernementales et non
    gouvernementales »; a review found it listed « programme de travail annuel » for « rapport
    annuel », « nouveau rapport » for every report.)
    """
    quoted = _QUOTED.search(typed)
    named = _NAMED.search(q)
    candidates = [normal(quoted.group(1))] if quoted else []
    candidates += [subject_of(q), named["phrase"] if named else ""]
    for candidate in candidates:
        candidate = _ASKED_NEXT.split(candidate, maxsplit=1)[0]  # (« … and what do they ask for? »)
        if re.search(r"\b(?:et|and)\b", candidate):
            continue  # "cooperation and dialogue", « droits de l'homme et libertés »: search weighs both
        if candidate and re.search(re.escape(candidate) + r"\s*,\s*[\w' -]{1,40}\b(?:et|and)\b", q):
            continue  # (the same with a comma first: "dialogue among religions, cultures and civilizations")
        # (« racisme ou discrimination raciale »: each, wherever it stands.)
        parts = [_where(piece, evidence) for piece in re.split(r"\b(?:ou|or)\b", candidate)]
        if any(found is None for _, found in parts) or sum(known for known, _ in parts) < 2:
            continue  # a word the text never uses: search weighs the question and declines it
        if not all(found for _, found in parts):
            continue
        held = set().union(*(found or set() for _, found in parts))
        kinds = PARTS[_listed_part(part, q)]
        return [
            Hit.whole(segment)
            for segment in evidence.resolution.segments
            if segment.id in held and (kinds is None or segment.kind in kinds)
        ]
    return []


# What the message asks of the quoted phrase: whether, or where, the text says it (« c'est bien dans
# la 56/2 ? », "is it in the text?"). Not another question about it (« ça s'est amélioré depuis ? »,
# « quels critères font qu'un pays est classé parmi les « pays les moins avancés » ? »).
_WHETHER_SAID = re.compile(
    r"\b(?:dans (?:le texte|la resolution|la reso|la 56/2|le document|quel paragraphe)|"
    r"in (?:the )?(?:text|resolution|document)|which paragraph|dedans|mentionn\w*|figure\w*|apparai\w*|"
    r"appears?|ecrit|written|cite\w*|quoted|(?:le texte|la resolution|it) (?:dit|says?)|vrai|true)\b"
)


def quoted_passages(typed: str, evidence: Evidence) -> list[Hit]:
    """The passages holding, word for word, the phrases of two words or more the question quotes.

    « une capture parle d'un « nouvel ordre économique international », moi je pensais que
    c'était une autre résolution, c'est bien dans la 56/2 ? »: the asker's words around the quote
    weigh nothing against the text's phrase typed whole. Only when the message names the phrase to
    look for it (``_ONLY_NAMED`` before it, ``_WHETHER_SAID`` after), says nothing of it besides
    (« la résolution crée un « fonds … », c'est vrai ? » is a claim: the fund is 6/17's) and denies
    nothing (« le texte ne parle pas de « … », vrai ? »); and only when every phrase quoted is there.
    Every passage holding one, in the text's order (a phrase quoted from everywhere, « droits de
    l'homme », singles out none: see ``MOST_QUOTED``).
    """
    folded = normal(typed)
    quotes = list(_QUOTED.finditer(folded))
    # (More quotes than a student pastes is no look-up: each would scan every passage.)
    if not quotes or len(quotes) > _MOST_QUOTES or not _WHETHER_SAID.search(folded[quotes[-1].end() :]):
        return []
    if _NEGATED.search(_QUOTED.sub(" ", folded)):  # (the phrase's own « n'est pas » denies nothing)
        return []
    found: dict[str, Paragraph] = {}
    for quoted in quotes:
        phrase = " ".join(quoted.group(1).split())
        if len(phrase) < _SHORTEST_QUOTE or " " not in phrase:
            return []
        if not _ONLY_NAMED.search(folded[max(0, quoted.start() - _LEAD_IN) : quoted.start()]):
            return []
        pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
        holding = [s for s in evidence.resolution.segments if pattern.search(_folded(s.text))]
        if not holding:
            return []
        found |= {s.id: s for s in holding}
    return [Hit.whole(s) for s in evidence.resolution.segments if s.id in found]


# What may stand just before a phrase quoted to be looked for: the start of the message or of a
# sentence, a verb saying it is said, written, sent or read, a word naming it as words, « et »
# between two quotes; articles and « de » after them. (Not « la résolution crée un « … » »,
# « le texte demande la fin de la « … » », "abolishes the "…"": claims about the phrase.)
_ONLY_NAMED = re.compile(
    r"(?:^|[.!?:;,(]|\b(?:parle\w*|dit|disent|mentionn\w*|ecrit\w*|contient|cite\w*|expression|phrase|"
    r"formule|termes?|mots?|says?|mentions?|words?|reads?|quotes?|transfere\w*|envoye\w*|lu|vu|"
    r"partage\w*|extrait|passage|citation|et|ou|and|or|is|are|est-ce que|c'est))"
    r"(?:\s+(?:de|du|des|d'un|d'une|d'|la|le|les|l'|un|une|the|a|an|of|about|bien|vraiment|:))*\s*$"
)
_LEAD_IN = 40
_MOST_QUOTES = 3
_NEGATED = re.compile(r"\b(?:ne|n')\b[^.?!]*\bpas\b|\bnot\b|n't\b|\bjamais\b|\bnever\b|\baucune?\b|\bno\b")


# A quoted phrase shorter than this (« le HC ») is a word or two of the asker's, not the text's.
_SHORTEST_QUOTE = 10
# A quoted phrase held by more passages than this answers only beside the question's other words.
MOST_QUOTED = 3


@functools.lru_cache(maxsize=128)
def _folded(text: str) -> str:
    """A passage folded as questions are, spaces evened: read once, not once a question."""
    return " ".join(normal(text).split())


def _where(phrase: str, evidence: Evidence) -> tuple[int, set[str] | None]:
    """How many terms a phrase has, and the ids of the passages holding them together.

    A term the text never uses is the asker's when common (« svp »); else the phrase is not the
    text's (« défenseurs » of « les défenseurs des droits de l'homme »): ``None``.
    """
    asked = []
    for term in analyze(phrase)[: 2 * _LONGEST]:
        if evidence.uses(term):
            asked.append(term)
        elif term not in generic_terms():
            return 0, None
    asked = asked[:_LONGEST]
    return len(asked), {sid for sid, held in evidence.sequences.items() if asked and _together(asked, held)}


def _together(asked: list[str], held: tuple[str, ...]) -> bool:
    """Whether the terms stand in a passage's terms in their order, two apart at most."""
    for start, term in enumerate(held):
        if term != asked[0]:
            continue
        at = start
        for following in asked[1:]:
            window = held[at + 1 : at + 4]
            if following not in window:
                break
            at += 1 + window.index(following)
        else:
            return True
    return False


# « on veut tout, même le préambule », "preambular and operative": both parts asked.
_BOTH_PARTS = re.compile(
    r"\b(?:meme|y compris|aussi|including|also|even)\s+(?:le |the )?preambul\w*|"
    r"\bpreambul\w* (?:compris|inclus|et (?:le |du )?dispositi\w*|and (?:the )?operative)\b"
)
_PART_WORD = {"preambule": re.compile(r"\bpreambul"), "dispositif": re.compile(r"\bdispositi|\boperative")}


def _listed_part(part: str, q: str) -> str:
    """The part the list asks for (« preambule », « dispositif »), or « tout ».

    The part counts when the question asking for the list names it (« quels paragraphes du
    dispositif … ? »), not when a later one does (« … ? et lesquels sont dans le dispositif ? »).
    """
    asked = re.split(r"[.?!]", q, maxsplit=1)[0]
    if _BOTH_PARTS.search(q) or (part in _PART_WORD and not _PART_WORD[part].search(asked)):
        return "tout"
    return part
