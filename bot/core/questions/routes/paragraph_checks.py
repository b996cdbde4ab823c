"""What a paragraph named in a question can answer: a reading to confirm, the States it describes.

Read by the paragraph route (paragraph.py); patterns only, on the folded question or the text.
"""

from __future__ import annotations

import re

from bot.core.questions.routes.search import COUNTRY_KINDS

# A reading of a paragraph to confirm (« ça veut dire que… », "does op5 mean socialism"; English
# reaches here glossed: "mean" → « signifie »), not « que veut dire le §5 ? », what it says.
IMPLIES = re.compile(
    r"\b(?:veut|veulent|voudrait) dire (?:que|qu')|\b(?:signifie|implique)n?t? (?:que|qu')|"
    r"\bsignifie\s+(?!\?|$|to |a |pour |de |d')[a-z]|"
    r"\b(?:op|pp|par|para|paragraphe)\s*\d+\s+(?:means|moyens)\s+(?:that\s+)?[a-z]|"
    # « le para 21 sous-entend que… », "does para 21 imply…" (not « en gros », "basically": in short).
    r"\bsous-entend\w*|\bimpl(?:y|ies|ied)\b"
)
# A named paragraph's description of which States (« des États qui ne versent généralement
# pas de contributions », « pays les moins avancés ») answers « quels pays ».
WITH_WHICH = re.compile(
    r"\b(?:avec|aupres de|envers|with|towards?|among|entre|a|aux|to|for|pour)\s+"
    r"(?:quels|quelles|which|what)\s+"
    r"(?:pays|etats|countr\w*|states)\b"
)
DESCRIBES_STATES = re.compile(COUNTRY_KINDS.pattern + r"|\b(?:États|pays) (?:qui|dont)\b", re.IGNORECASE)
