"""Predicted sleepiness (KSS) from a sleep/wake timeline: the Three-Process Model.

Åkerstedt & Folkard's model with the parameters of Ingre et al. (2014): a homeostatic
process S (falls while awake, recovers while asleep), a circadian process C with an
ultradian term U (both on the home-zone wall clock), and sleep inertia W after waking.
KSS = 10.6 - 0.6 * (S + C + U + W), clamped to 1-9.

Elapsed time awake or asleep is real time (UTC), so a DST change shifts the body clock
terms C and U but never stretches or shrinks a night.

Example:
    >>> from datetime import UTC, datetime
    >>> duty_start = datetime(2026, 3, 2, 14, tzinfo=UTC)  # 22:00 in Manila
    >>> nights = default_sleeps_before(duty_start, home_zone="Asia/Manila")
    >>> kss, when = peak_kss(
    ...     duty_start, datetime(2026, 3, 2, 23, tzinfo=UTC), nights, home_zone="Asia/Manila"
    ... )
    >>> round(kss, 1), when.strftime("%H:%M")  # 04:25 in Manila
    (7.8, '20:25')
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from shiftplanner.core.instants import home_date, to_instant, zone

__all__ = [
    "S_AT_FIRST_SLEEP",
    "AlertnessTimeline",
    "SleepPeriod",
    "default_sleeps_before",
    "kss_at",
    "peak_kss",
]

S_AT_FIRST_SLEEP = 7.96
"""S at sleep onset after a normal day; the timeline starts from it."""

_LA = 2.4
_D = -0.0353
_HA = 14.3
_BL = 12.2
_G = math.log((_HA - 14.0) / (_HA - S_AT_FIRST_SLEEP)) / 8.0
_SLEEP_RISE_PER_HOUR = _G * (_BL - _HA)
_INERTIA = -5.72
_INERTIA_RATE = -1.51
_KSS_MIN = 1.0
_KSS_MAX = 9.0

_NORMAL_BEDTIME = time(23, 0)
_NORMAL_WAKE = time(7, 0)


@dataclass(frozen=True, slots=True)
class SleepPeriod:
    """A time asleep; both ends are aware instants (UTC normally)."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.utcoffset() is None or self.end.utcoffset() is None:
            raise ValueError("sleep period needs aware datetimes")
        if self.end <= self.start:
            raise ValueError(f"sleep must end after it starts: {self.start} - {self.end}")


@dataclass(frozen=True, slots=True)
class _Segment:
    """A stretch of constant state: S at its start is known, so S inside is closed form."""

    start: float  # POSIX seconds
    asleep: bool
    s0: float
    after_sleep: bool  # awake after a sleep, so inertia applies


def _s_awake(s_wake: float, hours: float) -> float:
    """Homeostatic S after `hours` awake, starting from `s_wake`."""
    return _LA + (s_wake - _LA) * math.exp(_D * hours)


def _s_asleep(s_sleep: float, hours: float) -> float:
    """Homeostatic S after `hours` asleep: a linear rise to the breakpoint, then saturating."""
    if s_sleep >= _BL:
        return _HA - (_HA - s_sleep) * math.exp(_G * hours)
    to_break = (_BL - s_sleep) / _SLEEP_RISE_PER_HOUR
    if hours <= to_break:
        return s_sleep + hours * _SLEEP_RISE_PER_HOUR
    return _HA - (_HA - _BL) * math.exp(_G * (hours - to_break))


def _circadian(clock_hour: float) -> float:
    """Circadian C plus ultradian U at a home wall-clock hour (04:30 is 4.5)."""
    c = 2.5 * math.cos(2 * math.pi * (clock_hour - 16.8) / 24)
    u = -0.5 + 0.5 * math.cos(2 * math.pi * (clock_hour - 19.8) / 12)
    return c + u


def _kss_from_alertness(alertness: float) -> float:
    """Map model alertness to the Karolinska Sleepiness Scale, clamped to 1-9."""
    return min(_KSS_MAX, max(_KSS_MIN, 10.6 - 0.6 * alertness))


