"""The one jinja2 environment over ``templates/``: every reply of every front end is rendered here."""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from bot.core.errors import UserError
from bot.core.text import french
from bot.core.text.french import MONTH_NAMES, format_date
from bot.render import i18n, typography
from bot.render.reply import Colour, Reply

# The grammar tables are read on the first sentence that names a country: a quote never loads them.
if TYPE_CHECKING:
    from bot.core.votes.grammar import Grammar, NameForm

# Discord markdown that user text must not trigger. Emphasis, spoilers, code and link brackets
# work anywhere; quotes, headings, subtext and lists only at the start of a line, so a hyphen
# inside a word (« Sud-Sud », « demande-t-il ») stays as typed: an embed title shows no escape.
_MARKDOWN = re.compile(r"([\\*_~`|\[\]])")
# (Every line break Python or Discord may split on, « \r » too; « + » may start a list.)
_LINE_MARKDOWN = re.compile(r"(?:^|(?<=[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]))([ \t]*)([-#>+]|\d+(?=\.\s))")
_MASS_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)
_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")

# The modules whose code the filters run: a change to them must not reuse templates compiled before.
_FILTER_SOURCES = (Path(__file__), Path(french.__file__), Path(typography.__file__), Path(i18n.__file__))

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# The corpus writes the original language in French (« anglais »); English replies name it in English.
ENGLISH_LANGUAGES = {
    "anglais": "English",
    "arabe": "Arabic",
    "chinois": "Chinese",
    "espagnol": "Spanish",
    "français": "French",
    "russe": "Russian",
}


def escape_markdown(text: str) -> str:
    """Make user text inert on Discord: markdown escaped, mentions and @everyone defused."""
    text = _MENTION.sub(lambda m: f"<{m.group(1)}\u200b{m.group(2)}>", str(text))
    text = _MASS_MENTION.sub(lambda m: f"@\u200b{m.group(1)}", text)
    text = _MARKDOWN.sub(r"\\\1", text)
    return _LINE_MARKDOWN.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match.groups()
    if mark[0].isdigit():  # « 29. » would start a numbered list: the dot is escaped
        return f"{indent}{mark}\\"
    return f"{indent}\\{mark}"


def _relative(moment: datetime) -> str:
    """A moment as Discord shows it to each reader, counting down live: « dans 25 secondes »."""
    return f"<t:{int(moment.timestamp())}:R>"


def _clock_time(moment: datetime) -> str:
    """A moment as plain text, where nothing counts down: « à 12:00:30 UTC »."""
    return f"à {moment.astimezone(UTC):%H:%M:%S} UTC"


def _defuse(text: str) -> str:
    """Defuse mentions without escaping markdown (plain-text output)."""
    return _MASS_MENTION.sub(lambda m: f"@\u200b{m.group(1)}", str(text))


def _default_grammar() -> Grammar:
    """The grammar of the corpus shipped with the package (a renderer built without a service)."""
    from bot.core.votes.grammar import default_grammar

    return default_grammar()


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """jinja2's cache of compiled templates, in a private temporary directory.

    Compiling a template costs milliseconds, paid again by every one-shot command. jinja2 checks
    each cached template against its source's checksum, but not against the filters: it folds a
    filter applied to a constant (``{{ "/note"|b }}``) at compile time. So each markup, and each
    version of the filters' code, gets its own file names.
    """

    def __init__(self, markup: bool, lang: str, names: Mapping[str, str]) -> None:
        # Filters on constants (« {{ "vote"|cmd }} ») are folded with the language and names.
        shown = " ".join(f"{k}={v}" for k, v in sorted(names.items()))
        digest = hashlib.sha256(f"{markup} {lang} {shown} {jinja2.__version__}".encode())
        for source in _FILTER_SOURCES:
            digest.update(source.read_bytes())
        super().__init__(pattern=f"__resolution_bot_{digest.hexdigest()[:16]}_%s.cache")

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # A full or read-only disk costs a compile next time, never a reply.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache(markup: bool, lang: str, names: Mapping[str, str]) -> jinja2.BytecodeCache | None:
    """Return the template cache, or none when no private temporary directory can be made."""
    try:
        return _BytecodeCache(markup, lang, names)
    except (RuntimeError, OSError):  # jinja2 refuses a directory that is not the user's own
        return None


