"""Fixtures of the question router's tests: the answerer and replies in both markups."""

from pathlib import Path

import pytest

from bot.core.questions.router import QuestionAnswerer
from bot.render.replies import Replies
from bot.render.templates import Renderer

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture(scope="module")
def qa(service):
    """The answerer at the threshold in use."""
    return QuestionAnswerer(service)


@pytest.fixture(scope="module")
def plain(service):
    """Replies worded as plain text."""
    return Replies(service, Renderer(TEMPLATES, markup=False))


@pytest.fixture(scope="module")
def discord(service):
    """Replies worded with Discord markdown."""
    return Replies(service, Renderer(TEMPLATES, markup=True))
