"""What the study service and its storage hand each other, and no front end sees.

The service builds a ``NewRound`` to store; the storage answers with a ``Closing`` or a
``ReadingState``, which the service completes with paragraphs into the view models of ``models``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.study.models import ChoiceCount, GeneratedQuestion, Question, ReadingStatus, Score


@dataclass(frozen=True, slots=True)
class NewRound:
    """A round to store: who, where, how it was generated, and its questions."""

    guild_id: int
    channel_id: int
    starter_id: int
    seed: int
    theme: str | None
    part: str
    seconds: int
    questions: Sequence[GeneratedQuestion]


@dataclass(frozen=True, slots=True)
class Closing:
    """The stored facts of a closed question, before the service adds the paragraph."""

    question: Question
    first: bool
    counts: tuple[ChoiceCount, ...]
    winners: tuple[int, ...]
    next_question: Question | None


@dataclass(frozen=True, slots=True)
class RoundEnd:
    """What the one caller that ended a round gets: the question it closed on the way, if any."""

    closing: Closing | None


@dataclass(frozen=True, slots=True)
class ReadingState:
    """A reading session as stored: its order, position, and what is marked read."""

    id: int
    guild_id: int
    channel_id: int
    starter_id: int
    paragraph_ids: tuple[str, ...]
    position: int
    status: ReadingStatus
    read_ids: frozenset[str]
    created_at: datetime
    controller: int  # the number of its current controller message (ReadingRef.controller)
    message_id: int | None  # that message, once the front end has posted it


@dataclass(frozen=True, slots=True)
class ReadingTotals:
    """What a reading session's summary needs from storage."""

    state: ReadingState
    readers: int
    quiz: Score
