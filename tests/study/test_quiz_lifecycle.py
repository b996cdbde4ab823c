"""The quiz lifecycle on the database: who wins a close or an end, early closes, quizzes per channel and hour.

Concurrent callers are separate StudyServices on separate engines (separate processes, as far as
the database can tell), racing with asyncio.gather: the database, not Python, decides the winner.
"""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import text

from bot.core.errors import UserError
from bot.core.service import Service
from bot.core.study.models import QuestionStatus, RoundStatus
from bot.core.study.service import StudyService
from bot.storage.database import create_engine, migrate
from bot.storage.repository import StudyRepository
from tests.study.conftest import patient_retry

GUILD, CHANNEL, STARTER = 4141, 42, 43
ALICE, BOB, CAROL = 601, 602, 603


async def _raised(awaitable) -> UserError:
    with pytest.raises(UserError) as caught:
        await awaitable
    return caught.value


async def _settled(*calls):
    """Run calls at once; return (results, codes of the UserErrors raised)."""
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, UserError):
            raise outcome
    return [o for o in outcomes if not isinstance(o, BaseException)], [
        o.code for o in outcomes if isinstance(o, UserError)
    ]


@pytest.mark.parametrize("presses", [2, 3])
async def test_lifecycle_storage_end_round_is_won_once(study, another, presses):
    """Concurrent conditional ends of one round: one rowcount of 1, the others None; one close reported."""
    others = [await another() for _ in range(presses - 1)]
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=3, seed=1)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    now = study.clock()
    ends = await asyncio.gather(
        *(s.repository.quiz.end_round(GUILD, round_.id, now, RoundStatus.FINISHED) for s in [study, *others])
    )
    won = [e for e in ends if e is not None]
    assert len(won) == 1, ends
    [ending] = won
    assert ending.closing is not None
    assert (ending.closing.question.id, ending.closing.first) == (question.id, True)
    assert ending.closing.winners == (ALICE,)
    assert ending.closing.next_question is None  # skipped before the close: nothing opens
    summary = await study.round_summary(GUILD, round_.id)
    assert summary.round.status is RoundStatus.FINISHED
    assert [q.status for q in summary.questions] == ["closed", "skipped", "skipped"]
    # Already ended: every later conditional end loses too.
    assert await study.repository.quiz.end_round(GUILD, round_.id, now, RoundStatus.FINISHED) is None


@pytest.mark.parametrize("presses", [2, 3])
async def test_lifecycle_end_round_presses_at_once_one_summary(study, another, presses):
    """« Terminer » pressed at once (starter, moderators): one summary with the reveal, the others refused."""
    others = [await another() for _ in range(presses - 1)]
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=2)
    await study.answer(GUILD, question.id, BOB, question.body.answer)
    summaries, codes = await _settled(
        study.end_round(GUILD, round_.id, STARTER),
        *(s.end_round(GUILD, round_.id, ALICE + n, force=True) for n, s in enumerate(others)),
    )
    assert codes == ["quiz_termine"] * (presses - 1)
    [summary] = summaries
    assert summary.last_reveal is not None
    assert summary.last_reveal.first
    assert summary.last_reveal.winners == (BOB,)
    assert [(s.user_id, s.correct) for s in summary.scores] == [(BOB, 1)]


async def test_lifecycle_end_round_belongs_to_its_starter_before_and_after(study):
    """A bystander is refused while it runs and after it ended; the starter's second press is refused too."""
    round_, _ = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=3)
    refused = await _raised(study.end_round(GUILD, round_.id, ALICE))
    assert (refused.code, refused.data) == ("quiz_reserve", {"starter_id": STARTER, "action": "terminer"})
    assert (await study.round_summary(GUILD, round_.id)).round.status is RoundStatus.OPEN
    await study.end_round(GUILD, round_.id, STARTER)
    assert (await _raised(study.end_round(GUILD, round_.id, ALICE))).code == "quiz_reserve"
    assert (await _raised(study.end_round(GUILD, round_.id, STARTER))).code == "quiz_termine"
    assert (await _raised(study.end_round(GUILD, round_.id, ALICE, force=True))).code == "quiz_termine"


async def test_lifecycle_last_close_and_end_exclude_each_other(study):
    """The close of the last question ends the round: « Terminer » then loses; the reverse too."""
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=4)
    assert (await study.close_question(GUILD, question.id)).first
    assert (await _raised(study.end_round(GUILD, round_.id, STARTER))).code == "quiz_termine"

    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=5)
    summary = await study.end_round(GUILD, round_.id, STARTER)
    assert summary.last_reveal.question.id == question.id
    late = await study.close_question(GUILD, question.id)
    assert (late.first, late.next_question) == (False, None)


