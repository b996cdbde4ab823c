"""Discord's study commands, declared for their names and options; the study cog answers them."""

from __future__ import annotations

from bot.commands.options import PRIVE, partie
from bot.commands.spec import DISCORD_ONLY, Choice, Command, Option, Presenter, Text
from bot.core.limits import MAX_THEME_LENGTH
from bot.core.study.zones import MAX_ZONE_LENGTH

COMMANDS = (
    Command(
        "classement",
        "leaderboard",
        Text("Le classement du quiz sur ce serveur", "The quiz leaderboard of this server"),
        options=(
            Option(
                "periode",
                "period",
                Text("Cette semaine ou depuis le début (par défaut)", "This week or all time (default)"),
                default="tout",
                choices=(
                    Choice(Text("cette semaine", "this week"), "semaine"),
                    Choice(Text("depuis le début", "all time"), "tout"),
                ),
            ),
            PRIVE,
        ),
        surfaces=DISCORD_ONLY,
        presenter=Presenter.STUDY,
    ),
    Command(
        "progres",
        "progress",
        Text("Vos progrès sur ce serveur, ou leur effacement", "Your progress on this server, or erasing it"),
        surfaces=DISCORD_ONLY,
        presenter=Presenter.STUDY,
        subcommands=(
            Command(
                "voir",
                "show",
                Text(
                    "Vos réponses, votre justesse et les paragraphes vus",
                    "Your answers, your accuracy and the paragraphs you saw",
                ),
            ),
            Command(
                "effacer",
                "erase",
                Text(
                    "Effacer vos réponses et lectures sur ce serveur",
                    "Erase your answers and readings on this server",
                ),
            ),
        ),
    ),
    Command(
        "etude",
        "study",
        Text(
            "Lecture guidée du texte en groupe, paragraphe par paragraphe",
            "Guided group reading of the text, paragraph by paragraph",
        ),
        surfaces=DISCORD_ONLY,
        presenter=Presenter.STUDY,
        subcommands=(
            Command(
                "commencer",
                "start",
                Text("Commencer une lecture guidée dans ce salon", "Start a guided reading in this channel"),
                options=(
                    Option(
                        "theme",
                        "theme",
                        Text(
                            "Ne lire que les paragraphes sur ce thème (facultatif)",
                            "Read only the paragraphs on this theme (optional)",
                        ),
                        max_length=MAX_THEME_LENGTH,
                    ),
                    partie(
                        Text(
                            "Partie du texte à lire (par défaut : tout)",
                            "Part of the text to read (default: all)",
                        )
                    ),
                ),
            ),
            Command(
                "reprendre",
                "resume",
                Text(
                    "Reprendre la lecture du salon là où elle s'est arrêtée",
                    "Resume the channel's reading where it stopped",
                ),
            ),
        ),
    ),
    Command(
        "paragraphe-du-jour",
        "paragraph-of-the-day",
        Text(
            "Publier un paragraphe par jour dans un salon, avec une question",
            "Post one paragraph a day in a channel, with a question",
        ),
        surfaces=DISCORD_ONLY,
        presenter=Presenter.STUDY,
        subcommands=(
            Command(
                "programmer",
                "schedule",
                Text(
                    "Publier un paragraphe chaque jour à une heure",
                    "Post a paragraph every day at a given hour",
                ),
                options=(
                    Option("canal", "channel", Text("Salon où publier", "Channel to post in"), required=True),
                    Option(
                        "heure",
                        "hour",
                        Text(
                            "Heure de publication, de 0 à 23, à l'heure du fuseau horaire",
                            "Hour of posting, 0 to 23, local to the time zone",
                        ),
                        kind=int,
                        required=True,
                        min_value=0,
                        max_value=23,
                    ),
                    Option(
                        "ordre",
                        "order",
                        Text(
                            "Dans l'ordre du texte (par défaut) ou au hasard",
                            "In the order of the text (default) or at random",
                        ),
                        default="ordre",
                        choices=(
                            Choice(Text("dans l'ordre", "in order"), "ordre"),
                            Choice(Text("au hasard", "at random"), "hasard"),
                        ),
                    ),
                    Option(
                        "fuseau",
                        "timezone",
                        Text(
                            "Fuseau horaire IANA de l'heure (par défaut : le précédent, sinon Europe/Paris)",
                            "IANA time zone of the hour (default: the previous one, else Europe/Paris)",
                        ),
                        max_length=MAX_ZONE_LENGTH,
                    ),
                    PRIVE,
                ),
            ),
            Command(
                "arreter",
                "stop",
                Text("Ne plus publier de paragraphe du jour", "Stop posting the paragraph of the day"),
                options=(PRIVE,),
            ),
        ),
    ),
)
