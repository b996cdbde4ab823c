"""The one jinja2 environment over ``templates/``: every reply of every front end is rendered here."""

from __future__ import annotations

import contextlib
import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from bot.core.errors import UserError
from bot.core.text import french
from bot.core.text.french import format_date
from bot.render.reply import Colour, Reply

# Discord markdown characters that user text must not trigger.
_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]()-])")
_MASS_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)
_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")

# The modules whose code the filters run: a change to them must not reuse templates compiled before.
_FILTER_SOURCES = (Path(__file__), Path(french.__file__))

KIND_LABELS = {"preambular": "préambule", "operative": "dispositif", "footnote": "note"}
PART_LABELS = {"tout": "tout le texte", "preambule": "préambule", "dispositif": "dispositif"}
VOTE_LABELS = {"pour": "pour", "contre": "contre", "abstention": "abstention"}


def escape_markdown(text: str) -> str:
    """Make user text inert on Discord: markdown escaped, mentions and @everyone defused."""
    text = _MENTION.sub(lambda m: f"<{m.group(1)}\u200b{m.group(2)}>", str(text))
    text = _MASS_MENTION.sub(lambda m: f"@\u200b{m.group(1)}", text)
    return _MARKDOWN.sub(r"\\\1", text)


def _relative(moment: datetime) -> str:
    """A moment as Discord shows it to each reader, counting down live: « dans 25 secondes »."""
    return f"<t:{int(moment.timestamp())}:R>"


def _clock_time(moment: datetime) -> str:
    """A moment as plain text, where nothing counts down: « à 12:00:30 UTC »."""
    return f"à {moment.astimezone(UTC):%H:%M:%S} UTC"


def _defuse(text: str) -> str:
    """Defuse mentions without escaping markdown (plain-text output)."""
    return _MASS_MENTION.sub(lambda m: f"@\u200b{m.group(1)}", str(text))


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """jinja2's cache of compiled templates, in a private temporary directory.

    Compiling a template costs milliseconds, paid again by every one-shot command. jinja2 checks
    each cached template against its source's checksum, but not against the filters: it folds a
    filter applied to a constant (``{{ "/note"|b }}``) at compile time. So each markup, and each
    version of the filters' code, gets its own file names.
    """

    def __init__(self, markup: bool) -> None:
        digest = hashlib.sha256(f"{markup} {jinja2.__version__}".encode())
        for source in _FILTER_SOURCES:
            digest.update(source.read_bytes())
        super().__init__(pattern=f"__resolution_bot_{digest.hexdigest()[:16]}_%s.cache")

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # A full or read-only disk costs a compile next time, never a reply.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache(markup: bool) -> jinja2.BytecodeCache | None:
    """Return the template cache, or none when no private temporary directory can be made."""
    try:
        return _BytecodeCache(markup)
    except (RuntimeError, OSError):  # jinja2 refuses a directory that is not the user's own
        return None


class Renderer:
    """Render replies from ``templates/``.

    ``markup=True`` writes Discord markdown (bold, italics, escaped user text); ``markup=False``
    writes the same words as plain text for the console. Both read the same templates.
    """

    def __init__(self, templates_dir: Path, *, markup: bool = True) -> None:
        self.markup = markup
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # noqa: S701 -- Discord markdown is not HTML; user text goes through |md
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            bytecode_cache=_bytecode_cache(markup),
            # The templates ship with the release and never change while it runs: no stat() of
            # every template file at every render.
            auto_reload=False,
        )
        self.env.filters.update(
            md=escape_markdown if markup else _defuse,
            b=(lambda s: f"**{s}**") if markup else str,
            i=(lambda s: f"*{s}*") if markup else str,
            date_fr=format_date,
            kind_label=lambda kind: KIND_LABELS[str(kind)],
            part_label=lambda part: PART_LABELS[str(part)],
            highlight=self._highlight,
            quote=self._quote,
            relative=_relative if markup else _clock_time,
            link=(lambda text, url: f"[{text}]({url})") if markup else (lambda text, url: f"{text} : {url}"),
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

    def error(self, error: UserError, **ctx: Any) -> Reply:
        """Render the template of a ``UserError`` (``templates/erreurs/<code>.md.j2``)."""
        return self.render(f"erreurs/{error.code}", colour=Colour.ERROR, ephemeral=True, **error.data, **ctx)

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
