"""When a person is likely to sleep around her duties, and the sleep debt that leaves.

Planned sleep blocks win wherever they exist (`placement.md`); elsewhere the estimate of
rest-and-fatigue.md fills each rest gap. Within a gap the usable time is the gap less the
commute both ways and personal time (half after getting home, half before leaving). After a
duty that ends late the first sleep starts once she is home (or at 23:00 after an evening
arrival) and is the need less the **day-sleep loss**: a body on day time wakes early. The
gap's total sleep is min(need, opportunity - loss): if no night falls inside the gap, a
second sleep before the next duty tops the first one up. Whole nights in longer gaps run
23:00 to 23:00 + need, up to 2 h longer while sleep is owed, and end early enough for the
next duty. Before a night shift that follows a day awake, a 2 h nap (NIOSH: 1.5-3 h).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate, pairwise

from shiftplanner.core.alertness import SleepPeriod
from shiftplanner.core.instants import day_start, home_date, in_zone, to_instant
from shiftplanner.core.person import Person

# Day-sleep loss (h) by home clock hour of duty end + 30 min; hours after midnight run past 24.
DAY_SLEEP_LOSS_POINTS: tuple[tuple[float, float], ...] = (
    (18.5, 0.0),
    (22.0, 0.6),
    (24.0, 1.0),
    (26.0, 1.6),
    (28.0, 2.2),
    (30.0, 2.9),
    (31.0, 3.2),
    (32.0, 3.6),
    (33.0, 4.0),
)
MAX_REPAY_HOURS_PER_DAY = 2.0
DEBT_DAYS = 7

_LOSS_KEY_OFFSET = timedelta(minutes=30)
_BEDTIME = time(23, 0)
_NAP = timedelta(hours=2)
_MIN_SLEEP = timedelta(minutes=15)
_MIN_AWAKE_BEFORE_SLEEP = timedelta(hours=4)


@dataclass(frozen=True, slots=True)
class SleepProfile:
    """What the estimate needs to know about the person, in hours."""

    need_hours: float
    commute_hours: float
    personal_hours: float

    @classmethod
    def of(cls, person: Person) -> SleepProfile:
        """The profile of a plan's person."""
        return cls(
            need_hours=person.sleep_need_hours,
            commute_hours=person.commute_minutes / 60,
            personal_hours=person.personal_minutes / 60,
        )

    def opportunity_hours(self, gap_hours: float) -> float:
        """Sleep opportunity in a rest gap: the gap less commuting both ways and personal time."""
        return gap_hours - 2 * self.commute_hours - self.personal_hours


@dataclass(frozen=True, slots=True)
class DutySpan:
    """A duty as the sleep estimate sees it: when, and whether it is a night shift."""

    start: datetime
    end: datetime
    night: bool


def day_sleep_loss(duty_end: datetime, home_zone: str, *, night: bool) -> float | None:
    """Hours of sleep lost after a duty, or None when it ends in the day and sleep waits.

    The table is read at the duty's end plus 30 min; a night shift ending after 08:30 keeps
    the table's last value, since she still sleeps right after it.
    """
    local = in_zone(duty_end + _LOSS_KEY_OFFSET, home_zone)
    key = local.hour + local.minute / 60 + local.second / 3600
    if key < DAY_SLEEP_LOSS_POINTS[-1][0] - 24:
        key += 24
    if key < DAY_SLEEP_LOSS_POINTS[0][0]:
        return DAY_SLEEP_LOSS_POINTS[-1][1] if night else None
    return _interpolate(key)


def _interpolate(key: float) -> float:
    for (x0, y0), (x1, y1) in pairwise(DAY_SLEEP_LOSS_POINTS):
        if key <= x1:
            return y0 + (y1 - y0) * (key - x0) / (x1 - x0)
    return DAY_SLEEP_LOSS_POINTS[-1][1]


def estimate_sleep(
    duties: Sequence[DutySpan],
    *,
    profile: SleepProfile,
    home_zone: str,
    start: datetime,
    end: datetime,
    planned: Sequence[SleepPeriod] = (),
) -> list[SleepPeriod]:
    """Sleep from `start` to `end` around the duties: planned sleep where a gap has any.

    Args:
        duties: The duties in any order; overlapping ones are treated as one.
        profile: Need, commute and personal time.
        home_zone: The zone of the body clock.
        start: Where the estimate begins (normal nights before the first duty).
        end: Where it ends.
        planned: Planned sleep and naps; a gap with any of these uses them alone.

    Returns:
        Disjoint sleep periods in time order.
    """
    estimator = _Estimator(profile, home_zone)
    sleeps: list[SleepPeriod] = []
    previous: DutySpan | None = None
    for following in [*_merge(duties), None]:
        gap_start = previous.end if previous else start
        gap_end = following.start if following else end
        mine = _clip(planned, gap_start, gap_end)
        if mine:
            sleeps.extend(mine)
        elif gap_end > gap_start:
            sleeps.extend(estimator.gap(previous, following, start, end))
        previous = following
    return sleeps


