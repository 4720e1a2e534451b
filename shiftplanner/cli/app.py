"""The command line: parse arguments, run a verb, turn refusals into clear messages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from shiftplanner import __version__
from shiftplanner.cli import check, export, fatigue, plan, shifts, transfer
from shiftplanner.cli.common import Clock
from shiftplanner.services.errors import UserFacingError

VERBS = (shifts, transfer, export, check, fatigue, plan)
EXIT_REFUSED = 1


def build_parser() -> argparse.ArgumentParser:
    """The parser with every verb."""
    parser = argparse.ArgumentParser(
        prog="shiftplanner",
        description="Plan rest, sleep, study and self-care around rotating shifts.",
    )
    parser.add_argument("--version", action="version", version=f"shiftplanner {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    for verb in VERBS:
        verb.register(verbs)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one verb; returns the exit status (1 when input is refused, 2 on usage errors)."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    if getattr(arguments, "run", None) is None:
        parser.print_help()
        return 0
    try:
        status: int = arguments.run(arguments, clock or _utc_now)
    except UserFacingError as error:
        print(f"shiftplanner: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    return status


def _utc_now() -> datetime:
    return datetime.now(UTC)