async def test_lifecycle_timer_and_end_at_once_post_once(study, another, clock):
    """The timer closing the last question and « Terminer » at the same instant: one of them wins."""
    other = await another()
    for seed in range(6, 11):
        round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=seed)
        clock.advance(seconds=31)
        reveals, codes = await _settled(other.close_expired(), study.end_round(GUILD, round_.id, STARTER))
        timer, ends = reveals[0], reveals[1:]
        assert len(timer) + len(ends) == 1, (timer, ends, codes)
        assert codes == ([] if ends else ["quiz_termine"])
        assert (await study.question(GUILD, question.id)).status is QuestionStatus.CLOSED


async def test_lifecycle_reveal_now_starter_once_bystander_never(study, another):
    """« Révéler »: the starter (or a moderator) closes the question early, once; a bystander is refused."""
    other = await another()
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=3, seed=12)
    refused = await _raised(study.reveal_now(GUILD, question.id, ALICE))
    assert (refused.code, refused.data) == ("quiz_reserve", {"starter_id": STARTER, "action": "reveler"})
    assert (await study.question(GUILD, question.id)).status is QuestionStatus.OPEN

    reveals, codes = await _settled(
        study.reveal_now(GUILD, question.id, STARTER), other.reveal_now(GUILD, question.id, STARTER)
    )
    assert codes == ["question_close"]
    [reveal] = reveals
    assert reveal.first
    assert reveal.next_question.position == 1
    again = await _raised(study.reveal_now(GUILD, question.id, STARTER))
    assert (again.code, again.data) == ("question_close", {"numero": 1})
    moderated = await study.reveal_now(GUILD, reveal.next_question.id, ALICE, force=True)
    assert moderated.question.position == 1
    assert (await study.round_summary(GUILD, round_.id)).round.status is RoundStatus.OPEN


async def test_lifecycle_closes_once_everyone_who_answered_before_has_answered(study, another):
    """Question 2 closes on the answer of the last member who answered question 1, not before, and once."""
    other = await another()
    _, first = await study.start_quiz(GUILD, CHANNEL, STARTER, count=3, seed=13)
    for user in (ALICE, BOB):
        await study.answer(GUILD, first.id, user, 0)
    assert await study.close_if_all_answered(first) is None  # a first question waits for its time
    second = (await study.close_question(GUILD, first.id)).next_question

    await study.answer(GUILD, second.id, CAROL, 0)  # a newcomer does not count towards the wait
    await study.answer(GUILD, second.id, ALICE, 0)
    assert await study.close_if_all_answered(second) is None
    assert (await study.question(GUILD, second.id)).status is QuestionStatus.OPEN
    await study.answer(GUILD, second.id, BOB, 1)
    reveals = await asyncio.gather(study.close_if_all_answered(second), other.close_if_all_answered(second))
    [reveal] = [r for r in reveals if r is not None]
    assert reveal.first
    assert sum(c.count for c in reveal.counts) == 3
    assert reveal.next_question.position == 2
    assert (await study.question(GUILD, second.id)).status is QuestionStatus.CLOSED


async def test_lifecycle_no_early_close_after_a_question_nobody_answered(study):
    """Nobody answered question 1: question 2 waits for its time limit, however many answer it."""
    _, first = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=14)
    second = (await study.close_question(GUILD, first.id)).next_question
    await study.answer(GUILD, second.id, ALICE, 0)
    assert await study.close_if_all_answered(second) is None
    assert (await study.question(GUILD, second.id)).status is QuestionStatus.OPEN


async def test_lifecycle_one_quiz_per_channel_with_a_link(study):
    """A second quiz in a running quiz's channel is refused with its message; other channels are free."""
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=15)
    busy = await _raised(study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=16))
    assert (busy.code, busy.data) == ("quiz_en_cours", {"serveur": GUILD, "salon": CHANNEL, "message": None})
    stored = await study.set_message(GUILD, question.id, 987654321012345678)
    assert (stored.message_id, stored.status) == (987654321012345678, QuestionStatus.OPEN)
    busy = await _raised(study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=16))
    assert busy.data["message"] == 987654321012345678
    await study.start_quiz(GUILD, CHANNEL + 1, ALICE, count=1, seed=16)
    await study.end_round(GUILD, round_.id, STARTER)
    await study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=17)


async def test_lifecycle_paragraph_of_the_day_does_not_hold_its_channel(study):
    """The day-long question of the paragraph of the day leaves its channel free for a quiz."""
    await study.set_daily(GUILD, CHANNEL, 0)
    post = await study.claim_daily(GUILD)
    assert post.question.status is QuestionStatus.OPEN
    round_, _ = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=18)
    assert round_.channel_id == CHANNEL


