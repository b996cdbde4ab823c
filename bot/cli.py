"""The ``resolution-bot`` command line (same program as ``python -m bot``).

Exit status: 0 answered, 2 bad input (French message on stderr, or ``{"error": …}`` with
``--json``), 1 internal error. Nothing heavy happens at import: ``main`` builds everything.
``--lang en`` answers in English; French is the default whatever the terminal's locale.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Coroutine, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar

from bot.app import App
from bot.commands import catalog
from bot.commands.spec import Args, Option, Surface
from bot.core.errors import UserError
from bot.core.text.corpus import CorpusFormatError
from bot.observability.logs import configure_logging
from bot.render.i18n import FRENCH, LANGUAGES, language, words
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from pathlib import Path

    from bot.discord_app.preflight import DatabaseUnavailableError
    from bot.render.replies import Replies
    from bot.revision_offline import OfflineRevision

log = logging.getLogger("bot")

EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2
# 128 + SIGPIPE, what a shell reports for a program whose reader closed the pipe.
EXIT_PIPE = 141


# gettext's name for « translate later »: pybabel extracts the strings marked with it.
def N_(message: str) -> str:
    """Mark ``message`` for the catalog; it is translated where it is said."""
    return message


# Why standard output could not be written (``> /dev/full``, a full disk or quota).
_OUTPUT_FAILURES = {
    errno.ENOSPC: N_("disque plein"),
    errno.EDQUOT: N_("quota de disque dépassé"),
    errno.EFBIG: N_("fichier trop grand"),
    errno.EIO: N_("erreur d'entrée-sortie"),
}
T = TypeVar("T")


class _Voice:
    """The command line's own sentences, in the run's language (``--lang``; set by ``main``).

    One command per process: ``main`` sets the language before anything is said.
    """

    lang = FRENCH

    def __call__(self, message: str) -> str:
        return words(self.lang)(message)


_ = _Voice()


class _UsageError(Exception):
    """The command line itself is malformed (argparse's complaint, in the run's language)."""


# argparse's complaints, in French: (pattern of its English message, French message template).
_ARGPARSE_MESSAGES = (
    (r"argument COMMANDE: invalid choice: '([^']*)'", N_("« {0} » n'est pas une commande")),
    (r"argument (\S+): invalid choice: '([^']*)'", N_("valeur « {1} » refusée pour {0}")),
    (r"argument (\S+): invalid int value: '([^']*)'", N_("{0} attend un nombre entier, pas « {1} »")),
    (r"argument (\S+): expected one argument", N_("{0} attend une valeur")),
    (r"unrecognized arguments: (.*)", N_("arguments non reconnus : {0}")),
    (r"the following arguments are required: (.*)", N_("arguments manquants : {0}")),
)


def _explain(message: str) -> str:
    """Return argparse's complaint in the run's language: French from the table above, or as is."""
    if _.lang == FRENCH:
        for pattern, template in _ARGPARSE_MESSAGES:
            if match := re.match(pattern, message):
                return _(template).format(*match.groups())
        return _("arguments incorrects")
    return message


class _Formatter(argparse.HelpFormatter):
    """argparse's help with headings in the run's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix=_("utilisation : ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argparse parser in the run's language that raises instead of exiting (errors can be JSON)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.update(formatter_class=_Formatter, add_help=False)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("arguments")
        self._optionals.title = _("options")
        self.add_argument("-h", "--help", action="help", help=_("affiche cette aide"))

    def error(self, message: str) -> NoReturn:
        raise _UsageError(_explain(message))


def build_parser(lang: str = FRENCH) -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand, generated from ``bot.commands.catalog``."""
    english = language(lang) != FRENCH
    parser = _Parser(
        prog="resolution-bot",
        description=_("Étudier la résolution A/HRC/RES/56/2 : citations exactes, recherche, vote."),
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=FRENCH, help=_("langue des réponses (fr, en)"))
    sub = parser.add_subparsers(dest="command", metavar=_("COMMANDE"), title=_("commandes"))
    for command in catalog.on(Surface.CLI):
        help_text = command.description.en if english else command.help or command.description.fr
        child = sub.add_parser(command.name, help=help_text, description=help_text)
        for option in command.options_for(Surface.CLI):
            _add_option(child, option, english)
        # Also after the command (``resolution-bot vote France --lang en``); SUPPRESS keeps the
        # value given before it.
        child.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _language(args: Sequence[str]) -> str:
    """The ``--lang`` of a command line (``--lang en`` or ``--lang=en``), else French.

    Read before parsing, so that even the parser's help and complaints speak it; never from the
    environment (LANG, LC_ALL): French stays the default in an English terminal.
    """
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return language(args[index + 1])
        if arg.startswith("--lang="):
            return language(arg.partition("=")[2])
    return FRENCH


def _add_option(parser: argparse.ArgumentParser, option: Option, english: bool = False) -> None:
    """Add one declared option: the rest of the line as positional words, the others as ``--flags``."""
    help_text = option.description.en if english else option.description.fr
    if option.rest_of_line and option.positional:
        nargs = "*" if option.many_words else "?"
        parser.add_argument(option.name, nargs=nargs, default="", help=help_text)
    elif option.kind is bool:
        parser.add_argument(option.cli_flag, dest=option.name, action="store_true", help=help_text)
    else:
        parser.add_argument(
            option.cli_flag,
            dest=option.name,
            type=option.kind,
            default=option.default,
            metavar=option.metavar,
            help=help_text,
        )


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    args_list = [_valid_text(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    _.lang = lang = _language(args_list)
    if stdin is None:
        stdin = _utf8(sys.stdin)
    if stdout is None:
        stdout = _utf8(sys.stdout)
    wants_json = "--json" in args_list
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return _fail(
            EXIT_USER,
            "configuration_invalide",
            _("configuration invalide : {error}").format(error=exc),
            wants_json,
            stdout,
        )
    token = settings.discord_token.get_secret_value() if settings.discord_token else ""
    configure_logging(settings.log_level, settings.log_format, secrets=[token], stream=sys.stderr)
    try:
        args = build_parser(lang).parse_args(args_list)
    except _UsageError as exc:
        return _fail(
            EXIT_USER,
            "commande_invalide",
            _("Commande mal formée : {error}. Voir resolution-bot --help.").format(error=exc),
            wants_json,
            stdout,
        )
    try:
        app = App(settings)
    except CorpusFormatError as exc:
        message = _("corpus invalide : {error}").format(error=exc)
        return _fail(EXIT_INTERNAL, "corpus_invalide", message, wants_json, stdout)
    try:
        status = _dispatch(app, args, stdin, stdout, lang)
        stdout.flush()  # a full disk shows here, not in the interpreter's last flush at exit
        return status
    except UserError as error:
        message = app.replies_for(markup=False, lang=lang).renderer.error(error).as_text()
        return _fail(EXIT_USER, error.code, message, getattr(args, "json", False), stdout)
    except BrokenPipeError:
        # The reader left (``| head``): not an error of ours. Point stdout at devnull so the
        # interpreter's final flush does not raise again.
        _silence(stdout)
        return EXIT_PIPE
    except OSError as error:
        if error.errno not in _OUTPUT_FAILURES:
            raise
        _silence(stdout)
        _warn(
            _("écriture impossible sur la sortie : {reason}.").format(reason=_(_OUTPUT_FAILURES[error.errno]))
        )
        return EXIT_INTERNAL
    except Exception:
        import uuid  # only on this path: uuid loads platform (~2 ms at every start)

        code = uuid.uuid4().hex[:8]
        log.exception("erreur interne %s", code)
        message = _("erreur interne (code {code})").format(code=code)
        return _fail(EXIT_INTERNAL, "erreur_interne", message, wants_json, stdout)


def _valid_text(text: str) -> str:
    """``text`` with what was not UTF-8 replaced by U+FFFD.

    Python decodes a bad byte of argv into a lone surrogate (PEP 383) that no strict UTF-8
    stream can write: under fr_FR.UTF-8 it raised, under C.UTF-8 it went out raw, as invalid
    UTF-8 in the JSON.
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def _utf8(stream: TextIO) -> TextIO:
    """The process's own stdin or stdout, read and written as UTF-8 whatever the locale.

    A bad input byte becomes U+FFFD (one query of a batch keeps its line, the others their
    answers), and the JSON written is always valid UTF-8, as under Python's UTF-8 mode.
    """
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors="replace")
    return stream


