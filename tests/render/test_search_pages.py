"""Pages of search results (the ◀ ▶ buttons): a partition of the whole ranking, with a true page count."""

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
    """Pages 1 to N show every ranked hit five by five, in order; each says « page k/N » and the total."""
    ranking = [h.id for h in service.search("coopération", limit=None).hits]
    assert len(ranking) > 50  # past the old 50-hit limit: pages used to stop there
    first = replies.cherche_page("coopération")
    count = -(-len(ranking) // 5)
    assert first.count == count
    shown = []
    for number in range(1, count + 1):
        page = replies.cherche_page("coopération", page=number)
        assert (page.number, page.count) == (number, count)
        assert page.reply.footer.startswith(f"page {number}/{count} · {len(ranking)} résultats · ")
        shown += _ids(page.reply)
    assert shown == ranking


def test_a_page_past_the_end_shows_the_last_one(replies):
    """A button of a page that no longer exists (forged, or a shorter ranking) shows the last page."""
    last = replies.cherche_page("coopération", page=999)
    assert last.number == last.count
    assert last.reply == replies.cherche_page("coopération", page=last.count).reply


def test_a_single_page_says_no_page_number(replies):
    """Few results: one page, and no « page 1/1 » in its footer."""
    page = replies.cherche_page("mesures coercitives unilatérales")
    assert page.count == 1
    assert page.reply.footer == "1 résultat · A/HRC/RES/56/2"


def test_a_list_cut_by_limit_says_how_many_it_shows(replies, service):
    """The command line's --limit: the footer gives the shown and the total count."""
    total = service.search("coopération", limit=None).total
    reply = replies.cherche("coopération", limit=5)
    assert reply.footer == f"{total} résultats (les 5 premiers) · A/HRC/RES/56/2"
    assert len(_ids(reply)) == 5
    assert len(_ids(replies.cherche("coopération", limit=None))) == total


def test_bad_limit_is_still_explained(replies):
    """A limit of 0 raises the service's error rather than showing an empty page."""
    with pytest.raises(UserError) as caught:
        replies.cherche("droits", limit=0)
    assert caught.value.code == "limite_invalide"


def test_replies_cache_quotes_and_pages_but_not_errors(replies):
    """A quote or a page asked twice is rendered once (the very same Reply); an error is raised each time."""
    assert replies.paragraphe("29") is replies.paragraphe("29")
    assert replies.cherche_page("coopération", page=2) is replies.cherche_page("coopération", page=2)
    long = replies.paragraphe("1-37")
    assert replies.pages(long, 2).reply is replies.pages(long, 2).reply
    for _ in range(2):
        with pytest.raises(UserError):
            replies.paragraphe("OP99")


def test_a_list_cut_to_one_says_the_first(replies, service):
    """--limit 1: « (le premier) », not « (les 1 premiers) »."""
    total = service.search("coopération", limit=None).total
    assert (
        replies.cherche("coopération", limit=1).footer == f"{total} résultats (le premier) · A/HRC/RES/56/2"
    )
