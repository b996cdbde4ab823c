"""The paragraph before or after another: « Quel paragraphe précède celui où le Conseil décide… ? ».

Exam classes ask the text's order. The paragraph described (by its number, or by what it says,
which search finds) is not the answer: its neighbour in the text is, across the two parts (the
preamble's last paragraph, PP33, comes just before OP1).
"""

from __future__ import annotations

import functools
import re

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.questions.routes.paragraph import ParagraphRoute
from bot.core.questions.routes.search import SearchRoute
from bot.core.search.index import Hit
from bot.core.text.french import fold
from bot.core.text.gates import gated
from bot.core.text.models import Kind, Paragraph

_NAMED = (
    r"(?:(?:le |la |l'|the )?(?:paragraphe|alinea|considerant|paragraph|operative paragraph|preambular "
    r"paragraph|para|op|pp|§)\s*\d+|(?:op|pp)\d+|"
    # (« quel paragraphe vient après le 23 ? »: the number alone, not « le 10 juillet ».)
    r"(?:le|the) \d{1,2}(?=\s*(?:[?!.,;]|$|et\b|and\b)))"
)
# A passage's words quoted, in any quotes: what the neighbour asked neighbours (« juste après
# « Exhorte les États … » »). A single quote only around the phrase, not in « n'est »; an apostrophe
# inside it ("'… d'organiser …'") is no end.
PHRASE_QUOTED = re.compile(
    r"[«\"“]\s*(?P<a>[^«»\"“”]{6,160}?)\s*[»\"”]|"
    r"(?:^|(?<=[\s(:]))'(?P<b>[^?«»]{6,160}?)'(?=$|[\s,.;:!?)—–-])"
)
QUOTE_WORDS = 3
# « quel paragraphe précède (immédiatement) celui où… », "which paragraph comes right after the
# one that…", « le paragraphe qui suit l'OP30 »: a neighbour asked, then what it neighbours.
_ORDER_ASKED = gated(
    r"\b(?:quel(?:le)?|which|what|le|la|the)\s+(?:paragraphe|alinea|considerant|paragraph|op|pp|passage)s?\b"
    r"(?:\s+(?:du dispositif|du preambule|of the operative part|of the preamble|preambular|operative))?"
    r"(?:\s+(?:qui|that|which|is|est|vient|comes|se trouve))?\s+"
    r"(?:(?:juste|immediatement|directement|right|immediately|directly)\s+)?"
    r"(?P<way>precede|precedes|suit|follows|avant|apres|before|after|comes before|comes after|"
    r"vient avant|vient apres)\b"
    r"(?:\s+(?:immediatement|directement|immediately|directly))?\s+"
    # What it neighbours: « celui où… », "the one on…", or a paragraph named (not « après le
    # préambule, quel paragraphe parle de la dette ? »).
    r"(?P<what>(?:celui|celle|the one|that one)\b[^?]+|[«\"“'][^?]+|" + _NAMED + r"[^?]*)|"
    # "what comes right after OP30?", « qu'est-ce qui vient juste avant le §12 ? »
    r"\b(?:what|which one|qu'est-ce qui|qu'est ce qui)\s+(?:comes|vient)\s+(?:(?:right|just|juste)\s+)?"
    r"(?P<way2>before|after|avant|apres)\s+(?P<what2>" + _NAMED + r"[^?]*)"
)
_BEFORE = re.compile(r"precede|avant|before")


class OrderRoute:
    """Quote the paragraph just before or after the one a question describes."""

    def __init__(self, evidence: Evidence, paragraph: ParagraphRoute, search: SearchRoute) -> None:
        self.evidence = evidence
        self.resolution = evidence.resolution
        self._paragraph = paragraph
        self._search = search

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the neighbour asked, or ``None`` if no neighbour is asked."""
        asked = _ORDER_ASKED.search(q)
        if asked is None:
            return None
        way = asked["way"] or asked["way2"]
        described = self._described(asked["what"] or asked["what2"])
        if described is None:
            return None  # a paragraph the text lacks (the paragraph route says so), or none found
        if isinstance(described, tuple):
            # « celui où il est question de séminaires régionaux »: OP30 and OP31 both; which one
            # is meant is the student's to say.
            return Answer(typed, Intent.SEARCH, False, "hors_texte", closest=described)
        ordered = [p for p in self.resolution.paragraphs if p.kind is not Kind.FOOTNOTE]
        at = ordered.index(described)
        step = -1 if _BEFORE.search(way) else 1
        if not 0 <= at + step < len(ordered):
            # « quel paragraphe suit l'OP37 ? »: it is the last.
            return Answer(typed, Intent.PARAGRAPH, False, "hors_texte", closest=())
        neighbour = ordered[at + step]
        data: dict[str, object] = {"voisin_de": described.id, "avant": step < 0}
        return Answer(typed, Intent.PARAGRAPH, True, paragraphs=(neighbour,), data=data)

    def _described(self, what: str) -> Paragraph | tuple[Hit, ...] | None:
        """The paragraph a description names: by its number, or the one passage search finds.

        Several passages found are returned as such: the description fits more than one.
        """
        for said in (m.group("a") or m.group("b") for m in PHRASE_QUOTED.finditer(what)):
            phrase = " ".join(fold(said).split()).strip(" ,.;:…")
            if len(phrase.split()) < QUOTE_WORDS:
                continue
            holding = [
                p
                for p in self.resolution.paragraphs
                if p.kind is not Kind.FOOTNOTE and phrase in folded_passage(p.text)
            ]
            if len(holding) == 1:
                return holding[0]  # « juste après « Exhorte les États à continuer d'alimenter » »
        for reference in self._paragraph.references(what):
            try:
                found = self.evidence.service.paragraphs(reference)
            except UserError:
                return None
            return next((p for p in found if p.kind is not Kind.FOOTNOTE), None)
        searched = self._search.answer(what, what)
        if not searched.answered or not searched.hits:
            return None
        if len(searched.hits) > 1:
            return searched.hits
        return searched.hits[0].paragraph


@functools.lru_cache(maxsize=256)
def folded_passage(text: str) -> str:
    """A passage folded, its spaces collapsed: what quotes are compared with."""
    # Each passage folded once, not once a quote of each question (a message of quotes cost 30 ms).
    return " ".join(fold(text).split())
