"""The alertness rule: predicted sleepiness (KSS, Three-Process Model) during duties."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.rules.body import Body
from shiftplanner.core.rules.messages import (
    clock,
    count_text,
    day,
    days_text,
    duty_text,
    finding,
    when,
)
from shiftplanner.core.rules.schedule import Category, Schedule

_NAP_BEFORE_NIGHT = timedelta(hours=2)


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
            f" ({count_text(len(group), 'shift')} at KSS {warn:g} or more, "
            f"{days_text(first.start, last.start, zone)})"
            if len(group) > 1
            else ""
        )
        if duty.category is Category.GRAVEYARD:
            nap_start = duty.start - _NAP_BEFORE_NIGHT - timedelta(hours=2)
            advice = (
                f"Nap 1.5-3 h before the {day(duty.start, zone)} shift (e.g. "
                f"{clock(nap_start, zone)}-{clock(nap_start + _NAP_BEFORE_NIGHT, zone)}), "
                f"take a 15-30 min break nap before {clock(at, zone)} if allowed, and avoid "
                "driving home drowsy."
            )
        else:
            advice = (
                f"Protect a full sleep before the {day(duty.start, zone)} shift, or ask to "
                "start it later or shorten it."
            )
        yield finding(
            "alertness",
            Severity.HIGH if kss >= high else Severity.MEDIUM,
            (first.start, last.end),
            f"Predicted sleepiness reaches KSS {kss:.1f} at {when(at, zone)} during the "
            f"{duty_text(duty.start, duty.end, zone)} shift{count} — 7 is sleepy, 9 is "
            "fighting sleep.",
            advice,
        )
