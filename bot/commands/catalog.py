"""Every command of the bot, declared once: the CLI, the console and Discord read this table.

To add a read-only command: a core function, a template, one ``Command`` here, and its tests.
"""

from __future__ import annotations

from bot.commands import calls, revision, server
from bot.commands.options import JSON, PARTIE_SEARCH, PRIVE, PRIVE_AIDE
from bot.commands.spec import CLI_ONLY, Command, Option, Presenter, Surface, Text
from bot.core.limits import (
    DEFAULT_QUESTIONS,
    MAX_QUERY_LENGTH,
    MAX_QUESTION_INPUT,
    MAX_QUESTIONS,
    MAX_THEME_LENGTH,
    MIN_QUESTIONS,
)

NUMERO = Option(
    "numero",
    "number",
    Text("Numéro ou référence : 29, PP3, note 4, 29-31", "Number or reference: 29, PP3, note 4, 29-31"),
    required=True,
    rest_of_line=True,
    metavar="REFERENCE",
    complete=calls.complete_paragraph,
)

QUOTES = (
    Command(
        "paragraphe",
        "paragraph",
        Text(
            "Citer un paragraphe mot pour mot : 29, §29, PP3, note 4, 29-31",
            "Quote a paragraph word for word: 29, §29, PP3, note 4, 29-31",
        ),
        options=(NUMERO, PRIVE, JSON),
        reply=lambda r, a: r.paragraphe(a.text("numero")),
        to_json=calls.paragraphs_json,
        presenter=Presenter.PARAGRAPH,
        help="un ou plusieurs paragraphes, mot pour mot",
    ),
    Command(
        "note",
        "footnote",
        Text(
            "Citer une note de bas de page et le paragraphe qui l'appelle",
            "Quote a footnote and the paragraph that calls it",
        ),
        options=(
            Option(
                "numero",
                "number",
                Text("Numéro de la note (1 à 5)", "Footnote number (1 to 5)"),
                required=True,
                rest_of_line=True,
                many_words=False,
                metavar="NUMERO",
            ),
            PRIVE,
            JSON,
        ),
        reply=lambda r, a: r.note(a.text("numero")),
        to_json=calls.note_json,
        presenter=Presenter.FOOTNOTE,
        help="une note de bas de page",
    ),
    Command(
        "cherche",
        "search",
        Text("Chercher des passages dans le texte de la résolution", "Search the text of the resolution"),
        options=(
            Option(
                "requete",
                "query",
                Text(
                    "Mots à chercher, par exemple : coopération Sud-Sud",
                    "Words to look for, e.g. South-South cooperation",
                ),
                required=True,
                rest_of_line=True,
                metavar="REQUETE",
                max_length=MAX_QUERY_LENGTH,
            ),
            PARTIE_SEARCH,
            PRIVE,
            Option(
                "limit",
                "limit",
                Text("nombre de résultats (par défaut : tous)", "number of results (default: all)"),
                kind=int,
                surfaces=CLI_ONLY,
            ),
            Option(
                "stdin",
                "stdin",
                Text(
                    "une requête par ligne, une ligne JSON par requête",
                    "one query a line, one JSON line each",
                ),
                kind=bool,
                default=False,
                surfaces=CLI_ONLY,
            ),
            JSON,
        ),
        reply=calls.search_reply,
        to_json=calls.search_json,
        presenter=Presenter.SEARCH,
        page=calls.search_page,
        help="recherche classée dans le texte",
    ),
    Command(
        "vote",
        "vote",
        Text(
            "Le vote d'un pays, d'un groupe régional, ou le vote complet",
            "How a country or a regional group voted, or the whole vote",
        ),
        options=(
            Option(
                "pays",
                "country",
                Text("Nom du pays membre du Conseil (facultatif)", "Name of the Council member (optional)"),
                rest_of_line=True,
                metavar="PAYS",
                complete=calls.complete_country,
            ),
            Option(
                "groupe",
                "group",
                Text(
                    "Groupe régional : Afrique, Asie-Pacifique, GRULAC, EEG, WEOG (facultatif)",
                    "Regional group: Africa, Asia-Pacific, GRULAC, EEG, WEOG (optional)",
                ),
                metavar="GROUPE",
                complete=calls.complete_group,
            ),
            PRIVE,
            Option(
                "png",
                "png",
                Text(
                    "écrit aussi le graphique du vote (PNG) dans FICHIER",
                    "also writes the vote chart (PNG) to FILE",
                ),
                metavar="FICHIER",
                surfaces=CLI_ONLY,
            ),
            JSON,
        ),
        reply=calls.vote_reply,
        to_json=calls.vote_json,
        presenter=Presenter.DEFERRED,
        help="le vote d'un pays, d'un groupe régional, ou le vote complet",
    ),
    Command(
        "resolution",
        "resolution",
        Text("La fiche de la résolution A/HRC/RES/56/2", "The summary card of resolution A/HRC/RES/56/2"),
        options=(PRIVE, JSON),
        reply=lambda r, a: r.resolution(),
        to_json=calls.resolution_json,
        help="la fiche de la résolution",
    ),
    Command(
        "references",
        "references",
        Text("Les documents cités par la résolution", "The documents the resolution cites"),
        options=(
            Option(
                "document",
                "document",
                Text(
                    "Document cité, par exemple 70/1 ou Charte (facultatif)",
                    "Cited document, e.g. 70/1 or Charter (optional)",
                ),
                rest_of_line=True,
                metavar="DOCUMENT",
            ),
            PRIVE,
            JSON,
        ),
        reply=lambda r, a: r.references(a.text("document") or None),
        to_json=calls.references_json,
        help="les documents cités",
    ),
    Command(
        "question",
        "question",
        Text(
            "Poser une question sur la résolution : réponse tirée du texte, passages cités",
            "Ask about the resolution: answered from the text, passages quoted",
        ),
        options=(
            Option(
                "texte",
                "text",
                Text(
                    "Votre question, par exemple : Que demande le Conseil au Haut-Commissaire ?",
                    "Your question (in French), e.g. Que demande le Conseil au Haut-Commissaire ?",
                ),
                required=True,
                rest_of_line=True,
                metavar="TEXTE",
                max_length=MAX_QUESTION_INPUT,
            ),
            PRIVE,
            JSON,
        ),
        reply=calls.question_reply,
        to_json=calls.question_json,
        presenter=Presenter.QUESTION,
        help="une question en français, répondue à partir du texte seul",
    ),
    Command(
        "aide",
        "help",
        Text("Comment utiliser le bot", "How to use the bot"),
        options=(PRIVE_AIDE,),
        reply=lambda r, a: r.aide(),
        surfaces=frozenset({Surface.CONSOLE, Surface.DISCORD}),
    ),
)