def _merge(duties: Iterable[DutySpan]) -> list[DutySpan]:
    merged: list[DutySpan] = []
    for duty in sorted(duties, key=lambda d: (d.start, d.end)):
        if merged and duty.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = DutySpan(last.start, max(last.end, duty.end), last.night or duty.night)
        else:
            merged.append(duty)
    return merged


def _clip(planned: Sequence[SleepPeriod], start: datetime, end: datetime) -> list[SleepPeriod]:
    inside = [
        SleepPeriod(max(p.start, start), min(p.end, end))
        for p in planned
        if p.end > start and p.start < end
    ]
    return sorted(inside, key=lambda p: p.start)


class _Estimator:
    """Fills rest gaps one after another, carrying how much sleep is owed."""

    def __init__(self, profile: SleepProfile, home_zone: str) -> None:
        self._profile = profile
        self._zone = home_zone
        self._need = timedelta(hours=profile.need_hours)
        self._owed = 0.0

    def gap(
        self, after: DutySpan | None, before: DutySpan | None, start: datetime, end: datetime
    ) -> list[SleepPeriod]:
        """Sleep in the gap between two duties (or an edge of the estimate)."""
        commute = timedelta(hours=self._profile.commute_hours)
        half_personal = timedelta(hours=self._profile.personal_hours / 2)
        usable_start = after.end + commute + half_personal if after else start
        usable_end = before.start - commute - half_personal if before else end
        if usable_end <= usable_start:
            return []
        sleeps: list[SleepPeriod] = []
        loss = day_sleep_loss(after.end, self._zone, night=after.night) if after else None
        if loss is not None:
            sleeps.extend(self._first_sleep(usable_start, usable_end, loss))
        awake_from = sleeps[-1].end if sleeps else usable_start
        nights = self._nights(awake_from, usable_end, slept=bool(sleeps), duty_next=bool(before))
        sleeps.extend(nights)
        if not nights:
            wanted = min(self._need, usable_end - usable_start - timedelta(hours=loss or 0.0))
            sleeps.extend(self._top_up(sleeps, wanted, usable_start, usable_end))
        if before is not None and before.night:
            sleeps.extend(self._nap(sleeps, usable_start, usable_end))
        return sleeps

    def _first_sleep(self, start: datetime, end: datetime, loss: float) -> list[SleepPeriod]:
        """The sleep once home after a late duty, shortened by the day-sleep loss.

        Home in the evening, she goes to bed at 23:00, or earlier if the next duty needs it.
        """
        wanted = self._need - timedelta(hours=loss)
        local = in_zone(start, self._zone)
        bed = start
        if 12 <= local.hour < _BEDTIME.hour:
            bedtime = to_instant(local.date(), _BEDTIME, self._zone)
            bed = max(start, min(bedtime, end - wanted))
        length = min(wanted, end - bed)
        return self._record([SleepPeriod(bed, bed + length)] if length >= _MIN_SLEEP else [])

    def _nights(
        self, awake_from: datetime, end: datetime, *, slept: bool, duty_next: bool
    ) -> list[SleepPeriod]:
        """Whole nights from 23:00; before an early duty, bed early enough for the need."""
        earliest = awake_from + _MIN_AWAKE_BEFORE_SLEEP if slept else awake_from
        nights: list[SleepPeriod] = []
        day = home_date(awake_from, self._zone) - timedelta(days=1)
        while (bed := to_instant(day, _BEDTIME, self._zone)) < end:
            day += timedelta(days=1)
            extra = timedelta(hours=min(MAX_REPAY_HOURS_PER_DAY, self._owed))
            wake = min(bed + self._need + extra, end)
            begin = max(earliest, min(bed, wake - self._need) if duty_next else bed)
            if wake - begin >= _MIN_SLEEP and bed + self._need > earliest:
                nights.extend(self._record([SleepPeriod(begin, wake)]))
                earliest = wake + _MIN_AWAKE_BEFORE_SLEEP
        return nights

    def _top_up(
        self, sleeps: list[SleepPeriod], wanted: timedelta, start: datetime, end: datetime
    ) -> list[SleepPeriod]:
        """A second sleep before the next duty, up to the gap's total."""
        had = sum((s.end - s.start for s in sleeps), timedelta())
        begin = max(end - (wanted - had), sleeps[-1].end if sleeps else start)
        if end - begin < _MIN_SLEEP:
            return []
        return self._repay([SleepPeriod(begin, end)])

    def _nap(self, sleeps: list[SleepPeriod], start: datetime, end: datetime) -> list[SleepPeriod]:
        """A nap before a night shift when the last sleep was long enough ago."""
        begin = max(start, end - _NAP)
        if sleeps and sleeps[-1].end + _MIN_AWAKE_BEFORE_SLEEP > begin:
            return []
        return self._repay([SleepPeriod(begin, end)]) if end - begin >= _MIN_SLEEP else []

    def _record(self, sleeps: list[SleepPeriod]) -> list[SleepPeriod]:
        """Count main sleeps against the need: a shortfall is owed, extra repays."""
        for sleep in sleeps:
            self._owed = max(0.0, self._owed + self._profile.need_hours - _hours(sleep))
        return sleeps

    def _repay(self, sleeps: list[SleepPeriod]) -> list[SleepPeriod]:
        """Count naps and top-ups as repaying what is owed."""
        for sleep in sleeps:
            self._owed = max(0.0, self._owed - _hours(sleep))
        return sleeps


