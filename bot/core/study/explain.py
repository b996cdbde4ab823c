"""The study storage's neutral errors, explained: each becomes the ``UserError`` of its template.

Shared by the study use cases (``service.py``, ``quiz.py`` and ``reading.py``): a method decorated with
``explained`` raises ``UserError`` for any storage outcome it meets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from bot.core.errors import UserError
from bot.core.study.errors import (
    ChannelBusy,
    InvalidChoice,
    NotInReading,
    OutcomeUnknown,
    ReadingFinished,
    ReadingRetired,
    ReadingTaken,
    StorageUnavailable,
    StudyStorageError,
    TooManyStarts,
    UnknownQuestion,
    UnknownReading,
)

P = ParamSpec("P")
T = TypeVar("T")


def user_error(error: StudyStorageError) -> UserError:
    """Return the French explanation of a storage outcome: its template code and data."""
    match error:
        case StorageUnavailable():
            return UserError("base_indisponible", code=error.incident)
        case OutcomeUnknown():
            return UserError("issue_inconnue", code=error.incident)
        case UnknownQuestion():
            return UserError("question_inconnue")
        case InvalidChoice():
            return UserError("choix_invalide", saisie=error.choice, maximum=error.choices)
        case UnknownReading():
            return UserError("etude_inconnue")
        case ReadingFinished():
            return UserError("etude_terminee")
        case ReadingRetired():
            return UserError(
                "etude_remplacee",
                guild_id=error.guild_id,
                channel_id=error.channel_id,
                message_id=error.message_id,
            )
        case NotInReading():
            return UserError("bouton_invalide")  # the bot only writes paragraphs of the session
        case ReadingTaken():
            return UserError("lecture_en_cours", starter_id=error.starter_id)
        case ChannelBusy():
            return UserError(
                "quiz_en_cours", serveur=error.guild_id, salon=error.channel_id, message=error.message_id
            )
        case TooManyStarts():
            return UserError("quiz_limite", limite=error.limit, reprise=error.retry_at)
    raise TypeError(f"no user error for {type(error).__name__}")  # a new storage error needs a code


def explained(method: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """Raise the ``UserError`` of any storage outcome the use case ``method`` meets."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await method(*args, **kwargs)
        except StudyStorageError as error:
            raise user_error(error) from error

    return wrapper
