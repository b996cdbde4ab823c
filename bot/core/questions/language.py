"""The language a question is asked in: English or French, told from its words."""

from __future__ import annotations

import functools
import re

from bot.core.questions.normalise import wordset

# Words that only English questions use (and the few French homographs left out: « a », « on »,
# « in » are not evidence either way).
_ENGLISH = wordset(
    """
    the what does do did how which who whom whose when where why is are was were of about say says
    said this that these those paragraph paragraphs footnote footnotes voted vote against abstained
    resolution mention mentions mentioned ask asks asked request requests call calls upon urge urges
    adopted first last preamble preambular operative there any anything text tell me show quote
    country countries many much held date item agenda meeting session title symbol language it its
    be been with from into regarding concerning according cited cite cites refer refers reference
    and both favour favor yes they their them we our you your can could would should will not also
    just all doesn't don't didn't isn't aren't wasn't whats what's how's
    """
)
_FRENCH = wordset(
    """
    le la les un une des du de que quoi qui quel quelle quels quelles comment pourquoi quand dit
    disent dire est sont ont a-t-il texte paragraphe alinea vote contre pour sur dans avec par au aux
    ce cette ces il elle ils elles y parle demande demandent qu c'est cest ya combien
    et ou non oui merci stp svp maintenant alors aussi membre membres
    """
)
_ELIDED = re.compile(r"^(?:l|d|j|qu|c|n|s|m|t)'[a-z]")

# Countries' English names that French spells otherwise ("Germany vote?", "Ivory Coast vote?"):
# English words, in a message too short to hold function words. (Not Haiti, Ukraine, Montenegro:
# French folds to the same word.)
_ENGLISH_NAMES = wordset(
    """
    united germany netherlands cameroon ivory morocco algeria gambia kyrgyzstan malaysia somalia sudan china
    india indonesia japan kuwait emirates brazil argentina dominican albania bulgaria georgia lithuania
    romania belgium finland eritrea africa switzerland spain italy lebanon egypt russia syria mexico
    """
)


# A French accent in what was typed (« résolutions adoptées 56e session »: « session » alone is
# English too) weighs as one French word.
FRENCH_ACCENTS = re.compile(r"[éèêëàâçùûîïôœ]", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def language(folded: str, *, accented: bool = False) -> str:
    """Return ``en`` when a folded question reads as English, else ``fr`` (the default).

    Kept for the last few questions: the routes ask it of the same folded readings again and
    again (a pure function of its arguments; bounded, and safe across threads).
    """
    tokens = re.findall(r"[a-z']+", folded)
    # ("Georgia's vote?": the possessive is English, « aujourd'hui » no possessive.)
    english = sum(t in _ENGLISH or (t.endswith("'s") and len(t) > 3) for t in tokens)
    # (Names weigh once: « Morocco et Algeria ? » is French, with its names in English.)
    english += any(t in _ENGLISH_NAMES for t in tokens)
    # An elided article or pronoun (« l'OP9 », « d'après ») is French.
    # (The accent only weighs against one English word: "how did Côte d'Ivoire vote?" is English.)
    french = sum(t in _FRENCH or bool(_ELIDED.match(t)) for t in tokens) + (accented and english <= 1)
    return "en" if english > french and english >= 1 else "fr"