def _hours(sleep: SleepPeriod) -> float:
    return (sleep.end - sleep.start).total_seconds() / 3600


class SleepLedger:
    """Sleep periods indexed for the questions the rules ask: how much, since when, what debt.

    Sleep counts toward the home-zone date it ends on. Debt over the last 7 days is the need
    less the sleep of each day, where a day's extra sleep repays at most 2 h.
    """

    __slots__ = (
        "_by_day",
        "_day_starts",
        "_ends",
        "_need",
        "_prefix",
        "_sleeps",
        "_starts",
        "_zone",
    )

    def __init__(self, sleeps: Sequence[SleepPeriod], *, need_hours: float, home_zone: str):
        self._sleeps = sorted(sleeps, key=lambda s: s.start)
        self._starts = [s.start for s in self._sleeps]
        self._ends = [s.end for s in self._sleeps]
        self._prefix = [0.0, *accumulate(_hours(s) for s in self._sleeps)]
        self._need = need_hours
        self._zone = home_zone
        self._day_starts: dict[date, datetime] = {}
        self._by_day: dict[date, float] = {}
        for sleep in self._sleeps:
            wake_day = home_date(sleep.end, home_zone)
            self._by_day[wake_day] = self._by_day.get(wake_day, 0.0) + _hours(sleep)

    def asleep_hours(self, start: datetime, end: datetime) -> float:
        """Hours asleep between two instants."""
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end)
        total = 0.0
        for sleep in self._sleeps[first:last]:
            total += (min(sleep.end, end) - max(sleep.start, start)).total_seconds() / 3600
        return total

    def last_wake(self, instant: datetime) -> datetime | None:
        """When she last woke up at or before an instant (the instant itself if asleep then)."""
        index = bisect_left(self._starts, instant)
        if index == 0:
            return None
        return min(self._sleeps[index - 1].end, instant)

    def day_hours(self, day: date, until: datetime | None = None) -> float:
        """Sleep counted toward a home date: periods ending on it (and by `until`)."""
        day_end = self._day_start(day + timedelta(days=1))
        first = bisect_left(self._ends, self._day_start(day))
        last = bisect_right(self._ends, day_end if until is None else min(until, day_end))
        return self._prefix[last] - self._prefix[first]

    def _day_start(self, day: date) -> datetime:
        if day not in self._day_starts:
            self._day_starts[day] = day_start(day, self._zone)
        return self._day_starts[day]

    def debt_at(self, instant: datetime) -> float:
        """Sleep debt over the 7 home days up to an instant (today counts sleep so far)."""
        today = home_date(instant, self._zone)
        debt = 0.0
        for back in range(DEBT_DAYS):
            day = today - timedelta(days=back)
            slept = self.day_hours(day, instant) if back == 0 else self._by_day.get(day, 0.0)
            debt += max(self._need - slept, -MAX_REPAY_HOURS_PER_DAY)
        return max(0.0, debt)
