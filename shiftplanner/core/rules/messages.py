"""Words for findings: home-time stamps, durations, and each rule's basis and source."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.core.instants import in_zone
from shiftplanner.core.shifts import ShiftType


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
    message: str,
    suggestion: str,
) -> Finding:
    """A finding with the rule's basis and source filled in."""
    info = RULES[rule]
    return Finding(
        rule=rule,
        severity=severity,
        start=span[0],
        end=span[1],
        basis=info.basis,
        message=message,
        suggestion=suggestion,
        source=info.source,
    )


def clock(instant: datetime, zone: str) -> str:
    """`23:00` in home time."""
    return f"{in_zone(instant, zone):%H:%M}"


def when(instant: datetime, zone: str) -> str:
    """`Tue 23:00` in home time."""
    return f"{in_zone(instant, zone):%a %H:%M}"


def day(instant: datetime, zone: str) -> str:
    """`Mon 9 Mar` in home time."""
    local = in_zone(instant, zone)
    return f"{local:%a} {local.day} {local:%b}"


def day_when(instant: datetime, zone: str) -> str:
    """`Mon 9 Mar 22:00` in home time."""
    return f"{day(instant, zone)} {in_zone(instant, zone):%H:%M}"


def duty_text(start: datetime, end: datetime, zone: str) -> str:
    """`Mon 9 Mar 22:00-07:00`; the end's weekday appears unless it is that day or next morning."""
    local_start, local_end = in_zone(start, zone), in_zone(end, zone)
    days = (local_end.date() - local_start.date()).days
    overnight = days == 1 and local_end.time() < local_start.time()
    end_text = f"{local_end:%H:%M}" if days == 0 or overnight else f"{local_end:%a %H:%M}"
    return f"{day(start, zone)} {local_start:%H:%M}-{end_text}"


def days_text(start: datetime, end: datetime, zone: str) -> str:
    """`Mon 2 Mar - Sat 7 Mar`, or one day when both fall on it."""
    first, last = day(start, zone), day(end, zone)
    return first if first == last else f"{first} - {last}"


def round_up(instant: datetime, zone: str, minutes: int = 15) -> datetime:
    """The next home-time quarter hour at or after an instant, for suggested times."""
    local = in_zone(instant, zone)
    past = local.minute % minutes * 60 + local.second + local.microsecond / 1e6
    if past == 0:
        return instant
    return instant + timedelta(seconds=minutes * 60 - past)


def type_text(shift_type: ShiftType, home_zone: str) -> str:
    """`Mid (14:00-23:00)` or `US day (09:00-18:00 New York time)`."""
    hours = f"{shift_type.start:%H:%M}-{shift_type.end:%H:%M}"
    if shift_type.zone != home_zone:
        hours += f" {place(shift_type.zone)} time"
    return f"{shift_type.name} ({hours})"


def place(zone: str) -> str:
    """The city of an IANA zone, for people: `New York`."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def count_text(count: int, noun: str) -> str:
    """`1 shift`, `3 shifts`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def ceil_hours(hours: float) -> float:
    """Hours rounded up to the quarter hour, for "at least" advice."""
    return math.ceil(hours * 4 - 1e-9) / 4
