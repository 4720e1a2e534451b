"""Exports read back by parsers we did not write, each event at the app's own instants.

vobject (validating, with dateutil's tzical built from the file's VTIMEZONE) and the `ical`
package read the bytes; every VEVENT's UTC start and end must equal the model's, across the
US DST weeks of 2026, shifts crossing midnight, a start in the spring-forward gap and one in
the repeated fall-back hour. One reader gets the TZIDs renamed to names no zone database
knows, so only the file's own VTIMEZONE can place the times.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from ical.timezone import IcsTimezoneInfo

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import local_to_instant
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import Shift, ShiftSource
from shiftplanner.ical.events import CalendarEvent, block_events, plan_identity, shift_events
from shiftplanner.ical.writer import calendar_bytes

DATA = Path(__file__).parent / "data"
NEW_YORK = "America/New_York"
LOS_ANGELES = "America/Los_Angeles"
MANILA = "Asia/Manila"
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def _utc_at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


SPRING_WEEKS = (date(2026, 3, 2), date(2026, 3, 15))
AUTUMN_WEEKS = (date(2026, 10, 26), date(2026, 11, 8))

Instants = dict[str, tuple[datetime, datetime]]


def _plan() -> Plan:
    return parse_plan((DATA / "dst-weeks-plan.json").read_text(encoding="utf-8"))


def _events(first: date, last: date) -> list[CalendarEvent]:
    plan = _plan()
    shifts = expand(plan, first, last)
    blocks = [
        Block(BlockKind.SLEEP, "sleep", s.end + timedelta(hours=1), s.end + timedelta(hours=8))
        for s in shifts
    ]
    return shift_events(plan, plan_identity(plan), shifts) + block_events(
        plan, plan_identity(plan), blocks
    )


def _model(events: list[CalendarEvent]) -> Instants:
    return {e.uid: (e.start, e.end) for e in events}


def _vobject_instants(text: str) -> Instants:
    calendar = vobject.readOne(text, validate=True)
    return {
        str(v.uid.value): (
            v.dtstart.value.astimezone(UTC),
            v.dtend.value.astimezone(UTC),
        )
        for v in calendar.vevent_list
    }


def _ical_instants(text: str) -> Instants:
    calendar = IcsCalendarStream.calendar_from_ics(text)
    zones = {tz.tz_id: IcsTimezoneInfo.from_timezone(tz) for tz in calendar.timezones}
    instants: Instants = {}
    for event in calendar.events:
        assert isinstance(event.dtstart, datetime)
        assert isinstance(event.dtend, datetime)
        instants[str(event.uid)] = (_utc(event.dtstart, zones), _utc(event.dtend, zones))
    return instants


def _utc(value: datetime, zones: dict[str, IcsTimezoneInfo]) -> datetime:
    """Through the file's own VTIMEZONE when the value carries a TZID, else as written."""
    key = getattr(value.tzinfo, "key", None)
    if key in zones:
        return value.replace(tzinfo=zones[key]).astimezone(UTC)
    return value.astimezone(UTC)


def _renamed_zones_vobject(text: str) -> Instants:
    """vobject after renaming every TZID to one that only the file's VTIMEZONE defines."""
    for name in (NEW_YORK, LOS_ANGELES, MANILA):
        text = text.replace(name, f"Shift-Planner-Test/{name.replace('/', '-')}")
    return _vobject_instants(text)


READERS: list[Callable[[str], Instants]] = [
    _vobject_instants,
    _ical_instants,
    _renamed_zones_vobject,
]


@pytest.mark.parametrize("read", READERS, ids=["vobject", "ical", "vobject-file-zones-only"])
@pytest.mark.parametrize("weeks", [SPRING_WEEKS, AUTUMN_WEEKS], ids=["march", "november"])
def test_every_event_read_back_at_the_model_instants(
    read: Callable[[str], Instants], weeks: tuple[date, date]
) -> None:
    events = _events(*weeks)
    text = calendar_bytes(events, name="Test", stamp=STAMP).decode("utf-8")

    assert read(text) == _model(events)


