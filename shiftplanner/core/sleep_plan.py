"""Sleep first: main sleeps and naps planned from the roster (`placement.md`, "Order of planning").

Each rest gap, from getting home to leaving again (door to door, the commute on both sides
of every duty) less the person's personal time, gets its sleeps by rule:
- after a night shift, sleep as soon as the person is home ("the more sleep before 14:00 the
  better"); when days follow, only a short recovery sleep, then an early night;
- on rest days between night runs, an anchor sleep of the full need that overlaps the work-day
  sleep by at least 4 h, so the body clock stays where the nights need it;
- otherwise normal nights (wake at 07:00 home time), moved earlier to fit the next duty;
- before the first night of a run, a 1.5-3 h nap ending just before getting ready (NIOSH).
Decisions use real (UTC) durations and the home-zone clock.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import day_bounds, home_date, in_zone, to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rules.schedule import NIGHT_MIN_MINUTES, night_minutes
from shiftplanner.core.shifts import Shift

SLEEP_REF = "sleep"
NAP_REF = "nap"
NORMAL_WAKE = time(7, 0)
ANCHOR_OVERLAP = timedelta(hours=4)
NAP_LONGEST = timedelta(hours=2)
NAP_SHORTEST = timedelta(minutes=90)
_AWAKE_BEFORE_NAP = timedelta(hours=3)
_AWAKE_BETWEEN_SLEEPS = timedelta(hours=4)
_SHORTEST_SLEEP = timedelta(minutes=90)
_ONE_SLEEP_GAP = timedelta(hours=24)
_EARLY_NIGHT = timedelta(hours=1)
_ROSTER_MARGIN = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class _Duty:
    """Door-to-door time of one or more overlapping duties, and whether it is a night."""

    leave: datetime
    home: datetime
    night: bool


@dataclass(frozen=True, slots=True)
class _Gap:
    """Time free for sleep between two duties (None at the edges of the planned range)."""

    start: datetime
    end: datetime
    before: _Duty | None
    after: _Duty | None

    @property
    def after_night(self) -> bool:
        return self.before is not None and self.before.night

    @property
    def before_night(self) -> bool:
        return self.after is not None and self.after.night

    @property
    def one_sleep(self) -> bool:
        return (
            self.before is not None
            and self.after is not None
            and (self.after.leave - self.before.home < _ONE_SLEEP_GAP)
        )


def is_night_shift(shift: Shift, home_zone: str) -> bool:
    """At least 3 h of the duty fall in 22:00-06:00 home time (RA 10151; EU), as the rules say."""
    return night_minutes(shift.start, shift.end, home_zone) >= NIGHT_MIN_MINUTES


def plan_sleep(
    shifts: Sequence[Shift], person: Person, *, start: datetime, end: datetime
) -> list[Block]:
    """Sleep and nap blocks overlapping [start, end), in start order.

    Pass every duty that could touch the range, from a day or two before `start` to a day or
    two after `end`, so that the gaps at the edges are judged by their real neighbours.
    """
    duties = _duties(shifts, person)
    blocks = [
        block for gap in _gaps(duties, person, start, end) for block in _gap_sleeps(gap, person)
    ]
    return [b for b in blocks if b.end > start and b.start < end]


def _duties(shifts: Sequence[Shift], person: Person) -> list[_Duty]:
    commute = timedelta(minutes=person.commute_minutes)
    duties: list[_Duty] = []
    for shift in sorted(shifts, key=lambda s: (s.start, s.end)):
        night = is_night_shift(shift, person.home_zone)
        leave, home = shift.start - commute, shift.end + commute
        if duties and leave <= duties[-1].home:
            last = duties[-1]
            duties[-1] = _Duty(last.leave, max(last.home, home), last.night or night)
        else:
            duties.append(_Duty(leave, home, night))
    return duties


def _gaps(duties: list[_Duty], person: Person, start: datetime, end: datetime) -> Iterator[_Gap]:
    wind_down = timedelta(minutes=person.personal_minutes // 3)
    get_ready = timedelta(minutes=person.personal_minutes) - wind_down
    edge = timedelta(days=2)
    bounds: list[_Duty | None] = [None, *duties, None]
    for before, after in pairwise(bounds):
        gap_start = before.home + wind_down if before else start - edge
        gap_end = after.leave - get_ready if after else end + edge
        if gap_end > gap_start:
            yield _Gap(gap_start, gap_end, before, after)


def _gap_sleeps(gap: _Gap, person: Person) -> list[Block]:
    need = timedelta(hours=person.sleep_need_hours)
    sleeps: list[tuple[datetime, datetime]] = []
    cursor = gap.start
    if gap.after_night:
        first = _after_night_sleep(gap, need)
        if first[1] - first[0] >= _SHORTEST_SLEEP:
            sleeps.append(first)
            cursor = first[1] + _AWAKE_BETWEEN_SLEEPS
    # After a recovery sleep the first night comes an hour early, to re-set the body clock.
    early = _EARLY_NIGHT if sleeps and not gap.before_night and not gap.one_sleep else timedelta(0)
    for bed, wake in _preferred_nights(gap, need, person.home_zone):
        bed, wake = bed - early, wake - early
        if bed >= gap.end or wake <= cursor:
            continue
        fitted = _fit((bed, wake), cursor, gap.end)
        if fitted[1] - fitted[0] >= _SHORTEST_SLEEP:
            sleeps.append(fitted)
            cursor = fitted[1] + _AWAKE_BETWEEN_SLEEPS
            early = timedelta(0)
    blocks = [Block(BlockKind.SLEEP, SLEEP_REF, s, e) for s, e in sleeps]
    nap = _first_night_nap(gap, sleeps)
    return [*blocks, nap] if nap else blocks


def _after_night_sleep(gap: _Gap, need: timedelta) -> tuple[datetime, datetime]:
    """As soon as home: the full need, or a short recovery sleep when days follow."""
    full = gap.before_night or gap.one_sleep
    length = need if full else need / 2
    return gap.start, min(gap.start + length, gap.end)


def _preferred_nights(
    gap: _Gap, need: timedelta, home_zone: str
) -> Iterator[tuple[datetime, datetime]]:
    """Where each night's main sleep would go if nothing were in the way."""
    anchored = gap.after_night and gap.before_night
    workday_bed = in_zone(gap.start, home_zone).time().replace(tzinfo=None)
    day = home_date(gap.start, home_zone) - timedelta(days=1)
    while day <= home_date(gap.end, home_zone):
        if anchored:
            bed = to_instant(day + timedelta(days=1), workday_bed, home_zone)
            bed -= need - ANCHOR_OVERLAP
        else:
            bed = to_instant(day + timedelta(days=1), NORMAL_WAKE, home_zone) - need
        yield bed, bed + need
        day += timedelta(days=1)


