"""Guided reading sessions: order, who leads, per-member marks, controllers, restarts, the summary."""

from dataclasses import replace

import pytest

from bot.core.errors import UserError
from bot.core.study.models import ReadingRef

GUILD, OTHER_GUILD, CHANNEL, THREAD = 1111, 2222, 33, 34
ALICE, BOB, CAROL = 501, 502, 503


async def _refused(call, code: str) -> dict:
    with pytest.raises(UserError) as caught:
        await call
    assert caught.value.code == code, caught.value
    return caught.value.data


async def test_reading_walks_the_part_in_order(study, resolution):
    """A session over the operative part shows OP1..OP37 in order, staying in bounds at both ends."""
    readings = study.readings
    view = await readings.start(GUILD, CHANNEL, ALICE, part="dispositif")
    assert (view.paragraph.id, view.total, view.at_start, view.controller) == ("OP1", 37, True, 1)
    assert (await readings.move(GUILD, view.ref, ALICE, -1)).paragraph.id == "OP1"
    ids = [view.paragraph.id]
    for _ in range(40):
        view = await readings.move(GUILD, view.ref, ALICE, 1)
        ids.append(view.paragraph.id)
    assert ids[:37] == [p.id for p in resolution.operative]
    assert set(ids[37:]) == {"OP37"}
    assert (await readings.get(GUILD, view.session_id)).at_end
    assert (await readings.move(GUILD, view.ref, ALICE, -1)).paragraph.id == "OP36"


async def test_reading_by_theme_in_document_order(study, service):
    """A theme reads the paragraphs the search finds, in the order of the text."""
    found = {h.id for h in service.index.search("coopération Sud-Sud", 12)}
    order = [p.id for p in study.readings.order("tout", "coopération Sud-Sud")]
    assert set(order) == found
    document = [p.id for p in service.resolution.paragraphs]
    assert order == sorted(order, key=document.index)
    for typed, code in (("xylophone", "theme_introuvable"), (None, "partie_inconnue")):
        with pytest.raises(UserError) as caught:
            study.readings.order("milieu" if typed is None else "tout", typed)
        assert caught.value.code == code


async def test_reading_marks_are_each_members_own(study):
    """Three members mark: each mark is theirs (twice is once), nobody marks for another."""
    readings = study.readings
    view = await readings.start(GUILD, CHANNEL, ALICE, part="preambule")
    first = await readings.mark(GUILD, view.ref, BOB)
    assert (first.paragraph.id, first.user_id, first.newly) == ("PP1", BOB, True)
    assert (await readings.mark(GUILD, view.ref, BOB)).newly is False  # already marked: said so
    assert (await readings.mark(GUILD, view.ref, CAROL)).newly is True  # Bob's mark is not Carol's
    seen = {user: (await study.progress(GUILD, user)).paragraphs_seen for user in (ALICE, BOB, CAROL)}
    assert seen == {ALICE: (), BOB: ("PP1",), CAROL: ("PP1",)}
    assert (await readings.get(GUILD, view.session_id)).position == 0  # marking never moves


async def test_reading_a_stale_button_acts_on_its_own_paragraph(study):
    """Buttons under PP1, pressed after the group moved on, mark PP1 and step from PP1, not from PP3."""
    readings = study.readings
    shown = await readings.start(GUILD, CHANNEL, ALICE, part="preambule")
    now = await readings.move(GUILD, shown.ref, ALICE, 1)
    now = await readings.move(GUILD, now.ref, ALICE, 1)
    assert now.paragraph.id == "PP3"
    mark = await readings.mark(GUILD, shown.ref, BOB)  # the button still showing PP1
    assert mark.paragraph.id == "PP1"
    assert (await study.progress(GUILD, BOB)).paragraphs_seen == ("PP1",)
    # Two ▶ pressed on the same message land on the paragraph after the one it showed.
    first, second = [await readings.move(GUILD, shown.ref, ALICE, 1) for _ in range(2)]
    assert (first.paragraph.id, second.paragraph.id) == ("PP2", "PP2")


async def test_reading_only_the_starter_or_a_moderator_leads(study):
    """Another member's ◀ ▶ « Terminer » are refused and change nothing; a moderator's go through."""
    readings = study.readings
    view = await readings.start(GUILD, CHANNEL, ALICE, part="dispositif")
    data = await _refused(readings.move(GUILD, view.ref, BOB, 1), "lecture_reservee")
    assert data == {"starter_id": ALICE}
    await _refused(readings.finish(GUILD, view.ref, BOB), "lecture_reservee")
    still = await readings.get(GUILD, view.session_id)
    assert (still.position, still.status) == (0, "active")
    moved = await readings.move(GUILD, view.ref, BOB, 1, force=True)  # Manage Messages
    assert moved.paragraph.id == "OP2"
    summary = await readings.finish(GUILD, moved.ref, BOB, force=True)
    assert summary.total == 37
    again = await readings.finish(GUILD, moved.ref, CAROL)  # an ended session: its summary, to anyone
    assert again == summary


