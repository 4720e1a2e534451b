"""RFC 5545 VTIMEZONE components derived from tzdata.

icalendar's own generator writes the DAYLIGHT onset as the wall time after the jump, so a
client that reads the file's VTIMEZONE puts times near the change an hour off. Here every
onset is the local time in TZOFFSETFROM (RFC 5545 §3.6.5), and regular yearly rules become an
RRULE such as ``FREQ=YEARLY;BYMONTH=3;BYDAY=2SU``, the style Outlook prefers.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

_DAY_SECONDS = 24 * 3600
# A little over a year before `first` always reaches the onset of the observance in force at
# `first` when the zone has yearly DST; without one, that observance is fixed for the window.
_LOOKBACK = timedelta(days=400)
_LAST = -1
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

_SubComponent = icalendar.TimezoneStandard | icalendar.TimezoneDaylight


@dataclass(frozen=True, slots=True)
class _Observance:
    """What a zone observes between two onsets; a change in any field is an onset."""

    offset: timedelta
    is_dst: bool
    name: str


@dataclass(frozen=True, slots=True)
class _Onset:
    """One change of observance: the UTC instant and the observances on either side."""

    instant: datetime
    before: _Observance
    after: _Observance

    @property
    def local(self) -> datetime:
        """The onset as RFC 5545 wants it in DTSTART: local time in TZOFFSETFROM."""
        return (self.instant + self.before.offset).replace(tzinfo=None)


@dataclass(slots=True)
class _Run:
    """Onsets in consecutive years that one yearly BYMONTH/BYDAY rule describes."""

    onsets: list[_Onset]
    ordinals: set[int]
    superseded: bool = False

    @property
    def rule_ordinal(self) -> int:
        """The BYDAY ordinal: "last" where it fits, since tzdata rules say "lastSun"."""
        return _LAST if _LAST in self.ordinals else min(self.ordinals)


def vtimezone(zone_name: str, first: datetime, last: datetime) -> icalendar.Timezone:
    """VTIMEZONE for zone_name covering [first, last] (aware datetimes), RRULE style.

    Every onset that the result implies inside the window is a tzdata transition and vice
    versa, and one of its components starts at or before `first`, so clients also know the
    offset in force there.

    Raises:
        ValueError: if `first` or `last` is naive or `last` is before `first`.
    """
    if first.tzinfo is None or last.tzinfo is None:
        raise ValueError("first and last must be aware datetimes")
    if last < first:
        raise ValueError("last must not be before first")
    zone = ZoneInfo(zone_name)
    onsets = _onsets(zone, first - _LOOKBACK, last)
    earlier = [onset for onset in onsets if onset.instant <= first]
    components: list[_SubComponent] = []
    if earlier:
        onsets = onsets[len(earlier) - 1 :]
    else:
        components.append(_fixed_component(zone, first))
    components += [_component(run, last) for run in _runs(onsets)]
    components.sort(key=lambda component: component.DTSTART)
    timezone = icalendar.Timezone()
    timezone.add("TZID", zone_name)
    for component in components:
        timezone.add_component(component)
    return timezone


def _observance(zone: ZoneInfo, seconds: int) -> _Observance:
    """The observance of `zone` at a POSIX time in whole seconds."""
    local = datetime.fromtimestamp(seconds, UTC).astimezone(zone)
    offset = local.utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return _Observance(offset, bool(local.dst()), local.tzname() or "")


def _onsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[_Onset]:
    """Transitions of `zone` in (start, end], found by daily steps and bisection to the second.

    Transitions in tzdata since 1970 are at least six days apart, so a day never hides two.
    """
    lo = math.floor(start.timestamp())
    end_seconds = math.ceil(end.timestamp())
    onsets: list[_Onset] = []
    while lo < end_seconds:
        hi = min(lo + _DAY_SECONDS, end_seconds)
        before, after = _observance(zone, lo), _observance(zone, hi)
        if before != after:
            instant = datetime.fromtimestamp(_bisect(zone, lo, hi), UTC)
            if instant <= end:
                onsets.append(_Onset(instant, before, after))
        lo = hi
    return onsets


def _bisect(zone: ZoneInfo, lo: int, hi: int) -> int:
    """The first second in (lo, hi] whose observance differs from the one at lo."""
    before = _observance(zone, lo)
    while hi - lo > 1:
        middle = (lo + hi) // 2
        if _observance(zone, middle) == before:
            lo = middle
        else:
            hi = middle
    return hi


def _ordinals(local: datetime) -> set[int]:
    """BYDAY ordinals of the local date's weekday in its month that match: nth, and last."""
    days_in_month = calendar.monthrange(local.year, local.month)[1]
    ordinals = {(local.day - 1) // 7 + 1}
    if local.day + 7 > days_in_month:
        ordinals.add(_LAST)
    return ordinals


def _extends(run: _Run, onset: _Onset) -> bool:
    """Whether `onset` is next year's instance of the rule that `run` follows."""
    previous = run.onsets[-1].local
    local = onset.local
    return (
        local.year == previous.year + 1
        and (local.month, local.weekday(), local.time())
        == (previous.month, previous.weekday(), previous.time())
        and bool(run.ordinals & _ordinals(local))
    )


def _runs(onsets: list[_Onset]) -> list[_Run]:
    """Group onsets with the same observances into runs of one yearly rule each.

    A rule change (the US in 2007) or a skipped year (a zone dropping DST) starts a new run.
    """
    runs: list[_Run] = []
    open_runs: dict[tuple[timedelta, _Observance], _Run] = {}
    for onset in onsets:
        key = (onset.before.offset, onset.after)
        run = open_runs.get(key)
        if run is not None and _extends(run, onset):
            run.onsets.append(onset)
            run.ordinals &= _ordinals(onset.local)
        else:
            if run is not None:
                run.superseded = True
            run = _Run([onset], _ordinals(onset.local))
            open_runs[key] = run
            runs.append(run)
    return runs


def _instance(year: int, like: datetime, ordinal: int) -> datetime:
    """The local onset that a BYMONTH/BYDAY rule matching `like` gives in `year`."""
    days_in_month = calendar.monthrange(year, like.month)[1]
    first_weekday = calendar.weekday(year, like.month, 1)
    first_day = 1 + (like.weekday() - first_weekday) % 7
    if ordinal == _LAST:
        day = first_day + 7 * ((days_in_month - first_day) // 7)
    else:
        day = first_day + 7 * (ordinal - 1)
    return like.replace(year=year, day=day)


def _component(run: _Run, last: datetime) -> _SubComponent:
    """The STANDARD or DAYLIGHT sub-component for a run.

    The RRULE is open-ended for the latest rule of its observances whose next instance lies
    after `last`; any other rule ends with UNTIL, or is a single onset if it had only one, so
    no two rules for the same observance run on side by side.
    """
    start, end = run.onsets[0], run.onsets[-1]
    ordinal = run.rule_ordinal
    following = _instance(end.local.year + 1, end.local, ordinal) - end.before.offset
    component = _sub_component(start.before.offset, start.after, start.local)
    rule = icalendar.vRecur(
        freq="YEARLY",
        bymonth=start.local.month,
        byday=f"{ordinal}{_WEEKDAYS[start.local.weekday()]}",
    )
    if not run.superseded and following.replace(tzinfo=UTC) > last:
        component.add("RRULE", rule)
    elif len(run.onsets) > 1:
        rule["UNTIL"] = end.instant
        component.add("RRULE", rule)
    else:
        _repeat_onset(component)
    return component


def _fixed_component(zone: ZoneInfo, first: datetime) -> _SubComponent:
    """A component for an observance with no onset in the lookback: its offset never changes.

    DTSTART is local midnight of `first`'s day, so it lies at or before `first`.
    """
    local = first.astimezone(zone)
    observance = _observance(zone, math.floor(first.timestamp()))
    midnight = datetime(local.year, local.month, local.day)
    return _repeat_onset(_sub_component(observance.offset, observance, midnight))


def _repeat_onset(component: _SubComponent) -> _SubComponent:
    """Repeat a rule-less component's DTSTART as its RDATE.

    RFC 5545 already makes DTSTART the first onset, but some readers (the `ical` package among
    them) find no onset in a component without RRULE or RDATE and fall back to UTC, which would
    put every event of a zone without DST, such as Asia/Manila, hours off.
    """
    component.add("RDATE", component.DTSTART)
    return component


def _sub_component(offset_from: timedelta, after: _Observance, start: datetime) -> _SubComponent:
    """A STANDARD or DAYLIGHT with its offsets, name and local DTSTART, without a rule."""
    component = icalendar.TimezoneDaylight() if after.is_dst else icalendar.TimezoneStandard()
    component.DTSTART = start
    component.TZOFFSETFROM = offset_from
    component.TZOFFSETTO = after.offset
    component.add("TZNAME", after.name)
    return component
