"""`check`: the rest-deficit findings in a range, grouped by day for people or as JSON."""

from __future__ import annotations

import argparse
from collections import Counter
from functools import partial
from itertools import groupby
from typing import Any

from shiftplanner.cli.common import Clock, Verbs, add_report_verb, plan_and_range, print_report
from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import format_utc, home_date
from shiftplanner.core.plan import Plan
from shiftplanner.services.planning import findings_with_planned_sleep
from shiftplanner.services.plans import DateRange


def register(verbs: Verbs) -> None:
    """Add the verb to the command line."""
    summary = "flag short rests, long runs, sleep debt and sleepiness in a date range"
    add_report_verb(verbs, "check", summary, run)


def run(arguments: argparse.Namespace, clock: Clock) -> int:
    """Print the findings; the status is 0 whatever they are."""
    plan, dates = plan_and_range(arguments, clock)
    findings = findings_with_planned_sleep(plan, dates)
    text = partial(findings_text, plan, dates, findings)
    return print_report(arguments, plan, "findings", findings, finding_json, text)


def finding_json(finding: Finding) -> dict[str, Any]:
    """The contract's JSON for one finding, with its basis and source."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "start": format_utc(finding.start),
        "end": format_utc(finding.end),
        "message": finding.message,
        "suggestion": finding.suggestion,
        "basis": finding.basis.name.lower(),
        "source": finding.source,
    }


def findings_text(plan: Plan, dates: DateRange, findings: list[Finding]) -> str:
    """Findings grouped by the home-zone day they start on."""
    title = f"Check {dates.first:%a %d %b %Y} - {dates.last:%a %d %b %Y}"
    lines = [f"{title} (times in {plan.home_zone})", ""]
    if not findings:
        lines.append("Nothing to flag: rests, runs, hours and sleep look fine in this range.")
        return "\n".join(lines)
    by_day = groupby(findings, key=lambda f: home_date(f.start, plan.home_zone))
    for day, group in by_day:
        lines.append(f"{day:%a} {day.day} {day:%b}")
        for finding in group:
            lines.extend(_finding_lines(finding))
        lines.append("")
    lines.append(_summary(findings))
    return "\n".join(lines)


def _finding_lines(finding: Finding) -> list[str]:
    label = f"{finding.severity.value.upper():<9}"
    indent = " " * 11
    return [
        f"  {label}{finding.message} [{finding.rule}]",
        f"{indent}Fix: {finding.suggestion}",
        f"{indent}Why: {finding.basis.value} — {finding.source}",
    ]


def _summary(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {s.value}" for s in Severity if counts[s]]
    noun = "finding" if len(findings) == 1 else "findings"
    return f"{len(findings)} {noun}: {', '.join(parts)}"
