"""Bodies and offices a question names that the text never does.

« quel lien avec le mandat du Groupe de travail sur le droit au développement ? »: PP5 shares
« droit au développement », so coverage passed and PP5 was quoted as the link. The text names no
working group, no special rapporteur and no court: a question about one of them is declined, with
the closest passages, rather than answered by the rest of its words. (Organisations and the
Advisory Committee have their own declines: no country or organisation named, nothing asked of it.)
(« rapporteurs spéciaux » alone are the special procedures' mandate holders, which OP34 names.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.search.analyzer import fold_with_offsets

_BODIES = re.compile(
    # (« on est en groupe de travail pour l'exposé »: the students' own group, not a body.)
    r"\b(?:groupes? de travail(?= (?:intergouvernemental|d'experts|de l'onu|du conseil|des nations|sur le "
    r"droit au developpement|sur la detention|sur les disparitions)\b)|intergovernmental working group|"
    r"working group(?= on (?:the right to development|arbitrary|enforced)\b)|"
    r"rapporteu(?:r|se) speciale?(?= (?:sur|on|for|du|de la)\b)|special rapporteur(?= (?:on|for)\b)|"
    # One asked for (« quel rapporteur spécial est chargé du suivi ? »): the text names none.
    r"(?<=quel )rapporteur special\b|(?<=quelle )rapporteuse speciale\b|(?<=which )special rapporteur\b|"
    # (Not the plural: « les experts indépendants de l'ONU » are OP34's mandate holders.)
    r"experte? independante?(?= (?:sur|on|for)\b)|independent expert(?= on\b)|mecanisme d'experts|"
    r"expert mechanism|cpi|cij|icc|icj|"
    r"forum social|social forum|commissions? d'enquete|commissions? of inquiry|"
    r"cour penale internationale|international criminal court|cour internationale de justice|"
    r"international court of justice)\b"
)


class AbsentBodies:
    """Find, in a question, the bodies the resolution's text never names."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = " ".join(fold_with_offsets(text)[0] for text in texts)

    def named(self, typed: str) -> str | None:
        """The first body ``typed`` names that the text does not, as typed; ``None`` if there is none."""
        folded, offsets = fold_with_offsets(typed)
        for match in _BODIES.finditer(folded):
            if match.group() not in self._text:
                return typed[offsets[match.start()] : offsets[match.end() - 1] + 1]
        return None
