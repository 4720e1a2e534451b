"""Every English text the core makes for people, by the context the app translates it in.

tools/update_translations.py puts these in the .ts files beside the UI's own texts, so the
Filipino app can say what the rules, presets and thresholds say.
"""

from __future__ import annotations

import re

from shiftplanner.core.findings import Basis
from shiftplanner.core.presets import PRESETS
from shiftplanner.core.rules import alertness_rule, dst, hours, messages, rest, runs, sleep_rules
from shiftplanner.core.text import TextContext, templates_in
from shiftplanner.core.thresholds import THRESHOLDS

FINDING_MODULES = (messages, rest, runs, hours, sleep_rules, alertness_rule, dst)
_FIELD = re.compile(r"\{[^{}]*\}")


def core_texts() -> dict[TextContext, tuple[str, ...]]:
    """Each context's texts, in a stable order, each once."""
    return {
        TextContext.FINDINGS: words_only(
            *(t for module in FINDING_MODULES for t in templates_in(module)),
            *(basis.value for basis in Basis),
            *(info.source for info in messages.RULES.values()),
        ),
        TextContext.PRESETS: words_only(*(t for p in PRESETS for t in (p.name, p.description))),
        TextContext.THRESHOLDS: words_only(
            *(t for th in THRESHOLDS for t in (th.meaning, th.unit))
        ),
    }


def words_only(*texts: str) -> tuple[str, ...]:
    """The texts that hold words once their fields are gone (`{start}-{end}` has none)."""
    return tuple(dict.fromkeys(t for t in texts if re.search(r"[^\W\d_]", _FIELD.sub("", t))))
