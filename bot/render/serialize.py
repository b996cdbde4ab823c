"""The stable JSON shapes of DESIGN.md: fields may be added, never renamed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.core.service import SearchResult
from bot.core.text.models import Citation, MemberVote, Paragraph, Resolution, VoteRecord

# Only read here: the index and the vote book stay unloaded until a search or a vote needs them.
if TYPE_CHECKING:
    from bot.core.search.index import Hit
    from bot.core.votes.book import CountryVote, GroupTally

JSON = dict[str, Any]


def paragraph_json(paragraph: Paragraph, resolution: Resolution) -> JSON:
    """Return a segment as ``{"id", "kind", "number", "text", "footnotes": [{"id", "text"}]}``."""
    out: JSON = {
        "id": paragraph.id,
        "kind": paragraph.kind.value,
        "number": paragraph.number,
        "text": paragraph.text,
        "footnotes": [{"id": note_id, "text": _text(resolution, note_id)} for note_id in paragraph.footnotes],
    }
    if paragraph.verb is not None:
        out["verb"] = paragraph.verb
    if paragraph.parent is not None:
        out["parent"] = paragraph.parent
    return out


def search_json(result: SearchResult) -> JSON:
    """Return ``{"query", "results": [{"id", "score", "snippet"}]}``, best first.

    ``corrected`` is the query searched for after typo correction (``null`` when nothing was
    corrected); ``suggestions`` are text words close to a query that found nothing; ``total``
    counts every match (``results`` may hold fewer, with ``--limit``). A result's ``complete``
    says whether it carries every word of the query: those come first when the query's words are
    all the text's, so a lower score may rank above a higher one.
    """
    return {
        "query": result.query,
        "part": result.part,
        "corrected": result.corrected,
        "results": [hit_json(h) for h in result.hits],
        "total": result.total,
        "suggestions": list(result.suggestions),
    }


def hit_json(hit: Hit) -> JSON:
    """Return one search result."""
    return {
        "id": hit.id,
        "score": hit.score,
        "snippet": hit.snippet,
        "kind": hit.paragraph.kind.value,
        "complete": hit.complete,
    }


def totals_json(record: VoteRecord) -> JSON:
    """Return ``{"pour": 31, "contre": 14, "abstention": 2}``."""
    return {choice.value: count for choice, count in record.totals.items()}


def vote_json(answer: CountryVote, record: VoteRecord) -> JSON:
    """Return a country's vote: ``{"country", "member", "vote", "group", "totals"}``.

    A country that had no seat has ``"member": false``, no ``vote`` and a ``null`` group.
    ``code`` (ISO alpha-3), ``flag`` and ``un_member`` are added fields.
    """
    out: JSON = {"country": answer.country, "member": answer.member}
    if answer.vote is not None:
        out["vote"] = answer.vote.value
    out["group"] = answer.group.name if answer.group else None
    if answer.group is not None:
        out["group_code"] = answer.group.code
    out |= {"code": answer.code, "flag": answer.flag, "un_member": answer.un_member}
    out["totals"] = totals_json(record)
    return out


def group_json(tally: GroupTally, record: VoteRecord, flags: dict[str, str] | None = None) -> JSON:
    """Return a regional group's members, their votes and the group's totals."""
    return {
        "group": tally.group.name,
        "group_code": tally.group.code,
        "group_totals": {choice.value: count for choice, count in tally.totals.items()},
        "members": [_member_json(m, flags) for m in tally.members],
        "totals": totals_json(record),
    }


def record_json(
    record: VoteRecord, flags: dict[str, str] | None = None, tallies: tuple[GroupTally, ...] = ()
) -> JSON:
    """Return the whole recorded vote: totals, every member, and per-group tallies when given."""
    out: JSON = {"totals": totals_json(record), "members": [_member_json(m, flags) for m in record.members]}
    if tallies:
        out["groups"] = [
            {
                "group": t.group.name,
                "group_code": t.group.code,
                "group_totals": {choice.value: count for choice, count in t.totals.items()},
            }
            for t in tallies
        ]
    return out


def citation_json(citation: Citation) -> JSON:
    """Return a cited document with the ids of the segments citing it."""
    return {
        "key": citation.key,
        "label": citation.label,
        "type": citation.kind,
        "symbol": citation.symbol,
        "url": citation.url,
        "cited_in": list(citation.cited_in),
    }


def export_json(resolution: Resolution) -> JSON:
    """Return the whole document model."""
    meta = resolution.metadata
    return {
        "symbol": meta.symbol,
        "number": meta.number,
        "title": meta.title,
        "body": meta.body,
        "session": meta.session,
        "session_label": meta.session_label,
        "session_dates": meta.session_dates,
        "agenda_item": meta.agenda_item,
        "agenda_title": meta.agenda_title,
        "adopted": meta.adopted.isoformat(),
        "meeting": meta.meeting,
        "distributed": meta.distributed.isoformat(),
        "language": meta.language,
        "original_language": meta.original_language,
        "url": meta.url,
        "paragraphs": [paragraph_json(p, resolution) for p in resolution.paragraphs],
        "footnotes": [paragraph_json(f, resolution) for f in resolution.footnotes],
        "vote": {
            **record_json(resolution.vote),
            "groups": [{"code": g.code, "name": g.name} for g in resolution.groups],
        },
        "citations": [citation_json(c) for c in resolution.citations],
    }


def _member_json(member: MemberVote, flags: dict[str, str] | None = None) -> JSON:
    out: JSON = {
        "country": member.country,
        "vote": member.vote.value,
        "group": member.group.name,
        "group_code": member.group.code,
    }
    if flags and member.country in flags:
        out["flag"] = flags[member.country]
    return out


def _text(resolution: Resolution, segment_id: str) -> str:
    segment = resolution.get(segment_id)
    return segment.text if segment else ""
