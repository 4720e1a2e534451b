"""Entry point: the desktop app for `shiftplanner` and `shiftplanner gui`, else the verbs.

The UI is imported only when it is wanted, so the command-line verbs never load Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_VERB = "gui"


def wants_gui(argv: Sequence[str]) -> bool:
    """Whether the arguments ask for the desktop app: none at all, or the `gui` verb."""
    return not argv or argv[0] == GUI_VERB


def main() -> int:
    """`shiftplanner [VERB ...]`; bare or `gui [--db PATH]` opens the desktop app."""
    argv = sys.argv[1:]
    if wants_gui(argv):
        return _run_gui(argv[1:] if argv else [])
    from shiftplanner.cli.app import main as cli_main

    return cli_main(argv)


def gui_main() -> int:
    """The `shiftplanner-gui` script (a windowed program on Windows): `[--db PATH]`."""
    return _run_gui(sys.argv[1:])


def _run_gui(argv: Sequence[str]) -> int:
    from shiftplanner.ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
