"""Fatigue and risk index per duty (after HSE RR446): published examples and properties."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from shiftplanner.core.fatigue_cumulative import DoorToDoor, cumulative_risk
from shiftplanner.core.fatigue_index import DutyIndex, duty_indices
from shiftplanner.core.person import WorkProfile

MANILA = "Asia/Manila"
LONDON = "Europe/London"
NEW_YORK = "America/New_York"
EST_FIXED = "Etc/GMT+5"
EDT_FIXED = "Etc/GMT+4"

# The published examples' job: moderately demanding work (2), attention some of the time (1),
# a 15-minute break every 3 hours, at most 4 hours straight and then 30 minutes off.
EXAMPLE_PROFILE = WorkProfile(
    workload=2,
    attention=1,
    break_every_minutes=180,
    break_minutes=15,
    longest_work_minutes=240,
    break_after_longest_minutes=30,
)
TWO_WEEKS = (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)
MONDAY = date(2025, 1, 6)

Duty = tuple[datetime, datetime]


def roster(zone: str, shifts: Sequence[tuple[int, time, float]]) -> list[Duty]:
    """Duties as UTC (start, end) pairs from (day number, home clock start, real hours)."""
    duties = []
    for day, clock, hours in shifts:
        local = datetime.combine(MONDAY + timedelta(days=day - 1), clock, tzinfo=ZoneInfo(zone))
        start = local.astimezone(UTC)
        duties.append((start, start + timedelta(hours=hours)))
    return duties


def same_shift(days: Sequence[int], clock: time, hours: float) -> list[tuple[int, time, float]]:
    """One shift pattern repeated on the given day numbers."""
    return [(day, clock, hours) for day in days]


def scores(results: Sequence[DutyIndex]) -> list[tuple[float, ...]]:
    """Every number of each result, without its start."""
    return [
        (
            r.fatigue_index,
            r.risk_index,
            r.fatigue_cumulative,
            r.fatigue_timing,
            r.fatigue_job,
            r.risk_cumulative,
            r.risk_timing,
            r.risk_job,
        )
        for r in results
    ]


def indices(duties: Sequence[Duty], zone: str = MANILA, commute: int = 120) -> list[DutyIndex]:
    """Indices for the example job."""
    return duty_indices(
        duties, home_zone=zone, profile=EXAMPLE_PROFILE, commute_minutes_total=commute
    )


DAY_12H = same_shift(TWO_WEEKS, time(6), 12)
DAY_11H = same_shift(TWO_WEEKS, time(6, 30), 11)
DAYS_AND_NIGHTS = sorted(same_shift(TWO_WEEKS, time(7), 10) + same_shift((6, 13), time(22), 10))


# Outputs of the HSE calculator for its example rosters 01 (the doc's check example), 02 and 05,
# as transcribed in neilcwhite/Fatigue_Prototype src/lib/fatigue-validation.ts.
@pytest.mark.parametrize(
    ("shifts", "fatigue", "risk"),
    [
        pytest.param(
            DAY_12H,
            (5.7, 7.9, 11.5, 15.1, 18.0, 7.3, 10.8, 14.4, 17.5, 19.8),
            (0.99, 1.04, 1.09, 1.14, 1.20, 1.02, 1.07, 1.12, 1.17, 1.22),
            id="12h days 06-18",
        ),
        pytest.param(
            DAY_11H,
            (4.2, 6.1, 9.1, 12.2, 15.0, 5.5, 8.4, 11.6, 14.4, 16.7),
            (0.91, 0.96, 1.01, 1.06, 1.10, 0.94, 0.98, 1.03, 1.08, 1.13),
            id="11h days 06:30-17:30",
        ),
        pytest.param(
            DAYS_AND_NIGHTS,
            (3.1, 4.7, 7.2, 9.9, 12.3, 42.0, 13.6, 15.4, 16.8, 18.0, 19.0, 44.1),
            (0.84, 0.89, 0.93, 0.98, 1.02, 1.16, 1.09, 1.14, 1.18, 1.23, 1.27, 1.44),
            id="10h days 07-17 with a 22-08 night each week",
        ),
    ],
)
@pytest.mark.parametrize("zone", [MANILA, LONDON])
def test_published_examples(
    shifts: list[tuple[int, time, float]],
    fatigue: tuple[float, ...],
    risk: tuple[float, ...],
    zone: str,
) -> None:
    results = indices(roster(zone, shifts), zone=zone)

    assert tuple(r.fatigue_index for r in results) == fatigue
    assert tuple(r.risk_index for r in results) == risk


@pytest.mark.parametrize(
    ("shifts", "position", "fatigue_parts", "risk_parts"),
    [
        pytest.param(DAY_12H, 0, (0.1, 1.3, 4.4), (0.89, 1.09, 1.02), id="first 12h day"),
        pytest.param(DAY_12H, 9, (15.0, 1.3, 4.4), (1.10, 1.09, 1.02), id="last 12h day"),
        pytest.param(DAYS_AND_NIGHTS, 5, (3.6, 18.0, 21.9), (1.08, 1.06, 1.02), id="first night"),
        pytest.param(DAYS_AND_NIGHTS, 11, (7.0, 18.0, 21.9), (1.34, 1.06, 1.02), id="second night"),
    ],
)
def test_published_components(
    shifts: list[tuple[int, time, float]],
    position: int,
    fatigue_parts: tuple[float, float, float],
    risk_parts: tuple[float, float, float],
) -> None:
    result = indices(roster(MANILA, shifts))[position]

    assert (result.fatigue_cumulative, result.fatigue_timing, result.fatigue_job) == fatigue_parts
    assert (result.risk_cumulative, result.risk_timing, result.risk_job) == risk_parts


def test_start_is_returned_as_given() -> None:
    duties = roster(MANILA, DAY_12H)

    assert [r.start for r in indices(duties)] == [start for start, _ in duties]


@pytest.mark.parametrize(
    "reorder",
    [
        pytest.param(lambda duties: list(reversed(duties)), id="reversed"),
        pytest.param(lambda duties: duties[5:] + duties[:5], id="weeks swapped"),
        pytest.param(lambda duties: duties[1::2] + duties[::2], id="interleaved"),
    ],
)
def test_input_order_does_not_change_results(reorder: Callable[[list[Duty]], list[Duty]]) -> None:
    duties = roster(MANILA, DAYS_AND_NIGHTS)

    assert indices(reorder(duties)) == indices(duties)


@pytest.mark.parametrize("days", [(1,), (1, 2, 3, 4, 5)], ids=["one duty", "five in a row"])
def test_nights_score_higher_than_the_same_days(days: tuple[int, ...]) -> None:
    by_day = indices(roster(MANILA, same_shift(days, time(8), 8)))
    by_night = indices(roster(MANILA, same_shift(days, time(22), 8)))

    for day, night in zip(by_day, by_night, strict=True):
        assert night.fatigue_index > day.fatigue_index
        assert night.fatigue_timing > day.fatigue_timing


@pytest.mark.parametrize(
    "shifts",
    [DAY_12H, same_shift((1, 2, 3), time(22), 8)],
    ids=["12h days", "nights"],
)
def test_longer_commute_raises_fatigue(shifts: list[tuple[int, time, float]]) -> None:
    duties = roster(MANILA, shifts)
    short = indices(duties, commute=40)
    long = indices(duties, commute=180)

    for near, far in zip(short, long, strict=True):
        assert far.fatigue_index > near.fatigue_index
        assert far.fatigue_cumulative == near.fatigue_cumulative


def test_duty_crossing_midnight_keeps_its_length_and_clock() -> None:
    (night,) = indices(roster(MANILA, [(1, time(22), 10)]))

    assert (night.fatigue_timing, night.fatigue_job) == (18.0, 21.9)
    assert (night.risk_timing, night.risk_job) == (1.06, 1.02)


def test_clock_hours_and_day_numbers_come_from_the_home_zone() -> None:
    manila_morning = roster(MANILA, DAY_12H)
    assert manila_morning[0][0] == datetime(2025, 1, 5, 22, tzinfo=UTC)

    seen_from_manila = indices(manila_morning, zone=MANILA)
    seen_from_london = indices(manila_morning, zone=LONDON)

    assert scores(seen_from_manila) == scores(indices(roster(LONDON, DAY_12H), zone=LONDON))
    assert seen_from_london[0].fatigue_timing > seen_from_manila[0].fatigue_timing


def _in_zone(zone: str, start: datetime, end: datetime) -> DutyIndex:
    """The index of a single duty whose ends carry the same ZoneInfo, as a caller might pass."""
    tz = ZoneInfo(zone)
    (result,) = indices([(start.replace(tzinfo=tz), end.replace(tzinfo=tz))], zone=zone)
    return result


@pytest.mark.parametrize(
    ("start", "end", "twin_zone", "twin_start", "wall_clock_hours"),
    [
        pytest.param(
            datetime(2025, 3, 8, 20), datetime(2025, 3, 9, 5), EST_FIXED, 20, 9, id="spring forward"
        ),
        pytest.param(
            datetime(2025, 11, 1, 22), datetime(2025, 11, 2, 5), EDT_FIXED, 22, 7, id="fall back"
        ),
    ],
)
def test_duty_across_dst_change_uses_its_real_length(
    start: datetime, end: datetime, twin_zone: str, twin_start: int, wall_clock_hours: int
) -> None:
    across = _in_zone(NEW_YORK, start, end)
    twin = datetime(2025, 1, 6, twin_start)
    real_twin = _in_zone(twin_zone, twin, twin + timedelta(hours=8))
    wall_twin = _in_zone(twin_zone, twin, twin + timedelta(hours=wall_clock_hours))

    def by_length(result: DutyIndex) -> tuple[float, float, float]:
        return (result.fatigue_timing, result.fatigue_job, result.risk_job)

    assert by_length(across) == by_length(real_twin)
    assert by_length(across) != by_length(wall_twin)


def test_week_one_still_weighs_on_week_two() -> None:
    week_two_alone = indices(roster(MANILA, DAY_12H[5:]))
    after_week_one = indices(roster(MANILA, DAY_12H))[5:]

    assert after_week_one[0].fatigue_cumulative > week_two_alone[0].fatigue_cumulative
    assert after_week_one[0].risk_cumulative > week_two_alone[0].risk_cumulative


def test_only_the_last_duty_of_a_night_carries_its_sleep_debt() -> None:
    split = sorted(same_shift((1, 2, 3), time(6), 4) + same_shift((1, 2, 3), time(14), 4))
    results = indices(roster(MANILA, split))
    mornings, afternoons = results[::2], results[1::2]

    assert [r.fatigue_cumulative for r in mornings] == [0.1, 0.1, 0.1]
    # Not published: the night is charged by its first duty, as in the tool, so the short
    # midday gap counts as lost sleep; charging the last duty instead gives 8.9, 9.2, 9.0.
    assert [r.fatigue_cumulative for r in afternoons] == [8.9, 22.8, 26.6]


def test_long_rest_counts_nights_cut_short_at_both_ends_as_fractions() -> None:
    # Home at 05:30 after two nights, then 48.5 h off until leaving at 06:00: 2 whole days,
    # plus (8 - 6.5) h after getting home and 7 h before leaving within 23:00-07:00 nights,
    # less the two nights those fractions already cover: 2 + 8.5 / 8 - 2 = 1.0625 nights.
    duties = [
        DoorToDoor(day=1, leave=20.5, arrive=5.5, gap_after=15.0),
        DoorToDoor(day=2, leave=20.5, arrive=5.5, gap_after=48.5),
        DoorToDoor(day=5, leave=6.0, arrive=15.0, gap_after=24.0),
    ]
    _, before, after = (risk * 1.113 / 0.98899 for risk in cumulative_risk(duties))

    assert after - 1 == pytest.approx((before - 1) * math.exp(-1.118 * 0.0625))


def test_more_demanding_job_raises_both_indices() -> None:
    duties = roster(MANILA, DAY_12H)
    calm = indices(duties)
    busy = duty_indices(
        duties,
        home_zone=MANILA,
        profile=replace(EXAMPLE_PROFILE, workload=3, attention=3),
        commute_minutes_total=120,
    )

    for easy, hard in zip(calm, busy, strict=True):
        assert hard.fatigue_job > easy.fatigue_job
        assert hard.risk_job > easy.risk_job


def test_no_duties_give_no_indices() -> None:
    assert indices([]) == []


@pytest.mark.parametrize(
    "duty",
    [
        pytest.param((datetime(2025, 1, 6, 8), datetime(2025, 1, 6, 16)), id="naive"),
        pytest.param(
            (datetime(2025, 1, 6, 16, tzinfo=UTC), datetime(2025, 1, 6, 8, tzinfo=UTC)),
            id="ends before it starts",
        ),
        pytest.param(
            (datetime(2025, 1, 6, 8, tzinfo=UTC), datetime(2025, 1, 6, 8, tzinfo=UTC)),
            id="empty",
        ),
    ],
)
def test_bad_duties_are_rejected(duty: Duty) -> None:
    with pytest.raises(ValueError, match="duty"):
        indices([duty])
