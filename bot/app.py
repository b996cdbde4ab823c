"""The composition root: what the settings decide, built once and shared by every front end.

The command line, the console and the Discord bot all answer through one ``Service`` (the corpus
is parsed and indexed once) and a ``Replies`` per markup: plain text for the console and the
command line, Discord markdown for the bot. Storage is not opened here: the study database
belongs to the Discord bot's start-up (``discord_app``), which tells its failures apart.
"""

from __future__ import annotations

from bot.core.service import Service
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.settings import Settings


class App:
    """The service and the renderers, built once from the settings."""

    def __init__(self, settings: Settings, service: Service | None = None) -> None:
        """Load the corpus named by ``settings`` (raises ``CorpusFormatError``), unless given a service."""
        self.settings = settings
        self.service = service if service is not None else Service.from_corpus(settings.corpus_dir)
        # One Replies per markup, so each keeps one reply cache (render/replies.py).
        self._replies: dict[bool, Replies] = {}
        self.replies = self.replies_for(markup=False)
        self.renderer = self.replies.renderer

    def replies_for(self, *, markup: bool) -> Replies:
        """Return the replies with Discord markdown (``markup=True``) or plain text, built once each."""
        if markup not in self._replies:
            renderer = Renderer(self.settings.templates_dir, markup=markup)
            self._replies[markup] = Replies(self.service, renderer)
        return self._replies[markup]