def _silence(stdout: TextIO) -> None:
    """Point stdout at devnull, so that the interpreter's final flush does not raise again."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())


def _dispatch(app: App, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, lang: str) -> int:
    if args.command is None:
        if app.settings.discord_token is not None:
            return _run_discord(app)
        reason = _("DISCORD_TOKEN n'est pas défini : console hors ligne.")
        return _console(app, stdin, stdout, reason, lang)
    if args.command == "run":
        return _run_discord(app)
    if args.command == "sync":
        return _sync_discord(app, args.guild or app.settings.discord_guild_id, stdout)
    if args.command == "console":
        return _console(app, stdin, stdout, "", lang)
    if args.command == "export":
        from bot.render import serialize

        _print_json(serialize.export_json(app.service.resolution), stdout)
        return EXIT_OK
    command = catalog.BY_NAME[args.command]
    values = {o.name: getattr(args, o.name) for o in command.options_for(Surface.CLI)}
    call = Args(command, values, Surface.CLI)
    replies = app.replies_for(markup=False, lang=lang)
    if command.name == "revision":  # a dialogue in the terminal, over a local SQLite file
        return _revision(app, replies, call, stdin, stdout)
    if call.get("stdin"):  # cherche --stdin: a batch, one JSON line a query
        return _search_batch(app, call, stdin, stdout, lang)
    if call.get("json") and command.to_json is not None:
        _print_json(command.to_json(replies, call), stdout)
    else:
        assert command.reply is not None  # noqa: S101 -- every CLI command but the process ones has one
        print(command.reply(replies, call).as_text(), file=stdout)
    for notice in call.notices:
        _warn(notice)
    return EXIT_OK


def _revision(app: App, replies: Replies, args: Args, stdin: TextIO, stdout: TextIO) -> int:
    """resolution-bot revision [ACTION]: one action; for a session, then its keys, a line each."""
    from pathlib import Path

    from bot.console import read_lines
    from bot.revision_offline import FILE_NAME, OfflineRevision

    path = Path(args["base"]) if args["base"] else app.settings.data_dir / FILE_NAME
    output = Path(args["sortie"]) if args["sortie"] else None
    action = args.text("action").strip() or "commencer"
    offline = OfflineRevision(replies, path)
    try:
        if args["json"]:
            return _revision_json(offline, action, args, output, stdout)
        reply = offline.command(action, everything=bool(args["toutes"]), output=output)
        if offline.confirming and args["oui"]:
            reply = offline.key("oui") or reply
        print(reply.as_text(), file=stdout, end="\n\n", flush=True)
        lines = read_lines(stdin, interactive=stdin.isatty())
        while offline.active and (line := next(lines, None)) is not None:
            if (answer := offline.key(line)) is not None:
                print(answer.as_text(), file=stdout, end="\n\n", flush=True)
    finally:
        offline.close()
    return EXIT_OK


def _revision_json(
    offline: OfflineRevision, action: str, args: Args, output: Path | None, stdout: TextIO
) -> int:
    """``--json``: the figures of ``stats``, or what ``export`` wrote; the sessions are for a terminal."""
    name = action.split()[0].casefold()
    if name == "stats":
        _print_json(offline.stats().as_json(), stdout)
    elif name == "export":
        _, path, count = offline.export(everything=bool(args["toutes"]), output=output)
        _print_json({"file": str(path), "cards": count, "everything": bool(args["toutes"])}, stdout)
    else:
        raise UserError("option_invalide")
    return EXIT_OK


def _search_batch(app: App, args: Args, stdin: TextIO, stdout: TextIO, lang: str) -> int:
    """One query a line in, one JSON line out, in order; a bad line answers ``{"error": …}``."""
    from bot.render import serialize

    for line in stdin:
        query = line.rstrip("\n")
        try:
            out = serialize.search_json(app.service.search(query, limit=args["limit"], part=args["partie"]))
        except UserError as error:
            out = {
                "query": query,
                "results": [],
                "error": app.replies_for(markup=False, lang=lang).renderer.error(error).as_text(),
                "code": error.code,
            }
        print(json.dumps(out, ensure_ascii=False), file=stdout, flush=True)
    return EXIT_OK


def _console(app: App, stdin: TextIO, stdout: TextIO, reason: str, lang: str) -> int:
    from bot.console import Console

    replies = app.replies_for(markup=False, lang=lang)
    meta = app.service.resolution.metadata
    greeting = replies.renderer.render("console_accueil", meta=meta, reason=reason)
    console = Console(replies, app.settings.data_dir)
    return console.run(stdin, stdout, interactive=stdin.isatty(), greeting=greeting)


def _no_token() -> int:
    _warn(
        _(
            "DISCORD_TOKEN n'est pas défini : définissez-le dans l'environnement ou dans un fichier .env "
            "(voir README), ou lancez la console hors ligne : resolution-bot console."
        )
    )
    return EXIT_USER


def _unreachable(error: Exception) -> int:
    cause = type(error.__cause__).__name__ if error.__cause__ else _("erreur réseau")
    message = _("Discord injoignable ({error}, {cause}) : vérifiez le réseau ou DISCORD_API_BASE_URL.")
    _warn(message.format(error=error, cause=cause))
    return EXIT_INTERNAL


def _study_database(error: DatabaseUnavailableError) -> int:
    """Explain a study database that cannot be opened: exit 2 for a bad setting, 1 otherwise."""
    cause = type(error.__cause__).__name__ if error.__cause__ else _("erreur")
    if error.reason is not None:  # permanent: retrying would not help, say what to repair
        message = _("Base de données d'étude inutilisable ({where}) : {reason}.")
        _warn(message.format(where=error.where, reason=error.reason))
        return EXIT_USER if error.setting else EXIT_INTERNAL
    if error.bad_url:
        message = _("DATABASE_URL non prise en charge ({where}) : utilisez postgresql://… ou sqlite:///…")
        _warn(message.format(where=error.where))
        return EXIT_USER
    message = _(
        "Base de données d'étude impossible à ouvrir ({where}, {cause}) : vérifiez DATABASE_URL, "
        "que le serveur PostgreSQL répond, ou que DATA_DIR est accessible en écriture."
    )
    _warn(message.format(where=error.where, cause=cause))
    return EXIT_INTERNAL


def _talk_to_discord(app: App, work: Callable[[ModuleType], Coroutine[Any, Any, T]]) -> tuple[int, T | None]:
    """Run ``work`` against Discord; a start-up failure becomes its French message and exit status.

    Returns ``(0, what work returned)``, or ``(status, None)`` when it could not run.
    """
    if app.settings.discord_token is None:
        return _no_token(), None
    # Imported here: the offline commands never load discord.py (tests/test_architecture.py).
    import asyncio

    # Importing discord.py, aiohttp, SQLAlchemy and the bot allocates some 70 000 tracked objects
    # that live as long as the process; the collections they would trigger only scan them (~35 ms
    # of a start that must reach the gateway quickly). So no collection while importing, then
    # everything alive (corpus and templates included) is frozen out of later scans, as
    # StudyBot.on_connect does again at connect.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from bot.discord_app import runner
        from bot.discord_app.preflight import DatabaseUnavailableError
    finally:
        if collecting:
            gc.freeze()
            gc.enable()

    try:
        return EXIT_OK, asyncio.run(work(runner))
    except runner.TokenRefusedError:
        _warn(_("DISCORD_TOKEN refusé par Discord : vérifiez le jeton du bot (voir README)."))
        return EXIT_USER, None
    except runner.DiscordUnreachableError as error:
        return _unreachable(error), None
    except DatabaseUnavailableError as error:
        return _study_database(error), None
    except runner.MetricsPortError as error:
        message = _("METRICS_PORT {port} : {reason}. Choisissez un port libre.")
        _warn(message.format(port=error.port, reason=error.reason))
        return EXIT_INTERNAL, None


def _run_discord(app: App) -> int:
    if app.settings.discord_token is None:  # the missing token first, as for sync
        return _no_token()
    if app.settings.shard_ids and not app.settings.shard_count:
        _warn(_("SHARD_IDS demande aussi SHARD_COUNT (le nombre total de shards)."))
        return EXIT_USER
    try:
        app.settings.ensure_data_dir()
    except SettingsError as exc:
        _warn(_("configuration invalide : {error}").format(error=exc))
        return EXIT_USER
    status, _ran = _talk_to_discord(app, lambda runner: runner.run(app))
    return status


def _sync_discord(app: App, guild_id: int | None, stdout: TextIO) -> int:
    status, names = _talk_to_discord(app, lambda runner: runner.sync(app, guild_id))
    if names is None:
        return status
    where = (
        _("le serveur {guild}").format(guild=guild_id)
        if guild_id
        else _("toutes les installations (global, jusqu'à une heure)")
    )
    message = _("{count} commandes enregistrées pour {where} : {names}")
    print(message.format(count=len(names), where=where, names=", ".join(sorted(names))), file=stdout)
    return EXIT_OK


def _warn(message: str) -> None:
    """Print one line on stderr (already worded in the run's language by ``_``)."""
    print(message, file=sys.stderr)


def _fail(status: int, code: str, message: str, as_json: bool, stdout: TextIO) -> int:
    if as_json:
        _print_json({"error": message, "code": code}, stdout)
    else:
        _warn(message)
    return status


def _print_json(data: dict[str, Any], stdout: TextIO) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout)
