"""What the offline and JSON answers of the declared commands call: the render layer, the core.

Each function takes the shared ``Replies`` and the call's ``Args``; the declarations in
``catalog.py`` name them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.commands.spec import Args, Surface
from bot.core.errors import UserError
from bot.core.limits import DEFAULT_QUESTIONS
from bot.render.i18n import words

if TYPE_CHECKING:
    from bot.render.pages import Page
    from bot.render.replies import Replies
    from bot.render.reply import Reply


def paragraphs_json(replies: Replies, args: Args) -> dict[str, Any]:
    """The paragraphs a reference names, in the JSON shape of DESIGN.md."""
    from bot.render import serialize

    found = replies.service.paragraphs(args.text("numero"))
    return {"paragraphs": [serialize.paragraph_json(p, replies.service.resolution) for p in found]}


def note_json(replies: Replies, args: Args) -> dict[str, Any]:
    """One footnote, in the paragraph JSON shape."""
    from bot.render import serialize

    note = replies.service.footnote(args.text("numero"))
    return {"paragraphs": [serialize.paragraph_json(note, replies.service.resolution)]}


def search_json(replies: Replies, args: Args) -> dict[str, Any]:
    """The ranked hits of a query, best first."""
    from bot.render import serialize

    return serialize.search_json(
        replies.service.search(args.text("requete"), limit=args["limit"], part=args["partie"])
    )


def search_reply(replies: Replies, args: Args) -> Reply:
    """The hits of a search, worded: every one, or ``--limit`` of them on the command line.

    Terminals print the whole answer; Discord shows it in pages instead (``search_page``).
    """
    return replies.cherche(args.text("requete"), part=args["partie"] or "tout", limit=args["limit"])


def search_page(replies: Replies, args: Args, number: int) -> Page:
    """Page ``number`` of a search's results, five hits a page (Discord's ◀ ▶)."""
    return replies.cherche_page(args.text("requete"), args["partie"] or "tout", number)


def question_reply(replies: Replies, args: Args) -> Reply:
    """The answer to a question; on Discord, with a « Références : » line for its buttons."""
    text = args.text("texte")
    references = replies.questions.references_in(text) if args.surface is Surface.DISCORD else ()
    return replies.question(text, references=references)


def vote_reply(replies: Replies, args: Args) -> Reply:
    """A country's, a group's or the whole vote, worded; ``--png`` also writes the chart."""
    # A terminal shows no image: only Discord gets the chart drawn (0.2 s the first time).
    country, group = replies.service.vote_of(args.text("pays"), args["groupe"])
    reply = (
        replies.vote(country, group)
        if args.surface is Surface.DISCORD
        else replies.vote(country, group, chart=False)
    )
    if args["png"]:
        _ = words(replies.renderer.lang)
        written = write_chart(replies, args["png"])
        args.notices.append(_("Graphique du vote écrit dans {path}").format(path=written))
    return reply


def vote_json(replies: Replies, args: Args) -> dict[str, Any]:
    """A country's, a group's or the whole vote, as JSON; ``--png`` also writes the chart."""
    from bot.render import serialize

    service = replies.service
    record, votes = service.resolution.vote, service.votes
    country, group = service.vote_of(args.text("pays"), args["groupe"])
    if country:
        out = serialize.vote_json(service.vote(country), record)
    elif group:
        out = serialize.group_json(service.group_vote(group), record, votes.flags)
    else:
        out = serialize.record_json(record, votes.flags, votes.tallies())
    if args["png"]:
        out["png"] = write_chart(replies, args["png"])
    return out


def write_chart(replies: Replies, path: str) -> str:
    """Write the vote chart (PNG) to ``path``; an unwritable path is bad input, not a crash."""
    target = Path(path)
    try:
        target.write_bytes(replies.vote_chart())
    except OSError as exc:
        raise UserError("png_impossible", chemin=path, raison=exc.strerror or type(exc).__name__) from exc
    return str(target)


def resolution_json(replies: Replies, args: Args) -> dict[str, Any]:
    """The summary card: metadata, totals and counts, without the paragraphs."""
    from bot.core.text.models import Kind
    from bot.render import serialize

    resolution = replies.service.resolution
    full = serialize.export_json(resolution)
    return {k: v for k, v in full.items() if k not in {"paragraphs", "footnotes", "citations"}} | {
        "vote": {"totals": full["vote"]["totals"]},
        "counts": {kind.value: len(resolution.part(kind)) for kind in Kind},
    }


def references_json(replies: Replies, args: Args) -> dict[str, Any]:
    """The cited documents, all or those matching the option."""
    from bot.render import serialize

    found = replies.service.references(args.text("document") or None)
    return {"citations": [serialize.citation_json(c) for c in found]}


def question_json(replies: Replies, args: Args) -> dict[str, Any]:
    """The answer to a question with its citations, route and closest passages."""
    answer = replies.questions.answer(args.text("texte"))
    reply = replies.render_answer(answer)
    return {
        "question": answer.question,
        "answer": reply.description,
        "citations": answer.citations,
        "answered": answer.answered,
        "intent": answer.intent.value,
        "reason": answer.reason,
        "closest": [hit.id for hit in answer.closest],
    }


def quiz_round(replies: Replies, args: Args) -> tuple[Reply, int, list[Any]]:
    """Generate a round offline: the reply with its answers, the seed and the questions."""
    # Offline, nobody else answers: the round is printed with its answers, for revision.
    count = DEFAULT_QUESTIONS if args["questions"] is None else args["questions"]
    theme = args.text("theme") or None
    return replies.quiz_offline(args["seed"], count, args["partie"] or "tout", theme)


def quiz_json(replies: Replies, args: Args) -> dict[str, Any]:
    """A round offline, as JSON: its seed and its questions with their answers."""
    _, seed, questions = quiz_round(replies, args)
    return {"seed": seed, "questions": [q.as_json() for q in questions]}


def complete_paragraph(replies: Replies, current: str) -> list[tuple[str, str]]:
    """Paragraph suggestions (number and opening words) for what is typed."""
    return replies.service.complete_paragraph(current)


def complete_country(replies: Replies, current: str) -> list[tuple[str, str]]:
    """Country suggestions for what is typed."""
    return [(name, name) for name in replies.service.complete_country(current)]


def complete_group(replies: Replies, current: str) -> list[tuple[str, str]]:
    """Regional-group suggestions for what is typed (by name or code)."""
    typed = current.casefold()
    groups = replies.service.resolution.groups
    return [(g.name, g.code) for g in groups if typed in g.name.casefold() or typed in g.code.casefold()]
