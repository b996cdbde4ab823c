"""The ``resolution-bot`` command line (same program as ``python -m bot``).

Exit status: 0 answered, 2 bad input (French message on stderr, or ``{"error": …}`` with
``--json``), 1 internal error. Nothing heavy happens at import: ``main`` builds everything.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
import uuid
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar

from bot.console import Console
from bot.core.errors import UserError
from bot.core.service import DEFAULT_LIMIT, Service
from bot.core.study.generator import DEFAULT_QUESTIONS
from bot.core.text.corpus import CorpusFormatError
from bot.core.text.models import Kind
from bot.observability.logs import configure_logging
from bot.render import serialize
from bot.render.replies import Replies
from bot.render.reply import Reply
from bot.render.templates import Renderer
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from bot.discord_app.preflight import DatabaseUnavailableError

log = logging.getLogger("bot")

EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2
# 128 + SIGPIPE, what a shell reports for a program whose reader closed the pipe.
EXIT_PIPE = 141
T = TypeVar("T")


class _UsageError(Exception):
    """The command line itself is malformed (argparse's complaint, in French)."""


# argparse's complaints, in French: (pattern of its English message, French message template).
_ARGPARSE_MESSAGES = (
    (r"argument COMMANDE: invalid choice: '([^']*)'", "« {0} » n'est pas une commande"),
    (r"argument (\S+): invalid choice: '([^']*)'", "valeur « {1} » refusée pour {0}"),
    (r"argument (\S+): invalid int value: '([^']*)'", "{0} attend un nombre entier, pas « {1} »"),
    (r"argument (\S+): expected one argument", "{0} attend une valeur"),
    (r"unrecognized arguments: (.*)", "arguments non reconnus : {0}"),
    (r"the following arguments are required: (.*)", "arguments manquants : {0}"),
)


def _french(message: str) -> str:
    for pattern, template in _ARGPARSE_MESSAGES:
        if match := re.match(pattern, message):
            return template.format(*match.groups())
    return "arguments incorrects"


class _Formatter(argparse.HelpFormatter):
    """argparse's help with French headings."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix="utilisation : " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argparse parser in French that raises instead of exiting, so errors can be JSON too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.update(formatter_class=_Formatter, add_help=False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="affiche cette aide")

    def error(self, message: str) -> NoReturn:
        raise _UsageError(_french(message))


class App:
    """The service and the renderers, built once from the settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.service = Service.from_corpus(settings.corpus_dir)
        self.renderer = Renderer(settings.templates_dir, markup=False)
        self.replies = Replies(self.service, self.renderer)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand of DESIGN.md."""
    parser = _Parser(
        prog="resolution-bot",
        description="Étudier la résolution A/HRC/RES/56/2 : citations exactes, recherche, vote.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", title="commandes")

    def command(name: str, help_text: str, *, json_flag: bool = True) -> argparse.ArgumentParser:
        child: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            child.add_argument("--json", action="store_true", help="sortie JSON")
        return child

    command("run", "lance le bot Discord (DISCORD_TOKEN requis)", json_flag=False)
    command("sync", "enregistre les commandes slash auprès de Discord", json_flag=False).add_argument(
        "--guild",
        type=int,
        default=None,
        help="un seul serveur (immédiat) ; défaut : DISCORD_GUILD_ID, sinon global",
    )
    command("console", "console hors ligne : mêmes commandes que sur Discord", json_flag=False)
    command("paragraphe", "un ou plusieurs paragraphes, mot pour mot").add_argument(
        "reference", nargs="*", help="29, §29, PP3, note 4, 29-31"
    )
    command("note", "une note de bas de page").add_argument("numero", nargs="?", default="", help="1 à 5")
    search = command("cherche", "recherche classée dans le texte")
    search.add_argument("requete", nargs="*", help="mots à chercher")
    search.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="nombre de résultats (défaut 5)")
    search.add_argument("--partie", default="tout", help="tout, preambule ou dispositif")
    search.add_argument(
        "--stdin", action="store_true", help="une requête par ligne, une ligne JSON par requête"
    )
    vote = command("vote", "le vote d'un pays, d'un groupe régional, ou le vote complet")
    vote.add_argument("pays", nargs="*", help="nom du pays (facultatif)")
    vote.add_argument("--groupe", help="groupe régional : Afrique, Asie-Pacifique, GRULAC, EEG, WEOG…")
    vote.add_argument("--png", metavar="FICHIER", help="écrit aussi le graphique du vote (PNG) dans FICHIER")
    command("resolution", "la fiche de la résolution")
    command("references", "les documents cités").add_argument("document", nargs="*", help="70/1, Charte…")
    command("question", "une question en français, répondue à partir du texte seul").add_argument(
        "texte", nargs="*", help="« Que dit le §29 ? », « Qui a voté contre ? »"
    )
    command("export", "le modèle complet du document, en JSON", json_flag=False)
    quiz = command("quiz", "un quiz généré à partir du texte, avec les réponses (hors ligne)")
    quiz.add_argument("--seed", type=int, help="graine : la même graine redonne les mêmes questions")
    quiz.add_argument("--questions", type=int, default=DEFAULT_QUESTIONS, help="nombre de questions (1 à 20)")
    quiz.add_argument("--partie", default="tout", help="tout, preambule ou dispositif")
    quiz.add_argument("--theme", help="un thème (mots du texte), ou « vote »")
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    wants_json = "--json" in args_list
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return _fail(
            EXIT_USER,
            "configuration_invalide",
            f"configuration invalide : {exc}",
            wants_json,
            stdout,
        )
    token = settings.discord_token.get_secret_value() if settings.discord_token else ""
    configure_logging(settings.log_level, settings.log_format, secrets=[token], stream=sys.stderr)
    try:
        args = build_parser().parse_args(args_list)
    except _UsageError as exc:
        return _fail(
            EXIT_USER,
            "commande_invalide",
            f"Commande mal formée : {exc}. Voir resolution-bot --help.",
            wants_json,
            stdout,
        )
    try:
        app = App(settings)
    except CorpusFormatError as exc:
        return _fail(EXIT_INTERNAL, "corpus_invalide", f"corpus invalide : {exc}", wants_json, stdout)
    try:
        return _dispatch(app, args, stdin, stdout)
    except UserError as error:
        message = app.renderer.error(error).as_text()
        return _fail(EXIT_USER, error.code, message, getattr(args, "json", False), stdout)
    except BrokenPipeError:
        # The reader left (``| head``): not an error of ours. Point stdout at devnull so the
        # interpreter's final flush does not raise again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        return EXIT_PIPE
    except Exception:
        code = uuid.uuid4().hex[:8]
        log.exception("erreur interne %s", code)
        return _fail(EXIT_INTERNAL, "erreur_interne", f"erreur interne (code {code})", wants_json, stdout)


def _dispatch(app: App, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    if args.command is None:
        if app.settings.discord_token is not None:
            return _run_discord(app)
        reason = "DISCORD_TOKEN n'est pas défini : console hors ligne."
        return _console(app, stdin, stdout, reason)
    if args.command == "run":
        return _run_discord(app)
    if args.command == "sync":
        return _sync_discord(app, args.guild or app.settings.discord_guild_id, stdout)
    if args.command == "console":
        return _console(app, stdin, stdout, "")
    if args.command == "export":
        _print_json(serialize.export_json(app.service.resolution), stdout)
        return EXIT_OK
    if args.command == "cherche" and args.stdin:
        return _search_batch(app, args, stdin, stdout)
    handler, to_json = _HANDLERS[args.command]
    if args.json:
        _print_json(to_json(app, args), stdout)
    else:
        print(handler(app, args).as_text(), file=stdout)
    return EXIT_OK


def _search_batch(app: App, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """One query a line in, one JSON line out, in order; a bad line answers ``{"error": …}``."""
    for line in stdin:
        query = line.rstrip("\n")
        try:
            out = serialize.search_json(app.service.search(query, limit=args.limit, part=args.partie))
        except UserError as error:
            out = {
                "query": query,
                "results": [],
                "error": app.renderer.error(error).as_text(),
                "code": error.code,
            }
        print(json.dumps(out, ensure_ascii=False), file=stdout, flush=True)
    return EXIT_OK


def _console(app: App, stdin: TextIO, stdout: TextIO, reason: str) -> int:
    greeting = app.renderer.render("console_accueil", meta=app.service.resolution.metadata, reason=reason)
    return Console(app.replies).run(stdin, stdout, interactive=stdin.isatty(), greeting=greeting)


def _no_token() -> int:
    print(
        "DISCORD_TOKEN n'est pas défini : définissez-le dans l'environnement ou dans un fichier .env "
        "(voir README), ou lancez la console hors ligne : resolution-bot console.",
        file=sys.stderr,
    )
    return EXIT_USER


def _unreachable(error: Exception) -> int:
    cause = type(error.__cause__).__name__ if error.__cause__ else "erreur réseau"
    print(
        f"Discord injoignable ({error}, {cause}) : vérifiez le réseau ou DISCORD_API_BASE_URL.",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def _study_database(error: DatabaseUnavailableError) -> int:
    """Explain a study database that cannot be opened: exit 2 for a bad URL, 1 when unreachable."""
    cause = type(error.__cause__).__name__ if error.__cause__ else "erreur"
    if error.bad_url:
        print(
            f"DATABASE_URL non prise en charge ({error.where}) : utilisez postgresql://… ou sqlite:///…",
            file=sys.stderr,
        )
        return EXIT_USER
    print(
        f"Base de données d'étude impossible à ouvrir ({error.where}, {cause}) : vérifiez DATABASE_URL, "
        "que le serveur PostgreSQL répond, ou que DATA_DIR est accessible en écriture.",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def _discord_replies(app: App) -> Replies:
    """Discord gets the same templates as the console, with Discord markdown."""
    return Replies(app.service, Renderer(app.settings.templates_dir, markup=True))


def _talk_to_discord(
    app: App, work: Callable[[ModuleType, Replies], Coroutine[Any, Any, T]]
) -> tuple[int, T | None]:
    """Run ``work`` against Discord; a start-up failure becomes its French message and exit status.

    Returns ``(0, what work returned)``, or ``(status, None)`` when it could not run.
    """
    if app.settings.discord_token is None:
        return _no_token(), None
    # Imported here: the offline commands never load discord.py (tests/test_architecture.py).
    import asyncio

    from bot.discord_app import client

    try:
        return EXIT_OK, asyncio.run(work(client, _discord_replies(app)))
    except client.TokenRefusedError:
        print("DISCORD_TOKEN refusé par Discord : vérifiez le jeton du bot (voir README).", file=sys.stderr)
        return EXIT_USER, None
    except client.DiscordUnreachableError as error:
        return _unreachable(error), None
    except client.StudyDatabaseError as error:
        return _study_database(error), None


def _run_discord(app: App) -> int:
    if app.settings.discord_token is None:  # the missing token first, as for sync
        return _no_token()
    if app.settings.shard_ids and not app.settings.shard_count:
        print("SHARD_IDS demande aussi SHARD_COUNT (le nombre total de shards).", file=sys.stderr)
        return EXIT_USER
    status, _ = _talk_to_discord(app, lambda client, replies: client.run(app.settings, replies))
    return status


def _sync_discord(app: App, guild_id: int | None, stdout: TextIO) -> int:
    status, names = _talk_to_discord(
        app, lambda client, replies: client.sync(app.settings, replies, guild_id)
    )
    if names is None:
        return status
    where = f"le serveur {guild_id}" if guild_id else "toutes les installations (global, jusqu'à une heure)"
    print(f"{len(names)} commandes enregistrées pour {where} : {', '.join(sorted(names))}", file=stdout)
    return EXIT_OK


def _text(words: list[str]) -> str:
    return " ".join(words)


def _fail(status: int, code: str, message: str, as_json: bool, stdout: TextIO) -> int:
    if as_json:
        _print_json({"error": message, "code": code}, stdout)
    else:
        print(message, file=sys.stderr)
    return status


def _print_json(data: dict[str, Any], stdout: TextIO) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout)


def _paragraphs_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    found = app.service.paragraphs(_text(args.reference))
    return {"paragraphs": [serialize.paragraph_json(p, app.service.resolution) for p in found]}


def _note_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "paragraphs": [serialize.paragraph_json(app.service.footnote(args.numero), app.service.resolution)]
    }


def _vote_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    record = app.service.resolution.vote
    votes = app.service.votes
    if args.pays:
        out = serialize.vote_json(app.service.vote(_text(args.pays)), record)
    elif args.groupe:
        out = serialize.group_json(app.service.group_vote(args.groupe), record, votes.flags)
    else:
        out = serialize.record_json(record, votes.flags, votes.tallies())
    if args.png:
        out["png"] = _write_chart(app, args.png)
    return out


def _vote_text(app: App, args: argparse.Namespace) -> Reply:
    reply = app.replies.vote(_text(args.pays) or None, args.groupe, chart=False)
    if args.png:
        print(f"Graphique du vote écrit dans {_write_chart(app, args.png)}", file=sys.stderr)
    return reply


def _write_chart(app: App, path: str) -> str:
    """Write the vote chart (PNG) to ``path``; an unwritable path is bad input, not a crash."""
    target = Path(path)
    try:
        target.write_bytes(app.replies.vote_chart())
    except OSError as exc:
        raise UserError("png_impossible", chemin=path, raison=exc.strerror or type(exc).__name__) from exc
    return str(target)


def _resolution_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    full = serialize.export_json(app.service.resolution)
    return {k: v for k, v in full.items() if k not in {"paragraphs", "footnotes", "citations"}} | {
        "vote": {"totals": full["vote"]["totals"]},
        "counts": {kind.value: len(app.service.resolution.part(kind)) for kind in Kind},
    }


def _references_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    found = app.service.references(_text(args.document) or None)
    return {"citations": [serialize.citation_json(c) for c in found]}


def _question_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    answer = app.replies.questions.answer(_text(args.texte))
    reply = app.replies.render_answer(answer)
    return {
        "question": answer.question,
        "answer": reply.description,
        "citations": answer.citations,
        "answered": answer.answered,
        "intent": answer.intent.value,
        "reason": answer.reason,
        "closest": [hit.id for hit in answer.closest],
    }


def _quiz_reply(app: App, args: argparse.Namespace) -> Reply:
    return app.replies.quiz_offline(args.seed, args.questions, args.partie, args.theme)[0]


def _quiz_json(app: App, args: argparse.Namespace) -> dict[str, Any]:
    _, seed, questions = app.replies.quiz_offline(args.seed, args.questions, args.partie, args.theme)
    return {"seed": seed, "questions": [q.as_json() for q in questions]}


Handler = Callable[[App, argparse.Namespace], Reply]
JsonHandler = Callable[[App, argparse.Namespace], dict[str, Any]]
_HANDLERS: dict[str, tuple[Handler, JsonHandler]] = {
    "paragraphe": (lambda app, a: app.replies.paragraphe(_text(a.reference)), _paragraphs_json),
    "note": (lambda app, a: app.replies.note(a.numero), _note_json),
    "cherche": (
        lambda app, a: app.replies.cherche(_text(a.requete), part=a.partie, limit=a.limit),
        lambda app, a: serialize.search_json(
            app.service.search(_text(a.requete), limit=a.limit, part=a.partie)
        ),
    ),
    "vote": (_vote_text, _vote_json),
    "resolution": (lambda app, _: app.replies.resolution(), _resolution_json),
    "references": (lambda app, a: app.replies.references(_text(a.document) or None), _references_json),
    "question": (lambda app, a: app.replies.question(_text(a.texte)), _question_json),
    "quiz": (_quiz_reply, _quiz_json),
}
