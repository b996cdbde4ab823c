"""Options several commands share: the same words wherever they appear."""

from __future__ import annotations

from bot.commands.spec import CLI_ONLY, DISCORD_ONLY, EVERYWHERE, Choice, Option, Surface, Text

PARTIES = (
    Choice(Text("tout", "all"), "tout"),
    Choice(Text("préambule", "preamble"), "preambule"),
    Choice(Text("dispositif", "operative part"), "dispositif"),
)
PRIVE = Option(
    "prive",
    "private",
    Text("Réponse visible de vous seul (par défaut : non)", "Answer visible to you only (default: no)"),
    kind=bool,
    default=False,
    surfaces=DISCORD_ONLY,
)
# /aide is private unless asked otherwise: help would clutter a study channel (issue 18).
PRIVE_AIDE = Option(
    "prive",
    "private",
    Text(
        "Réponse visible de vous seul (par défaut : oui)",
        "Answer visible to you only (default: yes)",
    ),
    kind=bool,
    default=True,
    surfaces=DISCORD_ONLY,
)
JSON = Option("json", "json", Text("sortie JSON", "JSON output"), kind=bool, default=False, surfaces=CLI_ONLY)


def partie(description: Text, *, surfaces: frozenset[Surface] = EVERYWHERE) -> Option:
    """The ``partie`` option (tout, préambule, dispositif) with its own description."""
    return Option(
        "partie", "part", description, default="tout", choices=PARTIES, metavar="PARTIE", surfaces=surfaces
    )


PARTIE_SEARCH = partie(
    Text("Partie du texte où chercher (par défaut : tout)", "Part of the text to search (default: all)")
)
