"""The paragraphs that open with a word: « quels paragraphes commencent par Prie ? ».

"Which OPs start with 'Requests'?" too. Search would rank the passages holding the word anywhere
(PP26's « prié »); the student asks for the paragraphs whose first word it is, the operative verb
or the preamble's participle, in the text's order. English names the official English verbs, read
as their French counterparts.
"""

from __future__ import annotations

import re

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent
from bot.core.questions.english import gloss
from bot.core.questions.evidence import Evidence
from bot.core.questions.routes.order import PHRASE_QUOTED, QUOTE_WORDS, OrderRoute, folded_passage
from bot.core.questions.routes.paragraph import ParagraphRoute
from bot.core.questions.routes.requests import REQUEST_FAMILIES
from bot.core.questions.routes.search import SearchRoute
from bot.core.text.french import fold
from bot.core.text.gates import gated
from bot.core.text.models import Kind, Paragraph

_OPENING = (
    r"\b(?:commencent|commence|commencant|debutent|debute|debutant|s'ouvrent|s'ouvre|s'ouvrant|start|starts|"
    r"starting|begin|begins|beginning|open|opens|opening)\s+(?:(?:bien|vraiment|really|actually)\s+)?"
    # (« par le verbe « Prie » », "with the verb 'Condamne'".)
    r"(?:par|avec|with|by)\s*(?:(?:the|le|un|a)\s+)?(?:(?:verb|verbe|word|mot)\s+)?"
)
_OPENING_VERB = gated(_OPENING)
_OPENING_ASKED = gated(
    # The word quoted, whatever follows (« par « Prie », sous toutes ses formes ? »), or at the end.
    _OPENING + r"(?:[«\"“]\s*(?P<quoted>[a-z][\w' -]{1,30}?)\s*[»\"”]|"
    r"'(?P<single>[a-z][\w -]{1,30}?)'|"
    # (« … par Exhorte, ils demandent quoi ? », « … par Estime il dit quoi ? »: one word, then the
    # question about those paragraphs.)
    r"(?P<word>[a-z][\w' -]{1,30}?)\s*(?:\??\s*$|(?<! )(?=\s*[,;:]|\s+(?:ils?|elles?|ca|it|they)\s)))"
)
# A paragraph's first words quoted (PHRASE_QUOTED), from QUOTE_WORDS words on (« Rappelle »,
# « prend note » are opening words, read above).
# What asks for a paragraph by its first words: its rest (« la suite », « en entier »), or a quote
# of four words or more.
_CONTINUED = gated(
    r"\b(?:suite|en entier|complet|au complet|le reste|continue|rest of it|the rest|in full|whole|"
    r"entier|entiere|lequel|laquelle|quel para\w*|which para\w*|ou est|where is)\b"
)
# A request verb quoted with its addressee (« « Prie le Haut-Commissaire » ? »): the requests route's.
_REQUEST_QUOTED = re.compile(rf"[«\"“']\s*(?:{'|'.join(REQUEST_FAMILIES)})\b")
_LONG_QUOTE = re.compile(r"[«\"“']\s*[^\s»\"”']+(?:\s+[^\s»\"”']+){3}")
# The word as typed, quoted (« Approuve »), for the reply to say what was claimed.
_QUOTED = re.compile(r"[«\"“]\s*([^»\"”]{1,30}?)\s*[»\"”]")
# Which of them is asked: the first or the last (« le dernier paragraphe commençant par… »).
# (Said of a paragraph: not « Dernière question : … », "First question:".)
_PARAGRAPH_WORD = r"(?:\w+\s+)?(?:paragraphe|alinea|considerant|paragraph|op|pp|one)s?\b"
_FIRST = re.compile(r"\b(?:premier|premiere|first)\s+" + _PARAGRAPH_WORD)
_LAST = re.compile(r"\b(?:dernier|derniere|last)\s+" + _PARAGRAPH_WORD)
# A paragraph named just before the verb is what the opening is said of (« le paragraphe 20
# s'ouvre par… », "does OP21 begin with…"), not one named earlier (« à part le paragraphe 21, … »).
_SAID_OF = re.compile(
    r"(?:(?:paragraphe|alinea|considerant|paragraph|para|op|pp|§)(?: du (?:dispositif|preambule))?\s*\d+|"
    r"(?:op|pp)\d+)"
    r"(?:\s+(?:du dispositif|du preambule))?\s+(?:\w+\s+){0,1}$"
)
# The official English openings of the resolutions' paragraphs, as the French text has them.
_ENGLISH = {
    "requests": "prie",
    "calls upon": "demande",
    "calls on": "demande",
    "urges": "exhorte",
    "reaffirms": "reaffirme",
    "stresses": "souligne",
    "underlines": "souligne",
    "emphasizes": "souligne",
    "emphasises": "souligne",
    "takes note": "prend note",
    "considers": "considere",
    "invites": "invite",
    "recalls": "rappelle",
    "decides": "decide",
    "recalling": "rappelant",
    "reaffirming": "reaffirmant",
    "recognizing": "reconnaissant",
    "recognising": "reconnaissant",
}
_PARTS = (
    (Kind.OPERATIVE, re.compile(r"\b(?:ops?|dispositif|operative)\b")),
    (Kind.PREAMBULAR, re.compile(r"\b(?:pps?|preambule|preamble|preambular|considerants?|alineas?)\b")),
)


