"""Quiz rounds on the database: one answer per person, scoring, closing, time limits, restarts."""

import asyncio

import pytest

from bot.core.errors import UserError
from bot.core.study.models import AnswerOutcome, Score

GUILD, OTHER_GUILD, CHANNEL, STARTER = 1111, 2222, 33, 44
ALICE, BOB, CAROL = 501, 502, 503


def wrong(question) -> int:
    """A choice that is not the answer."""
    return (question.body.answer + 1) % len(question.body.choices)


async def test_quiz_round_is_stored_as_generated(study):
    """A started round stores the seed's questions in order; the first one is open."""
    round_, first = await study.start_quiz(GUILD, CHANNEL, STARTER, count=4, seed=9)
    expected = study.generator.generate(9, count=4)
    summary = await study.round_summary(GUILD, round_.id)
    assert [q.body for q in summary.questions] == expected
    assert [q.status for q in summary.questions] == ["open", "pending", "pending", "pending"]
    assert first.body == expected[0]
    assert (round_.seed, round_.size, round_.status) == (9, 4, "open")


async def test_quiz_one_answer_per_person(study):
    """A second click by the same member is a duplicate and the first answer stands."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=3)
    assert await study.answer(GUILD, question.id, ALICE, question.body.answer) is AnswerOutcome.ACCEPTED
    assert await study.answer(GUILD, question.id, ALICE, wrong(question)) is AnswerOutcome.DUPLICATE
    assert await study.answer(GUILD, question.id, BOB, wrong(question)) is AnswerOutcome.ACCEPTED
    reveal = await study.close_question(GUILD, question.id)
    assert reveal.winners == (ALICE,)
    assert sum(c.count for c in reveal.counts) == 2
    assert [c.count for c in reveal.counts if c.correct] == [1]


async def test_quiz_two_answers_at_once_one_counted(study, another):
    """Two answers from one member at the same instant, through two processes: exactly one is kept."""
    other = await another()
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=4)
    for attempt in range(5):
        user = 900 + attempt
        outcomes = await asyncio.gather(
            study.answer(GUILD, question.id, user, question.body.answer),
            other.answer(GUILD, question.id, user, wrong(question)),
        )
        assert sorted(outcomes) == sorted([AnswerOutcome.ACCEPTED, AnswerOutcome.DUPLICATE])
    progress = [await study.progress(GUILD, 900 + n) for n in range(5)]
    assert [p.score.answered for p in progress] == [1] * 5


async def test_quiz_close_reveals_once_and_opens_next(study, another):
    """Two closes racing: one is first; the next question opens once; answers after close are refused."""
    other = await another()
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=5)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    reveals = await asyncio.gather(
        study.close_question(GUILD, question.id), other.close_question(GUILD, question.id)
    )
    assert sorted(r.first for r in reveals) == [False, True]
    assert reveals[0].next_question == reveals[1].next_question
    assert reveals[0].next_question.position == 1
    assert await study.answer(GUILD, question.id, BOB, 0) is AnswerOutcome.CLOSED
    body = question.body
    if body.paragraph_id:  # the reveal quotes the paragraph the question comes from
        assert reveals[0].paragraph.id == body.paragraph_id
    last = await study.close_question(GUILD, reveals[0].next_question.id)
    assert last.next_question is None
    summary = await study.round_summary(GUILD, question.round_id)
    assert summary.round.status == "finished"
    assert [(s.user_id, s.answered, s.correct) for s in summary.scores] == [(ALICE, 1, 1)]


async def test_quiz_time_limit_refuses_late_answers(study, clock):
    """After the time limit an answer is refused even before anyone closes the question."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=6, seconds=20)
    clock.advance(seconds=19)
    assert await study.answer(GUILD, question.id, ALICE, 0) is AnswerOutcome.ACCEPTED
    assert await study.expired() == []
    clock.advance(seconds=1)
    assert await study.answer(GUILD, question.id, BOB, 0) is AnswerOutcome.CLOSED
    assert [q.id for q in await study.expired()] == [question.id]


