"""The alertness rule: predicted sleepiness (KSS, Three-Process Model) during duties."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.rules.body import Body
from shiftplanner.core.rules.messages import (
    SHIFTS,
    clock,
    day,
    days_text,
    duty_text,
    finding,
    when,
)
from shiftplanner.core.rules.schedule import Category, Duty, Schedule
from shiftplanner.core.text import Template, Text

_NAP_BEFORE_NIGHT = timedelta(hours=2)

SLEEPY = Template(
    "Predicted sleepiness reaches KSS {kss:.1f} at {at} during the {duty} shift{count} — 7 is "
    "sleepy, 9 is fighting sleep."
)
SLEEPY_RUN = Template(" ({shifts} at KSS {warn:g} or more, {days})")
NAP_FIX = Template(
    "Nap 1.5-3 h before the {day} shift (e.g. {nap_start}-{nap_end}), take a 15-30 min break "
    "nap before {clock} if allowed, and avoid driving home drowsy."
)
FULL_SLEEP_FIX = Template(
    "Protect a full sleep before the {day} shift, or ask to start it later or shorten it."
)


def alertness(schedule: Schedule, body: Body, indices: range) -> Iterator[Finding]:
    """Duties whose predicted peak KSS reaches 7 (medium) or 8 (high); one finding per run."""
    warn = round(schedule.threshold("kss_warn"), 1)
    high = round(schedule.threshold("kss_high"), 1)
    zone = schedule.home_zone
    peaks = {i: body.peak(i) for i in indices if body.may_reach(i, warn)}
    for group in schedule.group_by_run(i for i, (kss, _) in peaks.items() if kss >= warn):
        worst = max(group, key=lambda i: (peaks[i][0], -i))
        kss, at = peaks[worst]
        duty = schedule.duties[worst]
        first, last = schedule.duties[group[0]], schedule.duties[group[-1]]
        count = (
            Text.of(
                SLEEPY_RUN,
                shifts=SHIFTS.of(len(group)),
                warn=warn,
                days=days_text(first.start, last.start, zone),
            )
            if len(group) > 1
            else ""
        )
        yield finding(
            "alertness",
            Severity.HIGH if kss >= high else Severity.MEDIUM,
            (first.start, last.end),
            Text.of(
                SLEEPY,
                kss=kss,
                at=when(at, zone),
                duty=duty_text(duty.start, duty.end, zone),
                count=count,
            ),
            _advice(duty, at, zone),
        )


def _advice(duty: Duty, at: datetime, zone: str) -> Text:
    if duty.category is not Category.GRAVEYARD:
        return Text.of(FULL_SLEEP_FIX, day=day(duty.start, zone))
    nap_start = duty.start - _NAP_BEFORE_NIGHT - timedelta(hours=2)
    return Text.of(
        NAP_FIX,
        day=day(duty.start, zone),
        nap_start=clock(nap_start, zone),
        nap_end=clock(nap_start + _NAP_BEFORE_NIGHT, zone),
        clock=clock(at, zone),
    )
