"""Time zones of the paragraph of the day, without a database: names, and the hour as an instant."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.study.zones import (
    DEFAULT_ZONE,
    MAX_SUGGESTIONS,
    canonical_zone,
    close_zones,
    local_day,
    post_time,
    suggest_zones,
    today_slot,
)

PARIS = "Europe/Paris"


@pytest.mark.parametrize(
    ("day", "hour", "expected"),
    [
        (date(2026, 1, 7), 8, datetime(2026, 1, 7, 7, tzinfo=UTC)),  # winter: UTC+1
        (date(2026, 7, 7), 8, datetime(2026, 7, 7, 6, tzinfo=UTC)),  # summer: UTC+2
        # 29 March 2026: clocks go from 2 h to 3 h; 2 h does not exist, the post comes at 3 h.
        (date(2026, 3, 29), 2, datetime(2026, 3, 29, 1, tzinfo=UTC)),
        (date(2026, 3, 29), 3, datetime(2026, 3, 29, 1, tzinfo=UTC)),
        (date(2026, 3, 29), 1, datetime(2026, 3, 29, 0, tzinfo=UTC)),  # still winter time
        # 25 October 2026: clocks go from 3 h back to 2 h; 2 h happens twice, the first counts.
        (date(2026, 10, 25), 2, datetime(2026, 10, 25, 0, tzinfo=UTC)),
        (date(2026, 10, 25), 3, datetime(2026, 10, 25, 2, tzinfo=UTC)),  # winter time again
    ],
)
def test_zones_post_time_follows_paris_summer_time(day, hour, expected):
    """The hour typed is Paris time: 8 h is 07:00 UTC in winter, 06:00 in summer; transitions resolved."""
    assert post_time(day, hour, PARIS) == expected


def test_zones_nonexistent_hour_is_posted_at_the_end_of_the_gap():
    """2 h on the spring-forward day is shown on Paris clocks as 3 h, the first instant after the gap."""
    shown = post_time(date(2026, 3, 29), 2, PARIS).astimezone(ZoneInfo(PARIS))
    assert (shown.hour, shown.minute, shown.utcoffset().total_seconds()) == (3, 0, 7200)


def test_zones_repeated_hour_is_the_first_one():
    """2 h on the fall-back day is the summer-time 2 h (UTC+2), an hour before the second one."""
    shown = post_time(date(2026, 10, 25), 2, PARIS).astimezone(ZoneInfo(PARIS))
    assert (shown.hour, shown.fold, shown.utcoffset().total_seconds()) == (2, 0, 7200)


def test_zones_local_day_is_the_servers_date():
    """At 18:00 UTC on 7 January it is already 8 January in Auckland, still 7 January in Montreal."""
    moment = datetime(2026, 1, 7, 18, tzinfo=UTC)
    assert local_day(moment, "Pacific/Auckland") == date(2026, 1, 8)
    assert local_day(moment, "America/Montreal") == date(2026, 1, 7)
    slot = today_slot(moment, 7, "Pacific/Auckland")
    assert (slot.day, slot.at) == (date(2026, 1, 8), datetime(2026, 1, 7, 18, tzinfo=UTC))  # 7 h NZDT
    assert slot.next(7, "Pacific/Auckland").at == datetime(2026, 1, 8, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/Paris", "Europe/Paris"),
        ("  europe/PARIS ", "Europe/Paris"),
        ("utc", "UTC"),
        ("paris", "Europe/Paris"),  # a city alone, when one zone bears it
        ("New York", "America/New_York"),
        ("Europe/Pariss", None),
        ("Mars/Olympus_Mons", None),
        ("", None),
    ],
)
def test_zones_canonical_names(typed, expected):
    """IANA names are found whatever their case, and by their city alone; anything else is refused."""
    assert canonical_zone(typed) == expected


def test_zones_suggestions_for_autocomplete():
    """Names starting with what is typed come first; never more than Discord's 25 choices."""
    assert suggest_zones("")[0] == DEFAULT_ZONE
    assert suggest_zones("paris") == ["Europe/Paris"]
    assert suggest_zones("europe/")[:2] == ["Europe/Amsterdam", "Europe/Andorra"]
    assert suggest_zones("new york") == ["America/New_York"]
    assert len(suggest_zones("a")) == MAX_SUGGESTIONS
    assert suggest_zones("zzzz") == []


def test_zones_close_names_after_a_typo():
    """A refused name is answered with the zones spelled alike (the error lists them)."""
    assert close_zones("Europe/Pariss")[0] == "Europe/Paris"
    assert close_zones("Montréal") == ["America/Montreal"]
    assert close_zones("Mars/Olympus") == []
