"""Read the paragraph references users type: ``29``, ``§29``, ``PP3``, ``note 4``, ``29-31``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from bot.core.errors import UserError
from bot.core.text.french import fold
from bot.core.text.models import Kind
from bot.core.text.spelled import all_digits

MAX_REFERENCE_LENGTH = 120

# Prefixes as typed, after folding (no accents, lower case). A bare number is operative: in a
# resolution, "paragraphe 29" always means the operative paragraph 29.
_PREFIXES: dict[str, Kind] = {
    "": Kind.OPERATIVE,
    "§": Kind.OPERATIVE,
    "§§": Kind.OPERATIVE,
    "op": Kind.OPERATIVE,
    "ops": Kind.OPERATIVE,
    "paras": Kind.OPERATIVE,
    "parag": Kind.OPERATIVE,
    "o": Kind.OPERATIVE,
    "par": Kind.OPERATIVE,
    "para": Kind.OPERATIVE,
    "paragraphe": Kind.OPERATIVE,
    "paragraphes": Kind.OPERATIVE,
    "article": Kind.OPERATIVE,
    "articles": Kind.OPERATIVE,
    "art": Kind.OPERATIVE,
    "dispositif": Kind.OPERATIVE,
    "pp": Kind.PREAMBULAR,
    "pps": Kind.PREAMBULAR,
    "p": Kind.PREAMBULAR,
    "pr": Kind.PREAMBULAR,
    "preambule": Kind.PREAMBULAR,
    "alinea": Kind.PREAMBULAR,
    "alineas": Kind.PREAMBULAR,
    "alinea du preambule": Kind.PREAMBULAR,
    "considerant": Kind.PREAMBULAR,
    "considerants": Kind.PREAMBULAR,
    "fn": Kind.FOOTNOTE,
    "n": Kind.FOOTNOTE,
    "nbp": Kind.FOOTNOTE,
    "note": Kind.FOOTNOTE,
    "notes": Kind.FOOTNOTE,
    "note de bas de page": Kind.FOOTNOTE,
}
_ITEM = re.compile(
    r"^(?P<prefix>[a-z§ ]*?)\s*(?P<start>[0-9]{1,6})"
    # (« 20 jusqu'à 23 », "20 until 23": a range too.)
    r"(?:\s*(?:-|–|—|jusqu\s*'?\s*(?:au|a)|au|a|to|through|thru|until|till)\s*(?P<prefix2>[a-z§ ]*?)\s*"
    r"(?P<stop>[0-9]{1,6}))?$"
)
_NUMBER_SIGN = re.compile(r"\b(?:n|no|num|numero)\s*°\s*|\b(?:no|num|numero)\s+(?=\d)|°")
_SEPARATORS = re.compile(r"\s*(?:,|;|\bet\b|\+)\s*")


def parse_reference(text: str, counts: Mapping[Kind, int]) -> list[str]:
    """Turn what a user typed into segment ids in reading order, e.g. ``"29-31"`` → OP29..OP31.

    ``counts`` gives how many segments of each kind exist. Raises ``UserError`` with code
    ``reference_vide``, ``reference_invalide`` or ``paragraphe_inconnu``, with the valid ranges.
    """
    bounds = {kind.value: count for kind, count in counts.items()}
    typed = text.strip()
    if not typed:
        raise UserError("reference_vide", bornes=bounds)
    if len(typed) > MAX_REFERENCE_LENGTH:
        raise UserError("reference_invalide", saisie=typed[:MAX_REFERENCE_LENGTH] + "…", bornes=bounds)
    # NFKC turns fullwidth and superscript digits into ASCII ones; the dot of "par." is noise.
    normal = all_digits(fold(unicodedata.normalize("NFKC", typed)).replace(".", " ").strip())
    # « n° 29 », « paragraphe numéro 29 » (NFKC reads « nº » as « no »): the number itself.
    normal = _NUMBER_SIGN.sub(" ", normal).strip()
    ids: list[str] = []
    for item in _SEPARATORS.split(normal):
        match = _ITEM.match(" ".join(item.split()))
        if match is None:
            raise UserError("reference_invalide", saisie=typed, bornes=bounds)
        kind = _PREFIXES.get(match["prefix"].strip())
        stop_kind = _PREFIXES.get((match["prefix2"] or match["prefix"]).strip())
        if kind is None or stop_kind is not kind:
            raise UserError("reference_invalide", saisie=typed, bornes=bounds)
        start = int(match["start"])
        stop = int(match["stop"]) if match["stop"] else start
        low, high = sorted((start, stop))
        for number in (low, high):
            if not 1 <= number <= counts[kind]:
                raise UserError(
                    "paragraphe_inconnu",
                    saisie=typed,
                    id=f"{kind.prefix}{number}",
                    partie=kind.value,
                    maximum=counts[kind],
                    bornes=bounds,
                )
        ids.extend(f"{kind.prefix}{n}" for n in range(low, high + 1) if f"{kind.prefix}{n}" not in ids)
    return ids


def runs(ids: list[str]) -> list[tuple[str, str]]:
    """Group segment ids into runs of consecutive numbers of one kind, in the order given.

    ``OP1..OP37`` is one run ``("OP1", "OP37")``; ``OP29, OP31`` two single ones, so that a title
    can say « OP1 à OP37 » or « OP29, OP31 » rather than a range that was never asked for.
    """
    found: list[tuple[str, str]] = []
    for segment_id in ids:
        if found and _follows(found[-1][1], segment_id):
            found[-1] = (found[-1][0], segment_id)
        else:
            found.append((segment_id, segment_id))
    return found


def _follows(before: str, after: str) -> bool:
    """Whether ``after`` is the segment of the same kind numbered one more than ``before``."""
    return before[:2] == after[:2] and int(after[2:]) == int(before[2:]) + 1