async def test_quiz_bad_choice_and_unknown_question(study):
    """A forged choice index or question id is a UserError, not a stored answer."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=7)
    for choice in (-1, len(question.body.choices)):
        with pytest.raises(UserError) as caught:
            await study.answer(GUILD, question.id, ALICE, choice)
        assert caught.value.code == "choix_invalide"
    with pytest.raises(UserError) as caught:
        await study.answer(GUILD, question.id + 1000, ALICE, 0)
    assert caught.value.code == "question_inconnue"
    assert (await study.progress(GUILD, ALICE)).score.answered == 0


async def test_quiz_only_the_starter_ends_a_round(study):
    """Ending early: refused to others, allowed to the starter or with force; pending questions skipped."""
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=3, seed=8)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    with pytest.raises(UserError) as caught:
        await study.end_round(GUILD, round_.id, ALICE)
    assert caught.value.code == "quiz_reserve"
    summary = await study.end_round(GUILD, round_.id, STARTER)
    assert summary.round.status == "finished"
    assert [q.status for q in summary.questions] == ["closed", "skipped", "skipped"]
    assert summary.last_reveal is not None
    assert summary.last_reveal.winners == (ALICE,)
    assert [s.correct for s in summary.scores] == [1]


async def test_quiz_leaderboard_week_and_all_time(study, clock):
    """Last week's answers count all time but not this week; ranking is by correct answers."""
    clock.advance(days=-7)  # Wednesday of the previous week
    _, old = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=10)
    await study.answer(GUILD, old.id, CAROL, old.body.answer)
    await study.close_question(GUILD, old.id)  # its timer did, a week ago: the channel is free
    clock.advance(days=7)
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=11)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    await study.answer(GUILD, question.id, BOB, wrong(question))
    week = await study.leaderboard(GUILD, "semaine")
    assert [(s.rank, s.score.user_id, s.score.correct) for s in week.standings] == [
        (1, ALICE, 1),
        (2, BOB, 0),
    ]
    assert week.since.weekday() == 0
    assert week.since.hour == 0
    ever = await study.leaderboard(GUILD, "tout")
    assert [(s.rank, s.score.user_id) for s in ever.standings] == [(1, ALICE), (1, CAROL), (3, BOB)]
    with pytest.raises(UserError) as caught:
        await study.leaderboard(GUILD, "siècle")
    assert caught.value.code == "periode_inconnue"


async def test_quiz_progress_counts_answers_and_paragraphs(study):
    """Progress: answered, correct, accuracy and the paragraphs the questions were about."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=3, seed=12, part="dispositif")
    seen = set()
    for index in range(3):
        choice = question.body.answer if index != 1 else wrong(question)
        await study.answer(GUILD, question.id, ALICE, choice)
        seen.add(question.body.paragraph_id)
        question = (await study.close_question(GUILD, question.id)).next_question
    progress = await study.progress(GUILD, ALICE)
    assert (progress.score.answered, progress.score.correct) == (3, 2)
    assert progress.score.accuracy == pytest.approx(2 / 3)
    assert set(progress.paragraphs_seen) == seen
    assert progress.paragraphs_total == 70
    assert progress.rank == 1
    nobody = await study.progress(GUILD, CAROL)
    assert (nobody.score.answered, nobody.paragraphs_seen, nobody.rank) == (0, (), None)


async def test_quiz_erase_own_data(study):
    """Erasing removes one member's answers in one guild only; the others' scores stay."""
    _, question = await study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=13)
    _, elsewhere = await study.start_quiz(OTHER_GUILD, CHANNEL, STARTER, count=1, seed=13)
    for guild, q in ((GUILD, question), (OTHER_GUILD, elsewhere)):
        await study.answer(guild, q.id, ALICE, q.body.answer)
        await study.answer(guild, q.id, BOB, q.body.answer)
    erasure = await study.erase_user(GUILD, ALICE)
    assert erasure.answers == 1
    assert (await study.progress(GUILD, ALICE)).score.answered == 0
    assert (await study.progress(GUILD, BOB)).score.answered == 1
    assert (await study.progress(OTHER_GUILD, ALICE)).score.answered == 1
    assert (await study.round_summary(GUILD, question.round_id)).round.starter_id == 0


async def test_quiz_guilds_are_isolated(study):
    """A guild never sees another's questions, rounds or scores, even with a forged id."""
    round_, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=14)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    for call in (
        lambda: study.answer(OTHER_GUILD, question.id, BOB, 0),
        lambda: study.close_question(OTHER_GUILD, question.id),
        lambda: study.question(OTHER_GUILD, question.id),
    ):
        with pytest.raises(UserError) as caught:
            await call()
        assert caught.value.code == "question_inconnue"
    with pytest.raises(UserError) as caught:
        await study.round_summary(OTHER_GUILD, round_.id)
    assert caught.value.code == "quiz_inconnu"
    assert (await study.leaderboard(OTHER_GUILD)).standings == ()
    assert (await study.progress(OTHER_GUILD, ALICE)).score.answered == 0
    assert (await study.question(GUILD, question.id)).status == "open"