def _fit(
    preferred: tuple[datetime, datetime], low: datetime, high: datetime
) -> tuple[datetime, datetime]:
    """The preferred interval moved (and if need be cut) to lie inside [low, high]."""
    length = preferred[1] - preferred[0]
    if high - low <= length:
        return low, high
    begin = min(max(preferred[0], low), high - length)
    return begin, begin + length


def _first_night_nap(gap: _Gap, sleeps: list[tuple[datetime, datetime]]) -> Block | None:
    """A nap ending when the person gets ready for the first night of a run."""
    first_of_run = gap.before_night and not (gap.after_night and gap.one_sleep)
    if not first_of_run:
        return None
    awake_from = max((end for _, end in sleeps), default=gap.start - _AWAKE_BEFORE_NAP)
    for length in (NAP_LONGEST, NAP_SHORTEST):
        begin = gap.end - length
        if begin >= awake_from + _AWAKE_BEFORE_NAP and begin >= gap.start:
            return Block(BlockKind.NAP, NAP_REF, begin, gap.end)
    return None


def plan_sleep_for_dates(plan: Plan, first: date, last: date) -> list[Block]:
    """Sleep and naps for the home-zone dates first..last of a plan, judged by the full roster."""
    start, end = day_bounds(first, last, plan.home_zone)
    shifts = expand(plan, first - _ROSTER_MARGIN, last + _ROSTER_MARGIN)
    return plan_sleep(shifts, plan.person, start=start, end=end)
