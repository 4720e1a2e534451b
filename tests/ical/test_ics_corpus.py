"""Every file of the real-world corpus imports or is refused with our error, quickly.

The corpus (../shared/data/ics-corpus beside the repository: Google, Thunderbird and Etar
exports, RFC examples, broken and fuzzer-found files) is skipped cleanly when absent.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from shiftplanner.ical.roster import RosterError
from shiftplanner.ical.roster_ics import Horizon, read_ics

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ics-corpus"
FILES = sorted(
    p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in (".md", ".rst")
) if CORPUS.is_dir() else []  # fmt: skip
MANILA = "Asia/Manila"
SECONDS_PER_FILE = 5.0


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS))


@pytest.mark.skipif(not FILES, reason=f"no corpus at {CORPUS}")
@pytest.mark.parametrize("path", FILES, ids=_id)
@pytest.mark.parametrize("max_hours", [24, 14 * 24], ids=["roster", "busy"])
def test_corpus_file_imports_or_is_refused_clearly(path: Path, max_hours: float) -> None:
    began = time.perf_counter()
    message = ""
    try:
        imported = read_ics(
            path.read_bytes(), default_zone=MANILA, horizon=Horizon(date(2027, 12, 31), max_hours)
        )
    except RosterError as error:
        message = str(error)
        assert message.strip()
    else:
        assert all(e.end > e.start and e.start.tzinfo is not None for e in imported.entries)
    assert time.perf_counter() - began < SECONDS_PER_FILE, message


def test_corpus_is_found_where_the_readme_says() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    assert len(FILES) > 100
