"""Every English text the app may show that is made outside the UI, by translation context.

The core's findings, presets and thresholds (`core_texts`), and the errors that reading plan
files, importing rosters, exporting and opening the store raise, whose templates live beside
the code that raises them in the core, ical, storage and services layers.
tools/update_translations.py puts them all in the .ts files.
"""

from __future__ import annotations

from shiftplanner.core import goals_codec, planfile, planfile_sections, validation
from shiftplanner.core.catalog import core_texts, words_only
from shiftplanner.core.text import TextContext, templates_in
from shiftplanner.ical import previous, reading, recurrence, roster, roster_csv, roster_ics
from shiftplanner.services import (
    block_edits,
    editing,
    errors,
    export,
    plan_edits,
    plans,
    roster_import,
)
from shiftplanner.storage import store

ERROR_MODULES = (
    validation,
    planfile,
    planfile_sections,
    goals_codec,
    roster,
    roster_csv,
    roster_ics,
    recurrence,
    reading,
    previous,
    errors,
    plans,
    roster_import,
    export,
    editing,
    plan_edits,
    block_edits,
    store,
)


def error_texts() -> tuple[str, ...]:
    """The templates of the errors a person meets, each once, in a stable order."""
    return words_only(*(t for module in ERROR_MODULES for t in templates_in(module)))


def all_texts() -> dict[TextContext, tuple[str, ...]]:
    """Each context's texts: the core's, and the errors'."""
    return {**core_texts(), TextContext.ERRORS: error_texts()}