async def test_lifecycle_starts_at_once_in_one_channel_one_wins(study, another):
    """Five /quiz at once in one channel, through two processes: one round, four refusals."""
    other = await another()
    rounds, codes = await _settled(
        *(
            (study if n % 2 else other).start_quiz(GUILD, CHANNEL, ALICE + n, count=1, seed=n)
            for n in range(5)
        )
    )
    assert len(rounds) == 1
    assert codes == ["quiz_en_cours"] * 4


async def test_lifecycle_starts_per_hour_limit_and_when_it_frees(engines, service: Service, clock):
    """Past the hourly limit a member is refused until the oldest start is an hour old; others are not."""
    study = StudyService(service, StudyRepository(await engines(), patient_retry()), clock, starts_per_hour=2)
    first_start = clock()
    for n in range(2):
        round_, _ = await study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=n)
        await study.end_round(GUILD, round_.id, ALICE)
        clock.advance(minutes=10)
    refused = await _raised(study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=3))
    assert (refused.code, refused.data) == (
        "quiz_limite",
        {"limite": 2, "reprise": first_start + timedelta(hours=1)},
    )
    bob, _ = await study.start_quiz(GUILD, CHANNEL + 1, BOB, count=1, seed=3)
    assert bob.starter_id == BOB
    clock.advance(minutes=40)  # the first start is an hour old
    assert (await study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=4))[0].starter_id == ALICE


async def test_lifecycle_starts_per_hour_holds_at_once(engines, service: Service, clock):
    """Four starts at once by one member in four channels, through two processes: exactly the limit pass."""
    made = [
        StudyService(service, StudyRepository(await engines(), patient_retry()), clock, starts_per_hour=2)
        for _ in range(2)
    ]
    rounds, codes = await _settled(
        *(made[n % 2].start_quiz(GUILD, CHANNEL + n, ALICE, count=1, seed=n) for n in range(4))
    )
    assert len(rounds) == 2
    assert codes == ["quiz_limite"] * 2


async def _old_round(connection, channel: int, part: str, now) -> int:
    """Insert a running round of revision 0001 (two questions: open, pending); return its id."""
    columns = {"g": GUILD, "c": channel, "p": part, "now": now}
    round_id = (
        await connection.execute(
            text(
                "INSERT INTO quiz_rounds (guild_id, channel_id, starter_id, seed, theme, part, size, seconds,"
                " status, created_at) VALUES (:g, :c, 1, 1, NULL, :p, 2, 30, 'open', :now) RETURNING id"
            ),
            columns,
        )
    ).scalar_one()
    for position, status in enumerate(("open", "pending")):
        await connection.execute(
            text(
                "INSERT INTO quiz_questions (round_id, guild_id, position, kind, quote, choices, answer,"
                " status) VALUES (:r, :g, :n, 'verbe', 'x', '[\"a\", \"b\"]', 0, :s)"
            ),
            {"r": round_id, "g": GUILD, "n": position, "s": status},
        )
    return round_id


async def test_lifecycle_migration_keeps_one_running_round_per_channel(database_url, clock):
    """Upgrading a database where rounds piled up in a channel keeps the newest running, ends the others."""
    engine = create_engine(database_url)
    try:
        await migrate(engine, "0001")
        # Revision 0001 had no rule: three rounds in one channel, one elsewhere, a paragraph of the day.
        async with engine.begin() as connection:
            piled = [await _old_round(connection, CHANNEL, "tout", clock()) for _ in range(3)]
            elsewhere = await _old_round(connection, CHANNEL + 1, "tout", clock())
            daily = await _old_round(connection, CHANNEL, "jour", clock())
        await migrate(engine)
        async with engine.connect() as connection:
            rounds = dict((await connection.execute(text("SELECT id, status FROM quiz_rounds"))).all())
            questions = (
                await connection.execute(
                    text("SELECT round_id, status FROM quiz_questions ORDER BY round_id, position")
                )
            ).all()
        assert [rounds[r] for r in piled] == ["interrupted", "interrupted", "open"]
        assert (rounds[elsewhere], rounds[daily]) == ("open", "open")
        by_round = {r: [s for q, s in questions if q == r] for r in rounds}
        assert by_round[piled[0]] == by_round[piled[1]] == ["closed", "skipped"]
        assert by_round[piled[2]] == by_round[elsewhere] == by_round[daily] == ["open", "pending"]
    finally:
        await engine.dispose()
