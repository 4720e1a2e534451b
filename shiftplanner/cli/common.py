"""Options and output shared by the verbs: where the plan comes from, the date range, format."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

from shiftplanner.core.instants import home_date
from shiftplanner.core.plan import Plan
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange, load_stored_plan, open_store, read_plan_file

MAX_RANGE_DAYS = 366 * 20
Clock = Callable[[], datetime]
Row = TypeVar("Row")
Verbs: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Run = Callable[[argparse.Namespace, Clock], int]


def add_report_verb(verbs: Verbs, name: str, summary: str, run: Run) -> argparse.ArgumentParser:
    """A verb that reads a plan over a date range and prints text or JSON."""
    parser = verbs.add_parser(name, help=summary)
    add_source_options(parser)
    add_range_options(parser)
    add_format_option(parser)
    parser.set_defaults(run=run)
    return parser


def plan_and_range(arguments: argparse.Namespace, clock: Clock) -> tuple[Plan, DateRange]:
    """The plan asked for and the home-zone dates to report on."""
    plan = load_plan(arguments)
    return plan, date_range(arguments, plan, clock)


def print_report(
    arguments: argparse.Namespace,
    plan: Plan,
    key: str,
    rows: Sequence[Row],
    row_json: Callable[[Row], dict[str, Any]],
    text: Callable[[], str],
) -> int:
    """Print rows as `{"home_zone", key: [...]}` JSON or as text; a report always exits 0."""
    if arguments.format == "json":
        print_json({"home_zone": plan.home_zone, key: [row_json(row) for row in rows]})
    else:
        print(text())
    return 0


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """--plan FILE or --db PATH (default: the user's store)."""
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--plan", type=Path, metavar="FILE", help="read this plan file")
    source.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="use this store (default: $SHIFTPLANNER_DB or yours)",
    )


def add_range_options(parser: argparse.ArgumentParser) -> None:
    """--from and --to, home-zone dates, inclusive."""
    parser.add_argument("--from", dest="first", type=parse_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=parse_day, metavar="YYYY-MM-DD")


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """--format text|json."""
    parser.add_argument("--format", choices=("text", "json"), default="text")


def parse_day(text: str) -> date:
    """A strict YYYY-MM-DD date for argparse."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f'"{text}" is not a date; use YYYY-MM-DD')
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a real date') from None


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant with an offset or Z, for --now."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'"{text}" is not an instant; use e.g. 2026-03-01T20:00:00+08:00 or ...Z'
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f'"{text}" needs an offset or Z')
    return value.astimezone(UTC)


def load_plan(arguments: argparse.Namespace) -> Plan:
    """The plan named by --plan or --db (or the user's store)."""
    if arguments.plan is not None:
        return read_plan_file(arguments.plan)
    with open_store(arguments.db) as store:
        return load_stored_plan(store)


def date_range(arguments: argparse.Namespace, plan: Plan, clock: Clock) -> DateRange:
    """The range asked for; by default the current Monday-Sunday week in the home zone."""
    first, last = arguments.first, arguments.last
    if first is None and last is None:
        today = home_date(clock(), plan.home_zone)
        first = today - timedelta(days=today.weekday())
    if first is None:
        first = last - timedelta(days=6)
    if last is None:
        last = first + timedelta(days=6)
    dates = DateRange(first, last)
    if (last - first).days > MAX_RANGE_DAYS:
        raise UserFacingError(f"a range of {(last - first).days + 1} days is too long (20 years)")
    return dates


def print_json(data: dict[str, Any]) -> None:
    """The documented JSON on stdout."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
