"""Formal courtesy around a question: « Pourriez-vous m'indiquer… », "I would be grateful if…".

Study circles and careful students write letters: a salutation, a request formula, the question,
thanks and a signature. None of it is a word of the question, but its words sank a passage's
coverage (« Would you kindly tell me when the resolution was adopted? » was declined), sent it to
another route (« je vous saurais gré de bien vouloir me préciser la date… » got the tally) or were
read as a State's name (« Serait-il possible de connaître » « ne figure pas parmi les 47 membres »).
They are taken off before the chat filler, as typed (accents optional).
"""

from __future__ import annotations

import re

from bot.core.text.gates import gated

# What a request formula asks for: to be told, reminded, shown (not « confirmer », « citer »: « me
# le confirmer », « me citer le premier paragraphe » keep their object).
_TELL = (
    r"(?:m'|me |nous )?(?:indiquer|dire|pr[ée]ciser|rappeler|expliquer|communiquer|faire savoir|"
    r"[ée]clairer(?: sur)?)"
)
_COURTESY = gated(
    # Salutations: « Madame, Monsieur, », « Chers amis, », "Dear all,".
    r"^\s*(?:(?:bonjour|bonsoir|salut)\s+)?(?:madame|monsieur|mesdames|messieurs|ch[èe]re?s? (?:amie?s?|"
    r"coll[èe]gues?|madame|monsieur|membres)|dear (?:all|sir|madam|friends|members))"
    r"(?:\s*,?\s*(?:madame|monsieur|messieurs))?\s*[,!:]\s*|"
    # Request formulas, wherever they stand: « pourriez-vous (bien vouloir) m'indiquer »,
    # « auriez-vous l'amabilité de », « je vous saurais gré de », « serait-il possible de connaître ».
    rf"\b(?:pourriez|pouvez|auriez|sauriez|voudriez)-vous(?: (?:l'amabilit[ée]|la gentillesse|"
    rf"l'obligeance) de)?(?: bien vouloir)? {_TELL}\b|"
    r"\bauriez-vous (?:l'amabilit[ée]|la gentillesse|l'obligeance) de\b|"
    rf"\bje vous saurais gr[ée] de(?: bien vouloir)?(?: {_TELL})?\b|"
    rf"\bje vous (?:remercie|prie)(?: par avance| d'avance)? de(?: bien vouloir)?(?: {_TELL})?\b|"
    r"\b(?:serait-il|est-il|c'est|ce serait|est-ce) possible de (?:conna[iî]tre|savoir|m'indiquer|me dire|"
    r"avoir)\b|"
    r"\b(?:je|nous) (?:souhaiterais|souhaiterions|voudrais|voudrions|souhaite|souhaitons|aimerais|"
    r"aimerions) (?:savoir|conna[iî]tre)\b|\bj'aimerais (?:savoir|conna[iî]tre)\b|"
    r"\bje me permets de vous (?:demander|poser une question)\b|\bpermettez-moi (?:une question|"
    r"de vous demander)\b|"
    r"\bdites-moi,? je vous prie\b|"
    # « Pourriez-vous m'indiquer, je vous prie, à quelle date … », « Quel a-t-il été, je vous prie ? »
    r",\s*je vous (?:en )?prie\b(?!\s+(?:de|d')\b)\s*,?|"
    r"\bexcusez(?:-moi)?(?: mon ignorance| de vous d[ée]ranger)?\s*[:,]|"
    r"\bje m'interroge\s*:|"
    # English: "Would you kindly tell me", "I would be grateful if you could tell me".
    r"\b(?:would|could|can) you (?:kindly |please )?(?:tell me|let me know|indicate|inform me)\b|"
    r"\bi (?:would|'d) be (?:grateful|obliged|most grateful) if you could(?: (?:tell me|let me know|"
    r"indicate|inform me))?\b|"
    r"\bi (?:would|'d) like to know\b|\bkindly (?:tell me|let me know|indicate)\b|\bmay i ask\b|"
    # Thanks and signatures, at the end: « Avec mes remerciements. », « Bien cordialement, Jacqueline ».
    r"[,.;]?\s*\b(?:avec (?:mes|nos) (?:sinc[èe]res )?remerciements|"
    r"merci(?: infiniment| beaucoup| bien| d'avance| par avance)?|thanks|thank you|"
    r"je vous en remercie|(?:bien |tr[èe]s )?cordialement|respectueusement|bien [àa] vous|"
    r"(?:kind|best|warm) regards|(?:yours )?sincerely|thank you (?:in advance|very much|kindly))"
    r"(?:\s*[,.]?\s*[A-ZÉ][\w-]+)?\s*[.!]*\s*$",
    re.IGNORECASE,
)


def without_courtesy(text: str) -> str:
    """``text`` without its salutation, request formulas, thanks and signature."""
    return _COURTESY.sub(" ", text)
