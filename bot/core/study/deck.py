"""The revision deck: every card of the text, looked up by id, by paragraph, or by quiz question.

One deck serves every member: the cards depend on the text alone, and their excerpts on
``DECK_SEED``, so a card reads the same on Discord, in the console and in an Anki export. A
member's progress is kept per card id (``bot.core.study.schedule``), never on the wording.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from bot.core.study.cards import CardGenerator, slug
from bot.core.study.models import Card, CardKind, GeneratedQuestion, QuestionKind
from bot.core.text.french import fold
from bot.core.text.models import Resolution

# Any fixed seed: what matters is that every member and every front end see the same excerpts.
DECK_SEED = 562


class Deck:
    """The cards of one resolution, built once (about 0.3 s: build it off the event loop)."""

    def __init__(self, resolution: Resolution, seed: int = DECK_SEED) -> None:
        self.resolution = resolution
        self.cards = CardGenerator(resolution).generate(seed)
        self.by_id = {card.id: card for card in self.cards}
        # Document order: new cards are introduced, and crammed, in the order of the text.
        self.order = {card.id: index for index, card in enumerate(self.cards)}
        grouped: defaultdict[str, list[Card]] = defaultdict(list)
        for card in self.cards:
            if card.paragraph_id is not None:
                grouped[card.paragraph_id].append(card)
        self.by_paragraph = {pid: tuple(cards) for pid, cards in grouped.items()}
        self._groups = {group.name: group.code for group in resolution.groups}

    def __len__(self) -> int:
        return len(self.cards)

    def get(self, card_id: str) -> Card | None:
        """Return the card with this id, or ``None`` (an id stored by an older deck)."""
        return self.by_id.get(card_id)

    def paragraph_text(self, card: Card) -> str | None:
        """Return the verbatim text of the card's paragraph (``None`` for a vote card)."""
        paragraph = self.resolution.get(card.paragraph_id) if card.paragraph_id else None
        return paragraph.text if paragraph is not None else None

    def matching(self, question: GeneratedQuestion) -> tuple[Card, ...]:
        """Return the cards that test what a quiz question tested: the ones a wrong answer lapses.

        A paragraph, word or verb question matches the card of the same kind on its paragraph
        (the missing word's own card when that word is one of the paragraph's key terms); a vote
        question matches the member's card, and for a group question the group's card too.
        """
        found: list[Card | None] = []
        pid = question.paragraph_id
        if question.kind is QuestionKind.PARAGRAPH and pid:
            found.append(self.get(f"{pid}:{CardKind.PARAGRAPH.value}"))
        elif question.kind is QuestionKind.WORD and pid:
            terms = [c for c in self.by_paragraph.get(pid, ()) if c.kind is CardKind.TERM]
            same = [c for c in terms if fold(c.answer) == fold(question.correct)]
            found.extend(same or terms or [self.get(f"{pid}:{CardKind.PARAGRAPH.value}")])
        elif question.kind is QuestionKind.VERB and pid:
            verb = self.get(f"{pid}:{CardKind.VERB.value}")
            found.append(verb or self.get(f"{pid}:{CardKind.PARAGRAPH.value}"))
        elif question.kind is QuestionKind.COUNTRY_VOTE and question.subject:
            found.append(self.get(f"vote:pays:{slug(question.subject)}"))
        elif question.kind is QuestionKind.GROUP_VOTE and question.subject:
            code = self._groups.get(question.subject)
            found.append(self.get(f"vote:groupe:{slug(code)}") if code else None)
            found.append(self.get(f"vote:pays:{slug(question.correct)}"))
        return tuple(card for card in found if card is not None)


_BUILT: dict[int, tuple[Resolution, Deck]] = {}
_BUILDING = threading.Lock()


def deck_of(resolution: Resolution) -> Deck:
    """Return the deck of ``resolution``, built once per process (the warm-up thread or the first use)."""
    # A lock, not a cache decorator: the warm-up thread and a first click must not both build it.
    with _BUILDING:
        found = _BUILT.get(id(resolution))
        if found is None or found[0] is not resolution:
            found = _BUILT[id(resolution)] = (resolution, Deck(resolution))
        return found[1]
