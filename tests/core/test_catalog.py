"""The catalog of core texts holds every template a finding is made of, and nothing wordless."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from shiftplanner.core.analysis import analyse
from shiftplanner.core.catalog import core_texts
from shiftplanner.core.findings import Basis
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.presets import PRESETS
from shiftplanner.core.rules.messages import RULES
from shiftplanner.core.text import TextContext
from shiftplanner.core.thresholds import THRESHOLDS

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_every_finding_is_made_of_catalogued_templates(example: Path) -> None:
    plan = parse_plan(example.read_text(encoding="utf-8"))
    findings = analyse(plan, date(2026, 1, 1), date(2026, 6, 30))
    assert findings
    catalogued = set(core_texts()[TextContext.FINDINGS])
    for finding in findings:
        message, suggestion = finding.texts()
        assert (message.render(), suggestion.render()) == (finding.message, finding.suggestion)
        used = {*message.templates(), *suggestion.templates()}
        worded = {t for t in used if re.search("[a-z]", re.sub(r"\{[^{}]*\}", "", t))}
        assert worded <= catalogued, finding.rule
        assert finding.source in catalogued
        assert finding.basis.value in catalogued


def test_the_catalog_names_presets_thresholds_bases_and_sources_once_each() -> None:
    texts = core_texts()
    assert texts[TextContext.PRESETS] == tuple(
        text for preset in PRESETS for text in (preset.name, preset.description)
    )
    assert set(texts[TextContext.THRESHOLDS]) == {
        text for threshold in THRESHOLDS for text in (threshold.meaning, threshold.unit)
    }
    findings = texts[TextContext.FINDINGS]
    assert {basis.value for basis in Basis} <= set(findings)
    assert {info.source for info in RULES.values()} <= set(findings)
    assert "{number}rd" in findings
    assert "{start}-{end}" not in findings
    assert all(len(found) == len(set(found)) for found in texts.values())
