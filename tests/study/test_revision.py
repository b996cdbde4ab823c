"""Spaced repetition through the study service and its storage, on SQLite and PostgreSQL (TEST_DATABASE_URL).

Time is a ManualClock: a card comes due when the test moves the clock to it.
"""

import asyncio
from datetime import timedelta

import pytest
from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State

from bot.core.errors import UserError
from bot.core.study.models import QuestionKind
from bot.core.study.revision import RevisionService
from bot.core.study.revision_models import SessionMode, Source
from bot.core.study.revision_plans import NEW_PER_DAY, fed, member_day
from bot.core.study.schedule import Grade, Stage, stage

GUILD, OTHER_GUILD = 1, 2
ANNE, BRUNO = 10, 11


def revision_of(study):
    """The revision use cases over a study service's storage and clock (as the cog builds them)."""
    return RevisionService(study.resolution, study.repository, study.clock)


def since_always(_settings):
    """A day start far in the past: every review counts as today's (for snapshots read in tests)."""
    from datetime import UTC, datetime

    return datetime(2000, 1, 1, tzinfo=UTC)


async def stored(study, guild=GUILD, user=ANNE):
    """The member's card states as stored, by card id."""
    return (await revision_of(study).repository.snapshot(guild, user, since_always)).states


async def states(study, guild=GUILD, user=ANNE):
    """The member's card states as the revision sees them: quiz answers and readings taken in."""
    revision = revision_of(study)
    snap = await revision.repository.snapshot(guild, user, since_always)
    return fed(revision.deck, snap)[0].states


async def reviews(study, guild=GUILD, user=ANNE):
    """The member's review log."""
    from datetime import UTC, datetime

    return await revision_of(study).repository.history(guild, user, datetime(2000, 1, 1, tzinfo=UTC))


async def grade_one(study, grade, user=ANNE, guild=GUILD):
    """Start a session, grade its first card, leave the session: the card graded."""
    view = await revision_of(study).start(guild, user)
    graded = await revision_of(study).grade(guild, user, view.session.id, view.session.step, grade)
    assert graded.session.reviewed == 1
    return view.card.id


async def test_revision_first_session_shows_the_text_in_order_with_anki_buttons(study):
    """A member with no cards starts with the first card of the text; the four buttons read like Anki."""
    view = await revision_of(study).start(GUILD, ANNE)
    assert view.card.id == "PP1:paragraphe"
    assert view.session.mode is SessionMode.DUE
    assert (view.revealed, view.stale, view.number) == (False, False, 1)
    assert [i.grade for i in view.intervals] == list(Grade)
    assert [i.text for i in view.intervals][:3] == ["<1 min", "<6 min", "<10 min"]
    assert view.new == NEW_PER_DAY
    shown = await revision_of(study).show(GUILD, ANNE, view.session.id, 0)
    assert shown.revealed
    assert shown.card == view.card


async def test_revision_good_grows_the_interval_and_again_comes_back_the_same_day(study, clock):
    """One card graded « Bien » whenever due: learning steps, then growing days; « À revoir »: same day."""
    card_id = await grade_one(study, Grade.GOOD)
    intervals = []
    for _ in range(7):
        [state] = (await states(study)).values()
        assert state.card_id == card_id  # a card shown but never graded leaves no state
        clock.now = state.due
        assert await grade_one(study, Grade.GOOD) == card_id
        after = (await states(study))[card_id]
        if after.state is State.Review:
            intervals.append(after.interval)
    assert intervals == sorted(set(intervals)), intervals
    assert intervals[0] >= timedelta(days=1)
    assert intervals[-1] >= timedelta(days=21)
    assert stage((await states(study))[card_id]) is Stage.MATURE

    clock.now = (await states(study))[card_id].due
    assert await grade_one(study, Grade.AGAIN) == card_id
    lapsed = (await states(study))[card_id]
    assert lapsed.due - clock() == timedelta(minutes=10)
    assert member_day(lapsed.due, None) == member_day(clock(), None)
    assert lapsed.lapses == 1
    clock.advance(minutes=10)
    again = await revision_of(study).start(GUILD, ANNE)
    assert again.card.id == card_id  # back the same day, before any new card


