"""Pages of search results (the ◀ ▶ buttons): a partition of the ranking, and honest "more" flags."""

import pytest

from bot.core.errors import UserError
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.settings import Settings


@pytest.fixture(scope="module")
def replies(service):
    return Replies(service, Renderer(Settings(discord_token=None).templates_dir, markup=False))


def _ids(reply):
    return [line.split(" · ")[0] for line in reply.description.splitlines() if line[:2] in {"PP", "OP"}]


def test_pages_partition_the_ranking(replies, service):
    """Pages 1, 2, … show the ranked hits five by five, in order, and say when another follows."""
    ranking = [h.id for h in service.search("coopération", limit=50).hits]
    shown, page, more = [], 1, True
    while more:
        reply, more = replies.cherche_page("coopération", page=page)
        shown += _ids(reply)
        page += 1
    assert shown == ranking
    assert page - 1 == -(-len(ranking) // 5)


def test_bad_limit_is_still_explained(replies):
    """A limit of 0 raises the service's error rather than showing an empty page."""
    with pytest.raises(UserError) as caught:
        replies.cherche("droits", limit=0)
    assert caught.value.code == "limite_invalide"


def test_replies_cache_quotes_and_pages_but_not_errors(replies):
    """A quote or a page asked twice is rendered once (the very same Reply); an error is raised each time."""
    assert replies.paragraphe("29") is replies.paragraphe("29")
    assert replies.cherche_page("coopération", page=2) is replies.cherche_page("coopération", page=2)
    for _ in range(2):
        with pytest.raises(UserError):
            replies.paragraphe("OP99")
