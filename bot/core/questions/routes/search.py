"""The fallback route: search the text, and answer only with passages that cover the question."""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import SHOWN_PASSAGES, Evidence
from bot.core.questions.kinds import asks_count, gives_number, lacks_amount
from bot.core.questions.normalise import QUESTION_WORDS, content
from bot.core.questions.question import language
from bot.core.search.analyzer import analyze

# How many passages are weighed for coverage (SHOWN_PASSAGES of them are shown).
WEIGHED_PASSAGES = 8
# « quels pays … ? »: outside the recorded vote (the vote route), the text names no country.
WHICH_COUNTRIES = re.compile(
    r"\bquels (?:pays|etats)\b|\bquel pays\b|\bwhich countr|\bwhat countr|\bquelles nations\b|"
    # "to which states should assistance go?" asks a kind of State (OP19 says which): only
    # "which states exactly" asks for names.
    r"\b(?:which|what) (?:etats|states|nations)\b(?=[^?]*\b(?:exactly|specifically|by name|named)\b)|"
    r"\bquelles? (?:ong|organisations? non gouvernementales)\b|\bwhich (?:ngos?|ong)\b"
)
# Kinds of countries the text does name (« pays les moins avancés »): an answer to « quels pays ».
_COUNTRY_KINDS = re.compile(
    r"\b(?:pays|États)\s+(?:en développement|les moins avancés|sans littoral|insulaires|touchés|"
    r"développés|à revenu)|\bpetits États insulaires",
    re.IGNORECASE,
)
# « quelles sont les cinq régions ? », "list the five regions": the members of a set the text
# only counts (« un pour chacune des cinq régions géographiques »).
_LIST_OF_N = re.compile(
    r"\b(?:quel(?:le)?s sont (?:exactement |precisement )?les|which are the|what are the|names? of the|"
    r"name the|list(?:e[rz]?)?(?: the| les)?)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
)
_LISTED = re.compile(r"\w+ : \w+, \w+|\w+ \(\w+\), \w+")
# « quel pays donne le plus ? » asks for one named country, which the text never gives.
_SUPERLATIVE = re.compile(r"\ble plus\b|\ble moins\b|\bthe most\b|\bthe least\b")
_PREAMBLE = re.compile(r"\bpreambule\b")
_OPERATIVE = re.compile(r"\bdispositif\b")


class SearchRoute:
    """Search the question's content words; decline when the best passage covers too little."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence

    def answer(self, typed: str, q: str) -> Answer:
        """Return the passages that cover the question, or a decline offering the closest ones."""
        words = content(typed)
        if not words:
            return Answer(typed, Intent.SEARCH, False, "hors_texte")
        generic = self.evidence.generic(words)
        terms = [t for t in analyze(words) if t not in QUESTION_WORDS and t not in generic]
        if not terms:
            return Answer(typed, Intent.SEARCH, False, "hors_texte")
        part = "tout"
        if _PREAMBLE.search(q):
            part = "preambule"
        elif _OPERATIVE.search(q):
            part = "dispositif"
        query = self.evidence.with_variants(words, terms)
        hits = self.evidence.paraphrased(terms, part, after=self.evidence.hits(query, WEIGHED_PASSAGES, part))
        one_word = len(set(terms)) == 1
        equivalents = self.evidence.equivalents(words, english=language(q) == "en", synonyms=one_word)
        near = self.evidence.near(words)
        weights = self.evidence.weights(terms, equivalents, near)
        scored = [(self.evidence.hit_coverage(terms, h, equivalents, near, weights), h) for h in hits]
        best = max((score for score, _ in scored), default=0.0)
        shown = tuple(h for _, h in scored[:SHOWN_PASSAGES])
        threshold = self.evidence.threshold
        if best < threshold:
            return Answer(typed, Intent.SEARCH, False, "hors_texte", closest=shown, coverage=best)
        # Show the passages in search order, keeping only those that cover enough on their own.
        # The passages covering most of the question first (search order among equals): a passage
        # holding both « ONU » and « pandémies » before one holding only the second.
        strong_hits = tuple(h for s, h in sorted(scored, key=lambda sh: -sh[0]) if s >= threshold)
        strong = strong_hits[:SHOWN_PASSAGES]
        if lacks_amount(q, (h.paragraph.text for _, h in scored)):
            return Answer(typed, Intent.SEARCH, False, "montant", closest=shown, coverage=best)
        if asks_count(q) and not gives_number(h.paragraph.text for h in strong_hits):
            return Answer(typed, Intent.SEARCH, False, "montant", closest=shown, coverage=best)
        if _LIST_OF_N.search(q) and not any(_LISTED.search(h.paragraph.text) for h in strong_hits):
            return Answer(typed, Intent.SEARCH, False, "liste", closest=shown, coverage=best)
        if WHICH_COUNTRIES.search(q) and (
            _SUPERLATIVE.search(q) or not any(_COUNTRY_KINDS.search(h.paragraph.text) for h in strong_hits)
        ):
            return Answer(typed, Intent.SEARCH, False, "pays_cites", closest=shown, coverage=best)
        return Answer(typed, Intent.SEARCH, True, hits=strong, coverage=best)
