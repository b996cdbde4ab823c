"""Every command of the bot, declared once: the CLI, the console and Discord read this table.

To add a read-only command: a core function, a template, one ``Command`` here, and its tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.commands.spec import (
    CLI_ONLY,
    DISCORD_ONLY,
    EVERYWHERE,
    OFFLINE,
    Args,
    Choice,
    Command,
    Option,
    Surface,
    Text,
)
from bot.core.errors import UserError
from bot.core.limits import DEFAULT_LIMIT, DEFAULT_QUESTIONS, MAX_QUERY_LENGTH, MAX_THEME_LENGTH

if TYPE_CHECKING:
    from bot.render.replies import Replies
    from bot.render.reply import Reply

# Shared options: the same words wherever they appear.
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
JSON = Option("json", "json", Text("sortie JSON", "JSON output"), kind=bool, default=False, surfaces=CLI_ONLY)


def _partie(description: Text, *, surfaces: frozenset[Surface] = EVERYWHERE) -> Option:
    return Option(
        "partie", "part", description, default="tout", choices=PARTIES, metavar="PARTIE", surfaces=surfaces
    )


PARTIE_SEARCH = _partie(
    Text("Partie du texte où chercher (par défaut : tout)", "Part of the text to search (default: all)")
)


# The calls: one line each where the render layer already words the answer.


def _paragraphs_json(replies: Replies, args: Args) -> dict[str, Any]:
    from bot.render import serialize

    found = replies.service.paragraphs(args.text("numero"))
    return {"paragraphs": [serialize.paragraph_json(p, replies.service.resolution) for p in found]}


def _note_json(replies: Replies, args: Args) -> dict[str, Any]:
    from bot.render import serialize

    note = replies.service.footnote(args.text("numero"))
    return {"paragraphs": [serialize.paragraph_json(note, replies.service.resolution)]}


def _search_json(replies: Replies, args: Args) -> dict[str, Any]:
    from bot.render import serialize

    limit = DEFAULT_LIMIT if args["limit"] is None else args["limit"]
    return serialize.search_json(
        replies.service.search(args.text("requete"), limit=limit, part=args["partie"])
    )


def _search_reply(replies: Replies, args: Args) -> Reply:
    limit = DEFAULT_LIMIT if args["limit"] is None else args["limit"]
    return replies.cherche(args.text("requete"), part=args["partie"] or "tout", limit=limit)


def _vote_reply(replies: Replies, args: Args) -> Reply:
    # A terminal shows no image: only Discord gets the chart drawn (0.2 s the first time).
    reply = replies.vote(args.text("pays") or None, args["groupe"], chart=args.surface is Surface.DISCORD)
    if args["png"]:
        args.notices.append(f"Graphique du vote écrit dans {_write_chart(replies, args['png'])}")
    return reply


def _vote_json(replies: Replies, args: Args) -> dict[str, Any]:
    from bot.render import serialize

    service = replies.service
    record, votes = service.resolution.vote, service.votes
    if country := args.text("pays"):
        out = serialize.vote_json(service.vote(country), record)
    elif args["groupe"]:
        out = serialize.group_json(service.group_vote(args["groupe"]), record, votes.flags)
    else:
        out = serialize.record_json(record, votes.flags, votes.tallies())
    if args["png"]:
        out["png"] = _write_chart(replies, args["png"])
    return out


def _write_chart(replies: Replies, path: str) -> str:
    """Write the vote chart (PNG) to ``path``; an unwritable path is bad input, not a crash."""
    target = Path(path)
    try:
        target.write_bytes(replies.vote_chart())
    except OSError as exc:
        raise UserError("png_impossible", chemin=path, raison=exc.strerror or type(exc).__name__) from exc
    return str(target)


def _resolution_json(replies: Replies, args: Args) -> dict[str, Any]:
    from bot.core.text.models import Kind
    from bot.render import serialize

    resolution = replies.service.resolution
    full = serialize.export_json(resolution)
    return {k: v for k, v in full.items() if k not in {"paragraphs", "footnotes", "citations"}} | {
        "vote": {"totals": full["vote"]["totals"]},
        "counts": {kind.value: len(resolution.part(kind)) for kind in Kind},
    }


def _references_json(replies: Replies, args: Args) -> dict[str, Any]:
    from bot.render import serialize

    found = replies.service.references(args.text("document") or None)
    return {"citations": [serialize.citation_json(c) for c in found]}


def _question_json(replies: Replies, args: Args) -> dict[str, Any]:
    answer = replies.questions.answer(args.text("texte"))
    reply = replies.render_answer(answer)
    return {
        "question": answer.question,
        "answer": reply.description,
        "citations": answer.citations,
        "answered": answer.answered,
        "intent": answer.intent.value,
        "reason": answer.reason,
        "closest": [hit.id for hit in answer.closest],
    }


def _quiz_round(replies: Replies, args: Args) -> tuple[Reply, int, list[Any]]:
    # Offline, nobody else answers: the round is printed with its answers, for revision.
    count = DEFAULT_QUESTIONS if args["questions"] is None else args["questions"]
    theme = args.text("theme") or None
    return replies.quiz_offline(args["seed"], count, args["partie"] or "tout", theme)


def _quiz_json(replies: Replies, args: Args) -> dict[str, Any]:
    _, seed, questions = _quiz_round(replies, args)
    return {"seed": seed, "questions": [q.as_json() for q in questions]}


def _complete_paragraph(replies: Replies, current: str) -> list[tuple[str, str]]:
    return replies.service.complete_paragraph(current)


def _complete_country(replies: Replies, current: str) -> list[tuple[str, str]]:
    return [(name, name) for name in replies.service.complete_country(current)]


def _complete_group(replies: Replies, current: str) -> list[tuple[str, str]]:
    typed = current.casefold()
    groups = replies.service.resolution.groups
    return [(g.name, g.code) for g in groups if typed in g.name.casefold() or typed in g.code.casefold()]


NUMERO = Option(
    "numero",
    "number",
    Text("Numéro ou référence : 29, PP3, note 4, 29-31", "Number or reference: 29, PP3, note 4, 29-31"),
    required=True,
    free_text=True,
    metavar="REFERENCE",
    complete=_complete_paragraph,
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
        to_json=_paragraphs_json,
        presenter="paragraph",
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
                free_text=True,
                metavar="NUMERO",
            ),
            PRIVE,
            JSON,
        ),
        reply=lambda r, a: r.note(a.text("numero")),
        to_json=_note_json,
        presenter="paragraph",
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
                free_text=True,
                metavar="REQUETE",
                max_length=MAX_QUERY_LENGTH,
            ),
            PARTIE_SEARCH,
            PRIVE,
            Option(
                "limit",
                "limit",
                Text("nombre de résultats (défaut 5)", "number of results (default 5)"),
                kind=int,
                default=DEFAULT_LIMIT,
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
        reply=_search_reply,
        to_json=_search_json,
        presenter="search",
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
                free_text=True,
                metavar="PAYS",
                complete=_complete_country,
            ),
            Option(
                "groupe",
                "group",
                Text(
                    "Groupe régional : Afrique, Asie-Pacifique, GRULAC, EEG, WEOG (facultatif)",
                    "Regional group: Africa, Asia-Pacific, GRULAC, EEG, WEOG (optional)",
                ),
                metavar="GROUPE",
                complete=_complete_group,
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
        reply=_vote_reply,
        to_json=_vote_json,
        presenter="deferred",
    ),
    Command(
        "resolution",
        "resolution",
        Text("La fiche de la résolution A/HRC/RES/56/2", "The summary card of resolution A/HRC/RES/56/2"),
        options=(PRIVE, JSON),
        reply=lambda r, a: r.resolution(),
        to_json=_resolution_json,
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
                free_text=True,
                metavar="DOCUMENT",
            ),
            PRIVE,
            JSON,
        ),
        reply=lambda r, a: r.references(a.text("document") or None),
        to_json=_references_json,
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
                free_text=True,
                metavar="TEXTE",
                max_length=MAX_QUERY_LENGTH,
            ),
            PRIVE,
            JSON,
        ),
        reply=lambda r, a: r.question(a.text("texte")),
        to_json=_question_json,
        presenter="question",
    ),
    Command(
        "aide",
        "help",
        Text("Comment utiliser le bot", "How to use the bot"),
        options=(PRIVE,),
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
    free_text=True,
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
        reply=lambda r, a: _quiz_round(r, a)[0],
        to_json=_quiz_json,
        presenter="study",
    ),
)

# Discord's study commands: their callbacks live in the study cog (buttons, timers, storage).
SERVER_ONLY = (
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
        presenter="study",
    ),
    Command(
        "progres",
        "progress",
        Text("Vos progrès sur ce serveur, ou leur effacement", "Your progress on this server, or erasing it"),
        surfaces=DISCORD_ONLY,
        presenter="study",
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
        presenter="study",
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
                    _partie(
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
        presenter="study",
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
                        Text("Heure de publication, de 0 à 23 (UTC)", "Hour of posting, 0 to 23 (UTC)"),
                        kind=int,
                        required=True,
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

COMMANDS: tuple[Command, ...] = (*PROCESS[:3], *QUOTES, PROCESS[3], *STUDY, *SERVER_ONLY)
BY_NAME = {command.name: command for command in COMMANDS}


def english_names() -> dict[str, str]:
    """Every French string users see in Discord's command list, mapped to its English."""
    texts = [t for command in on(Surface.DISCORD) for t in command.texts(Surface.DISCORD)] + list(MENUS)
    return {t.fr: t.en for t in texts}


def on(surface: Surface) -> list[Command]:
    """The commands that exist on ``surface``, in declaration order."""
    return [c for c in COMMANDS if surface in c.surfaces]


__all__ = ["BY_NAME", "COMMANDS", "EVERYWHERE", "OFFLINE", "on"]
