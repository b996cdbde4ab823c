"""Snippets: a window of a segment around its best run of matched words, and where they are."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bot.core.search.analyzer import is_stopword, term_of, tokenize

SNIPPET_LENGTH = 220


def locate_terms(text: str) -> tuple[tuple[int, int, str], ...]:
    """Return ``(start, end, term)`` for each content word of ``text``, in order."""
    return tuple(
        (token.start, token.end, term_of(token, text)) for token in tokenize(text) if not is_stopword(token)
    )


def make_snippet(
    text: str,
    terms: Collection[str] | Mapping[str, float],
    length: int = SNIPPET_LENGTH,
    located: Sequence[tuple[int, int, str]] | None = None,
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut ``text`` around its best run of matched words, on word boundaries; locate the matches.

    The run is the stretch of ``length`` characters holding the most distinct query terms, each
    counted at its weight (a word typed outweighs a synonym added by the thesaurus); the window is
    centred on the run's words of highest weight, and each end moves outwards to a space so that
    no word is cut. ``located`` is ``locate_terms(text)`` when the caller has it already.
    """
    weights = terms if isinstance(terms, Mapping) else dict.fromkeys(terms, 1.0)
    words = locate_terms(text) if located is None else located
    matches = [word for word in words if word[2] in weights]
    if len(text) <= length:
        start, end = 0, len(text)
    else:
        best: list[tuple[int, int, str]] = []
        best_score = -1.0
        reach = length * 0.8
        for first, (begin, _, _) in enumerate(matches):
            inside = []
            for m in matches[first:]:
                if m[0] - begin > reach:  # starts only grow: no later word fits either
                    break
                if m[1] - begin <= reach:
                    inside.append(m)
            score = sum(weights[t] for t in {m[2] for m in inside})
            if score > best_score:
                best, best_score = inside, score
        top = max((weights[m[2]] for m in best), default=0.0)
        core = [m for m in best if weights[m[2]] >= top]
        centre = (core[0][0] + core[-1][1]) // 2 if core else 0
        start = max(0, centre - length // 2)
        end = min(len(text), start + length)
        start = max(0, end - length)
        # Move both ends outwards to the nearest space so that no word is cut.
        if start > 0:
            start = text.rfind(" ", 0, start) + 1
        if end < len(text):
            space = text.find(" ", end)
            end = len(text) if space == -1 else space
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    spans: list[tuple[int, int]] = []
    for begin, finish, _ in sorted(matches):
        if begin < start or finish > end:
            continue
        if spans and begin + shift < spans[-1][1]:  # a compound and its parts: one mark
            spans[-1] = (spans[-1][0], max(spans[-1][1], finish + shift))
            continue
        spans.append((begin + shift, finish + shift))
    return f"{prefix}{text[start:end]}{suffix}", tuple(spans)
