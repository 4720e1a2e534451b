"""Desktop app speed: start-up to the first painted week, and repainting a dense week.

Start-up runs in fresh subprocesses (imports count) against an empty PySide6 QMainWindow
measured the same way in the same run; targets: at most 1.3x the empty window, and a dense
week repainted in under 16 ms (one frame at 60 Hz). Figures are printed, not asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.goals import Goal
from shiftplanner.core.instants import to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.presets import preset
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, DayChange, ExtraShift, ShiftType
from shiftplanner.storage.store import Store
from shiftplanner.ui.weekview.content import week_content
from shiftplanner.ui.weekview.days import week_start
from shiftplanner.ui.weekview.widget import WeekBoard

RUNS = 7
MANILA = "Asia/Manila"
TODAY = date.today()

_EMPTY_WINDOW = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time()!r}")
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Empty")
window.resize(1280, 720)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

# The app's entry point imports shiftplanner.ui.app before anything from Qt, and so does this.
_APP_WINDOW = """
import sys
import time
from pathlib import Path
from shiftplanner.ui.app import application, launch
from shiftplanner.services.plans import open_store
from PySide6.QtCore import QEvent, QObject, QTimer

# Built or imported only after the first painted week (MainWindow.finish_building).
HEAVY = (
    "icalendar",
    "dateutil",
    "shiftplanner.core.analysis",
    "shiftplanner.services.planning",
    "shiftplanner.ui.panels.findings",
    "shiftplanner.ui.panels.goals",
    "shiftplanner.ui.editors.menu",
    "shiftplanner.ui.blockmenu",
    "shiftplanner.ui.daymenu",
    "shiftplanner.ui.welcome",
    "PySide6.QtSvg",
)

class FirstWeekPaint(QObject):
    loaded = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.content is not None and not self.loaded:
            self.loaded = [m for m in HEAVY if m in sys.modules]
            print(f"painted {time.time()!r}")
            QTimer.singleShot(0, app.quit)
        return False

app = application()
store = open_store(Path(sys.argv[1]))
window = launch(store)
spy = FirstWeekPaint()
window.board.installEventFilter(spy)
app.exec()
assert spy.loaded == [], f"loaded before the first paint: {spy.loaded}"
"""


def _year_plan() -> Plan:
    """A year of a two-weeks-nights/two-weeks-days roster with changes, overtime and a goal."""
    night = ShiftType("gy", "Graveyard (New York)", clock(9), clock(18), "America/New_York", 60)
    day = ShiftType("day", "Day", clock(8), clock(17), MANILA, 60)
    start = week_start(TODAY) - timedelta(days=182)
    cycle = preset("2w-nights-2w-days").cycle({"N": "gy", "D": "day"})
    changes = tuple(DayChange(start + timedelta(days=7 * i + 2), OFF, "leave") for i in range(52))
    extras = tuple(
        ExtraShift(
            datetime.combine(start + timedelta(days=14 * i + 3), clock(18)),
            datetime.combine(start + timedelta(days=14 * i + 3), clock(20)),
            MANILA,
            "Overtime",
        )
        for i in range(26)
    )
    goal = Goal("cx", "CX certification", 60, start + timedelta(days=300))
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(night, day),
        rotations=(Rotation(start, cycle),),
        changes=changes,
        extra_shifts=extras,
        goals=(goal,),
    )


def _timed_runs(script: str, *args: str, pycache: Path) -> tuple[list[float], list[float]]:
    """Seconds from launching a fresh process to its first paint, and to its exit, after one
    warm-up run that writes the bytecode cache (an installed app has its .pyc files;
    PYTHONDONTWRITEBYTECODE would hide that).

    The first paint is what the person waits for; the exit also counts what the app does
    right after painting (the week's planning and checks) and the interpreter's teardown.
    """
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(pycache),
    }
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", script, *args]
    subprocess.run(command, check=True, env=environment, capture_output=True)
    painted, exited = [], []
    for _ in range(RUNS):
        began = time.time()
        done = subprocess.run(command, check=True, env=environment, capture_output=True, text=True)
        exited.append(time.time() - began)
        stamp = next(line for line in done.stdout.splitlines() if line.startswith("painted "))
        painted.append(float(stamp.split()[1]) - began)
    return painted, exited


def test_start_up_against_an_empty_window(tmp_path: Path) -> None:
    path = tmp_path / "year.sqlite3"
    with Store.open(path) as store:
        store.save_plan(_year_plan())
    pycache = tmp_path / "pycache"
    empty_paint, empty_exit = _timed_runs(_EMPTY_WINDOW, pycache=pycache)
    app_paint, app_exit = _timed_runs(_APP_WINDOW, str(path), pycache=pycache)
    empty, app = statistics.median(empty_paint), statistics.median(app_paint)
    print(
        f"\nstart-up to first paint (median of {RUNS}): empty QMainWindow {empty * 1000:.0f} ms, "
        f"Shift Planner with a year of plan {app * 1000:.0f} ms, ratio {app / empty:.2f} "
        "(target <= 1.3)"
    )
    empty, app = statistics.median(empty_exit), statistics.median(app_exit)
    print(
        f"launch to exit right after that paint: empty {empty * 1000:.0f} ms, Shift Planner "
        f"{app * 1000:.0f} ms, ratio {app / empty:.2f}"
    )


def _dense_blocks(first: date) -> list[Block]:
    blocks = []
    kinds = [BlockKind.SLEEP, BlockKind.NAP, BlockKind.STUDY, BlockKind.SELF_CARE]
    for day in range(7):
        for slot in range(10):
            start = to_instant(first + timedelta(days=day), clock(slot * 2 + 1), MANILA)
            kind = kinds[slot % 4]
            end = start + timedelta(minutes=150 if slot % 3 == 0 else 60)
            blocks.append(Block(kind, f"habit-{slot}", start, end, locked=slot % 5 == 0))
    return blocks


def test_repaint_of_a_dense_week(qtbot: QtBot) -> None:
    first = week_start(TODAY)
    content = week_content(_year_plan(), first, _dense_blocks(first))
    board = WeekBoard()
    qtbot.addWidget(board)
    board.resize(1000, 620)
    board.set_content(content, 12)
    board.set_now(datetime.now(UTC).astimezone().replace(tzinfo=None))
    board.show()
    blank = WeekBoard()
    qtbot.addWidget(blank)
    blank.resize(1000, 620)
    blank.show()
    dense = _paint_ms(board)
    baseline = _paint_ms(blank)
    print(
        f"\nrepaint, {len(content.items)} items: dense week {dense:.2f} ms, empty board "
        f"{baseline:.2f} ms, ratio {dense / baseline:.1f} (target < 16 ms)"
    )


def _paint_ms(widget: WeekBoard, repeats: int = 50) -> float:
    """Mean milliseconds of a full paint of the widget into an image of its size."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    widget.render(image)
    began = time.perf_counter()
    for _ in range(repeats):
        widget.render(image)
    return (time.perf_counter() - began) / repeats * 1000
