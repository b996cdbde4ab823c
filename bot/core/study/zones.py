"""Time zones of the paragraph of the day: a server's hour is local to its IANA zone.

Everything is stored in UTC; a zone only turns "8 h à Paris" into an instant, day by day, so
that the post follows daylight saving time. Two hours a year need a rule (Europe/Paris shown):

- the hour that does not exist (2 h on the last Sunday of March, clocks go from 2 h to 3 h): the
  post comes at the end of the gap, 3 h local, the first instant the clock shows after 2 h;
- the hour that happens twice (2 h on the last Sunday of October): the post comes at the first
  one, summer time; the (server, day) claim keeps the second from posting again.

The zone names are the ones ``zoneinfo`` knows: the system's database, or the ``tzdata`` package
where the system has none (slim Docker images), which is why the project depends on it.
"""

from __future__ import annotations

import difflib
import functools
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

DEFAULT_ZONE = "Europe/Paris"  # the bot's users are French-speaking; most are in France
MAX_ZONE_LENGTH = 64  # the longest IANA name is 32 characters; the column allows twice that
MAX_SUGGESTIONS = 25  # Discord's limit on autocomplete choices


@functools.cache
def _zones() -> dict[str, str]:
    """Every zone name ``zoneinfo`` can load, by its casefolded form (read once: it scans files)."""
    return {name.casefold(): name for name in zoneinfo.available_timezones()}


@functools.cache
def _cities() -> dict[str, str]:
    """Zone names by their last part (« paris » → Europe/Paris), for the parts only one zone has."""
    found: dict[str, list[str]] = {}
    for name in _zones().values():
        found.setdefault(_city(name), []).append(name)
    return {city: names[0] for city, names in found.items() if len(names) == 1}


def canonical_zone(typed: str) -> str | None:
    """Return the IANA name ``typed`` designates, or ``None`` if there is none.

    Case aside, and a city alone when one zone bears it (« paris », « new york »).
    """
    key = typed.strip().casefold()
    return _zones().get(key) or _cities().get(key.replace(" ", "_"))


def suggest_zones(typed: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Return zone names containing ``typed`` (case aside): names starting with it, then the rest.

    Spaces count as underscores, as users type « new york » for America/New_York.
    """
    needle = typed.strip().casefold().replace(" ", "_")
    names = sorted(_zones().values())
    if not needle:
        # Nothing typed yet: the default first, then the zones French speakers most likely need.
        common = [DEFAULT_ZONE, "UTC", "Europe/Brussels", "Europe/Zurich", "America/Montreal"]
        return [name for name in common if canonical_zone(name)][:limit]
    starts = [n for n in names if n.casefold().startswith(needle) or _city(n).startswith(needle)]
    within = [n for n in names if needle in n.casefold() and n not in starts]
    return (starts + within)[:limit]


def close_zones(typed: str, limit: int = 5) -> list[str]:
    """Return the zone names to offer after a refusal: containing ``typed``, else spelled alike."""
    found = suggest_zones(typed, limit)
    if found or not typed.strip():
        return found
    key = typed.strip().casefold().replace(" ", "_")
    by_key = _zones() | _cities()
    close = difflib.get_close_matches(key, list(by_key), n=limit, cutoff=0.75)
    return list(dict.fromkeys(by_key[match] for match in close))


def _city(name: str) -> str:
    """The last part of a zone name, casefolded (« paris » for Europe/Paris)."""
    return name.rsplit("/", 1)[-1].casefold()


def zone(name: str) -> zoneinfo.ZoneInfo:
    """Return the zone called ``name`` (a name already checked by ``canonical_zone``)."""
    return zoneinfo.ZoneInfo(name)


def post_time(day: date, hour: int, name: str) -> datetime:
    """Return, in UTC, the instant the clock of zone ``name`` first shows ``hour`` h on ``day``.

    ``fold=0`` does both rules of the module docstring: in a gap, zoneinfo applies the offset
    from before the transition, which lands on the end of the gap; in a repeated hour, it picks
    the first occurrence.
    """
    local = datetime.combine(day, time(hour), tzinfo=zone(name))
    return local.astimezone(UTC)


def local_day(moment: datetime, name: str) -> date:
    """Return the date in zone ``name`` at the (aware) instant ``moment``."""
    return moment.astimezone(zone(name)).date()


@dataclass(frozen=True, slots=True)
class Slot:
    """One day's paragraph of the day: the server's local date and the UTC instant it is due."""

    day: date
    at: datetime

    def next(self, hour: int, name: str) -> Slot:
        """Return the next day's slot."""
        following = self.day + timedelta(days=1)
        return Slot(following, post_time(following, hour, name))


def today_slot(now: datetime, hour: int, name: str) -> Slot:
    """Return the slot of the local day containing ``now`` (possibly still to come, possibly past)."""
    day = local_day(now, name)
    return Slot(day, post_time(day, hour, name))
