"""Rules about sleep: the opportunity a gap leaves, the week's debt, the sleep before a duty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.rules.body import Body
from shiftplanner.core.rules.messages import (
    SHIFTS,
    ceil_hours,
    clock,
    day,
    day_when,
    days_text,
    finding,
    round_up,
    when,
)
from shiftplanner.core.rules.schedule import Schedule
from shiftplanner.core.sleep_estimate import DEBT_DAYS, SleepProfile
from shiftplanner.core.text import Hours, Join, Plural, Template, Text, TextArg

SHORT_SLEEP = Template(
    "{left} to sleep between {start} and {end}: {gap} off{less} — below the {floor} healthy "
    "minimum (you need {need})."
)
ONLY = Template("Only {hours}")
NO_TIME = Template("No time")
LESS_ONE = Template(" less {first}")
LESS_TWO = Template(" less {first} and {second}")
COMMUTING = Template("{hours} commuting")
PERSONAL_TIME = Template("{hours} personal time")
FULL_SLEEP_FIX = Template(
    "Ask to start {day} at {clock} or later for a full sleep, or shorten the commute that "
    "day (stay near work)."
)


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
        left = Text.of(ONLY, hours=Hours(sleep / 60)) if sleep > 0 else Text.of(NO_TIME)
        yield finding(
            "sleep-opportunity",
            severity,
            (gap.start, gap.end),
            Text.of(
                SHORT_SLEEP,
                left=left,
                start=when(gap.start, zone),
                end=when(gap.end, zone),
                gap=Hours(gap.hours),
                less=_less_text(profile),
                floor=Hours(floor),
                need=Hours(profile.need_hours),
            ),
            Text.of(FULL_SLEEP_FIX, day=day(start, zone), clock=clock(start, zone)),
        )


def _less_text(profile: SleepProfile) -> TextArg:
    """What comes off a gap before sleep: commuting both ways and personal time."""
    parts = [
        Text.of(template, hours=Hours(hours))
        for hours, template in (
            (2 * profile.commute_hours, COMMUTING),
            (profile.personal_hours, PERSONAL_TIME),
        )
        if hours > 0
    ]
    if len(parts) == 2:
        return Text.of(LESS_TWO, first=parts[0], second=parts[1])
    return Text.of(LESS_ONE, first=parts[0]) if parts else ""


SLEEP_DEBT = Template(
    "Estimated sleep debt reaches {debt} by the {at} shift: that much less than {need} a day "
    "over the last {days} days, above the {limit} limit ({shifts}, {range})."
)
DEBT_FIX = Template("Sleep up to 2 h longer on your next rest days and nap before the next shift.")
DEBT_FIX_SHORTEST = Template(
    "Sleep up to 2 h longer on your next rest days and nap before the next shift; ask to "
    "lengthen the shortest rest, {hours} from {start}."
)


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
            Text.of(
                SLEEP_DEBT,
                debt=Hours(debts[worst] / 60),
                at=day_when(duty.start, zone),
                need=Hours(need),
                days=DEBT_DAYS,
                limit=Hours(limit / 60),
                shifts=SHIFTS.of(len(group)),
                range=days_text(first.start, last.start, zone),
            ),
            _debt_advice(schedule, duty.start),
        )


def _debt_advice(schedule: Schedule, at: datetime) -> Text:
    zone = schedule.home_zone
    week_before = at - timedelta(days=DEBT_DAYS)
    recent = [g for g in schedule.gaps if week_before < g.end <= at]
    if not recent:
        return Text.of(DEBT_FIX)
    shortest = min(recent, key=lambda g: (g.minutes, g.start))
    return Text.of(
        DEBT_FIX_SHORTEST, hours=Hours(shortest.hours), start=day_when(shortest.start, zone)
    )


PRIOR_SLEEP = Template(
    "Before the {at} shift: {problems}{more} — too little prior sleep to work safely."
)
MORE_IN_RUN = Template(" ({shifts} in this run too)")
MORE_SHIFTS = Plural(Template("{count} more shift"), Template("{count} more shifts"))
SHORT_24H = Template("only {hours} of sleep in the 24 h before it")
SHORT_48H = Template("only {hours} in the 48 h before it")
AWAKE_TOO_LONG = Template(
    "awake {awake} by its end, more than the {slept} slept in the 48 h before"
)
PRIOR_FIX = Template(
    "Sleep at least {nap} more before it — e.g. a nap ending shortly before you leave for "
    "the {clock} start — or ask to start it later."
)


def prior_sleep(schedule: Schedule, body: Body, indices: range) -> Iterator[Finding]:
    """Duties started on too little sleep, or ended after more hours awake than slept."""
    zone = schedule.home_zone
    problems = {i: _prior_problems(schedule, body, i) for i in indices}
    for group in schedule.group_by_run(i for i, found in problems.items() if found):
        first, last = schedule.duties[group[0]], schedule.duties[group[-1]]
        others = len(group) - 1
        more = Text.of(MORE_IN_RUN, shifts=MORE_SHIFTS.of(others)) if others else ""
        yield finding(
            "prior-sleep",
            Severity.CRITICAL,
            (first.start, last.end),
            Text.of(
                PRIOR_SLEEP,
                at=day_when(first.start, zone),
                problems=Join("; ", tuple(problems[group[0]])),
                more=more,
            ),
            _prior_advice(schedule, body, group[0]),
        )


def _prior_problems(schedule: Schedule, body: Body, index: int) -> list[Text]:
    """What is wrong with the sleep before a duty; empty when nothing is."""
    duty = schedule.duties[index]
    need_24 = round(schedule.threshold("min_prior_sleep_24h_hours") * 60)
    need_48 = round(schedule.threshold("min_prior_sleep_48h_hours") * 60)
    slept_24 = round(body.ledger.asleep_hours(duty.start - timedelta(hours=24), duty.start) * 60)
    slept_48 = round(body.ledger.asleep_hours(duty.start - timedelta(hours=48), duty.start) * 60)
    woke = body.ledger.last_wake(duty.start)
    awake = round((duty.end - woke).total_seconds() / 60) if woke else None
    problems: list[Text] = []
    if slept_24 < need_24:
        problems.append(Text.of(SHORT_24H, hours=Hours(slept_24 / 60)))
    if slept_48 < need_48:
        problems.append(Text.of(SHORT_48H, hours=Hours(slept_48 / 60)))
    if awake is not None and awake > slept_48:
        problems.append(
            Text.of(AWAKE_TOO_LONG, awake=Hours(awake / 60), slept=Hours(slept_48 / 60))
        )
    return problems


def _prior_advice(schedule: Schedule, body: Body, index: int) -> Text:
    duty = schedule.duties[index]
    zone = schedule.home_zone
    slept_24 = body.ledger.asleep_hours(duty.start - timedelta(hours=24), duty.start)
    short = max(schedule.threshold("min_prior_sleep_24h_hours") - slept_24, 1.5)
    return Text.of(PRIOR_FIX, nap=Hours(ceil_hours(short)), clock=clock(duty.start, zone))
