"""Refresh the translations: collect the UI's texts into each .ts file, then compile the .qm.

The texts for people made outside the UI (finding templates, preset names, threshold
meanings, the errors of reading, importing and exporting files; see
shiftplanner.services.catalog) are collected too, each under its own context.

Usage: `python tools/update_translations.py` (needs pyside6-lupdate and pyside6-lrelease,
which come with PySide6, and the package installed, e.g. `pip install -e .`). New or
changed texts arrive in
shiftplanner/ui/translations/shiftplanner_fil.ts marked unfinished; translate them (in Qt
Linguist, or by hand in the XML), then run this again to compile the .qm the app loads.
Texts that left the code are dropped, and no line numbers are stored, so the .ts only
changes when texts do.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from shiftplanner.services.catalog import all_texts

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "shiftplanner" / "ui"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("fil", "en")
# English is the texts' own language: shiftplanner_en.ts holds only counted texts
# ("%n finding(s)"), whose singular and plural Qt takes from a translation even in English.
PLURALS_ONLY = ("en",)


class ToolMissingError(RuntimeError):
    """A Qt Linguist tool is not on the PATH."""


def tool(name: str) -> str:
    """The path of pyside6-lupdate or pyside6-lrelease: beside this Python (a virtual
    environment that is not activated), else on the PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise ToolMissingError(
            f"{name} not found; install PySide6 (pip install PySide6-Essentials)"
        )
    return found


def ui_sources() -> list[Path]:
    """Every Python file of the UI package, in a stable order."""
    return sorted(UI.rglob("*.py"))


def outside_texts_source(folder: Path) -> Path:
    """A Python file in `folder` that marks the texts made outside the UI for lupdate, which
    reads only source code and would not find texts built from templates."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, texts in all_texts().items():
        lines += [f"QT_TRANSLATE_NOOP({_literal(context.value)}, {_literal(t)})" for t in texts]
    path = folder / "outside_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _literal(text: str) -> str:
    """A Python string literal for `text` (JSON's escapes are Python's)."""
    return json.dumps(text, ensure_ascii=False)


def lupdate(ts_file: Path, language: str) -> None:
    """Collect the UI's and the other layers' texts into `ts_file`, keeping translations."""
    with tempfile.TemporaryDirectory() as folder:
        _lupdate([*ui_sources(), outside_texts_source(Path(folder))], ts_file, language)


def _lupdate(sources: list[Path], ts_file: Path, language: str) -> None:
    command = [
        tool("pyside6-lupdate"),
        *(str(path) for path in sources),
        "-source-language",
        "en",
        "-target-language",
        language,
        "-locations",
        "none",
        "-no-obsolete",
        "-silent",
        *(["-pluralonly"] if language in PLURALS_ONLY else []),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile `ts_file` to `qm_file`."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main() -> int:
    """Update and compile every language's files; 1 if a tool is missing."""
    try:
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"shiftplanner_{language}.ts"
            lupdate(ts_file, language)
            lrelease(ts_file, ts_file.with_suffix(".qm"))
            print(f"updated {ts_file.relative_to(ROOT)} and its .qm")
    except ToolMissingError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
