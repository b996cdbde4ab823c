"""The in-process harness: the production bot, fed gateway payloads, its HTTP requests recorded."""

import pytest

from bot.render.replies import Replies
from tests import harness


@pytest.fixture(scope="session")
def discord_replies(app) -> Replies:
    """The Discord-flavoured replies over the real corpus, built once."""
    return app.replies_for(markup=True)


@pytest.fixture
async def bot(discord_replies, tmp_path):
    """A fresh bot per test (its setup_hook ran, it never logged in), its study data in tmp_path."""
    h = await harness.start(discord_replies, settings=harness.study_settings(tmp_path / "data"))
    yield h
    await h.bot.close()