class AlertnessTimeline:
    """Sleep/wake history built once, then queried for KSS at any instant.

    The person is asleep inside any (merged) sleep period and awake otherwise. The timeline
    starts at the first sleep onset, or at `start` if that is earlier, with
    S = S_AT_FIRST_SLEEP there; an awake stretch before the first sleep has no inertia.
    Querying an instant before the start raises ValueError.
    """

    __slots__ = ("_segments", "_starts", "_zone")

    def __init__(
        self,
        sleeps: Sequence[SleepPeriod],
        *,
        home_zone: str,
        start: datetime | None = None,
    ) -> None:
        spans = _merge(sleeps)
        origins = [spans[0][0]] if spans else []
        if start is not None:
            origins.append(_stamp(start))
        if not origins:
            raise ValueError("an alertness timeline needs a sleep or a start")
        self._zone = zone(home_zone)
        self._segments = _segments(min(origins), spans)
        self._starts = [segment.start for segment in self._segments]

    def kss(self, at: datetime) -> float:
        """Predicted KSS at an instant."""
        stamp = _stamp(at)
        return _kss_from_alertness(self._alertness(stamp, self._clock_hour(stamp)))

    def peak(
        self, start: datetime, end: datetime, *, step_minutes: int = 5
    ) -> tuple[float, datetime]:
        """Highest KSS in [start, end], sampled every `step_minutes` and at `end`.

        Returns the KSS and its instant, in the zone of `start`; ties go to the earliest.
        """
        if _stamp(end) < _stamp(start):
            raise ValueError(f"window ends before it starts: {start} - {end}")
        if step_minutes <= 0:
            raise ValueError(f"step_minutes must be positive, got {step_minutes}")
        stamps = _samples(_stamp(start), _stamp(end), step_minutes * 60.0)
        alertness = list(map(self._alertness, stamps, self._clock_hours(stamps)))
        # KSS falls as alertness rises, so the sleepiest sample is the least alert one.
        lowest = min(alertness)
        when = stamps[alertness.index(lowest)]
        return _kss_from_alertness(lowest), datetime.fromtimestamp(when, start.tzinfo)

    def _alertness(self, stamp: float, clock_hour: float) -> float:
        """S + C + U + W at a POSIX instant whose home clock hour is known."""
        index = bisect_right(self._starts, stamp) - 1
        if index < 0:
            raise ValueError("instant is before the start of the alertness timeline")
        segment = self._segments[index]
        hours = (stamp - segment.start) / 3600.0
        if segment.asleep:
            return _s_asleep(segment.s0, hours) + _circadian(clock_hour)
        inertia = _INERTIA * math.exp(_INERTIA_RATE * hours) if segment.after_sleep else 0.0
        return _s_awake(segment.s0, hours) + _circadian(clock_hour) + inertia

    def _clock_hour(self, stamp: float) -> float:
        return ((stamp + self._utc_offset(stamp)) % 86400.0) / 3600.0

    def _clock_hours(self, stamps: list[float]) -> list[float]:
        offset = self._utc_offset(stamps[0])
        # Zone lookups dominate a peak search; a window of at most a day with the same
        # offset at both ends has it throughout (zones change offset far less often).
        if stamps[-1] - stamps[0] <= 86400.0 and self._utc_offset(stamps[-1]) == offset:
            return [((stamp + offset) % 86400.0) / 3600.0 for stamp in stamps]
        return [self._clock_hour(stamp) for stamp in stamps]

    def _utc_offset(self, stamp: float) -> float:
        offset = datetime.fromtimestamp(stamp, self._zone).utcoffset()
        return offset.total_seconds() if offset is not None else 0.0


def kss_at(
    times: Sequence[datetime], sleeps: Sequence[SleepPeriod], *, home_zone: str
) -> list[float]:
    """Predicted KSS (1-9) at each instant; asleep inside any SleepPeriod, awake otherwise.

    If the earliest instant comes before every sleep, the timeline starts there with
    S = S_AT_FIRST_SLEEP; add default_sleeps_before(...) rather than rely on that.
    """
    if not times:
        return []
    timeline = AlertnessTimeline(sleeps, home_zone=home_zone, start=min(times))
    return [timeline.kss(at) for at in times]


def peak_kss(
    start: datetime,
    end: datetime,
    sleeps: Sequence[SleepPeriod],
    *,
    home_zone: str,
    step_minutes: int = 5,
) -> tuple[float, datetime]:
    """Highest KSS during a duty [start, end] and when it occurs (see AlertnessTimeline.peak)."""
    timeline = AlertnessTimeline(sleeps, home_zone=home_zone, start=start)
    return timeline.peak(start, end, step_minutes=step_minutes)


def default_sleeps_before(first: datetime, *, home_zone: str, nights: int = 2) -> list[SleepPeriod]:
    """The last `nights` whole 23:00-07:00 home nights that end by `first`, in UTC.

    They wash out the initial S. Whole nights never overlap anything from `first` on, so pass
    the earliest instant you give sleeps or duties for; the sleep before a duty that starts
    before 07:00 is the caller's to give.
    """
    morning = home_date(first, home_zone)
    if to_instant(morning, _NORMAL_WAKE, home_zone) > first:
        morning -= timedelta(days=1)
    days_back = range(nights - 1, -1, -1)
    return [_normal_night(morning - timedelta(days=back), home_zone) for back in days_back]


def _normal_night(morning: date, home_zone: str) -> SleepPeriod:
    """The normal night that ends on the home date `morning`."""
    bed = to_instant(morning - timedelta(days=1), _NORMAL_BEDTIME, home_zone)
    return SleepPeriod(bed, to_instant(morning, _NORMAL_WAKE, home_zone))


def _merge(sleeps: Sequence[SleepPeriod]) -> list[tuple[float, float]]:
    """Sleeps as sorted, disjoint (start, end) POSIX spans; overlapping or touching ones join."""
    merged: list[tuple[float, float]] = []
    for start, end in sorted((s.start.timestamp(), s.end.timestamp()) for s in sleeps):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _segments(origin: float, spans: list[tuple[float, float]]) -> list[_Segment]:
    """Alternate awake/asleep segments from `origin`, carrying S across each transition."""
    segments: list[_Segment] = []
    if not spans or origin < spans[0][0]:
        segments.append(_Segment(origin, asleep=False, s0=S_AT_FIRST_SLEEP, after_sleep=False))
    s = S_AT_FIRST_SLEEP
    for onset, wake in spans:
        if segments:
            s = _s_awake(segments[-1].s0, (onset - segments[-1].start) / 3600.0)
        segments.append(_Segment(onset, asleep=True, s0=s, after_sleep=False))
        s = _s_asleep(s, (wake - onset) / 3600.0)
        segments.append(_Segment(wake, asleep=False, s0=s, after_sleep=True))
    return segments


def _stamp(instant: datetime) -> float:
    """POSIX seconds of an aware datetime; a naive one would silently use the machine's zone."""
    if instant.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got {instant}")
    return instant.timestamp()


def _samples(start: float, end: float, step: float) -> list[float]:
    """Instants from `start` every `step` seconds, plus `end` itself."""
    count = int((end - start) // step)
    stamps = [start + k * step for k in range(count + 1)]
    if stamps[-1] < end:
        stamps.append(end)
    return stamps
