"""Fatigue and risk index per duty, after HSE research report RR446.

The Fatigue Index (FI, 0-100) estimates the chance of high sleepiness (KSS >= 8) on a duty;
the Risk Index (RI) its relative incident risk, about 1 for an average schedule. Each combines
a cumulative part (``fatigue_cumulative``), a duty-timing part and a job-and-breaks part. The
equations follow rest-and-fatigue.md step by step; the body clock is read in the home zone,
durations and rests in real time.

Constants are the published tool's full-precision values; the doc quotes some of them rounded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from shiftplanner.core.fatigue_cumulative import (
    DoorToDoor,
    cumulative_fatigue,
    cumulative_risk,
    high_sleepiness_probability,
)
from shiftplanner.core.person import WorkProfile

_TRAVEL_EACH_WAY_HOURS = 0.5
_BASELINE_SLOPE = 0.14

_WAKE_AMPLITUDE = 0.5
_WAKE_PHASE = 1.25
_CIRCADIAN_AMPLITUDE = 0.74
_CIRCADIAN_PHASE = 5.23

# The tool's quadratic fit for a 5-minute break, evaluated at its own argument 0.04.
_FIVE_MINUTE_BREAK_FACTOR = 0.172731235 - 0.200918653 * 0.04 + 0.03552264 * 0.04**2

_WORK_RISK_CEILING = 1.826297414
_WORK_RISK_RATE = 1.146457295


@dataclass(frozen=True, slots=True)
class DutyIndex:
    """Fatigue and risk index of one duty, with the components they are built from.

    Args:
        start: The duty's start, as given.
        fatigue_index: FI, rounded to 0.1.
        risk_index: RI, rounded to 0.01.
        fatigue_cumulative: FI component from the preceding duties and rests, to 0.1.
        fatigue_timing: FI component from start time and length, to 0.1.
        fatigue_job: FI component from workload, attention and breaks, to 0.1.
        risk_cumulative: RI component from the preceding duties and rests, to 0.01.
        risk_timing: RI component from time of day and length, to 0.01.
        risk_job: RI component from workload, attention and breaks, to 0.01.
    """

    start: datetime
    fatigue_index: float
    risk_index: float
    fatigue_cumulative: float
    fatigue_timing: float
    fatigue_job: float
    risk_cumulative: float
    risk_timing: float
    risk_job: float


@dataclass(frozen=True, slots=True)
class _Duty:
    """A duty reduced to what the index needs: home-zone clock hours and real hours."""

    start: datetime
    day: int
    on: float
    off: float
    length: float
    gap_after: float

    def door_to_door(self) -> DoorToDoor:
        """The duty with the cumulative models' fixed half hour of travel each way."""
        return DoorToDoor(
            day=self.day,
            leave=self.on - _TRAVEL_EACH_WAY_HOURS,
            arrive=self.off + _TRAVEL_EACH_WAY_HOURS,
            gap_after=self.gap_after,
        )


def duty_indices(
    duties: Sequence[tuple[datetime, datetime]],
    *,
    home_zone: str,
    profile: WorkProfile,
    commute_minutes_total: int,
) -> list[DutyIndex]:
    """Fatigue and risk index of every duty, in start order.

    Args:
        duties: (start, end) pairs of aware datetimes, in any order.
        home_zone: IANA zone whose clock the body follows.
        profile: Workload, attention and break pattern of the job.
        commute_minutes_total: Door-to-door travel for a duty, both ways together.

    Returns:
        One ``DutyIndex`` per duty, sorted by start; nothing is averaged over the schedule.

    Raises:
        ValueError: A datetime is naive, a duty does not end after it starts, or the
            profile has no work between breaks.
    """
    prepared = _prepare(duties, ZoneInfo(home_zone))
    door_to_door = [duty.door_to_door() for duty in prepared]
    fatigue = cumulative_fatigue(door_to_door)
    risk = cumulative_risk(door_to_door)
    return [
        _index(duty, fatigue_cum, risk_cum, profile, commute_minutes_total)
        for duty, fatigue_cum, risk_cum in zip(prepared, fatigue, risk, strict=True)
    ]


