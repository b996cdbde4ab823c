"""Long replies in pages: nothing lost or cut mid-word, « page k/N » with the true N, titles that say what."""

import re

import pytest

from bot.core.text.refs import runs
from bot.render.pages import PAGE_LENGTH, paginate, split
from bot.render.replies import Replies
from bot.render.reply import DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT
from bot.render.templates import Renderer
from bot.settings import Settings


@pytest.fixture(scope="module", params=[True, False], ids=["discord", "plain"])
def replies(request, service):
    return Replies(service, Renderer(Settings(discord_token=None).templates_dir, markup=request.param))


def _words(text):
    return text.split()


def test_range_pages_hold_every_word_once_in_order(replies):
    """/paragraphe 1-37: the pages, end to end, are the whole reply's text, each within a page's length."""
    whole = replies.paragraphe("1-37")
    pages = paginate(replies.renderer, whole)
    assert len(pages) == 8
    assert [w for p in pages for w in _words(p.description)] == _words(whole.description)
    for page in pages:
        assert len(page.description) <= PAGE_LENGTH
        assert len(page.description) <= DESCRIPTION_LIMIT
        assert page.size() <= EMBED_TOTAL_LIMIT
        assert page.title == "OP1 à OP37 · 37 passages"


def test_range_pages_break_between_paragraphs(replies):
    """Every page of a range starts with a paragraph's id: no quote is split across two pages."""
    marker = "**OP" if replies.renderer.markup else "OP"
    for page in paginate(replies.renderer, replies.paragraphe("1-37")):
        assert page.description.startswith(marker), page.description[:40]


def test_pages_say_their_number_and_the_true_total(replies):
    """Each page's footer starts with « page k/8 », then the reply's own footer."""
    whole = replies.paragraphe("1-37")
    pages = paginate(replies.renderer, whole)
    assert [p.footer for p in pages] == [f"page {k}/8 · {whole.footer}" for k in range(1, 9)]


def test_a_short_reply_is_one_page_without_a_number(replies):
    """The whole vote fits one page: the reply as it was, no « page 1/1 »."""
    vote = replies.vote(chart=False)
    [page] = paginate(replies.renderer, vote)
    assert page == vote
    assert "page" not in page.footer


def test_the_chart_goes_with_the_first_page_only(replies):
    """Attachments belong to the message: the first page carries them, the others do not."""
    vote = replies.vote()
    long = type(vote)(kind=vote.kind, title=vote.title, description="Mot. " * 900, files=vote.files)
    pages = split(long)
    assert len(pages) > 1
    assert pages[0].files == vote.files
    assert all(p.files == () for p in pages[1:])


def test_pages_never_cut_a_word(replies):
    """A text without paragraphs is cut between words: every word of every page is a word of the text."""
    text = " ".join(f"mot{n}" for n in range(3000))
    reply = type(replies.aide())(kind="aide", title="t", description=text)
    pages = split(reply, 500)
    assert [w for p in pages for w in p.description.split()] == text.split()
    assert all(len(p.description) <= 500 for p in pages)


def test_question_with_many_paragraphs_is_paged_not_cut(replies):
    """A question quoting all 37 operative paragraphs: every quote is on one of its pages."""
    answer = replies.question("Que disent les paragraphes 1 à 37 ?")
    pages = paginate(replies.renderer, answer)
    assert len(pages) > 1
    text = "\n".join(p.description for p in pages)
    for number in range(1, 38):
        op = replies.service.paragraphs(str(number))[0]
        assert op.text[len(op.verb or "") :] in text


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        ("29, 31", "OP29, OP31 · 2 passages"),
        ("29-31", "OP29 à OP31 · 3 passages"),
        ("1-3, 7, 9-12", "OP1 à OP3, OP7, OP9 à OP12 · 8 passages"),
        ("PP32-PP33, 1", "PP32 à PP33, OP1 · 3 passages"),
        ("31, 29", "OP31, OP29 · 2 passages"),
    ],
)
def test_range_titles_say_which_paragraphs(replies, reference, title):
    """A list is titled by its runs, in the order typed, never as a range nobody asked for."""
    assert replies.paragraphe(reference).title == title


def test_runs_group_consecutive_numbers_of_one_kind():
    """OP33 and PP1 or FN1 do not join a run: only the next number of the same kind does."""
    assert runs(["PP33", "OP1", "OP2", "FN1"]) == [("PP33", "PP33"), ("OP1", "OP2"), ("FN1", "FN1")]
    assert runs([]) == []


def test_references_keep_each_document_with_its_paragraphs(replies):
    """Each cited document is one block (name, then « cité en »): a page break never parts them."""
    text = replies.references().description
    blocks = [b for b in text.split("\n\n") if b.strip()]
    assert all(re.search(r"\ncité en ", b) for b in blocks), blocks[:3]
