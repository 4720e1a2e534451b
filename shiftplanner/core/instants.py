"""Zone-aware time: turning wall-clock times into instants and measuring real durations.

Instants are UTC. A wall-clock time that does not exist (the spring-forward gap) moves
forward by the gap; an ambiguous one (the repeated fall-back hour) takes the first
occurrence. Durations are always real time, computed in UTC, because two datetimes that
share a ZoneInfo subtract in wall-clock time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class UnknownZoneError(ValueError):
    """An IANA zone name that tzdata does not know."""

    def __init__(self, name: str) -> None:
        super().__init__(f'unknown time zone "{name}"')
        self.name = name


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or UnknownZoneError.

    Example:
        >>> zone("Asia/Manila").key
        'Asia/Manila'
    """
    if not name or name != name.strip() or name.startswith("/") or ".." in name:
        raise UnknownZoneError(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise UnknownZoneError(name) from error


def is_known_zone(name: str) -> bool:
    """Whether tzdata knows the zone name."""
    try:
        zone(name)
    except UnknownZoneError:
        return False
    return True


def to_instant(day: date, clock: time, zone_name: str) -> datetime:
    """The UTC instant of a wall-clock time on a date in a zone.

    With fold=0 zoneinfo reads a gap time with the offset in force before the gap, which
    lands it forward by the gap (02:30 EST-reading = 03:30 EDT), and an ambiguous time as
    its first occurrence: exactly the plan-format rule.

    Example:
        >>> to_instant(date(2026, 3, 8), time(2, 30), "America/New_York").isoformat()
        '2026-03-08T07:30:00+00:00'
    """
    local = datetime.combine(day, clock, tzinfo=zone(zone_name))
    return local.astimezone(UTC)


def local_to_instant(local: datetime, zone_name: str) -> datetime:
    """The UTC instant of a naive local date-time in a zone (same gap/fold rules)."""
    return to_instant(local.date(), local.time().replace(tzinfo=None, fold=0), zone_name)


def in_zone(instant: datetime, zone_name: str) -> datetime:
    """An instant as wall-clock time in a zone."""
    return instant.astimezone(zone(zone_name))


def real_hours(start: datetime, end: datetime) -> float:
    """Elapsed real hours between two aware datetimes."""
    return real_duration(start, end).total_seconds() / 3600


def real_duration(start: datetime, end: datetime) -> timedelta:
    """Elapsed real time between two aware datetimes, computed through UTC."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def is_nonexistent(day: date, clock: time, zone_name: str) -> bool:
    """Whether a wall-clock time falls in a spring-forward gap."""
    instant = to_instant(day, clock, zone_name)
    back = instant.astimezone(zone(zone_name))
    return (back.date(), back.time()) != (day, clock)


def is_ambiguous(day: date, clock: time, zone_name: str) -> bool:
    """Whether a wall-clock time occurs twice (the repeated fall-back hour)."""
    tz = zone(zone_name)
    first = datetime.combine(day, clock, tzinfo=tz)
    second = first.replace(fold=1)
    return first.utcoffset() != second.utcoffset() and not is_nonexistent(day, clock, zone_name)


def day_start(day: date, zone_name: str) -> datetime:
    """The UTC instant a home-zone date begins."""
    return to_instant(day, time(0, 0), zone_name)


def day_bounds(first: date, last: date, zone_name: str) -> tuple[datetime, datetime]:
    """UTC instants spanning the home-zone dates first..last inclusive."""
    return day_start(first, zone_name), day_start(last + timedelta(days=1), zone_name)


def home_date(instant: datetime, zone_name: str) -> date:
    """The date of an instant in a zone."""
    return in_zone(instant, zone_name).date()


def parse_clock(text: str) -> time:
    """A strict `HH:MM` wall-clock time (00:00-23:59).

    Raises:
        ValueError: with a message that names the expected form.
    """
    parts = text.split(":") if isinstance(text, str) else []
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        raise ValueError(f'"{text}" is not a time of day; use HH:MM, e.g. "09:00"')
    hour, minute = int(parts[0]), int(parts[1])
    if hour > 23 or minute > 59:
        raise ValueError(f'"{text}" is not a time of day; hours run 00-23 and minutes 00-59')
    return time(hour, minute)


def format_clock(clock: time) -> str:
    """`HH:MM` for a wall-clock time."""
    return f"{clock.hour:02d}:{clock.minute:02d}"


def format_utc(instant: datetime) -> str:
    """The contract form of an instant: `YYYY-MM-DDTHH:MM:SSZ`."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def hours_text(hours: float) -> str:
    """`7 h 30 min`, `11 h`, `45 min` or `0 h`, rounded to the minute."""
    total = round(hours * 60)
    whole, minutes = divmod(abs(total), 60)
    sign = "-" if total < 0 else ""
    if whole == 0 and minutes:
        return f"{sign}{minutes} min"
    return f"{sign}{whole} h {minutes} min" if minutes else f"{sign}{whole} h"
