"""Rules about sleep: the opportunity a gap leaves, the week's debt, the sleep before a duty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import hours_text
from shiftplanner.core.rules.body import Body
from shiftplanner.core.rules.messages import (
    ceil_hours,
    clock,
    count_text,
    day,
    day_when,
    days_text,
    finding,
    round_up,
    when,
)
from shiftplanner.core.rules.schedule import Schedule
from shiftplanner.core.sleep_estimate import DEBT_DAYS, SleepProfile


def sleep_opportunity(schedule: Schedule) -> Iterator[Finding]:
    """Gaps whose time left to sleep, after commuting and personal time, is below 7 h."""
    floor = schedule.threshold("min_sleep_opportunity_hours")
    critical = schedule.threshold("critical_sleep_opportunity_hours")
    profile = SleepProfile.of(schedule.plan.person)
    zone = schedule.home_zone
    for gap in schedule.gaps:
        sleep = round(profile.opportunity_hours(gap.hours) * 60)
        if sleep >= round(floor * 60):
            continue
        severity = Severity.CRITICAL if sleep < round(critical * 60) else Severity.HIGH
        start = round_up(gap.end + timedelta(minutes=profile.need_hours * 60 - sleep), zone)
        left = f"Only {hours_text(sleep / 60)}" if sleep > 0 else "No time"
        yield finding(
            "sleep-opportunity",
            severity,
            (gap.start, gap.end),
            f"{left} to sleep between {when(gap.start, zone)} and {when(gap.end, zone)}: "
            f"{hours_text(gap.hours)} off{_less_text(profile)} — below the "
            f"{hours_text(floor)} healthy minimum (you need {hours_text(profile.need_hours)}).",
            f"Ask to start {day(start, zone)} at {clock(start, zone)} or later for a full "
            "sleep, or shorten the commute that day (stay near work).",
        )


def _less_text(profile: SleepProfile) -> str:
    """What comes off a gap before sleep: commuting both ways and personal time."""
    parts = [
        f"{hours_text(hours)} {what}"
        for hours, what in (
            (2 * profile.commute_hours, "commuting"),
            (profile.personal_hours, "personal time"),
        )
        if hours > 0
    ]
    return f" less {' and '.join(parts)}" if parts else ""


def sleep_debt(schedule: Schedule, body: Body, indices: range) -> Iterator[Finding]:
    """Duties that start with more sleep debt over the last 7 days than the limit."""
    limit = round(schedule.threshold("max_sleep_debt_hours") * 60)
    debts = {i: round(body.ledger.debt_at(schedule.duties[i].start) * 60) for i in indices}
    zone = schedule.home_zone
    need = schedule.plan.person.sleep_need_hours
    for group in schedule.group_by_run(i for i, debt in debts.items() if debt > limit):
        worst = max(group, key=lambda i: (debts[i], -i))
        duty = schedule.duties[worst]
        first, last = schedule.duties[group[0]], schedule.duties[group[-1]]
        yield finding(
            "sleep-debt",
            Severity.HIGH,
            (first.start, last.end),
            f"Estimated sleep debt reaches {hours_text(debts[worst] / 60)} by the "
            f"{day_when(duty.start, zone)} shift: that much less than {hours_text(need)} a "
            f"day over the last {DEBT_DAYS} days, above the {hours_text(limit / 60)} limit "
            f"({count_text(len(group), 'shift')}, {days_text(first.start, last.start, zone)}).",
            _debt_advice(schedule, duty.start),
        )


def _debt_advice(schedule: Schedule, at: datetime) -> str:
    zone = schedule.home_zone
    week_before = at - timedelta(days=DEBT_DAYS)
    recent = [g for g in schedule.gaps if week_before < g.end <= at]
    advice = "Sleep up to 2 h longer on your next rest days and nap before the next shift"
    if not recent:
        return advice + "."
    shortest = min(recent, key=lambda g: (g.minutes, g.start))
    return (
        f"{advice}; ask to lengthen the shortest rest, {hours_text(shortest.hours)} "
        f"from {day_when(shortest.start, zone)}."
    )


def prior_sleep(schedule: Schedule, body: Body, indices: range) -> Iterator[Finding]:
    """Duties started on too little sleep, or ended after more hours awake than slept."""
    zone = schedule.home_zone
    problems = {i: _prior_problems(schedule, body, i) for i in indices}
    for group in schedule.group_by_run(i for i, found in problems.items() if found):
        first, last = schedule.duties[group[0]], schedule.duties[group[-1]]
        duty = first
        others = len(group) - 1
        more = f" ({count_text(others, 'more shift')} in this run too)" if others else ""
        yield finding(
            "prior-sleep",
            Severity.CRITICAL,
            (first.start, last.end),
            f"Before the {day_when(duty.start, zone)} shift: {'; '.join(problems[group[0]])}{more} "
            f"— too little prior sleep to work safely.",
            _prior_advice(schedule, body, group[0]),
        )


def _prior_problems(schedule: Schedule, body: Body, index: int) -> list[str]:
    """What is wrong with the sleep before a duty, in words; empty when nothing is."""
    duty = schedule.duties[index]
    need_24 = round(schedule.threshold("min_prior_sleep_24h_hours") * 60)
    need_48 = round(schedule.threshold("min_prior_sleep_48h_hours") * 60)
    slept_24 = round(body.ledger.asleep_hours(duty.start - timedelta(hours=24), duty.start) * 60)
    slept_48 = round(body.ledger.asleep_hours(duty.start - timedelta(hours=48), duty.start) * 60)
    woke = body.ledger.last_wake(duty.start)
    awake = round((duty.end - woke).total_seconds() / 60) if woke else None
    problems: list[str] = []
    if slept_24 < need_24:
        problems.append(f"only {hours_text(slept_24 / 60)} of sleep in the 24 h before it")
    if slept_48 < need_48:
        problems.append(f"only {hours_text(slept_48 / 60)} in the 48 h before it")
    if awake is not None and awake > slept_48:
        problems.append(
            f"awake {hours_text(awake / 60)} by its end, more than the "
            f"{hours_text(slept_48 / 60)} slept in the 48 h before"
        )
    return problems


def _prior_advice(schedule: Schedule, body: Body, index: int) -> str:
    duty = schedule.duties[index]
    zone = schedule.home_zone
    slept_24 = body.ledger.asleep_hours(duty.start - timedelta(hours=24), duty.start)
    short = max(schedule.threshold("min_prior_sleep_24h_hours") - slept_24, 1.5)
    nap = ceil_hours(short)
    return (
        f"Sleep at least {hours_text(nap)} more before it — e.g. a nap ending shortly before "
        f"you leave for the {clock(duty.start, zone)} start — or ask to start it later."
    )