def _prepare(duties: Sequence[tuple[datetime, datetime]], zone: ZoneInfo) -> list[_Duty]:
    """Sort duties and read their clock hours, day numbers, lengths and door-to-door gaps."""
    for start, end in duties:
        if start.utcoffset() is None or end.utcoffset() is None:
            raise ValueError(f"duty {start} - {end} needs aware datetimes")
        if _hours(start, end) <= 0:
            raise ValueError(f"duty {start} - {end} does not end after it starts")
    ordered = sorted(duties, key=lambda duty: (duty[0].astimezone(UTC), duty[1].astimezone(UTC)))
    if not ordered:
        return []
    first_date = ordered[0][0].astimezone(zone).date()
    gaps = [_hours(cur[1], nxt[0]) - 2 * _TRAVEL_EACH_WAY_HOURS for cur, nxt in pairwise(ordered)]
    gaps.append(24.0)
    return [
        _Duty(
            start=start,
            day=(start.astimezone(zone).date() - first_date).days + 1,
            on=_clock_hour(start, zone),
            off=_clock_hour(end, zone),
            length=_hours(start, end),
            gap_after=gap,
        )
        for (start, end), gap in zip(ordered, gaps, strict=True)
    ]


def _hours(earlier: datetime, later: datetime) -> float:
    """Real hours between two aware datetimes, in UTC so a shared zone cannot count wall time."""
    return (later.astimezone(UTC) - earlier.astimezone(UTC)).total_seconds() / 3600


def _clock_hour(moment: datetime, zone: ZoneInfo) -> float:
    """Hour of the day on the home-zone clock, with minutes and seconds as a fraction."""
    local = moment.astimezone(zone)
    return local.hour + local.minute / 60 + (local.second + local.microsecond / 1e6) / 3600


def _index(
    duty: _Duty, fatigue_cum: float, risk_cum: float, profile: WorkProfile, commute: int
) -> DutyIndex:
    """Combine a duty's cumulative parts with its timing and job parts (step 6)."""
    work, rest = _work_and_break(profile)
    demand = profile.workload + profile.attention
    with_job = _mean_sleepiness(duty, _fatigue_slope(work, rest, demand), commute)
    baseline = min(_mean_sleepiness(duty, _BASELINE_SLOPE, commute), with_job)
    fatigue_timing = 100 * baseline
    fatigue_job = 100 * (with_job - baseline)
    risk_timing = _risk_timing(duty, commute)
    risk_job = _risk_job(duty.length, work, rest, demand)
    awake = (1 - fatigue_cum / 100) * (1 - fatigue_timing / 100 - fatigue_job / 100)
    return DutyIndex(
        start=duty.start,
        fatigue_index=round(100 * (1 - awake), 1),
        risk_index=round(risk_cum * risk_timing * risk_job, 2),
        fatigue_cumulative=round(fatigue_cum, 1),
        fatigue_timing=round(fatigue_timing, 1),
        fatigue_job=round(fatigue_job, 1),
        risk_cumulative=round(risk_cum, 2),
        risk_timing=round(risk_timing, 2),
        risk_job=round(risk_job, 2),
    )


def _work_and_break(profile: WorkProfile) -> tuple[float, float]:
    """Typical minutes of continuous work and of break: the two patterns averaged."""
    work = (profile.break_every_minutes + profile.longest_work_minutes) / 2
    rest = (profile.break_minutes + profile.break_after_longest_minutes) / 2
    if work <= 0:
        raise ValueError("the work profile needs some work between breaks")
    return work, rest


def _fatigue_slope(work: float, rest: float, demand: int) -> float:
    """Rise in sleepiness per hour on duty (tau, step 1): short breaks and demand raise it."""
    return _break_factor(rest, work) + (0.125 + 0.015 * demand) * 1.2 * work / (work + rest)


def _break_factor(rest: float, work: float) -> float:
    """Extra slope for breaks of ``rest`` minutes: linear between the tool's fitted points."""
    points = (
        (0.0, 0.174),
        (5.0, _FIVE_MINUTE_BREAK_FACTOR),
        (15.0, 0.000442 * work),
        (30.0, 0.000206 - 1.38433e-5 * work + 9.6491e-7 * work**2),
        (60.0, 0.0),
    )
    for (x0, y0), (x1, y1) in pairwise(points):
        if rest < x1:
            return y0 + (y1 - y0) * (rest - x0) / (x1 - x0)
    return 0.0


