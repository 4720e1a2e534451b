"""Tests for the Three-Process Model of alertness (KSS predictions)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shiftplanner.core.alertness import (
    AlertnessTimeline,
    SleepPeriod,
    default_sleeps_before,
    kss_at,
    peak_kss,
)

MANILA = "Asia/Manila"
LONDON = "Europe/London"
NEW_YORK = "America/New_York"
UTC_MINUS_4 = "Etc/GMT+4"  # POSIX sign: a fixed UTC-4, New York's summer offset
UTC_MINUS_5 = "Etc/GMT+5"


def at(zone: str, day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    """A wall-clock time in 2026 in a zone."""
    return datetime(2026, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def night_shift_peak(extra_sleeps: list[SleepPeriod], nights: int = 2) -> tuple[float, datetime]:
    """Peak KSS of a first 22:00-07:00 night shift in Manila after normal nights."""
    start, end = at(MANILA, 2, 22), at(MANILA, 3, 7)
    sleeps = default_sleeps_before(start, home_zone=MANILA, nights=nights) + extra_sleeps
    return peak_kss(start, end, sleeps, home_zone=MANILA)


def model_kss(s: float, clock_hour: float, inertia_hours: float | None = None) -> float:
    """KSS straight from the published equations, for spot checks."""
    c = 2.5 * math.cos(2 * math.pi * (clock_hour - 16.8) / 24)
    u = -0.5 + 0.5 * math.cos(2 * math.pi * (clock_hour - 19.8) / 12)
    w = 0.0 if inertia_hours is None else -5.72 * math.exp(-1.51 * inertia_hours)
    return min(9.0, max(1.0, 10.6 - 0.6 * (s + c + u + w)))


def test_first_night_shift_peaks_near_kss_7_9_before_dawn() -> None:
    kss, when = night_shift_peak([])

    assert kss == pytest.approx(7.9, abs=0.15)
    assert at(MANILA, 3, 4) <= when <= at(MANILA, 3, 4, 30)


def test_afternoon_nap_before_first_night_lowers_peak_by_about_0_85() -> None:
    nap = SleepPeriod(at(MANILA, 2, 15), at(MANILA, 2, 17))

    without_nap, _ = night_shift_peak([])
    with_nap, _ = night_shift_peak([nap])

    assert without_nap - with_nap == pytest.approx(0.85, abs=0.15)


def test_two_normal_nights_wash_out_the_initial_value() -> None:
    two_nights, _ = night_shift_peak([], nights=2)
    five_nights, _ = night_shift_peak([], nights=5)

    assert two_nights == pytest.approx(five_nights, abs=0.05)


@pytest.mark.parametrize("zone", [MANILA, LONDON, NEW_YORK])
def test_day_shift_after_normal_sleep_peaks_well_below_7(zone: str) -> None:
    start, end = at(zone, 3, 8, month=6), at(zone, 3, 17, month=6)
    sleeps = default_sleeps_before(start, home_zone=zone)

    kss, _ = peak_kss(start, end, sleeps, home_zone=zone)

    assert kss < 5.5


@pytest.mark.parametrize("woke_at", [5, 7, 9, 11, 13])
def test_longer_prior_wakefulness_gives_higher_kss(woke_at: int) -> None:
    def kss_at_21(wake_hour: int) -> float:
        wake = at(MANILA, 2, wake_hour)
        sleeps = [SleepPeriod(wake - timedelta(hours=8), wake)]
        return kss_at([at(MANILA, 2, 21)], sleeps, home_zone=MANILA)[0]

    assert kss_at_21(woke_at) > kss_at_21(woke_at + 2)


@given(
    sleeps=st.lists(
        st.tuples(st.floats(0, 24 * 14), st.floats(0.1, 30)),
        max_size=12,
    ),
    queries=st.lists(st.floats(0, 24 * 20), min_size=1, max_size=20),
)
def test_kss_stays_on_the_scale(sleeps: list[tuple[float, float]], queries: list[float]) -> None:
    origin = at(MANILA, 1, 0)
    periods = [
        SleepPeriod(origin + timedelta(hours=start), origin + timedelta(hours=start + length))
        for start, length in sleeps
    ]
    times = [origin + timedelta(hours=hours) for hours in queries]

    assert all(1.0 <= kss <= 9.0 for kss in kss_at(times, periods, home_zone=MANILA))


def test_kss_clamps_at_9_after_three_days_awake() -> None:
    timeline = AlertnessTimeline([], home_zone=MANILA, start=at(MANILA, 1, 0))

    assert timeline.kss(at(MANILA, 4, 4)) == 9.0


def test_kss_clamps_at_1_asleep_at_the_afternoon_high() -> None:
    sleeps = [SleepPeriod(at(MANILA, 1, 0), at(MANILA, 1, 18))]

    assert kss_at([at(MANILA, 1, 16, 48)], sleeps, home_zone=MANILA) == [1.0]


@pytest.mark.parametrize("given_in", ["UTC", MANILA, LONDON, NEW_YORK])
def test_instants_matter_not_the_zone_they_are_written_in(given_in: str) -> None:
    zone = ZoneInfo(given_in)
    sleeps = [
        SleepPeriod(at(MANILA, 1, 23).astimezone(zone), at(MANILA, 2, 7).astimezone(zone)),
        SleepPeriod(at(MANILA, 2, 13).astimezone(zone), at(MANILA, 2, 16).astimezone(zone)),
    ]
    times = [at(MANILA, 2, hour).astimezone(zone) for hour in (8, 12, 15, 20, 23)]
    start, end = at(MANILA, 2, 22).astimezone(zone), at(MANILA, 3, 7).astimezone(zone)

    reference_sleeps = [SleepPeriod(s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in sleeps]
    reference_times = [t.astimezone(UTC) for t in times]

    assert kss_at(times, sleeps, home_zone=MANILA) == kss_at(
        reference_times, reference_sleeps, home_zone=MANILA
    )
    kss, when = peak_kss(start, end, sleeps, home_zone=MANILA)
    assert (kss, when) == peak_kss(
        start.astimezone(UTC), end.astimezone(UTC), reference_sleeps, home_zone=MANILA
    )
    assert when.tzinfo == start.tzinfo


def test_night_across_us_spring_forward_counts_real_hours() -> None:
    # 23:00 EST Saturday to 07:00 EDT Sunday 8 March 2026 is seven real hours.
    sleep = SleepPeriod(at(NEW_YORK, 7, 23), at(NEW_YORK, 8, 7))
    noon_edt = at(NEW_YORK, 8, 12)

    in_new_york = kss_at([noon_edt], [sleep], home_zone=NEW_YORK)[0]
    in_fixed_zone = kss_at([noon_edt], [sleep], home_zone=UTC_MINUS_4)[0]
    real_start = sleep.start.astimezone(UTC)
    eight_hour_night = SleepPeriod(real_start, real_start + timedelta(hours=8))
    if_wall_clock = kss_at([noon_edt], [eight_hour_night], home_zone=NEW_YORK)[0]

    assert in_new_york == pytest.approx(in_fixed_zone, abs=1e-12)
    assert in_new_york != pytest.approx(if_wall_clock, abs=0.01)


@pytest.mark.parametrize(
    ("query", "fixed_zone"),
    [(at(NEW_YORK, 7, 21), UTC_MINUS_5), (at(NEW_YORK, 9, 3), UTC_MINUS_4)],
    ids=["before-change", "after-change"],
)
def test_clock_terms_follow_the_home_wall_clock_across_dst(
    query: datetime, fixed_zone: str
) -> None:
    sleeps = [SleepPeriod(at(NEW_YORK, 7, 0), at(NEW_YORK, 7, 8))]

    assert kss_at([query], sleeps, home_zone=NEW_YORK) == pytest.approx(
        kss_at([query], sleeps, home_zone=fixed_zone), abs=1e-12
    )


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (at(MANILA, 2, 22), at(MANILA, 3, 7)),
        (at(NEW_YORK, 7, 22), at(NEW_YORK, 8, 7)),  # spans the spring-forward change
        (at(NEW_YORK, 9, 21, 10), at(NEW_YORK, 10, 3, 47)),  # peaks at its off-grid end
    ],
    ids=["manila-night", "new-york-dst-night", "off-grid-end"],
)
def test_peak_is_the_highest_sample_every_step_and_at_the_end(
    start: datetime, end: datetime
) -> None:
    zone = str(start.tzinfo)
    sleeps = default_sleeps_before(start, home_zone=zone)
    step = timedelta(minutes=5)
    count = int((end - start.astimezone(UTC)) // step)
    samples = [start.astimezone(UTC) + k * step for k in range(count + 1)] + [end]

    kss, when = peak_kss(start, end, sleeps, home_zone=zone)

    expected = kss_at(samples, sleeps, home_zone=zone)
    assert kss == pytest.approx(max(expected), abs=1e-12)
    assert when == samples[expected.index(max(expected))]


def test_timeline_starts_at_first_sleep_with_s_7_96() -> None:
    onset = at(MANILA, 1, 23)
    timeline = AlertnessTimeline([SleepPeriod(onset, at(MANILA, 2, 7))], home_zone=MANILA)

    assert timeline.kss(onset) == pytest.approx(model_kss(7.96, 23.0), abs=1e-12)
    with pytest.raises(ValueError, match="before the start"):
        timeline.kss(onset - timedelta(minutes=1))


def test_without_sleeps_the_earliest_query_starts_awake_at_s_7_96() -> None:
    query = at(MANILA, 2, 9, 30)

    assert kss_at([query], [], home_zone=MANILA) == [pytest.approx(model_kss(7.96, 9.5))]


def test_sleep_then_wake_follow_the_published_equations() -> None:
    # From 7.96, S rises linearly to 12.2 after 5.29 h, then saturates towards 14.3.
    g = math.log(0.3 / 6.34) / 8
    to_break = (12.2 - 7.96) / (g * (12.2 - 14.3))
    s_wake = 14.3 - 2.1 * math.exp(g * (8 - to_break))
    sleeps = [SleepPeriod(at(MANILA, 1, 23), at(MANILA, 2, 7))]
    times = [at(MANILA, 2, 3), at(MANILA, 2, 7), at(MANILA, 2, 16, 30)]

    assert kss_at(times, sleeps, home_zone=MANILA) == pytest.approx(
        [
            model_kss(7.96 + 4 * g * (12.2 - 14.3), 3.0),
            model_kss(s_wake, 7.0, inertia_hours=0.0),
            model_kss(2.4 + (s_wake - 2.4) * math.exp(-0.0353 * 9.5), 16.5, inertia_hours=9.5),
        ],
        abs=1e-12,
    )


def test_waking_adds_sleep_inertia() -> None:
    wake = at(MANILA, 2, 7)
    sleeps = default_sleeps_before(wake, home_zone=MANILA)
    timeline = AlertnessTimeline(sleeps, home_zone=MANILA)

    jump = timeline.kss(wake) - timeline.kss(wake - timedelta(microseconds=1))

    assert jump == pytest.approx(0.6 * 5.72, abs=1e-3)


@pytest.mark.parametrize(
    "pieces",
    [
        [(23, 3), (3, 7)],
        [(23, 5), (2, 7)],
        [(23, 7), (1, 4)],
        [(3, 7), (23, 3)],
    ],
    ids=["touching", "overlapping", "contained", "unsorted"],
)
def test_overlapping_or_touching_sleeps_merge(pieces: list[tuple[int, int]]) -> None:
    def period(start_hour: int, end_hour: int) -> SleepPeriod:
        start_day = 1 if start_hour >= 12 else 2
        return SleepPeriod(at(MANILA, start_day, start_hour), at(MANILA, 2, end_hour))

    times = [at(MANILA, 2, hour) for hour in (0, 3, 6, 7, 12, 22)]
    merged = kss_at(times, [period(23, 7)], home_zone=MANILA)

    assert kss_at(times, [period(*p) for p in pieces], home_zone=MANILA) == merged


@pytest.mark.parametrize(
    ("first", "mornings"),
    [
        (at(MANILA, 10, 22), [at(MANILA, 9, 7), at(MANILA, 10, 7)]),
        (at(MANILA, 10, 7), [at(MANILA, 9, 7), at(MANILA, 10, 7)]),
        (at(MANILA, 10, 6), [at(MANILA, 8, 7), at(MANILA, 9, 7)]),
    ],
    ids=["evening", "at-wake-time", "before-wake-time"],
)
def test_default_nights_are_whole_and_end_by_first(
    first: datetime, mornings: list[datetime]
) -> None:
    nights = default_sleeps_before(first, home_zone=MANILA)

    assert [night.end for night in nights] == mornings
    assert all(night.end - night.start == timedelta(hours=8) for night in nights)
    assert all(night.start.tzinfo is UTC for night in nights)


def test_default_night_across_spring_forward_is_seven_real_hours() -> None:
    nights = default_sleeps_before(at(NEW_YORK, 8, 22), home_zone=NEW_YORK, nights=1)

    assert nights == [SleepPeriod(at(NEW_YORK, 7, 23), at(NEW_YORK, 8, 7))]
    assert nights[0].end - nights[0].start == timedelta(hours=7)


def test_one_timeline_serves_many_duties_like_the_wrappers() -> None:
    first = at(MANILA, 2, 22)
    duties = [(first + timedelta(days=d), first + timedelta(days=d, hours=9)) for d in range(5)]
    sleeps = default_sleeps_before(first, home_zone=MANILA) + [
        SleepPeriod(end + timedelta(hours=1), end + timedelta(hours=8)) for _, end in duties
    ]
    timeline = AlertnessTimeline(sleeps, home_zone=MANILA)

    assert [timeline.peak(start, end) for start, end in duties] == [
        peak_kss(start, end, sleeps, home_zone=MANILA) for start, end in duties
    ]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime(2026, 3, 2, 7), datetime(2026, 3, 2, 8)),
        (at(MANILA, 2, 8), at(MANILA, 2, 7)),
        (at(MANILA, 2, 8), at(MANILA, 2, 8)),
    ],
    ids=["naive", "backwards", "empty"],
)
def test_sleep_period_rejects_naive_or_empty_spans(start: datetime, end: datetime) -> None:
    with pytest.raises(ValueError, match="sleep"):
        SleepPeriod(start, end)


@pytest.mark.parametrize(
    ("end", "step_minutes"),
    [(at(MANILA, 2, 21), 5), (at(MANILA, 3, 7), 0)],
    ids=["backwards", "zero-step"],
)
def test_peak_rejects_bad_windows(end: datetime, step_minutes: int) -> None:
    with pytest.raises(ValueError, match=r"window|step"):
        peak_kss(at(MANILA, 2, 22), end, [], home_zone=MANILA, step_minutes=step_minutes)


def test_unknown_home_zone_is_rejected() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        kss_at([at(MANILA, 2, 8)], [], home_zone="Mars/Olympus")


def test_naive_query_is_rejected() -> None:
    timeline = AlertnessTimeline([], home_zone=MANILA, start=at(MANILA, 2, 8))

    with pytest.raises(ValueError, match="aware"):
        timeline.kss(datetime(2026, 3, 2, 9))
