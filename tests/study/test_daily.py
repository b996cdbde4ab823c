"""The paragraph of the day: a schedule in the database, claimed once per guild and day across processes."""

import asyncio
import random

import pytest

from bot.core.errors import UserError
from bot.core.study.models import AnswerOutcome, DailyMode

GUILD, OTHER_GUILD, CHANNEL = 1111, 2222, 77


async def test_daily_schedule_is_validated_and_stored(study, another):
    """Hour, mode and zone are checked; the schedule survives a restart; stopping disables it."""
    for hour, mode, zone, code in (
        (24, "ordre", None, "heure_invalide"),
        (-1, "ordre", None, "heure_invalide"),
        (9, "x", None, "mode_inconnu"),
        (9, "ordre", "Europe/Pariss", "fuseau_inconnu"),
        (9, "ordre", "x" * 5000, "fuseau_inconnu"),
    ):
        with pytest.raises(UserError) as caught:
            await study.set_daily(GUILD, CHANNEL, hour, mode, zone)
        assert caught.value.code == code
    assert caught.value.data["suggestions"] == []  # 5,000 characters: refused by length, nothing close
    with pytest.raises(UserError) as caught:
        await study.set_daily(GUILD, CHANNEL, 9, zone="Europe/Pariss")
    assert caught.value.data["saisie"] == "Europe/Pariss"
    assert caught.value.data["suggestions"][0] == "Europe/Paris"
    assert await study.daily(GUILD) is None  # nothing stored by a refused setting
    first = await study.set_daily(GUILD, CHANNEL, 9, "Hasard")
    assert first.timezone == "Europe/Paris"  # the default zone
    await study.set_daily(GUILD, CHANNEL, 9, "Hasard", "america/MONTREAL")
    schedule = await study.set_daily(GUILD, CHANNEL + 1, 10, "ordre")  # replaces, not adds
    restarted = await another()
    assert await restarted.daily(GUILD) == schedule
    assert (schedule.channel_id, schedule.hour, schedule.mode) == (CHANNEL + 1, 10, DailyMode.ORDER)
    assert schedule.timezone == "America/Montreal"  # kept when the zone is not given again
    assert await restarted.daily(OTHER_GUILD) is None
    assert await restarted.stop_daily(GUILD) is True
    assert await restarted.stop_daily(GUILD) is False
    assert await restarted.due_daily() == []


async def test_daily_due_after_its_hour_and_claimed_once(study, another, clock):
    """Due only from its hour (here in UTC); of three processes claiming at once, one posts."""
    await study.set_daily(GUILD, CHANNEL, 13, zone="UTC")  # the clock says 12:00 UTC
    assert await study.due_daily() == []
    assert await study.claim_daily(GUILD) is None
    clock.advance(hours=1)
    assert [s.guild_id for s in await study.due_daily()] == [GUILD]
    others = [await another(), await another()]
    posts = await asyncio.gather(study.claim_daily(GUILD), *(o.claim_daily(GUILD) for o in others))
    [post] = [p for p in posts if p is not None]
    assert post.paragraph.id == "PP1"
    assert post.question.body.paragraph_id == "PP1"
    assert post.question.channel_id == CHANNEL
    assert await study.due_daily() == []
    assert await study.claim_daily(GUILD) is None
    assert await study.answer(GUILD, post.question.id, 5, post.question.body.answer) is AnswerOutcome.ACCEPTED


async def test_daily_order_goes_on_day_after_day(study, clock, resolution):
    """In order, each day posts the next paragraph, operative after preambular."""
    await study.set_daily(GUILD, CHANNEL, 0)
    posted = []
    for _ in range(35):
        post = await study.claim_daily(GUILD)
        posted.append(post.paragraph.id)
        clock.advance(days=1)
    assert posted == [p.id for p in resolution.paragraphs[:35]]


async def test_daily_random_is_reproducible_per_guild_and_day(study):
    """At random, the paragraph and its question follow from the stored seed (guild and day)."""
    await study.set_daily(GUILD, CHANNEL, 0, "hasard")
    await study.set_daily(OTHER_GUILD, CHANNEL, 0, "hasard")
    paragraphs = study.resolution.paragraphs
    seeds = set()
    for guild in (GUILD, OTHER_GUILD):
        post = await study.claim_daily(guild)
        seed = (await study.round_summary(guild, post.question.round_id)).round.seed
        seeds.add(seed)
        assert random.Random(seed).choice(paragraphs)  # noqa: S311 -- the service's own choice == post.paragraph
        assert study.generator.for_paragraph(seed, post.paragraph) == post.question.body
    assert len(seeds) == 2


async def test_daily_scheduler_loops_post_each_guild_once(study, another, clock):
    """Scheduler loops in two processes: each due guild posted once a day, a later hour waits."""
    other = await another()
    for guild in range(10, 15):
        await study.set_daily(guild, CHANNEL, 12)
    await study.set_daily(99, CHANNEL, 18)
    for _day in range(2):
        batches = await asyncio.gather(study.claim_due_daily(), other.claim_due_daily())
        posted = sorted(p.schedule.guild_id for batch in batches for p in batch)
        assert posted == list(range(10, 15))
        assert await study.claim_due_daily() == []
        clock.advance(days=1)