def _mean_sleepiness(duty: _Duty, slope: float, commute: int) -> float:
    """Mean probability of KSS >= 8 over the duty, sampled every quarter hour (step 2)."""
    start = duty.on
    wake_offset = _wake_amplitude() * math.cos(math.pi * (start - _wake_phase()) / 12)
    travel = (commute - 30) / 60
    # Both ends are sampled; the tolerance keeps the end sample despite float error.
    samples = math.floor(4 * duty.length + 1e-9) + 1
    total = 0.0
    for k in range(samples):
        elapsed = k / 4
        circadian = _CIRCADIAN_AMPLITUDE * math.cos(
            math.pi * (start + elapsed - _CIRCADIAN_PHASE) / 12
        )
        pressure = slope * (elapsed + travel) + wake_offset + circadian + 2.45
        total += high_sleepiness_probability(pressure)
    return total / samples


def _wake_amplitude() -> float:
    """Amplitude E of the start-of-duty term; the tool omits the square root, and so do we."""
    cross = math.cos(math.pi * (_WAKE_PHASE - _CIRCADIAN_PHASE) / 12)
    return (
        _WAKE_AMPLITUDE**2
        + _CIRCADIAN_AMPLITUDE**2
        - _WAKE_AMPLITUDE * _CIRCADIAN_AMPLITUDE * cross
    )


def _wake_phase() -> float:
    """Phase (clock hours) of the start-of-duty term."""
    wake = _WAKE_PHASE * math.pi / 12
    circadian = _CIRCADIAN_PHASE * math.pi / 12
    y = _WAKE_AMPLITUDE * math.sin(wake) - _CIRCADIAN_AMPLITUDE * math.sin(circadian)
    x = _WAKE_AMPLITUDE * math.cos(wake) - _CIRCADIAN_AMPLITUDE * math.cos(circadian)
    return 12 / math.pi * math.atan2(y, x)


def _risk_timing(duty: _Duty, commute: int) -> float:
    """Risk from time of day and length (step 3); travel beyond 40 minutes counts as duty."""
    extra = (commute - 40) / 60
    start = duty.on - extra
    length = duty.length + extra
    time_of_day = 1.0106 + 0.1057 * (
        math.sin(math.pi * duty.off / 12) - math.sin(math.pi * start / 12)
    ) / (length * math.pi / 12)
    if extra <= 0:
        by_length = _length_risk(length)
    else:
        by_length = (length * _length_risk(length) - extra * _length_risk(extra)) / duty.length
    return time_of_day * by_length / 1.288 * 0.997976


def _length_risk(hours: float) -> float:
    """Relative risk of a spell of ``hours``: below 1 for short spells, above 1 for long ones."""
    if hours < 4.25:
        return 1.0359 - 0.8012 * math.exp(-0.7315 * hours)
    if hours > 8.13:
        return 0.5713 + 0.1501 * math.exp(0.129 * hours)
    return 1.0


def _risk_job(length: float, work: float, rest: float, demand: int) -> float:
    """Risk from demand and breaks (step 1): mean relative risk over quarter-hour steps."""
    # Halves round up, as in the tool (Python's round() would round them to even).
    steps_per_run = math.floor(work / 15 + 0.5)
    runs = 1 + math.floor(60 * length / (work + rest) - 0.01)
    recovery = (
        0.24 * math.exp(-0.395 * (rest - 13.3)) / 0.2388 / (1 + math.exp(-0.395 * (rest - 13.3)))
    )
    build_up = math.exp(-0.25 * _WORK_RISK_RATE)
    level, total = 1.0, 0.0
    count = runs * steps_per_run + 1
    for k in range(count):
        if k % (steps_per_run + 1) == 0:
            level = 1 + (level - 1) * recovery
        else:
            level = _WORK_RISK_CEILING + (level - _WORK_RISK_CEILING) * build_up
        total += level
    return (total / count / 1.4858 + 0.0232 * (demand - 3)) / 1.032 / 1.0286182
