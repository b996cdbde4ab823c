"""The read-only slash commands, generated from their declarations in ``bot/commands/``.

Each declared option becomes a parameter of a generated callback (discord.py reads parameters
from the callback's signature, so the signature is built from the declaration); names,
descriptions, choices and autocomplete come from the same declaration, and the English
localizations from the translator. A command answers with its declared reply, one message in
pages when long (``views/pages.py``); a ``presenter`` adds what a reply needs beyond that: the
buttons of a paragraph, a thread and a deferral.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.commands import catalog, paging
from bot.commands.spec import Args, Command, Option, Presenter, Surface
from bot.core.limits import CHOICE_LENGTH, MAX_CHOICES
from bot.discord_app.deferral import Run, within_window
from bot.discord_app.embeds import send_reply
from bot.discord_app.options import owner_of
from bot.discord_app.questions import answer_question
from bot.discord_app.views.navigation import paragraph_view
from bot.discord_app.views.pages import page_view

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot
    from bot.render.pages import Page

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
Present = Callable[["StudyBot", Interaction, Command, Args], Awaitable[None]]


async def _paged(
    bot: StudyBot, interaction: Interaction, command: Command, args: Args, *, run: Run[Page] | None = None
) -> None:
    """Answer with page 1 of the reply, ◀ ▶ under it when there are more: one message, whatever its length.

    The reply is in the language of the user's client (``replies_for``), and so is every page a
    click redraws (in the clicker's: ``PageButton.act``).

    ``run`` answers from a thread (searches and questions: the per-member answer pool; the vote
    chart: a thread of its own), deferring past one second.
    """
    replies = bot.replies_for(interaction)
    first = functools.partial(paging.page, replies, command, args)
    page = (
        first() if run is None else await within_window(interaction, first, ephemeral=args["prive"], run=run)
    )
    view = page_view(bot, command, args, page, owner_of(interaction, args["prive"]))
    await send_reply(interaction, page.reply, ephemeral=args["prive"], view=view)


async def _send(bot: StudyBot, interaction: Interaction, command: Command, args: Args) -> None:
    """Send the reply (in pages when long)."""
    await _paged(bot, interaction, command, args)


async def _paragraph(bot: StudyBot, interaction: Interaction, command: Command, args: Args) -> None:
    """Quote one paragraph (with ◀ « Citer » ▶ to its neighbours) or several, in pages."""
    reference, replies = args.text("numero"), bot.replies_for(interaction)
    found = replies.service.paragraphs(reference)
    if len(found) > 1:
        await _paged(bot, interaction, command, args)
        return
    view = paragraph_view(bot, found, owner_of(interaction, args["prive"]), replies.renderer.lang)
    await send_reply(interaction, replies.paragraphe(reference), ephemeral=args["prive"], view=view)


async def _footnote(bot: StudyBot, interaction: Interaction, command: Command, args: Args) -> None:
    """Quote one footnote, with the same buttons as a paragraph."""
    number, replies = args.text("numero"), bot.replies_for(interaction)
    found = [replies.service.footnote(number)]
    view = paragraph_view(bot, found, owner_of(interaction, args["prive"]), replies.renderer.lang)
    await send_reply(interaction, replies.note(number), ephemeral=args["prive"], view=view)


async def _search(bot: StudyBot, interaction: Interaction, command: Command, args: Args) -> None:
    """Rank the passages for a query, five a page with ◀ ▶."""
    # Up to ~10 ms for a 500-character query: in a thread (benchmarks/flood.py).
    await _paged(bot, interaction, command, args, run=bot.answers.runner(interaction.user.id))


async def _deferred(bot: StudyBot, interaction: Interaction, command: Command, args: Args) -> None:
    """Answer from a thread, deferring past one second (the whole vote draws a chart)."""
    await _paged(bot, interaction, command, args, run=asyncio.to_thread)


async def _question(bot: StudyBot, interaction: Interaction, command: Command, args: Args) -> None:
    """Answer a question typed in the command, with a button for each paragraph it names."""
    await answer_question(bot, interaction, args.text("texte"), ephemeral=args["prive"])


# Every presenter but STUDY (the study cog answers those); tests check none is missing.
PRESENTERS: dict[Presenter, Present] = {
    Presenter.PLAIN: _send,
    Presenter.PARAGRAPH: _paragraph,
    Presenter.FOOTNOTE: _footnote,
    Presenter.SEARCH: _search,
    Presenter.DEFERRED: _deferred,
    Presenter.QUESTION: _question,
}


def slash_commands(bot: StudyBot) -> list[app_commands.Command[Any, ..., None]]:
    """Return the generated slash command of every declared read-only Discord command."""
    return [
        _build(bot, command)
        for command in catalog.on(Surface.DISCORD)
        if command.presenter is not Presenter.STUDY
    ]


def _build(bot: StudyBot, command: Command) -> app_commands.Command[Any, ..., None]:
    options = command.options_for(Surface.DISCORD)
    present = PRESENTERS[command.presenter]  # a KeyError here is a declaration without a presenter

    async def callback(interaction: Interaction, **values: Any) -> None:
        await present(bot, interaction, command, Args(command, values, Surface.DISCORD))

    # discord.py builds the command's parameters from this signature (and checks its annotations).
    callback.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Interaction)]
        + [
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_annotation(option),
                default=inspect.Parameter.empty if option.required else option.default,
            )
            for option in options
        ]
    )
    callback.__name__ = callback.__qualname__ = command.name.replace("-", "_")
    callback = app_commands.describe(**{o.name: locale_str(o.description.fr) for o in options})(callback)
    choices = {
        o.name: [app_commands.Choice(name=locale_str(c.name.fr), value=c.value) for c in o.choices]
        for o in options
        if o.choices
    }
    if choices:
        callback = app_commands.choices(**choices)(callback)
    completers = {o.name: _completer(bot, o) for o in options if o.complete is not None}
    if completers:
        callback = app_commands.autocomplete(**completers)(callback)
    return app_commands.Command(
        name=locale_str(command.name), description=locale_str(command.description.fr), callback=callback
    )


def _annotation(option: Option) -> Any:
    """The parameter type discord.py turns into the option's type and bounds."""
    if option.kind is str and option.max_length is not None:
        annotation: Any = app_commands.Range[str, 1, option.max_length]
    elif option.kind is int and (option.min_value is not None or option.max_value is not None):
        annotation = app_commands.Range[int, option.min_value, option.max_value]
    else:
        annotation = option.kind
    return annotation if option.required or option.default is not None else annotation | None


def _completer(
    bot: StudyBot, option: Option
) -> Callable[[Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
    complete = option.complete
    assert complete is not None  # noqa: S101 -- only options that complete get a completer

    async def suggest(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        # discord.py only logs an autocomplete exception, leaving the user's client spinning: an
        # empty answer is better.
        try:
            pairs = complete(bot.replies_for(interaction), current)
        except Exception:
            log.exception("erreur interne %s dans une autocomplétion", uuid.uuid4().hex[:8])
            pairs = []
        choices = [app_commands.Choice(name=n[:CHOICE_LENGTH], value=v[:CHOICE_LENGTH]) for n, v in pairs]
        return choices[:MAX_CHOICES]

    return suggest
