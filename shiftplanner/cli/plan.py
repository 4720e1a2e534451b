"""`plan`: sleep, study and self-care blocks around the shifts, and where each goal stands."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any

from shiftplanner.cli.common import (
    Clock,
    add_format_option,
    add_range_options,
    add_source_options,
    date_range,
    load_plan,
    parse_instant,
    print_json,
)
from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import format_utc, home_date, hours_text, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.progress import GoalProgress, GoalStatus, Unplaced
from shiftplanner.core.shifts import Shift
from shiftplanner.services.planning import WeekPlan, plan_stored_week, plan_week
from shiftplanner.services.plans import open_store, shifts_in_range

SHORT_SLEEP_HOURS = 7.0
_STATUS_WORDS = {
    GoalStatus.ON_TRACK: "on track",
    GoalStatus.AT_RISK: "AT RISK",
    GoalStatus.BEHIND: "BEHIND: cannot finish in time",
}


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the verb to the command line."""
    parser = verbs.add_parser(
        "plan", help="plan sleep, study and self-care around the shifts; show goal progress"
    )
    add_source_options(parser)
    add_range_options(parser)
    add_format_option(parser)
    parser.add_argument(
        "--now",
        type=parse_instant,
        metavar="INSTANT",
        help="plan as if it were this instant (ISO 8601 with offset or Z; default: the clock)",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace, clock: Clock) -> int:
    """Plan the range and print it."""
    now: datetime = arguments.now or clock()
    plan = load_plan(arguments)
    dates = date_range(arguments, plan, lambda: now)
    if arguments.plan is None:
        with open_store(arguments.db) as store:
            week = plan_stored_week(store, dates, now=now)
    else:
        week = plan_week(plan, dates, now=now)
    if arguments.format == "json":
        print_json(plan_json(plan, week, now))
    else:
        print(plan_text(plan, week, now))
    return 0


def plan_json(plan: Plan, week: WeekPlan, now: datetime) -> dict[str, Any]:
    """The contract's JSON, with a few helpful extra keys."""
    return {
        "home_zone": plan.home_zone,
        "from": week.dates.first.isoformat(),
        "to": week.dates.last.isoformat(),
        "now": format_utc(now),
        "blocks": [_block_json(b) for b in week.blocks(plan.home_zone)],
        "unplaced": [
            {"ref": u.ref, "minutes": u.minutes, "reason": u.reason} for u in week.unplaced()
        ],
        "goals": [_goal_json(g) for g in week.goals],
    }


def _block_json(block: Block) -> dict[str, Any]:
    return {
        "kind": block.kind.value,
        "ref": block.ref,
        "start": format_utc(block.start),
        "end": format_utc(block.end),
        "locked": block.locked,
        "done": block.done,
    }


def _goal_json(goal: GoalProgress) -> dict[str, Any]:
    finish = goal.projected_finish
    return {
        "id": goal.goal_id,
        "done_hours": goal.done_hours,
        "planned_hours": goal.planned_hours,
        "eligible_hours": goal.eligible_hours,
        "required_hours_per_week": goal.required_hours_per_week,
        "projected_finish": finish.isoformat() if finish else None,
        "status": goal.status.value,
    }


def plan_text(plan: Plan, week: WeekPlan, now: datetime) -> str:
    """The week day by day for people, times in the home zone, then what did not fit and goals."""
    zone = plan.home_zone
    title = f"Plan {_day(week.dates.first)} - {_day(week.dates.last)}"
    lines = [f"{title} (times in {zone}; now {in_zone(now, zone):%a %d %b %H:%M})"]
    names = {g.id: g.name for g in plan.goals} | {h.id: h.name for h in plan.habits}
    entries = [(s.start, _shift_line(s, zone)) for s in shifts_in_range(plan, week.dates)]
    entries += [(b.start, _block_line(b, zone, names)) for b in week.blocks(zone)]
    entries.sort(key=lambda entry: entry[0])
    for day, group in groupby(entries, key=lambda entry: home_date(entry[0], zone)):
        lines += ["", _day(day), *(line for _, line in group)]
    lines += ["", *_sleep_summary(plan, week)]
    lines += _unplaced_lines(week.unplaced(), names)
    lines += _goal_lines(week.goals, names, plan)
    return "\n".join(lines)


