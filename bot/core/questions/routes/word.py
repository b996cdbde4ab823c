"""Where a word appears: « le mot « transparence » apparaît où ? », "where does the word pandemic appear?".

A student checking a word asks for its occurrences, not for the passages nearest in meaning: the
paragraphs holding the word (or its plural) are the answer, each marked where it stands, in the
part named if one is (« dans le dispositif »); none, and the text does not use it.
"""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.search.analyzer import fold_with_offsets
from bot.core.search.index import Hit
from bot.core.text.gates import gated
from bot.core.text.models import Kind

# « le mot X apparaît où », « le terme « X » figure dans le dispositif ? », "the word X appears where".
_WORD_ASKED = gated(
    r"\b(?:le mot|le terme|l'expression|the word|the term|the phrase)\s*[:«\"'“]?\s*"
    # (« le mot « X », il apparaît où ? »: the pronoun after a comma.)
    r"(?P<word>[^»\"'”?,;:]{2,40}?)\s*[»\"'”]?(?:\s*,\s*(?:il|elle|it))?\s+"
    r"(?:appara\w*|figure\w*|est (?:utilise|employe|cite|present)\w*|revient|apparait|appears?|occurs?|"
    r"is used|shows up|comes up|ou|where|dans|in)\b|"
    # "is 'sanctions' literally in the text?", « « sanctions » est bien dans le texte ? »
    r"[«\"'“]\s*(?P<quoted>[^»\"'”?,;:]{2,40}?)\s*[»\"'”]\s+(?:(?:is |est )(?:literally |actually |vraiment |"
    r"bien )?|literally |actually |vraiment |bien )(?:in|dans) (?:the|le) (?:text|texte)\b"
)
# A phrase quoted to find (« où est « une entreprise collective des peuples » ? », "Which paragraph
# contains « selon qu'il y a lieu »?", "Locate « … »"): three words or more, found word for word.
_QUOTED = re.compile(r"[«“\"]\s*(?P<phrase>[^»”\"]{8,200}?)\s*[»”\"]")
_WHERE = re.compile(
    r"\b(?:ou|where|locate|find|trouve\w*|quel(?:le)? (?:paragraphe|para|alinea|passage)|"
    r"which (?:paragraph|para|passage|part)|dans quel|in which|c'est (?:dans )?(?:quel|lequel)|contains?|"
    r"contient|se trouve|figure|"
    r"combien|numero|number)\b"
)
# Which passage holds it, asked outright: a phrase not found word for word is then said absent.
_WHICH_PASSAGE = re.compile(
    r"\b(?:quel(?:le)? (?:paragraphe|para|alinea|passage|op|pp|considerant)|dans quel\w*|c'est ou|"
    r"which (?:paragraph|para|op|pp|passage|part)|in which|where (?:is|does|in)|"
    r"c'est (?:dans )?(?:quel|lequel))\b"
)
# A longer quote is likelier recalled than copied (« je cherche la phrase … »): the closest passage
# answers it; a short one (« droit à la paix ») is a claim about the text's words.
_EXACT_WORDS = 5
# A quote given as approximate (« la phrase genre « … » »): the closest passage answers it.
_HEDGED = re.compile(
    r"\b(?:genre|comme|qqch comme|à peu près|a peu pres|environ|something like|roughly|approximately|"
    r"sort of|like)\s*[«“\"]",
    re.IGNORECASE,
)
_PARTS = (
    (Kind.OPERATIVE, re.compile(r"\b(?:dispositif|operative)\b")),
    (Kind.PREAMBULAR, re.compile(r"\b(?:preambule|preamble|preambular)\b")),
)
# More than this and the answer lists the first ones; a word that common is no study question.
SHOWN_OCCURRENCES = 8


class WordRoute:
    """Give the paragraphs that hold a word the question quotes."""

    def __init__(self, evidence: Evidence) -> None:
        self.resolution = evidence.resolution
        self.evidence = evidence

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the occurrences asked, or ``None`` if the question quotes no word to find."""
        asked = _WORD_ASKED.search(q)
        if asked is None:
            return self._phrase(typed, q)
        word = (asked["word"] or asked["quoted"]).strip()
        pattern = re.compile(rf"\b{re.escape(word)}(?:s|x|es)?\b")
        kinds = [kind for kind, named in _PARTS if named.search(q[asked.end() :])]
        hits = self._occurrences(pattern, kinds)
        if not hits:
            # « le mot sanctions apparaît dans le texte ? »: no, and the reply says so of the word.
            return Answer(
                typed, Intent.SEARCH, False, "mot_absent", subject=word, closest=self.evidence.closest(typed)
            )
        return Answer(typed, Intent.SEARCH, True, hits=tuple(hits[:SHOWN_OCCURRENCES]), coverage=1.0)

    def _phrase(self, typed: str, q: str) -> Answer | None:
        """The paragraphs holding a quoted phrase word for word, when the question asks where it is."""
        quoted = _QUOTED.search(q)
        if quoted is None or not _WHERE.search(q[: quoted.start()] + " " + q[quoted.end() :]):
            return None
        phrase = " ".join(quoted["phrase"].replace("’", "'").split())
        if len(phrase.split()) < 3:
            return None
        hits = self._occurrences(re.compile(r"\s+".join(re.escape(w) for w in phrase.split())))
        short = len(phrase.split()) <= _EXACT_WORDS
        if not hits and short and _WHICH_PASSAGE.search(q) and not _HEDGED.search(typed):
            # « « droit à la paix » c'est quel paragraphe ? »: no passage holds these words; the
            # closest in sense are offered, never one as if it held them.
            as_typed = _QUOTED.search(typed)
            said = " ".join(as_typed["phrase"].split()) if as_typed is not None else phrase
            closest = self.evidence.closest(typed)
            return Answer(typed, Intent.SEARCH, False, "phrase_absente", subject=said, closest=closest)
        if not hits or len(hits) > SHOWN_OCCURRENCES:
            return None  # not the text's words (a paraphrase, a claim): the other routes read it
        return Answer(typed, Intent.SEARCH, True, hits=tuple(hits), coverage=1.0)

    def _occurrences(self, pattern: re.Pattern[str], kinds: list[Kind] | None = None) -> list[Hit]:
        """The paragraphs (of the parts ``kinds``, or all) where ``pattern`` matches their folded text."""
        hits: list[Hit] = []
        for paragraph in self.resolution.paragraphs:
            if kinds and paragraph.kind not in kinds:
                continue
            # (The analyzer's folding keeps source offsets through « œ » → « oe », and writes « ’ » « ' ».)
            folded, source = fold_with_offsets(paragraph.text)
            marks = tuple((source[m.start()], source[m.end() - 1] + 1) for m in pattern.finditer(folded))
            if marks:
                hits.append(Hit(paragraph, float(len(marks)), paragraph.text, marks))
        return hits