THEME = Option(
    "theme",
    "theme",
    Text(
        "Thème (mots du texte), ou « vote » pour les votes (facultatif)",
        "Theme (words of the text), or « vote » for the votes (optional)",
    ),
    rest_of_line=True,
    positional=False,
    metavar="THEME",
    max_length=MAX_THEME_LENGTH,
)

STUDY = (
    Command(
        "quiz",
        "quiz",
        Text("Un quiz sur le texte : tout le salon répond", "A quiz on the text: the whole channel answers"),
        options=(
            THEME,
            Option(
                "questions",
                "questions",
                Text(
                    "Nombre de questions, de 1 à 20 (par défaut : 5)",
                    "Number of questions, 1 to 20 (default: 5)",
                ),
                kind=int,
                default=DEFAULT_QUESTIONS,
                min_value=MIN_QUESTIONS,
                max_value=MAX_QUESTIONS,
                surfaces=frozenset({Surface.CLI, Surface.DISCORD}),
            ),
            PARTIE_SEARCH,
            Option(
                "seed",
                "seed",
                Text(
                    "graine : la même graine redonne les mêmes questions",
                    "seed: the same seed gives the same questions",
                ),
                kind=int,
                surfaces=CLI_ONLY,
            ),
            JSON,
        ),
        reply=lambda r, a: calls.quiz_round(r, a)[0],
        to_json=calls.quiz_json,
        presenter=Presenter.STUDY,
        help="un quiz généré à partir du texte, avec les réponses (hors ligne)",
    ),
)

# Message context menus: a name, no options (the message is the input).
MENUS = (Text("Chercher dans la résolution", "Search in the resolution"),)

# The process commands of the command line: the front end itself runs them.
PROCESS = (
    Command(
        "run",
        "run",
        Text("lance le bot Discord (DISCORD_TOKEN requis)", "runs the Discord bot"),
        surfaces=CLI_ONLY,
    ),
    Command(
        "sync",
        "sync",
        Text("enregistre les commandes slash auprès de Discord", "registers the slash commands"),
        options=(
            Option(
                "guild",
                "guild",
                Text(
                    "un seul serveur (immédiat) ; défaut : DISCORD_GUILD_ID, sinon global",
                    "one server (immediate); default: DISCORD_GUILD_ID, else global",
                ),
                kind=int,
                surfaces=CLI_ONLY,
            ),
        ),
        surfaces=CLI_ONLY,
    ),
    Command(
        "console",
        "console",
        Text("console hors ligne : mêmes commandes que sur Discord", "offline console"),
        surfaces=CLI_ONLY,
    ),
    Command(
        "export",
        "export",
        Text("le modèle complet du document, en JSON", "the whole document model, as JSON"),
        surfaces=CLI_ONLY,
    ),
)

# The order of the command line's help and of the console's list of commands.
ORDER = (
    "run",
    "sync",
    "console",
    "paragraphe",
    "note",
    "cherche",
    "vote",
    "resolution",
    "references",
    "question",
    "export",
    "quiz",
    "aide",
)
_DECLARED = {command.name: command for command in (*PROCESS, *QUOTES, *STUDY)}
COMMANDS: tuple[Command, ...] = (*(_DECLARED[name] for name in ORDER), *server.COMMANDS, *revision.COMMANDS)
BY_NAME = {command.name: command for command in COMMANDS}


def english_names() -> dict[str, str]:
    """Every French string users see in Discord's command list, mapped to its English."""
    texts = [t for command in on(Surface.DISCORD) for t in command.texts(Surface.DISCORD)] + list(MENUS)
    return {t.fr: t.en for t in texts}


def display_names(lang: str) -> dict[str, str]:
    """How a client in ``lang`` names each command (« progres effacer ») and option (« vote.groupe »).

    French gives the declared names, English their ``english``: the help and the errors name
    commands as the user's client shows them.
    """
    english = lang == "en"
    names: dict[str, str] = {}

    def add(command: Command, key: str, shown: str) -> None:
        names[key] = shown
        for option in command.options:
            names[f"{key}.{option.name}"] = option.english if english else option.name
        for sub in command.subcommands:
            add(sub, f"{key} {sub.name}", f"{shown} {sub.english if english else sub.name}")

    for command in COMMANDS:
        add(command, command.name, command.english if english else command.name)
    return names


def on(surface: Surface) -> list[Command]:
    """The commands that exist on ``surface``, in declaration order."""
    return [c for c in COMMANDS if surface in c.surfaces]
