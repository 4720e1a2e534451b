"""Sleep estimate (day-sleep loss, naps, nights) and the rolling 7-day debt ledger."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shiftplanner.core.alertness import SleepPeriod
from shiftplanner.core.instants import in_zone, to_instant
from shiftplanner.core.sleep_estimate import (
    DutySpan,
    SleepLedger,
    SleepProfile,
    day_sleep_loss,
    estimate_sleep,
)

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
MONDAY = date(2026, 3, 2)
ANA = SleepProfile(need_hours=8, commute_hours=0.75, personal_hours=1.5)


def at(day: date, hour: int, minute: int = 0, zone: str = MANILA) -> datetime:
    return to_instant(day, time(hour, minute), zone)


def nights(count: int, first: date = MONDAY) -> list[DutySpan]:
    """22:00-07:00 night shifts on consecutive days."""
    return [
        DutySpan(at(first + timedelta(k), 22), at(first + timedelta(k + 1), 7), night=True)
        for k in range(count)
    ]


def hours(period: SleepPeriod) -> float:
    return round((period.end - period.start).total_seconds() / 3600, 2)


@pytest.mark.parametrize(
    ("end", "loss"),
    [
        (time(18, 0), 0.0),  # 18:30 with the commute
        (time(21, 30), 0.6),
        (time(23, 30), 1.0),
        (time(1, 30), 1.6),
        (time(6, 30), 3.2),
        (time(7, 0), 3.4),  # halfway between 07:00 and 08:00
        (time(8, 30), 4.0),
    ],
)
def test_day_sleep_loss_follows_the_table(end: time, loss: float) -> None:
    assert day_sleep_loss(at(MONDAY, end.hour, end.minute), MANILA, night=True) == pytest.approx(
        loss
    )


def test_day_sleep_loss_is_read_on_the_home_clock() -> None:
    """A New York duty ending 18:00 EST ends 07:00 in Manila: the loss of a morning."""
    end = to_instant(MONDAY, time(18), NEW_YORK)

    assert day_sleep_loss(end, MANILA, night=True) == pytest.approx(3.4)


def test_a_day_shift_ending_mid_afternoon_has_no_after_duty_sleep() -> None:
    assert day_sleep_loss(at(MONDAY, 15), MANILA, night=False) is None
    assert day_sleep_loss(at(MONDAY, 11), MANILA, night=True) == pytest.approx(4.0)


def test_a_week_of_nights_splits_sleep_but_meets_the_need() -> None:
    sleeps = estimate_sleep(
        nights(5), profile=ANA, home_zone=MANILA, start=at(MONDAY, 0) - timedelta(days=3),
        end=at(MONDAY, 0) + timedelta(days=8),
    )  # fmt: skip
    tuesday = [s for s in sleeps if in_zone(s.end, MANILA).date() == MONDAY + timedelta(1)]

    assert [(f"{in_zone(s.start, MANILA):%H:%M}", hours(s)) for s in tuesday] == [
        ("08:30", 4.6),  # home 07:45, wind-down, then 8 h less the 3.4 h day-sleep loss
        ("17:06", 3.4),  # topped up before leaving at 21:15
    ]
    monday_nap = [s for s in sleeps if s.start.date() == MONDAY and hours(s) == 2]
    assert monday_nap, "a 2 h nap before the first night"


def test_a_quick_return_after_nights_leaves_short_sleep() -> None:
    duties = [
        *nights(1),
        DutySpan(at(MONDAY + timedelta(1), 15), at(MONDAY + timedelta(1), 23), False),
    ]
    sleeps = estimate_sleep(
        duties, profile=ANA, home_zone=MANILA, start=at(MONDAY, 0), end=at(MONDAY, 0) + timedelta(3)
    )
    between = [s for s in sleeps if duties[0].end < s.start < duties[1].start]

    # 5 h usable from 08:30, but a body on day time wakes after 8 h less the 3.4 h loss.
    assert [hours(s) for s in between] == [4.6]


def test_planned_sleep_replaces_the_estimate_in_its_gap_only() -> None:
    planned = [SleepPeriod(at(MONDAY + timedelta(1), 9), at(MONDAY + timedelta(1), 12))]
    sleeps = estimate_sleep(
        nights(2), profile=ANA, home_zone=MANILA, start=at(MONDAY, 0),
        end=at(MONDAY, 0) + timedelta(days=4), planned=planned,
    )  # fmt: skip
    tuesday = [s for s in sleeps if nights(2)[0].end <= s.start < nights(2)[1].start]
    wednesday = [s for s in sleeps if s.start >= nights(2)[1].end]

    assert tuesday == planned
    assert hours(wednesday[0]) == 4.6


def test_ledger_counts_sleep_toward_the_day_it_ends_and_caps_repayment() -> None:
    short = [
        SleepPeriod(at(MONDAY + timedelta(k), 1), at(MONDAY + timedelta(k), 6)) for k in range(3)
    ]
    long_ = [SleepPeriod(at(MONDAY + timedelta(k), 0), at(MONDAY + timedelta(k), 12)) for k in (3,)]
    ledger = SleepLedger([*short, *long_], need_hours=8, home_zone=MANILA)
    thursday_evening = at(MONDAY + timedelta(3), 20)

    assert ledger.day_hours(MONDAY) == 5
    # Three short days (3 h each), Thursday's 12 h repays only 2 h, and the three days before
    # Monday had no sleep at all: 9 - 2 + 24 = 31 h.
    assert ledger.debt_at(thursday_evening) == pytest.approx(31)
    assert ledger.asleep_hours(at(MONDAY, 0), at(MONDAY, 3)) == 2
    assert ledger.last_wake(at(MONDAY, 3)) == at(MONDAY, 3)
    assert ledger.last_wake(at(MONDAY, 9)) == at(MONDAY, 6)
    assert ledger.last_wake(at(MONDAY, 0)) is None


@given(count=st.integers(1, 8), gap_days=st.integers(1, 3))
def test_estimate_never_sleeps_through_a_duty_and_never_overlaps(count: int, gap_days: int) -> None:
    duties = nights(count) + nights(count, MONDAY + timedelta(days=count + gap_days))
    sleeps = estimate_sleep(
        duties, profile=ANA, home_zone=MANILA, start=at(MONDAY, 0) - timedelta(days=2),
        end=duties[-1].end + timedelta(days=2),
    )  # fmt: skip

    for sleep in sleeps:
        assert all(sleep.end <= d.start or sleep.start >= d.end for d in duties)
    assert all(a.end <= b.start for a, b in pairwise(sleeps))
