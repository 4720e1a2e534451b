"""Words for findings: home-time stamps, spans, shift types, and each rule's basis and source."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.core.instants import format_clock, home_date, in_zone
from shiftplanner.core.shifts import ShiftType
from shiftplanner.core.text import Moment, Plural, Style, Template, Text, TextArg


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a rule rests on and where its number comes from."""

    basis: Basis
    source: str


RULES: dict[str, RuleInfo] = {
    "overlap": RuleInfo(Basis.DATA, "two duties cannot happen at once"),
    "quick-return": RuleInfo(
        Basis.BENCHMARK,
        "EU Directive 2003/88/EC Art. 3 (11 h daily rest); Vedaa et al. 2016 (quick returns)",
    ),
    "weekly-rest": RuleInfo(Basis.LAW, "Philippine Labor Code Art. 91 (weekly rest day)"),
    "weekly-rest-benchmark": RuleInfo(
        Basis.BENCHMARK, "EU Directive 2003/88/EC Art. 5 (35 h weekly rest)"
    ),
    "consecutive-nights": RuleInfo(
        Basis.BENCHMARK, "HSE shift-work guidance HSG256 (2-3 nights advised); UK rail limit 7"
    ),
    "day-night-switch": RuleInfo(
        Basis.BENCHMARK, "HSE HSG256: allow two nights' full sleep when switching"
    ),
    "backward-rotation": RuleInfo(
        Basis.BENCHMARK, "HSE HSG256 and forward-rotation studies (morning -> mid -> night)"
    ),
    "long-shift": RuleInfo(
        Basis.BENCHMARK, "HSE HSG256 (12 h incl. overtime); Garde et al. 2020 (nights <= 9 h)"
    ),
    "weekly-hours": RuleInfo(
        Basis.BENCHMARK, "EU Directive 2003/88/EC Art. 6 (48 h); PH compressed week max 48 h"
    ),
    "sleep-opportunity": RuleInfo(
        Basis.MODEL, "AASM/SRS consensus, Watson et al. 2015 (adults need 7 h or more)"
    ),
    "sleep-debt": RuleInfo(Basis.MODEL, "Van Dongen et al. 2003; Belenky et al. 2003"),
    "prior-sleep": RuleInfo(Basis.MODEL, "Dawson & McCulloch 2005 (prior sleep and wake)"),
    "alertness": RuleInfo(
        Basis.MODEL, "Three-Process Model, Akerstedt & Folkard 1997; Ingre et al. 2014 (KSS)"
    ),
    "dst-change": RuleInfo(Basis.INFO, "US Energy Policy Act 2005; tz database"),
}


def finding(
    rule: str,
    severity: Severity,
    span: tuple[datetime, datetime],
    message: Text,
    suggestion: Text,
) -> Finding:
    """A finding with the rule's basis and source filled in, and its texts in English."""
    info = RULES[rule]
    return Finding(
        rule=rule,
        severity=severity,
        start=span[0],
        end=span[1],
        basis=info.basis,
        message=message.render(),
        suggestion=suggestion.render(),
        source=info.source,
        message_text=message,
        suggestion_text=suggestion,
    )


def clock(instant: datetime, zone: str) -> Moment:
    """`23:00` in home time."""
    return Moment(in_zone(instant, zone), Style.CLOCK)


def when(instant: datetime, zone: str) -> Moment:
    """`Tue 23:00` in home time."""
    return Moment(in_zone(instant, zone), Style.WEEKDAY_CLOCK)


def day(instant: datetime, zone: str) -> Moment:
    """`Mon 9 Mar` in home time."""
    return Moment(in_zone(instant, zone), Style.DAY)


def date_text(on: date) -> Moment:
    """`Mon 9 Mar` for a home-zone date."""
    return Moment(datetime.combine(on, time()), Style.DAY)


def day_when(instant: datetime, zone: str) -> Moment:
    """`Mon 9 Mar 22:00` in home time."""
    return Moment(in_zone(instant, zone), Style.DAY_CLOCK)


SPAN = Template("{start}-{end}")
DAYS = Template("{first} - {last}")


def duty_text(start: datetime, end: datetime, zone: str) -> Text:
    """`Mon 9 Mar 22:00-07:00`; the end's weekday appears unless it is that day or next morning."""
    local_start, local_end = in_zone(start, zone), in_zone(end, zone)
    days = (local_end.date() - local_start.date()).days
    overnight = days == 1 and local_end.time() < local_start.time()
    end_text = clock(end, zone) if days == 0 or overnight else when(end, zone)
    return Text.of(SPAN, start=day_when(start, zone), end=end_text)


def days_text(start: datetime, end: datetime, zone: str) -> TextArg:
    """`Mon 2 Mar - Sat 7 Mar`, or one day when both fall on it."""
    if home_date(start, zone) == home_date(end, zone):
        return day(start, zone)
    return Text.of(DAYS, first=day(start, zone), last=day(end, zone))


def round_up(instant: datetime, zone: str, minutes: int = 15) -> datetime:
    """The next home-time quarter hour at or after an instant, for suggested times."""
    local = in_zone(instant, zone)
    past = local.minute % minutes * 60 + local.second + local.microsecond / 1e6
    if past == 0:
        return instant
    return instant + timedelta(seconds=minutes * 60 - past)


TYPE_HOURS = Template("{name} ({start}-{end})")
TYPE_HOURS_ELSEWHERE = Template("{name} ({start}-{end} {place} time)")


def type_text(shift_type: ShiftType, home_zone: str) -> Text:
    """`Mid (14:00-23:00)` or `US day (09:00-18:00 New York time)`."""
    start, end = format_clock(shift_type.start), format_clock(shift_type.end)
    if shift_type.zone != home_zone:
        return Text.of(
            TYPE_HOURS_ELSEWHERE,
            name=shift_type.name,
            start=start,
            end=end,
            place=place(shift_type.zone),
        )
    return Text.of(TYPE_HOURS, name=shift_type.name, start=start, end=end)


def place(zone: str) -> str:
    """The city of an IANA zone, for people: `New York`."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


SHIFTS = Plural(Template("{count} shift"), Template("{count} shifts"))


def ceil_hours(hours: float) -> float:
    """Hours rounded up to the quarter hour, for "at least" advice."""
    return math.ceil(hours * 4 - 1e-9) / 4