@pytest.mark.parametrize("read", READERS, ids=["vobject", "ical", "vobject-file-zones-only"])
@pytest.mark.parametrize(
    ("roster_date", "expected_start", "expected_end"),
    [
        # 21:00 EST Saturday to 06:00 EDT Sunday: 8 real hours across the spring change.
        (date(2026, 3, 7), _utc_at(3, 8, 2), _utc_at(3, 8, 10)),
        # 02:30 does not exist on 8 March in New York: the duty starts 03:30 EDT.
        (date(2026, 3, 8), _utc_at(3, 8, 7, 30), _utc_at(3, 8, 14, 30)),
        # 21:00 EDT Saturday to 06:00 EST Sunday: 10 real hours across the autumn change.
        (date(2026, 10, 31), _utc_at(11, 1, 1), _utc_at(11, 1, 11)),
        # 01:30 on 1 November happens twice in New York: the first one (EDT) is meant.
        (date(2026, 11, 1), _utc_at(11, 1, 5, 30), _utc_at(11, 1, 14, 30)),
    ],
)
def test_shifts_on_the_change_days_land_on_the_right_instant(
    read: Callable[[str], Instants],
    roster_date: date,
    expected_start: datetime,
    expected_end: datetime,
) -> None:
    plan = _plan()
    around = expand(plan, roster_date - timedelta(days=1), roster_date + timedelta(days=1))
    [shift] = [s for s in around if s.roster_date == roster_date]
    events = shift_events(plan, plan_identity(plan), [shift])
    text = calendar_bytes(events, name="Test", stamp=STAMP).decode("utf-8")

    assert read(text)[events[0].uid] == (expected_start, expected_end)


def test_repeated_hour_start_is_written_in_utc_and_others_with_tzid() -> None:
    plan = _plan()
    shifts = [s for s in expand(plan, *AUTUMN_WEEKS) if s.roster_date == date(2026, 11, 1)]
    text = calendar_bytes(
        shift_events(plan, plan_identity(plan), shifts), name="Test", stamp=STAMP
    ).decode("utf-8")

    assert "DTSTART:20261101T053000Z" in text
    assert "DTEND;TZID=America/New_York:20261101T093000" in text


def test_one_vtimezone_per_zone_used() -> None:
    text = calendar_bytes(_events(*SPRING_WEEKS), name="Test", stamp=STAMP).decode("utf-8")

    tzids = [line for line in text.split("\r\n") if line.startswith("TZID:")]
    assert tzids == [f"TZID:{LOS_ANGELES}", f"TZID:{NEW_YORK}", f"TZID:{MANILA}"]


@settings(max_examples=150, deadline=None)
@given(
    zone_name=st.sampled_from([NEW_YORK, LOS_ANGELES, MANILA]),
    change_day=st.sampled_from([date(2026, 3, 8), date(2026, 11, 1)]),
    offset_minutes=st.integers(-36 * 60, 36 * 60).map(lambda m: m - m % 15),
    length_minutes=st.integers(60, 14 * 60).map(lambda m: m - m % 15),
)
def test_any_duty_near_a_change_reads_back_through_the_file_zone(
    zone_name: str, change_day: date, offset_minutes: int, length_minutes: int
) -> None:
    """A duty at any quarter hour within 36 h of a US change, read with only the file's zones."""
    plan = _plan()
    wall = datetime.combine(change_day, datetime.min.time()) + timedelta(minutes=offset_minutes)
    start = local_to_instant(wall, zone_name)
    end = start + timedelta(minutes=length_minutes)
    shift = Shift(start, end, None, "Duty", zone_name, wall.date(), 0, ShiftSource.EXTRA)
    events = shift_events(plan, plan_identity(plan), [shift])
    text = calendar_bytes(events, name="Test", stamp=STAMP).decode("utf-8")

    assert _renamed_zones_vobject(text) == {events[0].uid: (start, end)}
    assert _ical_instants(text) == {events[0].uid: (start, end)}
