"""The composition root: what the settings decide, built once and shared by every front end.

The command line, the console and the Discord bot all answer through one ``Service`` (the corpus
is parsed and indexed once) and a ``Replies`` per markup and language: plain text for the console
and the command line, Discord markdown for the bot; French, or English (``--lang en``, or a
Discord client in English). ``open_study`` wires the study storage to the study
service; the Discord bot calls it at start-up (and tells its failures apart), the one-shot
commands never do, so they load no database library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.commands.catalog import display_names
from bot.core.service import Service
from bot.render.i18n import FRENCH, LANGUAGES
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine

    from bot.core.study.clock import Clock
    from bot.core.study.service import StudyService


class App:
    """The service and the renderers, built once from the settings."""

    def __init__(self, settings: Settings, service: Service | None = None) -> None:
        """Load the corpus named by ``settings`` (raises ``CorpusFormatError``), unless given a service."""
        self.settings = settings
        self.service = service if service is not None else Service.from_corpus(settings.corpus_dir)
        if self.service.cache_dir is None:
            # The question ranker's trained model, kept with the bot's other data (made on demand).
            self.service.cache_dir = settings.cache_dir or settings.data_dir / "cache"
        # One Replies per markup and language, so each keeps one reply cache (render/replies.py).
        self._replies: dict[tuple[bool, str], Replies] = {}
        self.replies = self.replies_for(markup=False)
        self.renderer = self.replies.renderer

    def replies_for(self, *, markup: bool, lang: str = FRENCH) -> Replies:
        """Return the replies with Discord markdown (``markup=True``) or plain text, in ``lang``.

        Built once each. Commands are named in the replies as the user's client names them.
        """
        if (markup, lang) not in self._replies:
            service = self.service
            renderer = Renderer(
                self.settings.templates_dir,
                markup=markup,
                lang=lang,
                grammar=lambda: service.grammar,
                names=display_names(lang),
            )
            self._replies[markup, lang] = Replies(self.service, renderer)
        return self._replies[markup, lang]

    def languages(self, *, markup: bool) -> dict[str, Replies]:
        """Return the replies of every language the bot speaks, by language code."""
        return {lang: self.replies_for(markup=markup, lang=lang) for lang in LANGUAGES}

    async def open_study(self, clock: Clock) -> tuple[StudyService, AsyncEngine]:
        """Open the study database of the settings (migrating it if behind) and build the study service.

        Returns the engine too: its owner disposes of it on shutdown.
        """
        from bot.core.study.service import StudyService
        from bot.storage.database import open_study

        repository, engine = await open_study(self.settings.study_database_url)
        limit = self.settings.quiz_starts_per_hour
        return StudyService(self.service, repository, clock, starts_per_hour=limit), engine