async def test_revision_stored_states_and_buttons_equal_fsrs_on_the_same_history(study, clock):
    """Replaying each card's logged grades through fsrs.Scheduler gives the stored state; buttons too."""
    grades = [Grade.GOOD, Grade.AGAIN, Grade.HARD, Grade.GOOD, Grade.EASY, Grade.GOOD, Grade.AGAIN]
    view = await revision_of(study).start(GUILD, ANNE)
    for number, grade in enumerate(grades * 4):
        if view.card is None:
            clock.advance(hours=9)
            view = await revision_of(study).start(GUILD, ANNE)
        scheduler = Scheduler(enable_fuzzing=False)
        history = [r for r in await reviews(study) if r.card_id == view.card.id]
        card = FsrsCard(card_id=1, due=history[0].reviewed_at if history else clock())
        for entry in history:
            card, _ = scheduler.review_card(card, entry.grade.rating, entry.reviewed_at)
        shown = {i.grade.rating: i.delta for i in view.intervals}
        assert shown == {r: scheduler.review_card(card, r, clock())[0].due - clock() for r in Rating}, number
        view = await revision_of(study).grade(GUILD, ANNE, view.session.id, view.session.step, grade)
        clock.advance(minutes=3)
    scheduler = Scheduler(enable_fuzzing=False)
    log = await reviews(study)
    for card_id, state in (await states(study)).items():
        entries = [r for r in log if r.card_id == card_id]
        card = FsrsCard(card_id=1, due=entries[0].reviewed_at)
        for entry in entries:
            card, _ = scheduler.review_card(card, entry.grade.rating, entry.reviewed_at)
        assert (state.state, state.step, state.due, state.stability, state.difficulty) == (
            card.state,
            card.step,
            card.due,
            card.stability,
            card.difficulty,
        ), card_id
    assert len(log) == len(grades) * 4


async def test_revision_new_cards_stop_at_the_daily_limit(study, clock):
    """Twenty new cards a day, then only what is in learning; the next day brings twenty more."""
    view = await revision_of(study).start(GUILD, ANNE)
    seen = []
    while view.card is not None and len(seen) < 60:
        seen.append(view.card.id)
        view = await revision_of(study).grade(GUILD, ANNE, view.session.id, view.session.step, Grade.EASY)
    assert len(seen) == NEW_PER_DAY  # « Facile » graduates at once: no learning card comes back today
    assert view.card is None
    assert (view.due, view.new) == (0, 0)
    clock.advance(days=1)
    tomorrow = await revision_of(study).start(GUILD, ANNE)
    assert tomorrow.card.id not in seen
    assert tomorrow.new == NEW_PER_DAY


async def test_revision_members_and_servers_are_kept_apart(study):
    """Another member, or the same member on another server, has none of Anne's cards or sessions."""
    card_id = await grade_one(study, Grade.GOOD)
    assert set(await states(study)) == {card_id}
    assert await states(study, user=BRUNO) == {}
    assert await states(study, guild=OTHER_GUILD) == {}
    view = await revision_of(study).start(GUILD, ANNE)
    with pytest.raises(UserError) as other_member:
        await revision_of(study).grade(GUILD, BRUNO, view.session.id, view.session.step, Grade.GOOD)
    assert other_member.value.code == "bouton_reserve"
    with pytest.raises(UserError) as other_server:
        await revision_of(study).show(OTHER_GUILD, ANNE, view.session.id, view.session.step)
    assert other_server.value.code == "revision_inconnue"
    assert len(await reviews(study)) == 1
    assert (await revision_of(study).stats(GUILD, BRUNO)).not_started == len(revision_of(study).deck)
    assert (await revision_of(study).stats(OTHER_GUILD, ANNE)).reviews_today == 0


