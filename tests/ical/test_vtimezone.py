"""VTIMEZONE onsets checked against tzdata, read back by parsers we did not write.

Each STANDARD/DAYLIGHT is read from the serialised text and expanded with dateutil.rrule;
`vobject` (dateutil's tzical underneath) and `ical` convert times through the file's own
VTIMEZONE, never through zoneinfo. The reference transitions come from an hourly zoneinfo
scan, independent of the bisection in the module under test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from dateutil.rrule import rrulestr
from ical.calendar_stream import IcsCalendarStream
from ical.timezone import IcsTimezoneInfo

from shiftplanner.ical.vtimezone import vtimezone

NEW_YORK = "America/New_York"
LOS_ANGELES = "America/Los_Angeles"
CHICAGO = "America/Chicago"
MANILA = "Asia/Manila"
LONDON = "Europe/London"
SYDNEY = "Australia/Sydney"
SAO_PAULO = "America/Sao_Paulo"  # dropped DST in 2019
TEHRAN = "Asia/Tehran"  # fixed-date rule, not BYDAY-shaped; dropped DST in 2022

HOUR = timedelta(hours=1)

Offsets = tuple[timedelta, timedelta]
"""TZOFFSETFROM and TZOFFSETTO of one onset."""

WINDOWS = [
    (NEW_YORK, date(2026, 1, 1), date(2027, 12, 31)),
    (LOS_ANGELES, date(2026, 1, 1), date(2027, 12, 31)),
    (CHICAGO, date(2026, 1, 1), date(2027, 12, 31)),
    (MANILA, date(2026, 1, 1), date(2027, 12, 31)),
    (LONDON, date(2026, 1, 1), date(2027, 12, 31)),
    (SYDNEY, date(2026, 1, 1), date(2027, 12, 31)),
    (NEW_YORK, date(2006, 1, 1), date(2008, 12, 31)),
    (NEW_YORK, date(2026, 7, 1), date(2026, 12, 31)),
    (SYDNEY, date(2026, 1, 1), date(2026, 1, 31)),
    (SAO_PAULO, date(2018, 1, 1), date(2020, 12, 31)),
    (TEHRAN, date(2020, 1, 1), date(2023, 12, 31)),
]


def _window_id(window: tuple[str, date, date]) -> str:
    zone_name, first_day, last_day = window
    return f"{zone_name}-{first_day}-{last_day}"


def _bounds(zone_name: str, first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """The window from local midnight of the first day to the last second of the last day."""
    zone = ZoneInfo(zone_name)
    first = datetime.combine(first_day, time(), zone)
    last = datetime.combine(last_day, time(23, 59, 59), zone)
    return first, last


def _serialise(timezone: icalendar.Timezone, *events: icalendar.Event) -> str:
    """A minimal calendar around the VTIMEZONE, as the exporter writes it."""
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//shiftplanner//tests//EN")
    calendar.add("VERSION", "2.0")
    calendar.add_component(timezone)
    for event in events:
        calendar.add_component(event)
    serialised: bytes = calendar.to_ical()
    return serialised.decode()


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def _tzdata_onsets(zone_name: str, start: datetime, end: datetime) -> dict[datetime, Offsets]:
    """UTC offset changes in (start, end] by an hourly then minute-by-minute zoneinfo scan."""
    zone = ZoneInfo(zone_name)
    hour = start.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    onsets: dict[datetime, Offsets] = {}
    while hour < end:
        before, after = _offset(zone, hour), _offset(zone, hour + HOUR)
        if before != after:
            minutes = range(1, 61)
            minute = next(m for m in minutes if _offset(zone, hour + m * HOUR / 60) != before)
            instant = hour + minute * HOUR / 60
            if start < instant <= end:
                onsets[instant] = (before, after)
        hour += HOUR
    return onsets


def _utc_offset(text: str) -> timedelta:
    offset = datetime.strptime(text, "%z").utcoffset()
    assert offset is not None
    return offset


def _local_onsets(block: dict[str, str], offset_from: timedelta) -> Iterator[datetime]:
    """DTSTART and its RRULE recurrences as local times, expanded by dateutil.rrule.

    UNTIL is UTC in VTIMEZONE sub-components (RFC 5545 §3.3.10) while DTSTART is local, a mix
    dateutil refuses, so UNTIL is moved into the same local time (TZOFFSETFROM) first.
    """
    start = datetime.strptime(block["DTSTART"], "%Y%m%dT%H%M%S")
    if "RRULE" not in block:
        return iter([start])
    parts = []
    for part in block["RRULE"].split(";"):
        key, value = part.split("=")
        if key == "UNTIL":
            value = f"{datetime.strptime(value, '%Y%m%dT%H%M%SZ') + offset_from:%Y%m%dT%H%M%S}"
        parts.append(f"{key}={value}")
    rule = rrulestr(";".join(parts), dtstart=start)
    assert next(iter(rule)) == start, "DTSTART must be the rule's first instance"
    return iter(rule)


def _file_onsets(text: str, end: datetime) -> dict[datetime, Offsets]:
    """Every onset up to `end` that the serialised VTIMEZONE implies.

    RFC 5545 §3.6.5: DTSTART and its recurrences are local times in TZOFFSETFROM.
    """
    onsets: dict[datetime, Offsets] = {}
    for block in _blocks(text, "STANDARD") + _blocks(text, "DAYLIGHT"):
        offset_from = _utc_offset(block["TZOFFSETFROM"])
        offset_to = _utc_offset(block["TZOFFSETTO"])
        for local in _local_onsets(block, offset_from):
            instant = (local - offset_from).replace(tzinfo=UTC)
            if instant > end:
                break
            assert instant not in onsets, f"two components claim the onset {instant}"
            onsets[instant] = (offset_from, offset_to)
    return onsets


def _blocks(text: str, name: str) -> list[dict[str, str]]:
    """The properties of each BEGIN:name … END:name block, straight from the wire format."""
    blocks: list[dict[str, str]] = []
    inside = False
    for line in text.split("\r\n"):
        if line in (f"BEGIN:{name}", f"END:{name}"):
            inside = line.startswith("BEGIN:")
            if inside:
                blocks.append({})
        elif inside:
            key, value = line.split(":", 1)
            blocks[-1][key] = value
    return blocks


def _rule_parts(rule: str) -> set[str]:
    return set(rule.split(";"))


@pytest.mark.parametrize("window", WINDOWS, ids=_window_id)
def test_onsets_match_tzdata(window: tuple[str, date, date]) -> None:
    """From the earliest DTSTART to `last`, the file's onsets are exactly tzdata's."""
    zone_name, first_day, last_day = window
    first, last = _bounds(zone_name, first_day, last_day)
    text = _serialise(vtimezone(zone_name, first, last))

    implied = _file_onsets(text, last)
    changes = {instant: offsets for instant, offsets in implied.items() if len(set(offsets)) > 1}
    earliest = min(implied)

    assert changes == _tzdata_onsets(zone_name, earliest - HOUR, last)


@pytest.mark.parametrize("window", WINDOWS, ids=_window_id)
def test_components_describe_offset_at_first(window: tuple[str, date, date]) -> None:
    """An onset at or before `first` gives the offset that tzdata has there."""
    zone_name, first_day, last_day = window
    first, last = _bounds(zone_name, first_day, last_day)
    implied = _file_onsets(_serialise(vtimezone(zone_name, first, last)), last)

    latest_before_first = max(instant for instant in implied if instant <= first)

    assert implied[latest_before_first][1] == first.utcoffset()


@pytest.mark.parametrize("window", WINDOWS, ids=_window_id)
def test_tznames_match_tzdata(window: tuple[str, date, date]) -> None:
    """Each component's TZNAME is the abbreviation tzdata uses from its first onset on."""
    zone_name, first_day, last_day = window
    first, last = _bounds(zone_name, first_day, last_day)
    zone = ZoneInfo(zone_name)
    text = _serialise(vtimezone(zone_name, first, last))

    for block in _blocks(text, "STANDARD") + _blocks(text, "DAYLIGHT"):
        local = datetime.strptime(block["DTSTART"], "%Y%m%dT%H%M%S")
        onset = (local - _utc_offset(block["TZOFFSETFROM"])).replace(tzinfo=UTC)
        assert block["TZNAME"] == onset.astimezone(zone).tzname()


