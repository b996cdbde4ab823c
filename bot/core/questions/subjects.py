"""What a question says it is about (« le texte parle de la dette ? »), and whether it asks yes or no.

Search weighs the subject alone when the words around it are the asker's (« jdois lister tous
les paragraphes qui parlent de l'EPU »); a question asking whether the text speaks of something
is answered « Oui » before the passages that do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.questions.normalise import without_askers_words
from bot.core.search.thesaurus import Section, Thesaurus
from bot.core.text.french import fold

# The words that introduce what a question is about, and the subject up to the clause's end.
_SUBJECT = re.compile(
    r"\b(?:parlent|parle|parler|evoquent|evoque|abordent|aborde|traitent|traite|mentionnent|mentionne|"
    r"dit|disent|say|says|talks?|speaks?|mentions?|cite|about|sur|concernant|regarding|au sujet|a propos)\b"
    # (« évoque-t-il la levée des brevets sur les vaccins ? »: the subject is all the verb's object,
    # not what follows its « sur ».)
    r"(?:-t-(?:il|elle|ils|elles)|-(?:il|elle|ils|elles))?"
    r"\s+(?:(?:de la|de l'|du|des|de|d')\s*)?(?P<subject>[^?;!,]+)"
)


# « le franc CFA est mentionné dans la partie sur la dette ? »: the subject comes before the verb,
# and what follows « sur » is where to look.
_MENTIONED_IN = re.compile(
    r"\b(?:est|sont|soit|is|are)\s+(?:\w+\s+)?(?:mentionn|cite|evoque|aborde|mentioned|cited|named)\w*\s+"
    r"(?:dans|in)\b"
)
# What names a part of the text, before the « sur » of its subject.
_LOCATOR = re.compile(r"\b(?:para|paragraphe|partie|passage|section|alinea)\s*$")
_OF_A_THING = re.compile(r"[\w-]+\s+(?:de la|de l'|du|des|de|d')")
# A subject is a noun phrase: past this many words, the clause is a sentence, weighed as typed.
SUBJECT_WORDS = 12


def subject_of(q: str) -> str:
    """Return what a folded question says it is about, or an empty string.

    The words after « parle de », « sur », "about", up to the end of the clause and the asker's
    own words (« pour mon exposé »).
    """
    found = _SUBJECT.search(q)
    if found is None or _MENTIONED_IN.search(q):
        return ""
    if found.group().startswith("sur") and _LOCATOR.search(q[: found.start()]):
        # « dans le para sur la science, ils parlent de l'IA ? »: « sur » says where to look, and
        # the verb after it the subject (but « le passage sur les catastrophes, il en cite
        # lesquelles ? » has no other).
        later = _SUBJECT.search(q, found.end())
        if later is not None and _OF_A_THING.match(later.group()):
            found = later
    subject = without_askers_words(found["subject"])
    return subject if len(subject.split()) <= SUBJECT_WORDS else ""


# « le texte parle de la dette ? », « il est question des vaccins ? », « y a qqch sur l'EPU ? »,
# "does it mention vaccines?": whether the text speaks of a thing, yes or no. Not with a question
# word after it (« le texte parle de quoi ? », « … et qu'est-ce qu'il en dit ? »).
_MENTION_ASKED = re.compile(
    r"(?:(?:et|mais|alors|du coup|bon|ok),? )?(?:est-ce qu(?:e |')|est ce qu(?:e |'))?"
    r"(?:(?:le texte|la resolution|la reso|la 56/2|elle|il|ca|on)\s+(?:en\s+)?"
    r"(?:parle|parlent|mentionne|evoque|aborde|traite|cite)(?:-t-(?:il|elle))?\b|"
    r"il est question\b|"
    r"y a(?:-t-il)? (?:qqch|quelque chose|un truc|un passage|un paragraphe) (?:sur|qui parle)\b|"
    r"(?:does|do) (?:it|the text|the resolution) (?:mention|cite|talk about|speak about|say anything about|"
    r"cover|address)\b|"
    # "the text mentions sanctions explicitly?": the same, said and asked.
    r"(?:it|the text|the resolution|the reso) (?:mentions|cites|talks about|speaks about)\b|"
    r"is there (?:anything|something) (?:on|about)\b)"
)
_ASKS_WHAT = re.compile(
    r"\b(?:quoi|quel\w*|lesquel\w*|comment|combien|pourquoi|ou|qui|quand|what|which|how|why|where|who|"
    r"when|dit|say|says)\b"
)


_OR_NOT = re.compile(r"\b(?:ou pas|ou non|or not)\b")


def asks_if_mentioned(q: str) -> bool:
    """Whether the folded question asks, yes or no, if the text speaks of something."""
    q = q.strip()
    found = _MENTION_ASKED.match(q)
    rest = _OR_NOT.sub(" ", q[found.end() :]) if found is not None else ""
    return found is not None and q.endswith("?") and not _ASKS_WHAT.search(rest)


def asks_yes_or_no(q: str) -> bool:
    """Whether the folded question's last sentence asks yes or no (« c'est bien dans la 56/2 ? »)."""
    last = re.split(r"[.!?]\s+", q.strip())[-1]
    return last.endswith("?") and not _ASKS_WHAT.search(_OR_NOT.sub(" ", last))


# Articles and « de »: left out when a question's words are compared with a passage's, in a row.
ARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "un", "une"})
_WORD = re.compile(r"[^\W_]+")


def acronym_said(words: str, thesaurus: Thesaurus, texts: Iterable[str]) -> bool:
    """Whether ``words`` is one acronym alone (articles aside) that a text has written out.

    « le texte parle des ONG ? »: OP24 has « organisations non gouvernementales », the very words
    (search finds them through the thesaurus, which alone never earns a « Oui »).
    """
    content = [word for word in _WORD.findall(fold(words).lower()) if word not in ARTICLES]
    if len(content) != 1:
        return False
    entries = [e for e in thesaurus.candidates(Section.ACRONYM, content[0]) if len(e.keys) == 1]
    folded = [fold(text).lower() for text in texts]
    return any(fold(entry.expansions[0]).lower() in text for entry in entries for text in folded)
