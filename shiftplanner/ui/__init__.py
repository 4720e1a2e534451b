"""The desktop app (PySide6): the only package that imports Qt.

Importing it first loads the modules without Qt that start-up needs, before any Qt module:
once PySide6 is loaded it hooks every later import and reads the new module's source (for
its `__feature__` switches), a cost these imports are spared (about 2% of the remembered
week's start-up). tests/ui/test_entry.py keeps the list honest.
"""

from importlib import import_module

START_MODULES = (
    "argparse",
    "dataclasses",
    "sqlite3",
    "zlib",
    "zoneinfo",
    "shiftplanner.storage.location",
    "shiftplanner.storage.remembered",
)

for _module in START_MODULES:
    import_module(_module)