class _Words:
    """The gettext callables the templates use: the catalog of one language, finished for one output.

    A translated sentence may bold a word (``**pour**``): plain text drops the marks. French text
    gets its no-break spaces (the message ids of ``_()`` calls are not template text).
    """

    def __init__(self, lang: str, *, markup: bool) -> None:
        self._catalog = i18n.translations(lang)
        self._french = lang == i18n.FRENCH
        self._markup = markup

    def _finish(self, text: str) -> str:
        if not self._markup:
            text = text.replace("**", "")
        return typography.french_spacing(text) if self._french else text

    def gettext(self, message: str) -> str:
        """Translate one sentence."""
        return self._finish(self._catalog.gettext(message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate one sentence whose words agree with ``n``."""
        return self._finish(self._catalog.ngettext(singular, plural, n))


class Renderer:
    """Render replies from ``templates/``, in one language.

    ``markup=True`` writes Discord markdown (bold, italics, escaped user text); ``markup=False``
    writes the same words as plain text for the console. Both read the same templates. ``lang``
    is ``fr`` (the templates' own words) or ``en`` (the catalog in ``bot/locale``); ``names`` maps
    each command's French name (« progres effacer », « vote.groupe » for an option) to the one the
    user's client shows, for the help and the errors that name a command.
    """

    def __init__(
        self,
        templates_dir: Path,
        *,
        markup: bool = True,
        lang: str = i18n.FRENCH,
        grammar: Callable[[], Grammar] | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.markup = markup
        self.lang = i18n.language(lang)
        # The article, gender and number of country names and addressees (core/votes/grammar.py),
        # asked for on the first sentence that names one: a quote never reads the tables.
        self._grammar = grammar or _default_grammar
        self._names = dict(names or {})
        extensions: list[type[jinja2.ext.Extension] | str] = ["jinja2.ext.i18n"]
        if self.lang == i18n.FRENCH:
            # The bot's French sentences get their no-break spaces as the templates compile.
            extensions.append(typography.FrenchTypography)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # noqa: S701 -- Discord markdown is not HTML; user text goes through |md
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            bytecode_cache=_bytecode_cache(markup, self.lang, self._names),
            # The templates ship with the release and never change while it runs: no stat() of
            # every template file at every render.
            auto_reload=False,
            extensions=extensions,
        )
        # A {% trans %} block is one sentence: its line breaks and indentation are layout, so the
        # message id (and the catalog) does not change when a template is re-wrapped.
        self.env.policies["ext.i18n.trimmed"] = True
        words = _Words(self.lang, markup=markup)
        self.env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the i18n extension
            words.gettext, words.ngettext, newstyle=True
        )
        self.env.globals["lang"] = self.lang
        colon = "\u00a0:" if self.lang == i18n.FRENCH else ":"
        self.env.filters.update(
            md=escape_markdown if markup else _defuse,
            b=(lambda s: f"**{s}**") if markup else str,
            i=(lambda s: f"*{s}*") if markup else str,
            date=self._date,
            dates=self._dates,
            ordinal=self._ordinal,
            language_name=self._language_name,
            cmd=self._command,
            opt=self._option,
            highlight=self._highlight,
            quote=self._quote,
            form=self._form,
            the=self._the,
            en=self._english,
            local=self._local,
            relative=_relative if markup else _clock_time,
            interval=self._interval,
            # Plain text: « texte : lien », with the language's own space before the colon.
            link=(lambda text, url: f"[{text}]({url})")
            if markup
            else (lambda text, url: f"{text}{colon} {url}"),
        )

    def render(
        self, kind: str, *, colour: Colour = Colour.INFO, ephemeral: bool = False, **ctx: Any
    ) -> Reply:
        """Render ``templates/<kind>.md.j2`` into a ``Reply`` (title, description, footer, url)."""
        module = self.env.get_template(f"{kind}.md.j2").make_module(ctx)
        return Reply(
            kind=kind,
            title=str(getattr(module, "title", "")).strip(),
            description=str(module).strip(),
            colour=colour,
            footer=str(getattr(module, "footer", "")).strip(),
            url=str(getattr(module, "url", "")).strip() or None,
            ephemeral=ephemeral,
        )

    def warm(self) -> None:
        """Compile every template now: a front end calls it at start-up, off its loop.

        A template compiles on its first render, and the question's (with its two frames) takes
        some 0.3 s on a quiet machine: on a busy one, a member's first question came past the one
        second after which an interaction is deferred.
        """
        for name in self.env.list_templates(extensions=["j2"]):
            self.env.get_template(name)

    def error(self, error: UserError, **ctx: Any) -> Reply:
        """Render the template of a ``UserError`` (``templates/erreurs/<code>.md.j2``)."""
        return self.render(f"erreurs/{error.code}", colour=Colour.ERROR, ephemeral=True, **error.data, **ctx)

    def _date(self, value: date) -> str:
        """Write a date: « 10 juillet 2024 », « 1er avril 2022 »; in English « 10 July 2024 »."""
        if self.lang == i18n.ENGLISH:
            return f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"
        return format_date(value)

    def _dates(self, text: str) -> str:
        """Write a span of dates the corpus gives in French (« 18 juin-12 juillet 2024 »)."""
        if self.lang == i18n.ENGLISH:
            for number, name in MONTH_NAMES.items():
                text = text.replace(name, ENGLISH_MONTHS[number - 1])
        return text

    def _ordinal(self, number: int) -> str:
        """Write an ordinal in figures: « 34e », « 1re »; in English « 34th », « 1st ».

        French: feminine, as the words it counts are (séance, session).
        """
        if self.lang == i18n.ENGLISH:
            tens, units = number % 100, number % 10
            suffix = "th" if tens in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(units, "th")
            return f"{number}{suffix}"
        return "1re" if number == 1 else f"{number}e"

    def _language_name(self, name: str) -> str:
        """Name a language the corpus names in French (« anglais »): as is, or in English."""
        if self.lang == i18n.ENGLISH:
            return ENGLISH_LANGUAGES.get(name.casefold(), name)
        return name

    def _command(self, path: str) -> str:
        """Write a command as the user's client shows it: ``"progres effacer"`` → « /progres effacer »."""
        return "/" + self._names.get(path, path)

    def _option(self, name: str, command: str) -> str:
        """Write an option's name as the user's client shows it: ``"groupe"|opt("vote")`` → « groupe »."""
        return self._names.get(f"{command}.{name}", name)

    def _interval(self, delta: timedelta) -> str:
        """Write a revision interval as Anki's buttons do: « 3 j », « 1,5 mois »; in English « 3 d »."""
        from bot.core.study.schedule import format_interval

        return format_interval(delta, english=self.lang == i18n.ENGLISH)

    def _form(self, name: str) -> NameForm:
        """Return the grammar of a displayed name, to pick the sentence that agrees with it."""
        return self._grammar().form(str(name))

    @staticmethod
    def _english(name: str) -> str:
        """A country's, group's or sub-region's name in English (the English templates' filter)."""
        from bot.core.votes.english_names import in_english

        return in_english(str(name))

    def _local(self, name: str) -> str:
        """A country's or group's name in the renderer's language (English names in English)."""
        return str(name) if self.lang == i18n.FRENCH else self._english(name)

    def _the(
        self, name: str, capital: bool = False, preposition: str | None = None, bold: bool = True
    ) -> str:
        """Return a name as running text writes it: « La **France** », « l'Argentine », « au Bénin ».

        The article (contracted with ``preposition`` « à » or « de ») stays outside the bold.
        English replies give the English name, without an article.
        """
        from bot.core.votes.grammar import Preposition

        if self.lang != i18n.FRENCH:
            english = self._local(name)
            return self.env.filters["b"](english) if bold else english
        form = self._form(name)
        lead = form.lead(Preposition(preposition) if preposition else None, capital=capital)
        return lead + (self.env.filters["b"](form.name) if bold else form.name)

    def _highlight(self, text: str, marks: tuple[tuple[int, int], ...]) -> str:
        """Mark the spans ``marks`` of ``text`` in bold (Discord) or leave them as they are."""
        if not self.markup:
            return text
        out: list[str] = []
        last = 0
        for start, end in marks:
            if start < last:
                continue
            out.extend((text[last:start], "**", text[start:end], "**"))
            last = end
        out.append(text[last:])
        return "".join(out)

    def _quote(self, paragraph: Any) -> str:
        """Return a segment's text verbatim, with an operative paragraph's verb in italics."""
        text, verb = paragraph.text, paragraph.verb
        if self.markup and verb and text.startswith(verb):
            return f"*{verb}*{text[len(verb) :]}"
        return str(text)
