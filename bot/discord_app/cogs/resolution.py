"""The slash commands: thin callbacks that parse options, ask ``Replies`` and send the embeds."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.core.service import CHOICE_LENGTH, MAX_CHOICES, MAX_QUERY_LENGTH
from bot.discord_app.deferral import within_window
from bot.discord_app.embeds import send_reply
from bot.discord_app.options import PARTIES, PRIVE, owner_of
from bot.discord_app.views.navigation import paragraph_view, search_view

if TYPE_CHECKING:
    from bot.discord_app.bot import StudyBot

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]


def _choices(make: Callable[[], list[tuple[str, str]]]) -> list[app_commands.Choice[str]]:
    """Build at most 25 choices within 100 characters; on a bug, log it and suggest nothing.

    discord.py only logs an autocomplete exception, leaving the user's client spinning: an empty
    answer is better.
    """
    try:
        pairs = make()
    except Exception:
        log.exception("erreur interne %s dans une autocomplétion", uuid.uuid4().hex[:8])
        pairs = []
    choices = [app_commands.Choice(name=n[:CHOICE_LENGTH], value=v[:CHOICE_LENGTH]) for n, v in pairs]
    return choices[:MAX_CHOICES]


class ResolutionCog(commands.Cog):
    """Quote, search and vote commands over resolution 56/2."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self.replies = bot.replies

    @app_commands.command(
        name=_("paragraphe"), description=_("Citer un paragraphe mot pour mot : 29, §29, PP3, note 4, 29-31")
    )
    @app_commands.describe(numero=_("Numéro ou référence : 29, PP3, note 4, 29-31"), prive=PRIVE)
    async def paragraphe(self, interaction: Interaction, numero: str, prive: bool = False) -> None:
        """Quote one paragraph (with ◀ « Citer » ▶) or a range."""
        found = self.replies.service.paragraphs(numero)
        view = paragraph_view(self.bot, found, owner_of(interaction, prive))
        await send_reply(interaction, self.replies.paragraphe(numero), ephemeral=prive, view=view)

    @paragraphe.autocomplete("numero")
    async def _paragraphe_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return _choices(lambda: self.replies.service.complete_paragraph(current))

    @app_commands.command(
        name=_("note"), description=_("Citer une note de bas de page et le paragraphe qui l'appelle")
    )
    @app_commands.describe(numero=_("Numéro de la note (1 à 5)"), prive=PRIVE)
    async def note(self, interaction: Interaction, numero: str, prive: bool = False) -> None:
        """Quote one footnote."""
        found = [self.replies.service.footnote(numero)]
        view = paragraph_view(self.bot, found, owner_of(interaction, prive))
        await send_reply(interaction, self.replies.note(numero), ephemeral=prive, view=view)

    @app_commands.command(
        name=_("cherche"), description=_("Chercher des passages dans le texte de la résolution")
    )
    @app_commands.describe(
        requete=_("Mots à chercher, par exemple : coopération Sud-Sud"),
        partie=_("Partie du texte où chercher (par défaut : tout)"),
        prive=PRIVE,
    )
    @app_commands.choices(partie=PARTIES)
    async def cherche(
        self,
        interaction: Interaction,
        requete: app_commands.Range[str, 1, MAX_QUERY_LENGTH],
        partie: str = "tout",
        prive: bool = False,
    ) -> None:
        """Rank the passages for a query, five a page with ◀ ▶."""
        reply, more = self.replies.cherche_page(requete, partie)
        view = search_view(requete.strip(), partie, 1, more, owner_of(interaction, prive))
        await send_reply(interaction, reply, ephemeral=prive, view=view)

    @app_commands.command(
        name=_("vote"), description=_("Le vote d'un pays, d'un groupe régional, ou le vote complet")
    )
    @app_commands.describe(
        pays=_("Nom du pays membre du Conseil (facultatif)"),
        groupe=_("Groupe régional : Afrique, Asie-Pacifique, GRULAC, EEG, WEOG (facultatif)"),
        prive=PRIVE,
    )
    async def vote(
        self,
        interaction: Interaction,
        pays: str | None = None,
        groupe: str | None = None,
        prive: bool = False,
    ) -> None:
        """Answer for one country, one regional group, or the whole vote."""
        # The whole vote draws a chart (a few hundred ms the first time, more on a busy host).
        reply = await within_window(interaction, lambda: self.replies.vote(pays, groupe), ephemeral=prive)
        await send_reply(interaction, reply, ephemeral=prive)

    @vote.autocomplete("pays")
    async def _pays_choices(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(lambda: [(name, name) for name in self.replies.service.complete_country(current)])

    @vote.autocomplete("groupe")
    async def _groupe_choices(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        groups = self.replies.service.resolution.groups
        typed = current.casefold()
        return _choices(
            lambda: [
                (g.name, g.code) for g in groups if typed in g.name.casefold() or typed in g.code.casefold()
            ]
        )

    @app_commands.command(name=_("resolution"), description=_("La fiche de la résolution A/HRC/RES/56/2"))
    @app_commands.describe(prive=PRIVE)
    async def resolution(self, interaction: Interaction, prive: bool = False) -> None:
        """Show the summary card."""
        await send_reply(interaction, self.replies.resolution(), ephemeral=prive)

    @app_commands.command(name=_("references"), description=_("Les documents cités par la résolution"))
    @app_commands.describe(document=_("Document cité, par exemple 70/1 ou Charte (facultatif)"), prive=PRIVE)
    async def references(
        self, interaction: Interaction, document: str | None = None, prive: bool = False
    ) -> None:
        """List the cited documents."""
        await send_reply(interaction, self.replies.references(document), ephemeral=prive)

    @app_commands.command(name=_("aide"), description=_("Comment utiliser le bot"))
    @app_commands.describe(prive=PRIVE)
    async def aide(self, interaction: Interaction, prive: bool = False) -> None:
        """Show the help card."""
        await send_reply(interaction, self.replies.aide(), ephemeral=prive)
