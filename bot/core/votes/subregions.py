"""The members' geographical sub-regions (UN M49), for vote questions about a part of the world.

« Comment ont voté les pays d'Amérique du Sud ? » names no UN regional group (South America is
part of GRULAC): the members of the sub-region, by the UN Statistics Division's M49 standard,
answer it from the record. Read from ``corpus/sous_regions_m49.csv`` on the first such question.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from bot.core.text.gates import Gated, gated

SUBREGIONS_FILE = "sous_regions_m49.csv"

# How students name a sub-region, folded, in French and English; a name may gather several
# M49 sub-regions (« Afrique subsaharienne »). Left out: names that are a UN regional group's
# (« Europe de l'Est », "Western Europe": the group answers) and names that are no M49 region
# (« Maghreb », « Balkans », "Middle East", "Nordic": their members differ).
# English questions reach the routes glossed (« south » → « sud », "asian" → « asie-pacifique »,
# "african" → « afrique »): both spellings are read.
SUBREGION_NAMES: tuple[tuple[str, tuple[str, ...], Gated], ...] = tuple(
    (name, parts, gated(pattern))
    for name, parts, pattern in (
        # « les Amériques », "the Americas": the four sub-regions of the continent.
        (
            "Amériques",
            ("Amérique du Sud", "Amérique centrale", "Caraïbes", "Amérique du Nord"),
            r"\bameriques\b|\bamericas\b",
        ),
        ("Amérique du Sud", ("Amérique du Sud",), r"\bamerique du sud\b|\b(?:sud|south)[- ]americ\w*"),
        ("Amérique centrale", ("Amérique centrale",), r"\bamerique centrale\b|\bcentr\w*[- ]americ\w*"),
        # « Amérique latine et (les, des) Caraïbes » is GRULAC.
        (
            "Caraïbes",
            ("Caraïbes",),
            r"^(?!.*\bamerique latine)(?!.*\blatin america).*?\b(?:caraibes|caribbean)\b",
        ),
        ("Amérique du Nord", ("Amérique du Nord",), r"\bamerique du nord\b|\b(?:nord|north)[- ]americ\w*"),
        (
            "Afrique du Nord",
            ("Afrique du Nord",),
            r"\bafrique du nord\b|\bnord-africain\w*|\b(?:north|northern|nord) (?:africa\w*|afrique)",
        ),
        (
            "Afrique de l'Ouest",
            ("Afrique de l'Ouest",),
            r"\bafrique de l'ouest\b|\bouest-africain\w*|\bwest(?:ern)? (?:africa\w*|afrique)",
        ),
        (
            "Afrique de l'Est",
            ("Afrique de l'Est",),
            r"\bafrique de l'est\b|\best-africain\w*|\beast(?:ern)? (?:africa\w*|afrique)",
        ),
        # (Not « Afrique du Sud », "South Africa": a member.)
        ("Afrique australe", ("Afrique australe",), r"\bafrique australe\b|\bsouthern (?:africa\w*|afrique)"),
        (
            "Afrique subsaharienne",
            ("Afrique de l'Ouest", "Afrique de l'Est", "Afrique centrale", "Afrique australe"),
            r"\bsubsaharien\w*|\bsub-?saharan\b|\bsub saharan\b",
        ),
        ("Asie du Sud-Est", ("Asie du Sud-Est",), r"\basie du sud-est\b|\b(?:south|sud)-?\s?east asi\w*"),
        ("Asie de l'Est", ("Asie de l'Est",), r"\basie de l'est\b|\basie orientale\b|\beast(?:ern)? asi\w*"),
        ("Asie du Sud", ("Asie du Sud",), r"\basie du sud\b(?!-)|\b(?:south|southern|sud) asi\w*"),
        ("Asie centrale", ("Asie centrale",), r"\basie centrale\b|\bcentral asi\w*"),
        (
            "Asie de l'Ouest",
            ("Asie de l'Ouest",),
            r"\basie de l'ouest\b|\basie occidentale\b|\bwest(?:ern)? asi\w*",
        ),
        # « les pays européens »: the continent's members (« l'UE », « Union européenne » are the EU).
        (
            "Europe",
            ("Europe du Nord", "Europe du Sud", "Europe de l'Ouest", "Europe de l'Est"),
            r"(?<!groupe des )\b(?:pays|etats|membres|delegations) (?:europeens|d'europe)\b"
            r"(?! (?:orientale|occidentale|de l'est|de l'ouest|du nord|du sud))|"
            r"\beuropean (?:countries|states|members|nations|pays|etats|membres)\b",
        ),
        ("Europe du Nord", ("Europe du Nord",), r"\beurope du nord\b|\bnorthern europe\w*"),
        ("Europe du Sud", ("Europe du Sud",), r"\beurope du sud\b|\bsouthern europe\w*"),
    )
)


def subregion_named(q: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the sub-region a folded question names (its name, its M49 parts), if any."""
    for name, parts, pattern in SUBREGION_NAMES:
        if pattern.search(q):
            return name, parts
    return None


def load_subregions(corpus_dir: Path) -> dict[str, str]:
    """Return each member's M49 sub-region by ISO alpha-3 code."""
    path = corpus_dir / SUBREGIONS_FILE
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["code"]: row["sous_region"] for row in csv.DictReader(lines)}


def members_of(parts: Iterable[str], subregions: dict[str, str]) -> frozenset[str]:
    """Return the ISO codes of the members in any of the M49 sub-regions ``parts``."""
    wanted = set(parts)
    return frozenset(code for code, region in subregions.items() if region in wanted)