async def test_revision_session_survives_a_restart(study, another, clock):
    """A session opened by one process is graded by the next one, from its id and step alone."""
    view = await revision_of(study).start(GUILD, ANNE)
    first = await revision_of(study).grade(GUILD, ANNE, view.session.id, 0, Grade.GOOD)
    restarted = await another()
    shown = await revision_of(restarted).show(GUILD, ANNE, view.session.id, 1)
    assert shown.revealed
    assert shown.card == first.card
    second = await revision_of(restarted).grade(GUILD, ANNE, view.session.id, 1, Grade.HARD)
    assert second.session.step == 2
    assert set(await states(restarted)) == {view.card.id, first.card.id}
    assert [r.grade for r in await reviews(restarted)] == [Grade.GOOD, Grade.HARD]


async def test_revision_same_press_twice_records_one_review(study, another):
    """Two processes receiving the same click at once: one review, the other press changes nothing."""
    view = await revision_of(study).start(GUILD, ANNE)
    second = await another()
    results = await asyncio.gather(
        revision_of(study).grade(GUILD, ANNE, view.session.id, 0, Grade.GOOD),
        revision_of(second).grade(GUILD, ANNE, view.session.id, 0, Grade.GOOD),
    )
    assert sorted(r.stale for r in results) == [False, True]
    log = await reviews(study)
    assert [(r.card_id, r.step) for r in log] == [(view.card.id, 0)]
    assert (await states(study))[view.card.id].reps == 1
    again = await revision_of(study).grade(GUILD, ANNE, view.session.id, 0, Grade.EASY)  # a late third press
    assert again.stale
    assert len(await reviews(study)) == 1


async def test_revision_cramming_leaves_the_schedule_alone(study):
    """reviser-tout walks every card from the first; its grades are logged but change no state."""
    await grade_one(study, Grade.GOOD)
    before = await states(study)
    view = await revision_of(study).start(GUILD, ANNE, SessionMode.CRAM)
    assert view.card.id == revision_of(study).deck.cards[0].id
    assert view.intervals == ()
    assert view.grades == (Grade.AGAIN, Grade.GOOD)
    order = []
    for grade in (Grade.AGAIN, *[Grade.GOOD] * 7):
        order.append(view.card.id)
        view = await revision_of(study).grade(GUILD, ANNE, view.session.id, view.session.step, grade)
    deck = [c.id for c in revision_of(study).deck.cards]
    assert order == [deck[0], *deck[1:6], deck[0], deck[6]]  # « À revoir »: back after five others
    assert await states(study) == before
    crammed = [r for r in await reviews(study) if r.source is Source.CRAM]
    assert len(crammed) == 8
    with pytest.raises(UserError) as hard:
        await revision_of(study).grade(GUILD, ANNE, view.session.id, view.session.step, Grade.HARD)
    assert hard.value.code == "bouton_invalide"


def _question(kind, choices=("a", "b"), **fields):
    from bot.core.study.models import GeneratedQuestion

    return GeneratedQuestion(kind=kind, quote="", choices=choices, answer=0, **fields)


def test_revision_quiz_questions_match_their_cards(study):
    """Each kind of quiz question names the cards it tests: same paragraph and kind, or the votes."""
    deck = revision_of(study).deck
    ids = lambda question: [c.id for c in deck.matching(question)]  # noqa: E731
    assert ids(_question(QuestionKind.PARAGRAPH, paragraph_id="OP29")) == ["OP29:paragraphe"]
    assert ids(_question(QuestionKind.VERB, paragraph_id="OP21")) == ["OP21:verbe"]
    assert ids(_question(QuestionKind.VERB, paragraph_id="OP1")) == ["OP1:paragraphe"]  # no verb card
    terms = [c for c in deck.by_paragraph["PP1"] if c.id.startswith("PP1:terme:")]
    assert ids(_question(QuestionKind.WORD, (terms[0].answer, "x"), paragraph_id="PP1")) == [terms[0].id]
    assert ids(_question(QuestionKind.WORD, paragraph_id="PP1")) == [c.id for c in terms]  # not a key term
    assert ids(_question(QuestionKind.COUNTRY_VOTE, subject="États-Unis d'Amérique")) == [
        "vote:pays:etats-unis-d-amerique"
    ]
    group = _question(QuestionKind.GROUP_VOTE, ("Roumanie", "x"), subject="Europe orientale", vote="contre")
    assert ids(group) == ["vote:groupe:eeg", "vote:pays:roumanie"]


