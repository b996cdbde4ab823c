"""The in-process harness: the production bot, fed gateway payloads, its HTTP requests recorded."""

import pytest

from bot.core.study.clock import ManualClock
from bot.render.replies import Replies
from tests import harness
from tests.study.conftest import BACKENDS, PG_URL, START, reset_postgres


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


# The study and revision tests run their bots on SQLite and PostgreSQL, with a manual clock: their
# ``bot`` is ``bots()`` (see those modules), the fixtures below are shared.
@pytest.fixture(params=BACKENDS)
async def study_settings(request, tmp_path):
    """Study settings on an empty SQLite file or the reset PostgreSQL test database."""
    if request.param == "sqlite":
        return harness.study_settings(tmp_path / "data")
    if not PG_URL:
        pytest.fail("CI=true but TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL")
    await reset_postgres(PG_URL)
    return harness.study_settings(tmp_path / "data", PG_URL)


@pytest.fixture
def clock():
    return ManualClock(START)


@pytest.fixture
async def bots(study_settings, clock, discord_replies):
    """Start bot processes on the same database (each call is one start); all closed at the end."""
    started = []

    async def start():
        h = await harness.start(discord_replies, settings=study_settings, clock=clock)
        started.append(h)
        return h

    yield start
    for h in started:
        await h.bot.close()
