"""Entry point: the command-line verbs."""

from __future__ import annotations

import sys

from shiftplanner.cli.app import main as cli_main


def main() -> int:
    """`shiftplanner [VERB ...]`."""
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
