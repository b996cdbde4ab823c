"""Storage reports neutral errors and stored statuses as enums; the service explains the errors in French."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from bot.core.errors import UserError
from bot.core.study.errors import (
    ChannelBusy,
    InvalidChoice,
    NotInReading,
    ReadingFinished,
    ReadingRetired,
    ReadingTaken,
    StorageUnavailable,
    StudyStorageError,
    TooManyStarts,
    UnknownQuestion,
    UnknownReading,
)
from bot.core.study.models import QuestionStatus, ReadingRef, ReadingStatus, RoundStatus
from bot.core.study.service import StudyService
from bot.storage.resilience import RetryPolicy

GUILD, CHANNEL, STARTER = 71, 72, 73
STORAGE = Path(__file__).resolve().parents[2] / "bot" / "storage"


class Failing:
    """Stands for one aggregate repository: every method raises ``error``."""

    def __init__(self, error: StudyStorageError) -> None:
        self.error = error

    def __getattr__(self, name):
        async def fail(*_args, **_kwargs):
            raise self.error

        return fail


class FailingRepository:
    """A StudyRepository whose four aggregates all raise the same storage error."""

    def __init__(self, error: StudyStorageError) -> None:
        self.quiz = self.reading = self.daily = self.progress = Failing(error)


@pytest.mark.parametrize(
    ("error", "code", "data"),
    [
        (StorageUnavailable("c0ffee12"), "base_indisponible", {"code": "c0ffee12"}),
        (UnknownQuestion(5), "question_inconnue", {}),
        (InvalidChoice(9, 4), "choix_invalide", {"saisie": 9, "maximum": 4}),
        (UnknownReading(5), "etude_inconnue", {}),
        (ReadingFinished(5), "etude_terminee", {}),
        (ChannelBusy(7, 8, 9, 10), "quiz_en_cours", {"serveur": 7, "salon": 9, "message": 10}),
        (
            TooManyStarts(5, datetime(2026, 1, 7, 13, tzinfo=UTC)),
            "quiz_limite",
            {"limite": 5, "reprise": datetime(2026, 1, 7, 13, tzinfo=UTC)},
        ),
        (ReadingRetired(1, 2, 3), "etude_remplacee", {"guild_id": 1, "channel_id": 2, "message_id": 3}),
        (NotInReading("OP3"), "bouton_invalide", {}),
        (ReadingTaken(8), "lecture_en_cours", {"starter_id": 8}),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else None,
)
@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.answer(GUILD, 1, 2, 0),
        lambda s: s.close_question(GUILD, 1),
        lambda s: s.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=1),
        lambda s: s.readings.mark(GUILD, ReadingRef(1, 1, "OP1"), 2),
        lambda s: s.readings.start(GUILD, CHANNEL, 2),
        lambda s: s.leaderboard(GUILD, "tout"),
        lambda s: s.set_daily(GUILD, CHANNEL, 9),
    ],
    ids=[
        "answer",
        "close_question",
        "start_quiz",
        "mark_read",
        "start_reading",
        "leaderboard",
        "set_daily",
    ],
)
async def test_errors_storage_error_becomes_its_french_user_error(service, clock, error, code, data, call):
    """Each neutral storage error reaches the front ends as the UserError code and data of its template."""
    study = StudyService(service, FailingRepository(error), clock)
    with pytest.raises(UserError) as raised:
        await call(study)
    assert (raised.value.code, raised.value.data) == (code, data)
    assert raised.value.__cause__ is error


async def test_errors_storage_raises_neutral_errors_not_user_errors(study):
    """The repositories themselves raise the neutral errors, which the service then explains."""
    repository = study.repository
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=3)
    with pytest.raises(UnknownQuestion):
        await repository.quiz.record_answer(GUILD + 1, question.id, 10, 0, study.clock())
    with pytest.raises(InvalidChoice) as invalid:
        await repository.quiz.record_answer(GUILD, question.id, 10, 9, study.clock())
    assert (invalid.value.choice, invalid.value.choices) == (9, len(question.body.choices))
    with pytest.raises(UnknownQuestion):
        await repository.quiz.close_question(GUILD + 1, question.id, study.clock())
    view = await study.readings.start(GUILD, CHANNEL, STARTER, part="dispositif")
    with pytest.raises(UnknownReading):
        await repository.reading.move_to(GUILD + 1, view.session_id, 1, 1, study.clock())
    with pytest.raises(ReadingRetired):
        await repository.reading.move_to(GUILD, view.session_id, 2, 1, study.clock())
    with pytest.raises(NotInReading):
        await repository.reading.mark_read(GUILD, view.session_id, 1, "PP1", 10, study.clock())
    with pytest.raises(ReadingTaken):
        await repository.reading.create(
            GUILD, CHANNEL, STARTER + 1, "tout", None, ["PP1"], study.clock(), idle_since=view_time(study)
        )
    await study.readings.finish(GUILD, view.ref, STARTER)
    with pytest.raises(ReadingFinished):
        await repository.reading.mark_read(GUILD, view.session_id, 1, "OP1", 10, study.clock())


def view_time(study):
    """An idle limit before now: the session just started is still live."""
    return study.clock() - timedelta(hours=1)


async def test_errors_retry_policy_gives_up_with_storage_unavailable():
    """After its last retry the policy raises StorageUnavailable with the incident id, not a UserError."""

    async def down():
        raise OperationalError("SELECT 1", None, Exception("database is locked"))

    with pytest.raises(StorageUnavailable) as raised:
        await RetryPolicy(delays=(0.0,)).run(down, "down")
    assert len(raised.value.incident) == 8
    assert isinstance(raised.value.__cause__, OperationalError)


def test_errors_storage_never_names_user_error():
    """No storage module raises or imports UserError: explaining is the service's job."""
    sources = sorted(STORAGE.rglob("*.py"))
    assert STORAGE / "quiz.py" in sources
    assert [p.name for p in sources if "UserError" in p.read_text(encoding="utf-8")] == []


def test_errors_status_enums_keep_the_stored_strings():
    """The status enums' values are the strings already in the database: no migration needed."""
    assert [s.value for s in RoundStatus] == ["open", "finished", "interrupted"]
    assert [s.value for s in QuestionStatus] == ["pending", "open", "closed", "skipped"]
    assert [s.value for s in ReadingStatus] == ["active", "finished"]


async def test_errors_statuses_are_stored_as_strings_and_read_as_enums(study):
    """A round's rows hold the plain strings; the records read back carry enum members."""
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    summary = await study.end_round(GUILD, round_.id, STARTER)
    assert summary.round.status is RoundStatus.FINISHED
    assert [q.status for q in summary.questions] == [QuestionStatus.CLOSED, QuestionStatus.SKIPPED]
    async with study.repository.engine.connect() as connection:
        stored = await connection.scalar(
            text("SELECT status FROM quiz_rounds WHERE id = :id"), {"id": round_.id}
        )
        questions = (await connection.execute(text("SELECT status FROM quiz_questions ORDER BY id"))).all()
    assert (stored, [q for (q,) in questions]) == ("finished", ["closed", "skipped"])
    assert question.status is QuestionStatus.OPEN
