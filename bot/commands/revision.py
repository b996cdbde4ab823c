"""``/revision``, declared once: its Discord subcommands and its offline form (console, command line).

On Discord each action is a subcommand, answered by the revision cog (buttons, database, reminders).
Offline, the action is the first word (``/revision commencer`` in the console, ``resolution-bot
revision stats`` on the command line) and the review runs as a dialogue in the terminal against a
local SQLite file (``bot/revision_offline.py``): the same cards, the same schedule.
"""

from __future__ import annotations

from dataclasses import replace

from bot.commands.options import JSON
from bot.commands.spec import (
    CLI_ONLY,
    DISCORD_ONLY,
    EVERYWHERE,
    Command,
    Option,
    Presenter,
    Surface,
    Text,
)

OFFLINE = frozenset({Surface.CLI, Surface.CONSOLE})
COMMENCER, REVISER_TOUT, STATS, EXPORT, EFFACER = "commencer", "reviser-tout", "stats", "export", "effacer"
ACTIONS = (COMMENCER, REVISER_TOUT, STATS, EXPORT, EFFACER)
# The console's word after « export » that asks for every card of the text (``--toutes`` on the CLI).
EVERY_CARD = "toutes"

TOUTES = Option(
    "toutes",
    "all",
    Text(
        "Toutes les cartes du texte, pas seulement les vôtres (par défaut : non)",
        "Every card of the text, not only yours (default: no)",
    ),
    kind=bool,
    default=False,
    surfaces=DISCORD_ONLY,
)

REVISION = Command(
    "revision",
    "review",
    Text(
        "Réviser le texte en répétition espacée (FSRS, comme Anki), en privé",
        "Review the text with spaced repetition (FSRS, as in Anki), privately",
    ),
    options=(
        Option(
            "action",
            "action",
            Text(
                "commencer (par défaut), reviser-tout, stats, export ou effacer",
                "commencer (default), reviser-tout, stats, export or effacer",
            ),
            rest_of_line=True,
            many_words=False,
            metavar="ACTION",
            surfaces=OFFLINE,
        ),
        Option(
            "base",
            "database",
            Text(
                "fichier SQLite de la révision hors ligne (défaut : DATA_DIR/revision.sqlite3)",
                "SQLite file of the offline review (default: DATA_DIR/revision.sqlite3)",
            ),
            metavar="FICHIER",
            surfaces=CLI_ONLY,
        ),
        Option(
            "sortie",
            "output",
            Text(
                "export : le fichier .apkg à écrire (défaut : revision_A_HRC_RES_56_2.apkg)",
                "export: the .apkg file to write (default: revision_A_HRC_RES_56_2.apkg)",
            ),
            metavar="FICHIER",
            surfaces=CLI_ONLY,
        ),
        Option(
            "oui",
            "yes",
            Text("effacer : sans demander de confirmation", "effacer: without asking for confirmation"),
            kind=bool,
            default=False,
            surfaces=CLI_ONLY,
        ),
        replace(TOUTES, surfaces=CLI_ONLY),  # on Discord, an option of the export subcommand
        JSON,
    ),
    surfaces=EVERYWHERE,
    presenter=Presenter.STUDY,
    help="réviser en répétition espacée, hors ligne (un fichier SQLite local)",
    subcommands=(
        Command(
            COMMENCER,
            "start",
            Text("Vos cartes dues, une à une : le recto, puis la réponse", "Your due cards one by one"),
            surfaces=DISCORD_ONLY,
        ),
        Command(
            REVISER_TOUT,
            "cram",
            Text(
                "Revoir toutes les cartes sans changer leur planification (avant un examen)",
                "Go through every card without changing its schedule (before an exam)",
            ),
            surfaces=DISCORD_ONLY,
        ),
        Command(
            STATS,
            "stats",
            Text(
                "Vos statistiques : dues, nouvelles, matures, rétention, série",
                "Your statistics: due, new, mature, retention, streak",
            ),
            surfaces=DISCORD_ONLY,
        ),
        Command(
            EXPORT,
            "export",
            Text(
                "Vos cartes en paquet Anki (.apkg), avec le texte officiel",
                "Your cards as an Anki package (.apkg), with the official text",
            ),
            options=(TOUTES,),
            surfaces=DISCORD_ONLY,
        ),
        Command(
            EFFACER,
            "erase",
            Text(
                "Effacer vos cartes et votre historique de révision (avec confirmation)",
                "Erase your cards and review history (with confirmation)",
            ),
            surfaces=DISCORD_ONLY,
        ),
        Command(
            "rappel",
            "reminder",
            Text(
                "Un message privé chaque jour quand des cartes vous attendent",
                "A private message each day when cards are waiting",
            ),
            options=(
                Option(
                    "heure",
                    "hour",
                    Text(
                        "Heure du rappel, de 0 à 23, dans votre fuseau",
                        "Hour of the reminder, 0 to 23, your time",
                    ),
                    kind=int,
                    min_value=0,
                    max_value=23,
                ),
                Option(
                    "fuseau",
                    "time-zone",
                    Text(
                        "Votre fuseau horaire, par exemple Europe/Paris (par défaut : Europe/Paris)",
                        "Your time zone, e.g. Europe/Paris (default: Europe/Paris)",
                    ),
                    max_length=64,
                ),
                Option(
                    "arreter",
                    "stop",
                    Text("Arrêter le rappel (par défaut : non)", "Stop the reminder (default: no)"),
                    kind=bool,
                    default=False,
                ),
            ),
            surfaces=DISCORD_ONLY,
        ),
    ),
)

COMMANDS = (REVISION,)