async def test_revision_closed_quiz_answers_feed_the_cards_once(study, another, clock):
    """Revealed, a wrong answer is « À revoir » on the question's cards; the quiz writes nothing for it."""
    _, question = await study.start_quiz(GUILD, 6, 99, count=1, seed=12, theme="vote")
    wrong = (question.body.answer + 1) % len(question.body.choices)
    await study.answer(GUILD, question.id, ANNE, wrong)
    await study.answer(GUILD, question.id, BRUNO, question.body.answer)
    assert await states(study) == {}  # still open: an answer counts once revealed
    clock.advance(seconds=5)
    await study.close_question(GUILD, question.id)
    lapsed = {c.id for c in revision_of(study).deck.matching(question.body)}
    assert lapsed
    seen = await states(study)
    assert set(seen) == lapsed
    for state in seen.values():
        assert state.reps == 1
        assert state.due - clock() == timedelta(minutes=1)  # a card never studied: its first step
    assert await stored(study) == {}  # nothing written yet: the member's next revision write takes it in
    second = await another()
    await asyncio.gather(revision_of(study).start(GUILD, ANNE), revision_of(second).start(GUILD, ANNE))
    assert {k: v.reps for k, v in (await stored(study)).items()} == dict.fromkeys(lapsed, 1)  # fed once
    log = [r for r in await reviews(study) if r.source is Source.QUIZ]
    assert sorted(r.card_id for r in log) == sorted(lapsed)
    assert {(r.grade, r.reviewed_at) for r in log} == {(Grade.AGAIN, clock())}
    assert len({r.answer_id for r in log}) == 1
    assert await states(study, user=BRUNO) == {}  # right, on cards Bruno never studied: nothing
    assert await states(study, guild=OTHER_GUILD) == {}


async def test_revision_quiz_lapse_of_a_learned_card_relearns_it_and_a_right_answer_reviews_it(study, clock):
    """A review card due: a wrong quiz answer lapses it (back in ten minutes); a right one is « Bien »."""
    from bot.core.study.revision_models import Plan
    from bot.core.study.schedule import new_state, review

    _, question = await study.start_quiz(GUILD, 5, 99, count=1, seed=3, theme="vote")
    [card] = [c for c in revision_of(study).deck.matching(question.body) if c.id.startswith("vote:pays:")]
    # Learned a month ago, due by now: a review card, for both members.
    state = new_state(card.id, clock() - timedelta(days=30))
    for _ in range(2):
        state = review(state, Grade.GOOD, state.due)
    assert state.state is State.Review
    assert state.due <= clock()
    for user in (ANNE, BRUNO):
        await revision_of(study).repository.apply(
            GUILD, user, clock(), since_always, lambda snap: Plan(states=(state,))
        )
    wrong = (question.body.answer + 1) % len(question.body.choices)
    await study.answer(GUILD, question.id, ANNE, wrong)
    await study.answer(GUILD, question.id, BRUNO, question.body.answer)
    await study.close_question(GUILD, question.id)
    forgotten = (await states(study))[card.id]
    assert (forgotten.state, forgotten.lapses) == (State.Relearning, 1)
    assert forgotten.due - clock() == timedelta(minutes=10)
    remembered = (await states(study, user=BRUNO))[card.id]
    assert (remembered.state, remembered.lapses, remembered.reps) == (State.Review, 0, state.reps + 1)
    assert remembered.interval > state.interval


