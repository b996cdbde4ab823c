"""The paragraph of the day at the server's local hour, summer time and its two transitions included.

The scheduler loop is played by calling ``claim_due_daily`` at each tick of a ManualClock, on the
real storage (SQLite, and PostgreSQL with TEST_DATABASE_URL).
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from bot.core.service import Service
from bot.core.study.service import StudyService
from bot.storage.database import create_engine, migrate
from bot.storage.repository import StudyRepository
from tests.study.conftest import patient_retry

GUILD, CHANNEL = 1111, 77
PARIS = "Europe/Paris"


async def _posts(study, clock, start: datetime, end: datetime, every=timedelta(minutes=15)):
    """Tick the scheduler from ``start`` to ``end``; return (local day, UTC instant) of each post."""
    posted = []
    clock.now = start
    while clock.now <= end:
        posted += [(post.day, clock.now) for post in await study.claim_due_daily()]
        clock.now += every
    return posted


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    "due",
    [_utc(2026, 1, 7, 7), _utc(2026, 7, 7, 6)],
    ids=["hiver-8h-07utc", "ete-8h-06utc"],
)
async def test_daily_paris_hour_in_winter_and_summer(study, clock, due):
    """8 h in Paris is 07:00 UTC in January and 06:00 UTC in July: nothing a minute before, then one post."""
    clock.now = due - timedelta(minutes=1)
    schedule = await study.set_daily(GUILD, CHANNEL, 8, zone=PARIS)
    assert schedule.next_at == due
    assert await study.due_daily() == []
    assert await study.claim_daily(GUILD) is None
    clock.now = due
    post = await study.claim_daily(GUILD)
    assert post.day == due.date()
    assert (await study.daily(GUILD)).next_at == due + timedelta(days=1)
    assert await study.claim_daily(GUILD) is None  # once a day


async def test_daily_spring_forward_posts_at_three_when_two_does_not_exist(study, clock):
    """Hour 2 in Paris: 01:00 UTC on the 28th (winter), 01:00 UTC (3 h local) on the 29th, 00:00 UTC after."""
    clock.now = _utc(2026, 3, 27, 12)
    await study.set_daily(GUILD, CHANNEL, 2, zone=PARIS)
    await study.claim_daily(GUILD)  # the 27th, set after its hour: posted at once, as always
    posted = await _posts(study, clock, _utc(2026, 3, 27, 12, 15), _utc(2026, 3, 30, 12))
    assert posted == [
        (date(2026, 3, 28), _utc(2026, 3, 28, 1)),  # 2 h CET
        (date(2026, 3, 29), _utc(2026, 3, 29, 1)),  # 3 h CEST: the clock skipped 2 h
        (date(2026, 3, 30), _utc(2026, 3, 30, 0)),  # 2 h CEST
    ]


async def test_daily_fall_back_posts_once_when_two_happens_twice(study, clock):
    """Hour 2 in Paris on 25 October: posted at the first 2 h (00:00 UTC), not again at the second."""
    clock.now = _utc(2026, 10, 23, 12)
    await study.set_daily(GUILD, CHANNEL, 2, zone=PARIS)
    await study.claim_daily(GUILD)
    posted = await _posts(study, clock, _utc(2026, 10, 23, 12, 15), _utc(2026, 10, 26, 12))
    assert posted == [
        (date(2026, 10, 24), _utc(2026, 10, 24, 0)),  # 2 h CEST
        (date(2026, 10, 25), _utc(2026, 10, 25, 0)),  # the first 2 h (CEST); 01:00 UTC is the second
        (date(2026, 10, 26), _utc(2026, 10, 26, 1)),  # 2 h CET
    ]


async def test_daily_servers_in_different_zones_post_at_their_own_hour(study, clock):
    """At 7 h local, Auckland, Paris and Montreal post at 18:00, 06:00 and 12:00 UTC, each on its own day."""
    clock.now = _utc(2026, 1, 7, 17)
    zones = {1: "Pacific/Auckland", 2: PARIS, 3: "America/Montreal"}
    for guild, zone in zones.items():
        await study.set_daily(guild, CHANNEL, 7, zone=zone)
    await study.claim_due_daily()  # Paris and Montreal's 7 January: already past, posted at once
    posted = []
    clock.now = _utc(2026, 1, 7, 17, 30)
    while clock.now <= _utc(2026, 1, 8, 17, 30):
        posted += [(p.schedule.guild_id, p.day, clock.now) for p in await study.claim_due_daily()]
        clock.now += timedelta(minutes=30)
    assert posted == [
        (1, date(2026, 1, 8), _utc(2026, 1, 7, 18)),  # 7 h NZDT on the 8th, the 7th in UTC
        (2, date(2026, 1, 8), _utc(2026, 1, 8, 6)),
        (3, date(2026, 1, 8), _utc(2026, 1, 8, 12)),
    ]


async def test_daily_schedule_stored_before_zones_keeps_its_utc_hour(database_url, service: Service, clock):
    """A schedule stored at revision 0001 (hours were UTC) reads as UTC and posts at that UTC hour."""
    old = create_engine(database_url)
    try:
        await migrate(old, "0001")
        async with old.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO daily_schedules (guild_id, channel_id, hour, mode, enabled, updated_at) "
                    "VALUES (:guild, :channel, 13, 'ordre', :on, :now)"
                ),
                {"guild": GUILD, "channel": CHANNEL, "on": True, "now": clock.now},
            )
        await migrate(old)
    finally:
        await old.dispose()
    engine = create_engine(database_url)
    try:
        study = StudyService(service, StudyRepository(engine, patient_retry()), clock)
        schedule = await study.daily(GUILD)
        assert (schedule.hour, schedule.timezone, schedule.next_at) == (13, "UTC", None)
        assert [s.guild_id for s in await study.due_daily()] == [GUILD]  # not computed yet: looked at
        assert await study.claim_daily(GUILD) is None  # 12:00 UTC: not yet
        assert (await study.daily(GUILD)).next_at == _utc(2026, 1, 7, 13)
        assert await study.due_daily() == []
        clock.now = _utc(2026, 1, 7, 13)
        assert (await study.claim_daily(GUILD)).day == date(2026, 1, 7)
    finally:
        await engine.dispose()
