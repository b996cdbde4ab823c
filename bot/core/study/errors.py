"""What the study storage reports besides its results: neutral errors, explained by the service.

The storage raises these, never ``UserError``: it knows nothing of templates or French. The
study service turns each one into the ``UserError`` code its template explains. They live in the
core so that the storage can import them without the core importing the storage.
"""

from __future__ import annotations

from datetime import datetime


class StudyStorageError(Exception):
    """Base of the outcomes the study storage reports by raising."""


class StorageUnavailable(StudyStorageError):
    """The database stayed unreachable after every retry; ``incident`` is the id written in the log."""

    def __init__(self, incident: str) -> None:
        super().__init__(f"study database unavailable (incident {incident})")
        self.incident = incident


class OutcomeUnknown(StudyStorageError):
    """A write was cut during its COMMIT (deadline or lost connection): it may or may not be stored.

    ``incident`` is the id written in the log. Retrying an answer is safe: the database keeps one
    answer per member and question, and says so.
    """

    def __init__(self, incident: str) -> None:
        super().__init__(f"study database did not confirm the write (incident {incident})")
        self.incident = incident


class UnknownQuestion(StudyStorageError):
    """No question with this id in this guild."""


class InvalidChoice(StudyStorageError):
    """A choice index outside the question's ``choices`` (a forged or stale button)."""

    def __init__(self, choice: int, choices: int) -> None:
        super().__init__(f"choice {choice} of {choices}")
        self.choice = choice
        self.choices = choices


class ChannelBusy(StudyStorageError):
    """A quiz is already running in this channel: one at a time, so that timers cannot flood it.

    ``message_id`` is its latest question's message (``None`` while that is still being posted).
    """

    def __init__(self, guild_id: int, round_id: int, channel_id: int, message_id: int | None) -> None:
        super().__init__(f"round {round_id} running in channel {channel_id}")
        self.guild_id = guild_id
        self.round_id = round_id
        self.channel_id = channel_id
        self.message_id = message_id


class TooManyStarts(StudyStorageError):
    """The member started ``limit`` quizzes within the last hour; ``retry_at`` frees the next one."""

    def __init__(self, limit: int, retry_at: datetime) -> None:
        super().__init__(f"{limit} quizzes started within the hour")
        self.limit = limit
        self.retry_at = retry_at


class UnknownReading(StudyStorageError):
    """No reading session with this id in this guild."""


class ReadingFinished(StudyStorageError):
    """The reading session has ended: it can no longer move or be marked read."""


class ReadingRetired(StudyStorageError):
    """A button of a controller message that a newer one replaced (``/etude reprendre``).

    Where the reading goes on: ``message_id`` is the current controller message, if known.
    """

    def __init__(self, guild_id: int, channel_id: int, message_id: int | None) -> None:
        super().__init__(f"reading in channel {channel_id}: controller retired")
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.message_id = message_id


class NotInReading(StudyStorageError):
    """A paragraph that the reading session does not read (a forged button)."""


class ReadingTaken(StudyStorageError):
    """Another member's session is active in the channel: starting one would end theirs."""

    def __init__(self, starter_id: int) -> None:
        super().__init__(f"reading started by {starter_id}")
        self.starter_id = starter_id