async def test_revision_reading_mark_makes_the_paragraph_cards_new_and_first(study, clock):
    """« Marquer comme lu » on OP21 makes its cards new cards; the next session starts with them, once."""
    view = await study.readings.start(GUILD, 7, 99, part="dispositif")
    view = await study.readings.move(GUILD, view.ref, 99, 20)
    assert view.paragraph.id == "OP21"
    await study.readings.mark(GUILD, view.ref, ANNE)
    clock.advance(minutes=1)
    await study.readings.mark(GUILD, view.ref, ANNE)  # twice is once
    expected = {c.id for c in revision_of(study).deck.by_paragraph["OP21"]}
    seen = await states(study)
    assert set(seen) == expected
    assert all(s.last_review is None and s.due == clock() - timedelta(minutes=1) for s in seen.values())
    assert await states(study, user=BRUNO) == {}
    figures = await revision_of(study).stats(GUILD, ANNE)
    assert (figures.new, figures.not_started) == (len(expected), len(revision_of(study).deck) - len(expected))
    session = await revision_of(study).start(GUILD, ANNE)
    assert session.card.id == "OP21:paragraphe"
    assert set(await stored(study)) == expected  # written with the session's first write


async def test_revision_stats_count_stages_and_retention(study, clock):
    """Stages from the states; retention over the review cards graded in the last 30 days."""
    view = await revision_of(study).start(GUILD, ANNE)
    for _ in range(3):  # three new cards straight to review
        view = await revision_of(study).grade(GUILD, ANNE, view.session.id, view.session.step, Grade.EASY)
    clock.now = max(s.due for s in (await states(study)).values())
    view = await revision_of(study).start(GUILD, ANNE)
    for grade in (Grade.GOOD, Grade.GOOD, Grade.AGAIN):  # the same three, now due: two remembered
        assert view.state.state is State.Review
        view = await revision_of(study).grade(GUILD, ANNE, view.session.id, view.session.step, grade)
    figures = await revision_of(study).stats(GUILD, ANNE)
    assert (figures.new, figures.learning, figures.young + figures.mature) == (0, 1, 2)
    assert figures.retention == pytest.approx(2 / 3)
    assert figures.retention_reviews == 3
    assert figures.reviews_today == 3
    assert figures.due_today == figures.learning_today == 1  # the forgotten one, back in ten minutes
    assert figures.not_started == len(revision_of(study).deck) - 3
    assert figures.new_available == NEW_PER_DAY  # a new day: the three of the first day do not count
    clock.advance(days=31)
    later = await revision_of(study).stats(GUILD, ANNE)
    assert (later.retention, later.retention_reviews, later.reviews_today) == (None, 0, 0)


async def test_revision_streak_counts_consecutive_days_until_one_is_missed(study, clock):
    """Three days in a row: 3, still 3 the next day before reviewing, 0 once a whole day is missed."""
    for _ in range(3):
        view = await revision_of(study).start(GUILD, ANNE, SessionMode.CRAM)
        await revision_of(study).grade(GUILD, ANNE, view.session.id, 0, Grade.GOOD)
        assert (await revision_of(study).stats(GUILD, ANNE)).reviews_today == 1
        clock.advance(days=1)
    assert (await revision_of(study).stats(GUILD, ANNE)).streak == 3
    clock.advance(hours=14)  # 3 a.m. in Paris: still the same day for Anki's 4 a.m. rollover
    assert (await revision_of(study).stats(GUILD, ANNE)).streak == 3
    clock.advance(days=1)
    assert (await revision_of(study).stats(GUILD, ANNE)).streak == 0


async def test_revision_erase_removes_everything_of_that_member_only(study, clock):
    """effacer: Anne's cards, reviews, sessions and reminder go, and her past quizzes do not come back."""
    await grade_one(study, Grade.GOOD)
    await grade_one(study, Grade.GOOD, user=BRUNO)
    await revision_of(study).set_reminder(GUILD, ANNE, 8, "Europe/Paris", 42)
    _, question = await study.start_quiz(GUILD, 6, 99, count=1, seed=12, theme="vote")
    await study.answer(GUILD, question.id, ANNE, (question.body.answer + 1) % len(question.body.choices))
    await study.close_question(GUILD, question.id)
    assert len(await states(study)) > 1
    erased = await revision_of(study).erase(GUILD, ANNE)
    assert (erased.cards, erased.reviews) == (1, 1)
    assert await states(study) == {}  # the quiz answered before erasing feeds nothing again
    assert (await revision_of(study).settings(GUILD, ANNE)).reminder_hour is None
    assert len(await states(study, user=BRUNO)) == 1
    with pytest.raises(UserError) as empty:
        await revision_of(study).export(GUILD, ANNE)
    assert empty.value.code == "revision_vide"
    clock.advance(seconds=1)
    _, later = await study.start_quiz(GUILD, 6, 99, count=1, seed=12, theme="vote")
    await study.answer(GUILD, later.id, ANNE, (later.body.answer + 1) % len(later.body.choices))
    await study.close_question(GUILD, later.id)
    assert set(await states(study)) == {c.id for c in revision_of(study).deck.matching(later.body)}


