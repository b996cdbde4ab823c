"""The documents the resolution cites, all or of one kind: « Quels rapports sont cités ? »."""

from __future__ import annotations

import functools
import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.questions.normalise import QUESTION_WORDS, boundary_first, content
from bot.core.search.analyzer import analyze

# A question about citing names documents: « mentionne » alone (« les PMA sont mentionnés ? ») is
# a question about the text's content, for search.
_CITATION_WORDS = boundary_first(
    r"\b(?:cit(?:e|ee|es|ees|ent)|mentionn\w*|fait reference|se refere|references?|rappel\w*)\b.*"
    r"\b(?:documents?|textes|resolutions?|instruments?|traites?|declarations?|rapports?|accords?|"
    r"conventions?|sources?)\b|"
    # Before the verb, only plurals: « la résolution mentionne les vaccins ? » names this text as
    # the subject, and asks about its content; « les rapports cités » asks about citing.
    r"\b(?:documents|textes|resolutions|instruments|traites|declarations|rapports|accords|"
    r"conventions|sources)\b.*\b(?:cit(?:e|ee|es|ees|ent)|mentionn\w*|references?|rappel\w*)\b|"
    r"\bquel(?:le)?s? (?:documents|textes|resolutions|instruments|traites|declarations|rapports)\b|"
    # English, glossed to the singular: "Which General Assembly resolutions does the text cite?",
    # "List all the Council's own earlier resolutions mentioned".
    # (Not of one year, « from 2022 »: search finds the passage dating it. The year is looked for
    # only where a word of the list starts: looked for at every word, it cost the square of the length.)
    r"\b(?=(?:list|which|what|all|name)\b)(?![^?]*\b(?:19|20)\d\d\b)(?:list|which|what|all|name)\b"
    r"[^?]{0,60}\b(?:documents?|resolutions?|reports?|rapports?|declarations?|"
    r"traites?|treaties)\b[^?]{0,60}\b(?:cite\w*|mentionn\w*|mentioned|referred|rappel\w*)"
)
_CITATION_KINDS = (
    (re.compile(r"assemblee generale"), ("resolution_ag",)),
    (
        re.compile(r"resolutions? du conseil|propres? resolutions|\bown (?:\w+ )?resolutions?\b|'s own\b"),
        ("resolution_cdh",),
    ),
    (re.compile(r"\brapports?\b"), ("rapport",)),
    (re.compile(r"\bdeclarations?\b"), ("declaration",)),
    (re.compile(r"\btraites?\b|\baccords?\b"), ("traite",)),
    (
        re.compile(r"\bresolutions\b|quelles? resolution"),
        ("resolution_ag", "resolution_cdh", "resolution_sous_commission"),
    ),
)


# The words of a question about citing and of the kinds of documents: what is left names a
# subject (« les résolutions sur l'accès aux vaccins », "a pandemic treaty"), a question for search.
# Compared as the analyzer's whole terms (a prefix would take « réfugiés » for « référence »).
_LISTING_WORDS = """
    cite citer cité citée cités citées citent mentionne mentionné mentionnés mentionnées référence
    références réfère réfèrent refer refers referred rappelle rappelé rappelés rappelées document
    documents texte textes text resolution résolution résolutions resolutions instrument instruments
    traité traités treaty treaties déclaration déclarations declaration declarations rapport
    rapports report reports accord accords agreement agreements convention conventions source
    sources assemblée générale general assembly conseil council droits homme propre propres own
    préambule dispositif paragraphe paragraphes alinéa alinéas quel quels quelle quelles lesquels
    lesquelles tous toutes liste list ensemble autre autres other onu nations unies cdh ag fait
    prend pris note notes cote cotes symbole symboles symbol symbols titre titres intitulé numéro
    numéros overall earlier previous prior précédentes antérieures all name names
"""


@functools.cache
def _listing_terms() -> frozenset[str]:
    return frozenset(t for word in _LISTING_WORDS.split() for t in analyze(word))


class CitationsRoute:
    """List the cited documents, narrowed to the kind the question names (reports, treaties…)."""

    def __init__(self, evidence: Evidence) -> None:
        self.service = evidence.service
        self.evidence = evidence

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the cited documents asked for, or ``None`` if the question is not about citing."""
        if not _CITATION_WORDS.search(q):
            return None
        words_asked = content(typed)
        generic = self.evidence.generic(words_asked)
        if any(
            t not in QUESTION_WORDS and t not in generic and t not in _listing_terms() and not t.isdigit()
            for t in analyze(words_asked)
        ):
            return None
        kinds: tuple[str, ...] = ()
        for pattern, wanted in _CITATION_KINDS:
            if pattern.search(q):
                kinds = wanted
                break
        documents = tuple(c for c in self.service.references() if not kinds or c.kind in kinds)
        return Answer(typed, Intent.CITATIONS, True, documents=documents, data={"all": True})
