"""dst-change: a shift set in New York moves in Manila time when New York changes its clocks."""

from __future__ import annotations

from datetime import date

import pytest

from shiftplanner.core.analysis import analyse
from shiftplanner.core.findings import Basis, Severity
from shiftplanner.core.instants import parse_clock
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
WEEKDAYS = ("us", "us", "us", "us", "us", "off", "off")


def us_plan(zone: str = NEW_YORK) -> Plan:
    us_day = ShiftType("us", "US day", parse_clock("09:00"), parse_clock("18:00"), zone, 60)
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(us_day,),
        rotations=(Rotation(date(2026, 1, 5), WEEKDAYS),),
    )


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (
            date(2026, 3, 9),
            date(2026, 3, 15),
            "From Mon 9 Mar your US day shift starts 21:00, not 22:00, and ends 06:00 "
            "(New York moved to daylight time).",
        ),
        (
            date(2026, 11, 2),
            date(2026, 11, 8),
            "From Mon 2 Nov your US day shift starts 22:00, not 21:00, and ends 07:00 "
            "(New York went back to standard time).",
        ),
    ],
)
def test_dst_change_is_one_info_finding_per_change(first: date, last: date, message: str) -> None:
    found = [f for f in analyse(us_plan(), first, last) if f.rule == "dst-change"]

    assert [f.message for f in found] == [message]
    assert found[0].severity is Severity.INFO
    assert found[0].basis is Basis.INFO
    assert "1 h" in found[0].suggestion


@pytest.mark.parametrize(("first", "last"), [(date(2026, 3, 2), date(2026, 3, 8))])
def test_no_dst_change_in_an_ordinary_week(first: date, last: date) -> None:
    assert not [f for f in analyse(us_plan(), first, last) if f.rule == "dst-change"]


def test_no_dst_change_for_shifts_set_in_the_home_zone() -> None:
    found = analyse(us_plan(MANILA), date(2026, 3, 9), date(2026, 3, 15))

    assert not [f for f in found if f.rule == "dst-change"]