def _shift_line(shift: Shift, zone: str) -> str:
    return f"  {_span(shift.start, shift.end, zone)}  work       {shift.name}"


def _block_line(block: Block, zone: str, names: dict[str, str]) -> str:
    label = {"sleep": "Sleep", "nap": "Nap before the first night"}.get(block.ref, "")
    label = label or names.get(block.ref, block.ref)
    flags = " (locked)" if block.locked else ""
    flags += " (done)" if block.done else ""
    return f"  {_span(block.start, block.end, zone)}  {block.kind.value:<9}  {label}{flags}"


def _span(start: datetime, end: datetime, zone: str) -> str:
    local_start, local_end = in_zone(start, zone), in_zone(end, zone)
    days = (local_end.date() - local_start.date()).days
    end_text = f"{local_end:%H:%M}" if days == 0 else f"{local_end:%a %H:%M}"
    return f"{local_start:%H:%M} - {end_text:<9}"


def _sleep_summary(plan: Plan, week: WeekPlan) -> list[str]:
    """Sleep per home date it ends on; a date with none is called out, not averaged away."""
    per_day: dict[date, float] = {}
    for block in week.blocks(plan.home_zone):
        if block.kind in (BlockKind.SLEEP, BlockKind.NAP):
            day = home_date(block.end, plan.home_zone)
            per_day[day] = per_day.get(day, 0.0) + block.hours
    span = (week.dates.last - week.dates.first).days + 1
    days = [week.dates.first + timedelta(days=i) for i in range(span)]
    least = min(days, key=lambda d: (per_day.get(d, 0.0), d))
    average = sum(per_day.get(d, 0.0) for d in days) / len(days)
    lines = [
        f"Sleep: {hours_text(average)} a day on average; least "
        f"{hours_text(per_day.get(least, 0.0))} (waking on {_day(least)})."
    ]
    for day in days:
        if per_day.get(day, 0.0) < SHORT_SLEEP_HOURS:
            slept = hours_text(per_day.get(day, 0.0))
            lines.append(
                f"  Only {slept} of sleep ends on {_day(day)}: the roster leaves no longer gap "
                "(run `check` for the rest findings)."
            )
    return lines


def _unplaced_lines(unplaced: list[Unplaced], names: dict[str, str]) -> list[str]:
    if not unplaced:
        return ["Everything fitted."]
    lines = [f"Did not fit ({len(unplaced)}):"]
    for item in unplaced:
        name = names.get(item.ref, item.ref)
        lines.append(f"  - {name}, {item.minutes} min: {item.reason}")
    return lines


def _goal_lines(goals: tuple[GoalProgress, ...], names: dict[str, str], plan: Plan) -> list[str]:
    lines = []
    deadlines = {g.id: g.deadline for g in plan.goals}
    for goal in goals:
        finish = goal.projected_finish
        projected = f"finish by {_day(finish)}" if finish else "no finish date at this pace"
        lines += [
            "",
            f"{names.get(goal.goal_id, goal.goal_id)}: {_STATUS_WORDS[goal.status]}",
            f"  {hours_text(goal.done_hours)} done, {hours_text(goal.planned_hours)} planned "
            f"ahead; needs {hours_text(goal.required_hours_per_week)} a week "
            f"until {_day(deadlines[goal.goal_id])}",
            f"  {hours_text(goal.eligible_hours)} free for study before the deadline; {projected}",
        ]
    return lines


def _day(day: date) -> str:
    return f"{day:%a %d %b %Y}"