@pytest.mark.parametrize(
    ("zone_name", "first_day", "last_day", "kind", "dtstart", "rule"),
    [
        (NEW_YORK, date(2026, 1, 1), date(2027, 12, 31), "DAYLIGHT", "20260308T020000",
         "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        (NEW_YORK, date(2026, 1, 1), date(2027, 12, 31), "STANDARD", "20251102T020000",
         "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
        (LOS_ANGELES, date(2026, 1, 1), date(2027, 12, 31), "DAYLIGHT", "20260308T020000",
         "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        (LOS_ANGELES, date(2026, 1, 1), date(2027, 12, 31), "STANDARD", "20251102T020000",
         "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
        (CHICAGO, date(2026, 1, 1), date(2027, 12, 31), "DAYLIGHT", "20260308T020000",
         "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        (CHICAGO, date(2026, 1, 1), date(2027, 12, 31), "STANDARD", "20251102T020000",
         "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
        (LONDON, date(2026, 1, 1), date(2027, 12, 31), "DAYLIGHT", "20260329T010000",
         "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        (LONDON, date(2026, 1, 1), date(2027, 12, 31), "STANDARD", "20251026T020000",
         "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
        (SYDNEY, date(2026, 1, 1), date(2027, 12, 31), "DAYLIGHT", "20251005T020000",
         "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
        (SYDNEY, date(2026, 1, 1), date(2027, 12, 31), "STANDARD", "20260405T030000",
         "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
        (MANILA, date(2026, 1, 1), date(2027, 12, 31), "STANDARD", "20260101T000000", None),
        (NEW_YORK, date(2006, 1, 1), date(2008, 12, 31), "STANDARD", "20051030T020000",
         "FREQ=YEARLY;UNTIL=20061029T060000Z;BYMONTH=10;BYDAY=-1SU"),
        (NEW_YORK, date(2006, 1, 1), date(2008, 12, 31), "DAYLIGHT", "20060402T020000", None),
        (NEW_YORK, date(2006, 1, 1), date(2008, 12, 31), "DAYLIGHT", "20070311T020000",
         "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        (NEW_YORK, date(2006, 1, 1), date(2008, 12, 31), "STANDARD", "20071104T020000",
         "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    ],
)  # fmt: skip
def test_onset_is_local_time_before_the_change(
    zone_name: str, first_day: date, last_day: date, kind: str, dtstart: str, rule: str | None
) -> None:
    """DTSTART is wall time in TZOFFSETFROM (US spring 02:00, not 03:00), with the right rule.

    Southern-hemisphere Sydney starts DAYLIGHT in October; the New York window across 2007
    ends the old rule with UNTIL in UTC and keeps the lone 2006 spring onset rule-free.
    """
    first, last = _bounds(zone_name, first_day, last_day)
    text = _serialise(vtimezone(zone_name, first, last))

    [block] = [block for block in _blocks(text, kind) if block["DTSTART"] == dtstart]

    if rule is None:
        assert "RRULE" not in block
    else:
        assert _rule_parts(block["RRULE"]) == _rule_parts(rule)


def test_zone_without_dst_has_one_standard_with_its_offset() -> None:
    first, last = _bounds(MANILA, date(2026, 1, 1), date(2027, 12, 31))
    text = _serialise(vtimezone(MANILA, first, last))

    assert _blocks(text, "DAYLIGHT") == []
    [block] = _blocks(text, "STANDARD")
    assert (block["TZOFFSETFROM"], block["TZOFFSETTO"]) == ("+0800", "+0800")


def _via_vobject(text: str) -> tuple[datetime, tzinfo]:
    """The event's wall time and the file's VTIMEZONE as vobject (dateutil tzical) reads them."""
    calendar = vobject.readOne(text)
    wall: datetime = calendar.vevent.dtstart.value
    file_zone: tzinfo = calendar.vtimezone.gettzinfo()
    return wall.replace(tzinfo=None), file_zone


def _via_ical(text: str) -> tuple[datetime, tzinfo]:
    """The event's wall time and the file's VTIMEZONE as the `ical` package reads them.

    Only for windows whose components all carry an open RRULE: `ical` 14 skips observances
    given by DTSTART alone and rejects a UTC UNTIL beside a local DTSTART.
    """
    calendar = IcsCalendarStream.calendar_from_ics(text)
    [timezone] = calendar.timezones
    [event] = calendar.events
    assert isinstance(event.dtstart, datetime)
    return event.dtstart.replace(tzinfo=None), IcsTimezoneInfo.from_timezone(timezone)


Reader = Callable[[str], tuple[datetime, tzinfo]]
READERS = [pytest.param(_via_vobject, id="vobject"), pytest.param(_via_ical, id="ical")]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(
    ("wall", "expected_utc"),
    [
        (datetime(2026, 3, 7, 9), datetime(2026, 3, 7, 14, tzinfo=UTC)),
        (datetime(2026, 3, 8, 1, 30), datetime(2026, 3, 8, 6, 30, tzinfo=UTC)),
        (datetime(2026, 3, 8, 3, 30), datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
        (datetime(2026, 3, 8, 9), datetime(2026, 3, 8, 13, tzinfo=UTC)),
        (datetime(2026, 11, 1, 9), datetime(2026, 11, 1, 14, tzinfo=UTC)),
    ],
)
def test_event_round_trip_through_file_vtimezone(
    read: Reader, wall: datetime, expected_utc: datetime
) -> None:
    """DTSTART;TZID=America/New_York read back through the file's VTIMEZONE, not zoneinfo."""
    first, last = _bounds(NEW_YORK, date(2026, 1, 1), date(2027, 12, 31))
    event = icalendar.Event()
    event.add("UID", "round-trip@shiftplanner.test")
    event.add("DTSTAMP", datetime(2026, 1, 1, tzinfo=UTC))
    event.add("DTSTART", wall.replace(tzinfo=ZoneInfo(NEW_YORK)))
    text = _serialise(vtimezone(NEW_YORK, first, last), event)
    assert f"DTSTART;TZID=America/New_York:{wall:%Y%m%dT%H%M%S}" in text

    read_wall, file_zone = read(text)

    assert read_wall == wall
    assert read_wall.replace(tzinfo=file_zone).astimezone(UTC) == expected_utc


@pytest.mark.parametrize("window", WINDOWS, ids=_window_id)
def test_utc_to_local_around_each_onset_through_file_vtimezone(
    window: tuple[str, date, date],
) -> None:
    """Converting the second before and at each onset with the file's zone agrees with tzdata.

    This is where a DAYLIGHT DTSTART written after the jump puts clients an hour off.
    """
    zone_name, first_day, last_day = window
    first, last = _bounds(zone_name, first_day, last_day)
    zone = ZoneInfo(zone_name)
    text = _serialise(vtimezone(zone_name, first, last))
    file_zone = vobject.readOne(text).vtimezone.gettzinfo()

    for onset in _tzdata_onsets(zone_name, first, last):
        for instant in (onset - timedelta(seconds=1), onset):
            expected = instant.astimezone(zone)
            actual = instant.astimezone(file_zone)
            assert (actual.replace(tzinfo=None), actual.utcoffset()) == (
                expected.replace(tzinfo=None),
                expected.utcoffset(),
            )


def test_same_input_gives_same_bytes() -> None:
    first, last = _bounds(NEW_YORK, date(2006, 1, 1), date(2008, 12, 31))

    assert vtimezone(NEW_YORK, first, last).to_ical() == vtimezone(NEW_YORK, first, last).to_ical()


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (datetime(2026, 1, 1), datetime(2026, 12, 31, tzinfo=UTC), "aware"),
        (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31), "aware"),
        (datetime(2026, 12, 31, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC), "before"),
    ],
    ids=["naive-first", "naive-last", "reversed"],
)
def test_rejects_naive_or_reversed_window(first: datetime, last: datetime, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        vtimezone(NEW_YORK, first, last)


def test_window_starting_just_after_an_onset_keeps_that_onset() -> None:
    """The observance in force at `first` is described even when it began moments before."""
    zone = ZoneInfo(NEW_YORK)
    first = datetime(2026, 3, 8, 3, 0, 1, tzinfo=zone)
    last = datetime(2026, 3, 9, tzinfo=zone)
    text = _serialise(vtimezone(NEW_YORK, first, last))

    assert _blocks(text, "STANDARD") == []
    [block] = _blocks(text, "DAYLIGHT")
    assert block["DTSTART"] == "20260308T020000"


@pytest.mark.parametrize(
    ("zone_name", "first", "last"),
    [
        (MANILA, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC)),
        (NEW_YORK, datetime(2006, 1, 1, tzinfo=UTC), datetime(2008, 12, 31, tzinfo=UTC)),
    ],
)
def test_components_without_a_rule_repeat_their_onset_as_rdate(
    zone_name: str, first: datetime, last: datetime
) -> None:
    """Readers such as `ical` find no onset in a rule-less component and would fall back to UTC."""
    rule_less = [c for c in vtimezone(zone_name, first, last).subcomponents if "RRULE" not in c]
    assert rule_less
    for component in rule_less:
        assert component.get("RDATE").dts[0].dt == component.DTSTART
