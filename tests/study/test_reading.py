"""Guided reading sessions: order, navigation, read marks, resuming after a restart, the summary."""

import pytest

from bot.core.errors import UserError

GUILD, OTHER_GUILD, CHANNEL, THREAD = 1111, 2222, 33, 34
ALICE, BOB = 501, 502


async def test_reading_walks_the_part_in_order(study, resolution):
    """A session over the operative part shows OP1..OP37 in order, staying in bounds at both ends."""
    view = await study.start_reading(GUILD, CHANNEL, ALICE, part="dispositif")
    assert (view.paragraph.id, view.total, view.at_start) == ("OP1", 37, True)
    assert (await study.previous_paragraph(GUILD, view.session_id)).paragraph.id == "OP1"
    ids = [view.paragraph.id]
    for _ in range(40):
        ids.append((await study.next_paragraph(GUILD, view.session_id)).paragraph.id)
    assert ids[:37] == [p.id for p in resolution.operative]
    assert set(ids[37:]) == {"OP37"}
    last = await study.reading(GUILD, view.session_id)
    assert last.at_end
    assert (await study.previous_paragraph(GUILD, view.session_id)).paragraph.id == "OP36"


async def test_reading_by_theme_in_document_order(study, service):
    """A theme reads the paragraphs the search finds, in the order of the text."""
    found = {h.id for h in service.index.search("coopération Sud-Sud", 12)}
    order = [p.id for p in study.reading_order("tout", "coopération Sud-Sud")]
    assert set(order) == found
    document = [p.id for p in service.resolution.paragraphs]
    assert order == sorted(order, key=document.index)
    for typed, code in (("xylophone", "theme_introuvable"), (None, "partie_inconnue")):
        with pytest.raises(UserError) as caught:
            study.reading_order("milieu" if typed is None else "tout", typed)
        assert caught.value.code == code


async def test_reading_marks_and_summary(study, clock):
    """Marks are per paragraph and member (twice is once); the summary lists what was read and the quiz."""
    view = await study.start_reading(GUILD, CHANNEL, ALICE, part="preambule")
    view = await study.mark_read(GUILD, view.session_id, ALICE)
    assert view.read
    await study.mark_read(GUILD, view.session_id, ALICE)
    await study.mark_read(GUILD, view.session_id, BOB)
    view = await study.next_paragraph(GUILD, view.session_id)
    assert not view.read
    view = await study.next_paragraph(GUILD, view.session_id)
    await study.mark_read(GUILD, view.session_id, BOB)
    _, question = await study.start_quiz(GUILD, CHANNEL, ALICE, count=1, seed=2)
    await study.answer(GUILD, question.id, ALICE, question.body.answer)
    _, elsewhere = await study.start_quiz(GUILD, CHANNEL + 1, ALICE, count=1, seed=2)
    await study.answer(GUILD, elsewhere.id, ALICE, elsewhere.body.answer)
    summary = await study.finish_reading(GUILD, view.session_id)
    assert summary.read == ("PP1", "PP3")
    assert (summary.total, summary.readers) == (33, 2)
    assert (summary.quiz.answered, summary.quiz.correct) == (1, 1)  # this channel's quiz only
    with pytest.raises(UserError) as caught:
        await study.next_paragraph(GUILD, view.session_id)
    assert caught.value.code == "etude_terminee"
    progress = await study.progress(GUILD, BOB)
    assert progress.paragraphs_seen == ("PP1", "PP3")


async def test_reading_resumes_after_restart(study, another):
    """A new process resumes the channel's session at the paragraph where the group stopped."""
    view = await study.start_reading(GUILD, THREAD, ALICE)
    for _ in range(4):
        view = await study.next_paragraph(GUILD, view.session_id)
    await study.mark_read(GUILD, view.session_id, BOB)
    restarted = await another()
    resumed = await restarted.resume_reading(GUILD, THREAD)
    assert (resumed.session_id, resumed.paragraph.id, resumed.read) == (view.session_id, "PP5", True)
    with pytest.raises(UserError) as caught:
        await restarted.resume_reading(GUILD, CHANNEL)
    assert caught.value.code == "aucune_etude"


async def test_reading_new_session_replaces_the_channels_previous(study):
    """Starting again in a channel finishes its previous session; resume picks the new one."""
    first = await study.start_reading(GUILD, CHANNEL, ALICE)
    second = await study.start_reading(GUILD, CHANNEL, BOB, part="dispositif")
    assert (await study.reading(GUILD, first.session_id)).status == "finished"
    assert (await study.resume_reading(GUILD, CHANNEL)).session_id == second.session_id


async def test_reading_guilds_are_isolated(study):
    """Another guild can neither resume, move nor mark a session it does not own."""
    view = await study.start_reading(GUILD, CHANNEL, ALICE)
    with pytest.raises(UserError) as caught:
        await study.resume_reading(OTHER_GUILD, CHANNEL)
    assert caught.value.code == "aucune_etude"
    for call in (study.next_paragraph, study.reading, study.finish_reading):
        with pytest.raises(UserError) as caught:
            await call(OTHER_GUILD, view.session_id)
        assert caught.value.code == "etude_inconnue"
    with pytest.raises(UserError):
        await study.mark_read(OTHER_GUILD, view.session_id, BOB)
    assert (await study.reading(GUILD, view.session_id)).position == 0
