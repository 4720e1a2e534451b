"""`fatigue`: fatigue/risk index (after HSE RR446) and predicted peak sleepiness per shift."""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from shiftplanner.cli.common import Clock, Verbs, add_report_verb, plan_and_range, print_report
from shiftplanner.core.analysis import DutyFatigue
from shiftplanner.core.instants import format_utc, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.services.planning import fatigue_with_planned_sleep
from shiftplanner.services.plans import DateRange

# Limits in use on UK railways, the usual reference for this index.
FI_LIMIT_DAY = 35.0
FI_LIMIT_NIGHT = 45.0
RI_LIMIT = 1.6


def register(verbs: Verbs) -> None:
    """Add the verb to the command line."""
    summary = "fatigue/risk index and predicted sleepiness of each shift in a range"
    add_report_verb(verbs, "fatigue", summary, run)


def run(arguments: argparse.Namespace, clock: Clock) -> int:
    """Print one row per shift."""
    plan, dates = plan_and_range(arguments, clock)
    rows = fatigue_with_planned_sleep(plan, dates)
    text = partial(rows_text, plan, dates, rows)
    return print_report(arguments, plan, "shifts", rows, row_json, text)


def row_json(row: DutyFatigue) -> dict[str, Any]:
    """The contract's JSON for one shift, with the index's components."""
    index = row.index
    return {
        "start": format_utc(row.shift.start),
        "end": format_utc(row.shift.end),
        "type": row.shift.type_id,
        "name": row.shift.name,
        "night": row.night,
        "fatigue_index": index.fatigue_index,
        "risk_index": index.risk_index,
        "kss_max": row.kss_max,
        "kss_max_at": format_utc(row.kss_peak_at),
        "fatigue_cumulative": index.fatigue_cumulative,
        "fatigue_timing": index.fatigue_timing,
        "fatigue_job": index.fatigue_job,
        "risk_cumulative": index.risk_cumulative,
        "risk_timing": index.risk_timing,
        "risk_job": index.risk_job,
    }


def rows_text(plan: Plan, dates: DateRange, rows: list[DutyFatigue]) -> str:
    """A table for people, times in the home zone, with the limits each row passes."""
    title = f"Fatigue {dates.first:%a %d %b %Y} - {dates.last:%a %d %b %Y}"
    lines = [f"{title} (times in {plan.home_zone})", ""]
    if not rows:
        lines.append("No shifts in this range.")
        return "\n".join(lines)
    lines.append(f"{'Shift':<24}{'FI':>6}{'RI':>7}{'KSS max':>9}")
    lines.extend(_row_line(plan.home_zone, row) for row in rows)
    lines += [
        "",
        "FI: fatigue index, the chance (0-100) of high sleepiness; RI: relative risk,",
        "1 for an average schedule (after HSE RR446). Limits: FI 35 days, 45 nights; RI 1.6.",
        "KSS: predicted sleepiness, 1 very alert ... 7 sleepy ... 9 fighting sleep.",
    ]
    return "\n".join(lines)


def _row_line(zone: str, row: DutyFatigue) -> str:
    start, end = in_zone(row.shift.start, zone), in_zone(row.shift.end, zone)
    peak = in_zone(row.kss_peak_at, zone)
    shift = f"{start:%a %d %b %H:%M}-{end:%H:%M}"
    index = row.index
    over = []
    if index.fatigue_index > (FI_LIMIT_NIGHT if row.night else FI_LIMIT_DAY):
        over.append("FI above limit")
    if index.risk_index > RI_LIMIT:
        over.append("RI above limit")
    note = f"  ({', '.join(over)})" if over else ""
    return (
        f"{shift:<24}{index.fatigue_index:>6.1f}{index.risk_index:>7.2f}"
        f"{row.kss_max:>6.1f} at {peak:%H:%M}{note}"
    )