class OpeningRoute:
    """Quote every paragraph whose first word is the one asked, or the neighbour of one described."""

    def __init__(self, evidence: Evidence, paragraph: ParagraphRoute, search: SearchRoute) -> None:
        self.resolution = evidence.resolution
        self._service = evidence.service
        self._paragraph = paragraph
        self._order = OrderRoute(evidence, paragraph, search)

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the paragraphs opening with the word, or ``None`` if no opening is asked."""
        asked = _OPENING_ASKED.search(q)
        # (Not when a paragraph is named before the verb: « le 20 s'ouvre par « … » ? » is checked.)
        verb = _OPENING_VERB.search(q)
        said_of_one = verb is not None and _SAID_OF.search(gloss(q[: verb.start()]))
        # (With a cue: « « Prie le Haut-Commissaire » ? » asks where the Council does, the requests.)
        cued = (
            verb is not None or _CONTINUED.search(q) or _LONG_QUOTE.search(q) or not _REQUEST_QUOTED.search(q)
        )
        quoted = None if said_of_one or not cued else self._quoted_opening(typed, q)
        if quoted is not None and (ordered := self._order.answer(typed, q)) is not None and ordered.answered:
            return ordered  # « quel paragraphe vient juste après « Exhorte les États … » ? »: its neighbour
        if quoted is not None and (asked is None or len(quoted.paragraphs) == 1):
            # « 'Conscient également que' — suite svp », « le paragraphe qui commence par « Soulignant
            # que la coopération n'est pas seulement » »: the paragraph whose first words are quoted.
            return quoted
        if asked is None:
            # « Quel paragraphe précède celui où… ? »: the text's order, the other structural ask.
            return self._order.answer(typed, q)
        before = q[: asked.start()]
        word = fold(asked["quoted"] or asked["single"] or asked["word"]).strip(" '")
        word = _ENGLISH.get(word, word)
        # (English comes here as typed, for its official verbs: "operative paragraph 28" glossed.)
        said_of = _SAID_OF.search(gloss(before))
        named = self._paragraph.references(said_of.group()) if said_of else []
        if named:
            # « le paragraphe 20 s'ouvre par « Approuve » : est-ce exact ? »: that paragraph, and
            # whether it does.
            return self._checked(typed, named, word)
        kinds = [kind for kind, named in _PARTS if named.search(q[: asked.start()])]
        candidates = [
            p
            for p in self.resolution.paragraphs
            if p.kind is not Kind.FOOTNOTE and (not kinds or p.kind in kinds)
        ]
        found = [p for p in candidates if _opens_with(p, word)]
        if not found:
            return None  # not an opening word: search reads the question
        if _LAST.search(before) and not _FIRST.search(before):
            found = found[-1:]
        elif _FIRST.search(before) and not _LAST.search(before):
            found = found[:1]
        return Answer(typed, Intent.PARAGRAPH, True, paragraphs=tuple(found))

    def _quoted_opening(self, typed: str, q: str) -> Answer | None:
        """The paragraphs whose first words (two or more) a message quotes, if any."""
        for said in (m.group("a") or m.group("b") for m in PHRASE_QUOTED.finditer(q)):
            phrase = " ".join(fold(said).split()).strip(" ,.;:…")
            if len(phrase.split()) < QUOTE_WORDS:
                continue
            found = [
                p
                for p in self.resolution.paragraphs
                if p.kind is not Kind.FOOTNOTE and _opens_with(p, phrase)
            ]
            if found:
                return Answer(typed, Intent.PARAGRAPH, True, paragraphs=tuple(found))
        return None

    def _checked(self, typed: str, named: list[str], word: str) -> Answer | None:
        """One paragraph named, with the word said to open it: quoted, the claim answered."""
        try:
            found = [p for ref in named for p in self._service.paragraphs(ref)]
        except UserError:
            return None
        if len(found) != 1 or found[0].kind is Kind.FOOTNOTE:
            return None  # the paragraph route reads it (a range, a paragraph the text lacks)
        paragraph = found[0]
        said = _QUOTED.findall(typed)
        # The preamble's participle, as long as what was said of it (« Prenant note »), at least one word.
        words = max(1, len((said[-1] if said else word).split()))
        opening = paragraph.verb or " ".join(paragraph.text.split()[:words]).rstrip(",")
        check = {
            "id": paragraph.id,
            "verbe": opening,
            "dit": said[-1] if said else word,
            "juste": _opens_with(paragraph, word),
        }
        return Answer(typed, Intent.PARAGRAPH, True, paragraphs=(paragraph,), data={"ouverture": check})


def _opens_with(paragraph: Paragraph, word: str) -> bool:
    """Whether a paragraph's first words are ``word`` (folded), as a whole word."""
    text = folded_passage(paragraph.text)
    return text == word or text.startswith((f"{word} ", f"{word},"))
