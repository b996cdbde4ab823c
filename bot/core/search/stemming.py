"""French stems: Snowball French (PyStemmer) with a reviewed list of the text's over/under-stemming.

A stem is computed on the accented word (Snowball French reads accents: ``capacité`` → ``capac``,
while the folded ``capacite`` would give ``capacit``), then folded, so that ``É``/``é``/``e`` end
up as one index term.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from bot.core.text.french import fold

# Words of the resolution (and their inflections students type) that Snowball French stems badly.
# Keys are folded words; values the stem the word must share. Reviewed against the text's
# vocabulary grouped by stem: each line says which confusion it fixes.
EXCEPTIONS: dict[str, str] = {
    # Over-stemming: distinct words merged into one stem.
    "communication": "communic",  # not "commun" (commun, communs)
    "communications": "communic",
    "objectivite": "objectivit",  # not "object" (objectifs)
    "integrite": "integrit",  # not "integr" (intégrante)
    "fonds": "fonds",  # the funds, not "fond" (fondé, fondée: founded on)
    "serie": "seri",  # not "ser" (serait)
    "resolu": "resolus",  # "se déclare résolu", not "resolu" (résolution)
    "resolus": "resolus",
    "resolue": "resolus",
    "resolues": "resolus",
    "alimentation": "alimentair",  # food, OP26's « crises alimentaires », not "aliment" (alimenter les fonds)
    "manifester": "manifester",  # to protest, not "manifest" (le terrorisme dans toutes ses manifestations)
    "manifestants": "manifester",
    "manifestant": "manifester",
    # Under-stemming: one word family split into several stems.
    "raciste": "racism",  # racistes ↔ racisme
    "racistes": "racism",
    "protection": "proteg",  # protection ↔ protéger
    "protections": "proteg",
    "promotion": "promouvoir",  # promotion ↔ promouvoir
    "promotions": "promouvoir",
    "prevention": "preven",  # prévention ↔ prévenir
    "preventions": "preven",
    "creation": "cre",  # création ↔ créer, créé
    "creations": "cre",
    "financier": "financ",  # financier, financière ↔ financement
    "financiere": "financ",
    "financiers": "financ",
    "financieres": "financ",
    "decision": "decid",  # décision ↔ décider, décide
    "decisions": "decid",
    "pauvrete": "pauvr",  # pauvreté ↔ pauvres
    "religion": "relig",  # religion ↔ religions (PP27), religieuse (OP3)
    "religieuse": "relig",
    "religieuses": "relig",
    "religieux": "relig",
    # Verbs in -ent that Snowball leaves whole: visent ↔ vise, viser.
    "visent": "vis",
    "menacent": "menac",
    "constituent": "constitu",
    "disposent": "dispos",
    "existent": "exist",
    "decoulent": "decoul",
    "entravent": "entrav",
    "imposent": "impos",
    "nuisent": "nuis",
    "suscitent": "suscit",
    "versent": "vers",
    "destabilisent": "destabilis",
}

_STEMMER = Stemmer.Stemmer("french")
# Suffixes Snowball French reads only with their accent (« responsabilité » → « respons », but
# « responsabilite » → « responsabilit »): a word typed without any accent gets it back on them
# first. Measured on the 2,107 words of the text, its thesaurus and its paraphrases: words that
# stem apart from their unaccented spelling go from 52 to 4 (inédites, reconnaît, réfugiés,
# égoïsme); « -ies » is left alone (English plurals, « pandémies »).
_ACCENTED_SUFFIXES = (
    (re.compile(r"ite(s?)$"), r"ité\1"),
    (re.compile(r"ee(s?)$"), r"ée\1"),
    (re.compile(r"iere(s?)$"), r"ière\1"),
    (re.compile(r"([^i])ere(s?)$"), r"\1ère\2"),
    (re.compile(r"^(progr|acc|proc|succ)es$"), r"\1ès"),
)


def _with_suffix_accent(word: str) -> str:
    """``word`` with the accent of its suffix restored, when it was typed with none at all."""
    if not word.isascii():
        return word
    for pattern, accented in _ACCENTED_SUFFIXES:
        if pattern.search(word):
            return pattern.sub(accented, word, count=1)
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the folded index stem of one word (lower case; accents welcome, not required)."""
    folded = fold(word)
    exception = EXCEPTIONS.get(folded)
    if exception is not None:
        return exception
    lowered = word.casefold().replace("œ", "oe").replace("æ", "ae")
    return fold(_STEMMER.stemWord(_with_suffix_accent(lowered)))