async def test_reading_resume_retires_the_previous_controller(study):
    """After resume, the old controller's buttons are refused with a link to the new one; the new ones act."""
    readings = study.readings
    old = await readings.start(GUILD, CHANNEL, ALICE, part="dispositif")
    assert old.retired_message_id is None
    assert await readings.attach(GUILD, old.ref, 7001)
    old = await readings.move(GUILD, old.ref, ALICE, 1)  # OP2
    new = await readings.resume(GUILD, CHANNEL)
    assert (new.session_id, new.controller, new.paragraph.id) == (old.session_id, 2, "OP2")
    assert new.retired_message_id == 7001
    assert await readings.attach(GUILD, new.ref, 7002)
    assert not await readings.attach(GUILD, old.ref, 7003)  # a late record of the old one is ignored
    link = {"guild_id": GUILD, "channel_id": CHANNEL, "message_id": 7002}
    assert await _refused(readings.mark(GUILD, old.ref, BOB), "etude_remplacee") == link
    assert await _refused(readings.move(GUILD, old.ref, ALICE, 1), "etude_remplacee") == link
    assert await _refused(readings.finish(GUILD, old.ref, ALICE), "etude_remplacee") == link
    still = await readings.get(GUILD, old.session_id)
    assert (still.paragraph.id, still.status) == ("OP2", "active")
    assert (await study.progress(GUILD, BOB)).paragraphs_seen == ()
    assert (await readings.move(GUILD, new.ref, ALICE, 1)).paragraph.id == "OP3"
    assert (await readings.mark(GUILD, new.ref, BOB)).paragraph.id == "OP2"


async def test_reading_earlier_ids_and_foreign_paragraphs_are_refused(study):
    """Ids of the earlier form (controller 0) are retired; a paragraph outside the session is forged."""
    readings = study.readings
    view = await readings.start(GUILD, CHANNEL, ALICE, part="preambule")
    legacy = ReadingRef(view.session_id, 0, "")
    data = await _refused(readings.mark(GUILD, legacy, ALICE), "etude_remplacee")
    assert data["message_id"] is None  # never attached: the reply says /etude reprendre instead
    await _refused(readings.move(GUILD, legacy, ALICE, 1), "etude_remplacee")
    foreign = replace(view.ref, paragraph_id="OP3")  # a preambular reading has no OP3
    await _refused(readings.mark(GUILD, foreign, ALICE), "bouton_invalide")
    await _refused(readings.move(GUILD, foreign, ALICE, 1), "bouton_invalide")
    assert (await study.progress(GUILD, ALICE)).paragraphs_seen == ()


async def test_reading_marks_and_summary(study):
    """The summary lists what anyone read, counts the readers, and the channel's quiz meanwhile."""
    readings = study.readings
    view = await readings.start(GUILD, CHANNEL, ALICE, part="preambule")
    await readings.mark(GUILD, view.ref, ALICE)
    await readings.mark(GUILD, view.ref, BOB)
    view = await readings.move(GUILD, view.ref, ALICE, 1)
    view = await readings.move(GUILD, view.ref, ALICE, 1)
    await readings.mark(GUILD, view.ref, BOB)
    _, question = await study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=2)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    _, elsewhere = await study.start_quiz(GUILD, CHANNEL + 1, ALICE, count=1, seed=2)
    await study.answer(GUILD, elsewhere.id, ALICE, elsewhere.body.answer)
    summary = await readings.finish(GUILD, view.ref, ALICE)
    assert summary.read == ("PP1", "PP3")
    assert (summary.total, summary.readers) == (33, 2)
    assert (summary.quiz.answered, summary.quiz.correct) == (1, 1)  # this channel's quiz only
    await _refused(readings.move(GUILD, view.ref, ALICE, 1), "etude_terminee")
    await _refused(readings.mark(GUILD, view.ref, BOB), "etude_terminee")
    assert (await study.progress(GUILD, BOB)).paragraphs_seen == ("PP1", "PP3")


async def test_reading_resumes_after_restart(study, another):
    """A new process resumes the channel's session at the paragraph where the group stopped."""
    view = await study.readings.start(GUILD, THREAD, ALICE)
    for _ in range(4):
        view = await study.readings.move(GUILD, view.ref, ALICE, 1)
    restarted = await another()
    resumed = await restarted.readings.resume(GUILD, THREAD)
    assert (resumed.session_id, resumed.paragraph.id, resumed.starter_id) == (view.session_id, "PP5", ALICE)
    await _refused(restarted.readings.resume(GUILD, CHANNEL), "aucune_etude")


async def test_reading_new_session_replaces_the_channels_previous(study, clock):
    """Another member cannot end a live session by starting one; its starter, a moderator, or time can."""
    readings = study.readings
    first = await readings.start(GUILD, CHANNEL, ALICE)
    await readings.attach(GUILD, first.ref, 8001)
    assert await _refused(readings.start(GUILD, CHANNEL, BOB), "lecture_en_cours") == {"starter_id": ALICE}
    assert (await readings.get(GUILD, first.session_id)).status == "active"
    second = await readings.start(GUILD, CHANNEL, ALICE, part="dispositif")  # the starter may
    assert second.retired_message_id == 8001
    assert (await readings.get(GUILD, first.session_id)).status == "finished"
    third = await readings.start(GUILD, CHANNEL, BOB, force=True)  # a moderator may
    clock.advance(minutes=61)  # nobody touched Bob's session for over an hour: anyone may
    fourth = await readings.start(GUILD, CHANNEL, CAROL)
    assert (await readings.get(GUILD, third.session_id)).status == "finished"
    assert (await readings.resume(GUILD, CHANNEL)).session_id == fourth.session_id


async def test_reading_guilds_are_isolated(study):
    """Another guild can neither resume, move, mark nor end a session it does not own."""
    readings = study.readings
    view = await readings.start(GUILD, CHANNEL, ALICE)
    await _refused(readings.resume(OTHER_GUILD, CHANNEL), "aucune_etude")
    for call in (
        readings.move(OTHER_GUILD, view.ref, ALICE, 1),
        readings.get(OTHER_GUILD, view.session_id),
        readings.finish(OTHER_GUILD, view.ref, ALICE),
        readings.mark(OTHER_GUILD, view.ref, BOB),
    ):
        await _refused(call, "etude_inconnue")
    assert (await readings.get(GUILD, view.session_id)).position == 0