async def test_revision_export_lists_the_member_cards_or_the_whole_deck(study, clock):
    """The member's cards with their stage and paragraph text; ``everything`` adds the rest, unstaged."""
    card_id = await grade_one(study, Grade.GOOD)
    [mine] = await revision_of(study).export(GUILD, ANNE)
    assert (mine.card.id, mine.stage) == (card_id, Stage.LEARNING)
    assert mine.paragraph_text == study.resolution.get("PP1").text
    everything = await revision_of(study).export(GUILD, ANNE, everything=True)
    assert len(everything) == len(revision_of(study).deck)
    assert sum(1 for e in everything if e.stage is None) == len(everything) - 1


async def test_revision_reminder_in_the_member_time_zone_once_a_day(study, clock):
    """A reminder at 8 h in Montreal is claimed once that day after 8 h there, only with cards waiting."""
    settings = await revision_of(study).set_reminder(GUILD, ANNE, 8, "america/montreal", 42)
    assert (settings.timezone, settings.reminder_hour, settings.reminder_channel) == (
        "America/Montreal",
        8,
        42,
    )
    await revision_of(study).set_reminder(GUILD, BRUNO, 8, "America/Montreal", 42)  # nothing to review
    await grade_one(study, Grade.AGAIN)  # 12:00 UTC is 7:00 in Montreal: too early
    assert await revision_of(study).claim_reminders() == []
    clock.advance(hours=1, minutes=5)
    [reminder] = await revision_of(study).claim_reminders()
    assert (reminder.user_id, reminder.due, reminder.channel_id, reminder.timezone) == (
        ANNE,
        1,
        42,
        "America/Montreal",
    )
    assert await revision_of(study).claim_reminders() == []  # once a day, Bruno's claimed without a message
    clock.advance(days=1)
    assert [r.user_id for r in await revision_of(study).claim_reminders()] == [ANNE]


async def test_revision_reminder_set_after_its_hour_starts_tomorrow_and_refusal_stops_it(study, clock):
    """Set at 13 h for 9 h: nothing today. Closed DMs: no more claims, and the member is told once."""
    await revision_of(study).set_reminder(GUILD, ANNE, 9, None, None)  # 13:00 in Paris
    await grade_one(study, Grade.AGAIN)
    assert await revision_of(study).claim_reminders() == []
    clock.advance(days=1)
    assert len(await revision_of(study).claim_reminders()) == 1
    await revision_of(study).dm_refused(GUILD, ANNE, told=False)
    clock.advance(days=1)
    assert await revision_of(study).claim_reminders() == []
    assert await revision_of(study).refusal_notice(GUILD, ANNE) is True
    assert await revision_of(study).refusal_notice(GUILD, ANNE) is False
    again = await revision_of(study).set_reminder(GUILD, ANNE, 9, None, None)  # setting it again tries again
    assert again.dm_refused_at is None


async def test_revision_reminder_rejects_unknown_zones_and_hours(study):
    """An unknown time zone or an hour out of 0-23 is explained, nothing stored."""
    with pytest.raises(UserError) as zone:
        await revision_of(study).set_reminder(GUILD, ANNE, 8, "Mars/Olympus_Mons", None)
    assert (zone.value.code, zone.value.data["saisie"]) == ("fuseau_inconnu", "Mars/Olympus_Mons")
    with pytest.raises(UserError) as hour:
        await revision_of(study).set_reminder(GUILD, ANNE, 24, None, None)
    assert hour.value.code == "rappel_invalide"
    assert (await revision_of(study).settings(GUILD, ANNE)).reminder_hour is None
