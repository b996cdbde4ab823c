"""One method per command: call the service, pick the template, return a ``Reply``.

The console, the command line and Discord all answer through this class, so that the same
command gives the same words everywhere. ``UserError`` passes through to the front end.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from bot.core.limits import DEFAULT_LIMIT, DEFAULT_QUESTIONS
from bot.core.text.models import Kind, Paragraph
from bot.core.text.refs import runs
from bot.render.pages import RESULTS_PER_PAGE, Page, count_pages, paginate, pick, stamp
from bot.render.reply import Attachment, Colour, Reply
from bot.render.serialize import totals_json
from bot.render.templates import Renderer

# The question router (its patterns, the search index) and the quiz generator are imported when
# asked for: a quote from the command line never loads them.
if TYPE_CHECKING:
    from bot.core.questions.answer import Answer
    from bot.core.questions.router import QuestionAnswerer
    from bot.core.service import SearchResult, Service
    from bot.core.study.models import GeneratedQuestion

CHART_FILENAME = "vote_A_HRC_RES_56_2.png"
# Quotes and search pages kept per Replies: enough for every paragraph and the popular queries.
REPLY_CACHE = 1024


# Answered once at start-up (``warm_questions``): the coverage terms, the spelling vocabulary and
# the branches a long message reads are built then, not on a member's first question (0.5 s).
_WARM_UP = (
    "salut, je prépare la simulation de demain pour la délégation du Brésil : qu'est-ce que le texte "
    "dit exactement sur la coopération Sud-Sud et les séminaires régionaux ?",
    "how did Japan vote, and what does OP8 say about unilateral coercive measures?",
)


class Replies:
    """Answer each command with a rendered ``Reply``."""

    def __init__(self, service: Service, renderer: Renderer) -> None:
        self.service = service
        self.renderer = renderer
        self.meta = service.resolution.metadata
        # The corpus is immutable and a Reply is frozen: the same input always renders the same
        # reply, so popular paragraphs and queries skip the search and the templates, on Discord
        # and in the console alike. Errors are not cached (lru_cache does not store exceptions).
        self._paragraphe = functools.lru_cache(maxsize=REPLY_CACHE)(self._render_paragraphe)
        self._cherche_page = functools.lru_cache(maxsize=REPLY_CACHE)(self._render_cherche_page)
        self._pages = functools.lru_cache(maxsize=REPLY_CACHE)(self._paginate)

    @cached_property
    def questions(self) -> QuestionAnswerer:
        """Return the question router, built on first use: a quote never pays for its patterns."""
        from bot.core.questions.router import QuestionAnswerer

        return QuestionAnswerer(self.service)

    def warm_in_background(self) -> None:
        """Train (or load) the question ranker and read the question routes, in daemon threads.

        A front end calls it at start-up: a member's first question waits for neither.
        """
        self.service.ranker.warm_in_background()
        threading.Thread(target=self.warm_questions, name="questions", daemon=True).start()

    def warm_questions(self) -> None:
        """Build the question router and read its patterns now (about 2 s of CPU).

        A front end calls it in a thread at start-up, so that no member's first question (nor
        first long one) waits for it; see ``bot.core.text.gates.prepare_all``.
        """
        from bot.core.text.gates import prepare_all

        prepare_all()
        for question in _WARM_UP:  # (the lazy tables a first long question would otherwise build)
            self.questions.answer(question)

    def vote_chart(self) -> bytes:
        """Return the PNG chart of the 47 members by regional group and vote (drawn once)."""
        return self._chart

    @cached_property
    def _chart(self) -> bytes:
        from bot.render.chart import vote_chart_png  # Pillow is loaded only when a chart is asked for

        votes = self.service.votes
        return vote_chart_png(votes.tallies(), self.service.resolution.vote.totals, self.meta)

    def paragraphe(self, reference: str) -> Reply:
        """Quote the segments a reference names, with their footnotes (cached)."""
        return self._paragraphe(reference)

    def _render_paragraphe(self, reference: str) -> Reply:
        return self._quote(self.service.paragraphs(reference))

    def note(self, number: str) -> Reply:
        """Quote one footnote and name the paragraph that calls it."""
        return self._quote([self.service.footnote(number)])

    def cherche(self, query: str, part: str = "tout", limit: int | None = DEFAULT_LIMIT) -> Reply:
        """List the ``limit`` passages that best match ``query`` (all with ``None``) and how many matched."""
        result = self.service.search(query, limit=limit, part=part)
        return self._render_search(result, paged=False)

    def cherche_page(self, query: str, part: str = "tout", page: int = 1) -> Page:
        """Return page ``page`` of the results, RESULTS_PER_PAGE a page; the last past the end (cached)."""
        return self._cherche_page(query, part, page)

    def _render_cherche_page(self, query: str, part: str, page: int) -> Page:
        result = self.service.search(
            query, limit=RESULTS_PER_PAGE, part=part, offset=RESULTS_PER_PAGE * (page - 1)
        )
        count = count_pages(result.total)
        if page > count:  # a button of a page that no longer exists: show the last one
            return self._render_cherche_page(query, part, count)
        reply = self._render_search(result, paged=True)
        return Page(stamp(self.renderer, reply, page, count), page, count)

    def _render_search(self, result: SearchResult, *, paged: bool) -> Reply:
        return self.renderer.render(
            "cherche",
            colour=Colour.SEARCH,
            query=result.query,
            part=result.part,
            hits=result.hits,
            total=result.total,
            paged=paged,
            corrected=result.corrected,
            suggestions=result.suggestions,
            meta=self.meta,
        )

    def pages(self, reply: Reply, page: int = 1) -> Page:
        """Return page ``page`` of a long reply, stamped « page k/N »; the last one past the end (cached)."""
        return pick(self._pages(reply), page)

    def _paginate(self, reply: Reply) -> tuple[Reply, ...]:
        return paginate(self.renderer, reply)

    def vote(self, country: str | None = None, group: str | None = None, *, chart: bool = True) -> Reply:
        """Answer for one country, one regional group, or the whole vote.

        The whole vote carries the chart as a PNG in ``Reply.files`` (``chart=False`` spares
        drawing it for a front end that cannot show it).
        """
        record = self.service.resolution.vote
        totals = totals_json(record)
        votes = self.service.votes
        if country and country.strip():
            answer = self.service.vote(country)
            return self.renderer.render(
                "vote", colour=Colour.VOTE, member=answer, totals=totals, meta=self.meta
            )
        if group and group.strip():
            tally = self.service.group_vote(group)
            return self.renderer.render(
                "vote_groupe", colour=Colour.VOTE, tally=tally, flags=votes.flags, meta=self.meta
            )
        reply = self.renderer.render(
            "vote_tout",
            colour=Colour.VOTE,
            record=record,
            totals=totals,
            tallies=votes.tallies(),
            flags=votes.flags,
            meta=self.meta,
        )
        if not chart:
            return reply
        return replace(reply, files=(Attachment(CHART_FILENAME, self.vote_chart()),))

    def resolution(self) -> Reply:
        """Show the summary card."""
        resolution = self.service.resolution
        return self.renderer.render(
            "resolution",
            meta=self.meta,
            totals=totals_json(resolution.vote),
            counts={kind.value: len(resolution.part(kind)) for kind in Kind},
            citations=resolution.citations,
        )

    def references(self, document: str | None = None) -> Reply:
        """List the cited documents, all or those matching ``document``."""
        citations = self.service.references(document)
        return self.renderer.render(
            "references", citations=citations, document=document or "", meta=self.meta
        )

    def question(self, text: str, *, references: Sequence[str] = ()) -> Reply:
        """Answer a question in plain French from the text alone, quoting the evidence.

        ``references`` (segment ids, see ``QuestionAnswerer.references_in``) adds a closing
        « Références : » line; Discord puts a button under it for each.
        """
        return self.render_answer(self.questions.answer(text), references=references)

    def render_answer(self, answer: Answer, *, references: Sequence[str] = ()) -> Reply:
        """Render an answer already computed (the JSON output needs both the answer and its words)."""
        colour = Colour.TEXT if answer.answered else Colour.INFO
        context = self.question_context(answer, references=references)
        return self.renderer.render("question", colour=colour, **context)

    def question_context(self, answer: Answer, *, references: Sequence[str] = ()) -> dict[str, Any]:
        """Return what ``templates/question.md.j2`` needs to word ``answer``."""
        resolution = self.service.resolution
        # A message asking two lookups (compound.py) quotes each part's passages, notes included.
        answers = answer.parts or (answer,)
        quoted = tuple(
            p for a in answers for p in (*a.paragraphs, *(h.paragraph for h in (*a.hits, *a.closest)))
        )
        return {
            "answer": answer,
            "meta": self.meta,
            "totals": totals_json(resolution.vote),
            "record": resolution.vote,
            "notes": {n: resolution.get(n) for p in quoted for n in p.footnotes},
            "parents": {p.id: resolution.get(p.parent) for p in quoted if p.parent},
            "documents_count": len(resolution.citations),
            "references": list(references),
        }

    def citation(self, paragraph: Paragraph) -> Reply:
        """Give the formal citation of a segment, ready to paste (« par. 29 », « préambule, al. 3 »)."""
        parent = self.service.resolution.get(paragraph.parent) if paragraph.parent else None
        reply = self.renderer.render(
            "citation", colour=Colour.TEXT, ephemeral=True, p=paragraph, parent=parent, meta=self.meta
        )
        # Plain message text: the symbol, paragraph and link copy in one tap (an embed does not).
        return replace(reply, text_only=True)

    def quiz_offline(
        self,
        seed: int | None = None,
        count: int = DEFAULT_QUESTIONS,
        part: str = "tout",
        theme: str | None = None,
    ) -> tuple[Reply, int, list[GeneratedQuestion]]:
        """Generate a quiz round and print it with its answers (console and command line)."""
        import secrets  # with hmac and base64 under it: only a quiz needs them

        from bot.core.study.generator import QuizGenerator

        seed = secrets.randbelow(2**31) if seed is None else seed
        questions = QuizGenerator.from_service(self.service).generate(
            seed, count=count, part=part, theme=theme
        )
        reply = self.renderer.render("quiz_hors_ligne", seed=seed, questions=questions, meta=self.meta)
        return reply, seed, questions

    def aide(self) -> Reply:
        """Show the help card."""
        return self.renderer.render("aide", meta=self.meta)

    def _quote(self, paragraphs: list[Paragraph]) -> Reply:
        resolution = self.service.resolution
        notes = {p.id: [resolution.get(n) for n in p.footnotes] for p in paragraphs}
        parents = {p.id: resolution.get(p.parent) for p in paragraphs if p.parent}
        return self.renderer.render(
            "paragraphe",
            colour=Colour.TEXT,
            paragraphs=paragraphs,
            runs=runs([p.id for p in paragraphs]),
            notes=notes,
            parents=parents,
            meta=self.meta,
        )
