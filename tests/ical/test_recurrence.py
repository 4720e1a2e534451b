"""The bounded day-walking RRULE expander agrees with dateutil on the rules it accepts."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.ical.recurrence import RecurrenceError, Rule, occurrence_starts

START = datetime(2026, 1, 5, 21, 0)  # a Monday evening
LAST = date(2027, 12, 31)


def _parts(rule: str) -> dict[str, list[object]]:
    parts: dict[str, list[object]] = {}
    for item in rule.split(";"):
        key, _, value = item.partition("=")
        parts[key] = [int(v) if v.lstrip("-").isdigit() else v for v in value.split(",")]
    if "UNTIL" in parts:
        parts["UNTIL"] = [datetime.strptime(str(parts["UNTIL"][0]), "%Y%m%dT%H%M%S")]
    return parts


def _ours(rule: str, start: datetime = START) -> list[datetime]:
    return list(occurrence_starts(Rule.parse(_parts(rule)), start, LAST, 5000))


def _dateutil(rule: str, start: datetime = START) -> list[datetime]:
    end = datetime.combine(LAST, start.time())
    return list(rrulestr(rule, dtstart=start).between(start, end, inc=True))


def _assert_same(rule: str, start: datetime = START) -> None:
    """Equal, allowing for DTSTART: RFC 5545 always counts it, dateutil only if it matches."""
    ours, theirs = _ours(rule, start), _dateutil(rule, start)
    if theirs[:1] != [start]:
        assert ours[:1] == [start]
        ours = ours[1:]
        if "COUNT" in rule:
            theirs = theirs[: len(ours)]
    assert ours == theirs


RULES = [
    "FREQ=DAILY;COUNT=10",
    "FREQ=DAILY;INTERVAL=3;COUNT=20",
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=40",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;COUNT=12",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU;COUNT=12",
    "FREQ=MONTHLY;BYDAY=-1FR;COUNT=10",
    "FREQ=MONTHLY;BYDAY=2MO;COUNT=10",
    "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=10",
    "FREQ=MONTHLY;BYMONTHDAY=5,20;COUNT=10",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;COUNT=2",
    "FREQ=YEARLY;COUNT=2",
    "FREQ=DAILY;BYMONTH=2;COUNT=30",
    "FREQ=WEEKLY;UNTIL=20260301T000000",
]


@pytest.mark.parametrize("rule", RULES)
def test_matches_dateutil(rule: str) -> None:
    _assert_same(rule)


@settings(max_examples=60, deadline=None)
@given(
    frequency=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]),
    interval=st.integers(1, 4),
    days=st.sets(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), max_size=3),
    count=st.integers(1, 40),
    start=st.datetimes(datetime(2025, 1, 1), datetime(2026, 12, 31)),
)
def test_random_rules_match_dateutil(
    frequency: str, interval: int, days: set[str], count: int, start: datetime
) -> None:
    start = start.replace(second=0, microsecond=0)
    by_day = f";BYDAY={','.join(sorted(days))}" if days else ""
    _assert_same(f"FREQ={frequency};INTERVAL={interval};COUNT={count}{by_day}", start)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"FREQ": ["HOURLY"]}, "not supported"),
        ({"FREQ": ["DAILY"], "BYHOUR": [9]}, "BYHOUR is not supported"),
        ({"FREQ": ["DAILY"], "INTERVAL": [0]}, "INTERVAL 0 is out of range"),
        ({"FREQ": ["DAILY"], "COUNT": ["x"]}, "not a whole number"),
        ({"FREQ": ["WEEKLY"], "BYDAY": ["XX"]}, "not a weekday"),
        ({"FREQ": ["MONTHLY"], "BYDAY": ["0MO"]}, "ordinal 0"),
        ({"FREQ": ["MONTHLY"], "BYMONTHDAY": [0]}, "BYMONTHDAY 0"),
        ({"FREQ": ["YEARLY"], "BYMONTH": [13]}, "out of range"),
        ({"FREQ": ["DAILY"], "UNTIL": ["soon"]}, "not a date"),
    ],
)
def test_bad_rules_are_refused(parts: dict[str, list[object]], message: str) -> None:
    with pytest.raises(RecurrenceError, match=message):
        Rule.parse(parts)


def test_count_limit_stops_an_endless_rule() -> None:
    rule = Rule.parse({"FREQ": ["DAILY"]})
    with pytest.raises(RecurrenceError, match="more than 100"):
        list(occurrence_starts(rule, START, LAST, 100))