async def test_quiz_restart_resumes_running_and_closes_orphaned(study, another, clock):
    """After a restart: a running question resumes; a round whose timer died is closed, scores kept."""
    _, running = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=15, seconds=60)
    _, orphan = await study.start_quiz(OTHER_GUILD, CHANNEL, STARTER, count=3, seed=16, seconds=10)
    await study.answer(OTHER_GUILD, orphan.id, ALICE, orphan.body.answer)
    await study.answer(GUILD, running.id, BOB, running.body.answer)
    clock.advance(seconds=30)
    restarted, twin = await another(), await another()  # two new processes on the same database
    recovery, twin_recovery = await asyncio.gather(restarted.recover(), twin.recover())
    if not recovery.interrupted:  # whichever process ended the round reports it, the other not
        recovery, twin_recovery = twin_recovery, recovery
    assert twin_recovery.interrupted == ()
    assert [q.id for q in recovery.resumed] == [running.id]
    [summary] = recovery.interrupted
    assert summary.round.id == orphan.round_id
    assert summary.round.status == "interrupted"
    assert [q.status for q in summary.questions] == ["closed", "skipped", "skipped"]
    assert [(s.user_id, s.correct) for s in summary.scores] == [(ALICE, 1)]
    # The resumed question still takes answers and keeps those given before the restart.
    assert await restarted.answer(GUILD, running.id, CAROL, 0) is AnswerOutcome.ACCEPTED
    other = (running.body.answer + 1) % len(running.body.choices)
    assert await restarted.answer(GUILD, running.id, BOB, other) is AnswerOutcome.DUPLICATE
    assert await restarted.answer(GUILD, running.id, BOB, running.body.answer) is AnswerOutcome.RECORDED
    assert (await restarted.recover()).interrupted == ()
    assert (await restarted.leaderboard(OTHER_GUILD)).standings[0].score.user_id == ALICE


# Thirty-one writers race on one SQLite file: on a loaded 2-core machine a lock wait can outlast
# SQLite's 1 s busy timeout on every try (the deadline was once the limit, seen while the machine
# also ran other suites; the fixtures now give 30 s); what the test checks is the count, not the
# timing, so a rerun is allowed, as for the end-to-end races.
@pytest.mark.flaky(reruns=2)
async def test_quiz_close_racing_answers_counts_every_accepted_one(study, another):
    """Answers racing a close: every accepted answer is in the reveal, every refused one is not."""
    other = await another()
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=17, seconds=600)
    users = range(1000, 1030)
    answers = [(study if u % 2 else other).answer(GUILD, question.id, u, u % 3) for u in users]
    closing = other.close_question(GUILD, question.id)
    results = await asyncio.gather(*answers[:15], closing, *answers[15:])
    outcomes = results[:15] + results[16:]
    reveal = results[15]
    assert set(outcomes) <= {AnswerOutcome.ACCEPTED, AnswerOutcome.CLOSED}
    accepted = [u for u, o in zip(users, outcomes, strict=True) if o is AnswerOutcome.ACCEPTED]
    assert sum(c.count for c in reveal.counts) == len(accepted)
    correct = [u for u in accepted if u % 3 == question.body.answer]
    assert sorted(reveal.winners) == correct
    assert (await study.round_summary(GUILD, question.round_id)).scores == tuple(
        sorted(
            (Score(u, 1, int(u in correct)) for u in accepted),
            key=lambda s: (-s.correct, s.answered, s.user_id),
        )
    )


async def test_quiz_timer_loops_reveal_each_question_once(study, another, clock):
    """Timer loops in two processes close expired questions; each reveal comes out exactly once."""
    other = await another()
    _, first = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=18, seconds=10)
    _, elsewhere = await study.start_quiz(OTHER_GUILD, CHANNEL, STARTER, count=1, seed=19, seconds=20)
    assert await study.close_expired() == []
    clock.advance(seconds=10)
    reveals = [
        r for batch in await asyncio.gather(study.close_expired(), other.close_expired()) for r in batch
    ]
    assert [r.question.id for r in reveals] == [first.id]
    second = reveals[0].next_question
    clock.advance(seconds=10)
    reveals = [
        r for batch in await asyncio.gather(study.close_expired(), other.close_expired()) for r in batch
    ]
    assert sorted(r.question.id for r in reveals) == sorted([second.id, elsewhere.id])
    assert all(r.next_question is None for r in reveals)
    assert await study.expired() == []
