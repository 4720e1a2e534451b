"""`shiftplanner` and `shiftplanner gui` open the app; any verb goes to the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from shiftplanner.__main__ import wants_gui


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["gui"], True),
        (["gui", "--db", "x.sqlite3"], True),
        (["shifts", "--from", "2026-03-02"], False),
        (["--version"], False),
    ],
)
def test_which_arguments_open_the_app(argv: list[str], gui: bool) -> None:
    assert wants_gui(argv) is gui


def test_the_command_line_does_not_load_qt() -> None:
    code = (
        "import sys; from shiftplanner.__main__ import main; sys.argv = ['shiftplanner', "
        "'--version']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "shiftplanner" in result.stdout


def test_start_up_loads_its_modules_without_qt_before_qt() -> None:
    """PySide6 taxes every import made after it: what start-up needs without Qt comes first."""
    code = (
        "import sys\nimport shiftplanner.ui.app\n"
        "from shiftplanner.ui import START_MODULES\n"
        "names = list(sys.modules)\n"
        "qt = names.index('PySide6.QtCore')\n"
        "late = [n for n in names[qt:] if n in START_MODULES or n.startswith('shiftplanner.')"
        " and not n.startswith('shiftplanner.ui')]\n"
        "print(all(m in names[:qt] for m in START_MODULES), late)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "[]"]
