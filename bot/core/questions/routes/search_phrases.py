"""The passages holding, word for word, the phrase a question asking for every passage names.

« dans quels paragraphes le texte parle-t-il du droit au développement ? », « l'expression
« diversité culturelle » revient où ? on veut tout », "which paragraphs deal with South-South
cooperation? we need all of them": the text's own words, typed, are listed where they stand, not
where search finds most of them (« droit » and « développement » apart are in ten paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.questions.normalise import normal
from bot.core.questions.subjects import subject_of
from bot.core.search.analyzer import STOPWORDS
from bot.core.search.index import Hit
from bot.core.text.models import Kind, Paragraph

# « dans quels paragraphes … ? », "which paragraphs mention …", « liste tous les … »: every
# passage that holds the subject, not the best three.
EVERY = re.compile(
    r"\b(?:quel(?:le)?s|dans quels|tous les|toutes les|liste[rz]? (?:tous |toutes )?les)\s+"
    r"(?:paragraphes|alineas|passages|considerants)\b|"
    r"\b(?:which|what|all(?: the)?|every|list(?: all)?(?: the)?)\s+(?:paragraphs|passages|ops|pps|"
    r"paragraphes|alineas)\b|\bevery (?:paragraph|passage)\b|"
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
# At most this many words of a phrase are read, whatever is typed; a word standing in this many
# passages or fewer is rare enough to list where it stands alone.
_LONGEST = 6
_FEW = 6


def phrase_hits(typed: str, q: str, segments: Sequence[Paragraph]) -> list[Hit]:
    """The passages holding the phrase of two words or more a list question names, if any.

    The phrase's words the text uses are found in its order, two words apart at most, each as the
    start of a word (words it never uses, « svp », are the asker's). Where its last word stands
    in a few passages only, those are listed: « principe de non-sélectivité » is also the
    « non-sélectivité » of a list of principles, « les organisations non gouvernementales » OP36's
    « organisations intergouvernementales et non gouvernementales », « racisme ou discrimination
    raciale » each.
    """
    quoted = _QUOTED.search(typed)
    named = _NAMED.search(q)
    candidates = [normal(quoted.group(1))] if quoted else []
    candidates += [subject_of(q), named["phrase"] if named else ""]
    texts = _folded(segments)
    for candidate in candidates:
        # (« racisme ou discrimination raciale », "pandemics and COVID-19": each, wherever it stands.)
        candidate = _ASKED_NEXT.split(candidate, maxsplit=1)[0]  # (« … and what do they ask for? »)
        parts = [_where(part, texts) for part in re.split(r"\b(?:ou|or|and)\b", candidate)]
        if sum(known for known, _ in parts) < 2 or not all(found for known, found in parts if known):
            continue
        found = set().union(*(found for _, found in parts))
        return [Hit(segments[i], 0.0, segments[i].text, ()) for i in sorted(found)]
    return []


def _where(phrase: str, texts: list[str]) -> tuple[int, set[int]]:
    """How many of a phrase's words the text uses, and the passages holding them together."""
    words = [w for w in re.findall(r"[\w-]+", phrase.replace("'", " ")) if w not in STOPWORDS]
    standing = {w: _standing(w, texts) for w in words[: 2 * _LONGEST]}
    known = [w for w, where in standing.items() if where][:_LONGEST]
    if not known:
        return 0, set()
    pattern = re.compile(r"\b" + r"\w*(?:\W+\w+){0,2}?\W+".join(re.escape(w) for w in known))
    found = {i for i, text in enumerate(texts) if pattern.search(text)}
    # (The last word, the one a French phrase narrows with: « non-sélectivité », « gouvernementales »,
    # « Sud-Sud », not « lutte » of « lutte contre le racisme ».)
    last = standing[known[-1]]
    return len(known), (last if found and found <= last and len(last) <= _FEW else found)


def _standing(word: str, texts: list[str]) -> set[int]:
    """The passages holding a word (as the start of one of theirs)."""
    pattern = re.compile(r"\b" + re.escape(word))
    return {i for i, text in enumerate(texts) if pattern.search(text)}


_FOLDED: dict[int, list[str]] = {}


def _folded(segments: Sequence[Paragraph]) -> list[str]:
    """The segments' texts folded as questions are, once for the one text the bot serves."""
    if id(segments) not in _FOLDED:
        _FOLDED.clear()
        _FOLDED[id(segments)] = [normal(seg.text) for seg in segments]
    return _FOLDED[id(segments)]


# « on veut tout, même le préambule », "preambular and operative": both parts asked.
_BOTH_PARTS = re.compile(
    r"\b(?:meme|y compris|aussi|including|also|even)\s+(?:le |the )?preambul\w*|"
    r"\bpreambul\w* (?:compris|inclus|et (?:le |du )?dispositi\w*|and (?:the )?operative)\b"
)
_PART_WORD = {"preambule": re.compile(r"\bpreambul"), "dispositif": re.compile(r"\bdispositi|\boperative")}


def in_part(hit: Hit, part: str, q: str) -> bool:
    """Whether a passage is in the part the list asks for (« preambule », « dispositif »), or any.

    The part counts when the question asking for the list names it (« quels paragraphes du
    dispositif … ? »), not when a later one does (« … ? et lesquels sont dans le dispositif ? »).
    """
    asked = re.split(r"[.?!]", q, maxsplit=1)[0]
    if _BOTH_PARTS.search(q) or (part in _PART_WORD and not _PART_WORD[part].search(asked)):
        return True
    if part == "preambule":
        return hit.paragraph.kind is Kind.PREAMBULAR
    if part == "dispositif":
        return hit.paragraph.kind is Kind.OPERATIVE
    return True
