"""Core texts: templates with typed arguments, rendered in English exactly as the CLI prints."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest

from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.core.text import (
    Hours,
    Join,
    Moment,
    Plural,
    Style,
    Template,
    Text,
    templates_in,
)

# Monday 9 March 2026, 22:05 wall-clock.
EVENING = datetime(2026, 3, 9, 22, 5)
GAP = Template("Only {gap} between {start} and {end}{more}.")
KSS = Template("KSS {kss:.1f} or {warn:g}")
SHIFTS = Plural(Template("{count} shift"), Template("{count} shifts"))
WORDS = {"a": Template("morning"), "b": (Template("mid"), "not a template")}


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (Style.CLOCK, "22:05"),
        (Style.WEEKDAY_CLOCK, "Mon 22:05"),
        (Style.DAY, "Mon 9 Mar"),
        (Style.DAY_CLOCK, "Mon 9 Mar 22:05"),
    ],
)
def test_moments_are_written_in_each_style(style: Style, expected: str) -> None:
    assert Moment(EVENING, style).render() == expected


def test_a_text_fills_durations_moments_and_nested_texts() -> None:
    text = Text.of(
        GAP,
        gap=Hours(7.5),
        start=Moment(EVENING, Style.WEEKDAY_CLOCK),
        end=Moment(datetime(2026, 3, 10, 5, 35), Style.WEEKDAY_CLOCK),
        more=Text.of(Template(" ({shifts})"), shifts=SHIFTS.of(3)),
    )
    assert text.render() == "Only 7 h 30 min between Mon 22:05 and Tue 05:35 (3 shifts)."
    assert list(text.templates()) == [GAP, " ({shifts})", "{count} shifts"]


def test_numbers_keep_their_format_spec_and_plurals_pick_the_form() -> None:
    assert Text.of(KSS, kss=7.86, warn=7.0).render() == "KSS 7.9 or 7"
    assert SHIFTS.of(1).render() == "1 shift"
    assert SHIFTS.of(0).render() == "0 shifts"


def test_a_join_writes_its_parts_with_the_separator() -> None:
    joined = Join("; ", (Text.of(Template("only {hours}"), hours=Hours(4)), "awake", 3))
    assert Text.of(Template("{all}"), all=joined).render() == "only 4 h; awake; 3"


def test_a_literal_is_its_own_template_braces_and_all() -> None:
    text = Text.literal("Keep {this} as is")
    assert text.render() == "Keep {this} as is"


def test_templates_in_lists_a_modules_constants_once_each() -> None:
    found = templates_in(sys.modules[__name__])
    assert found == (GAP, KSS, "{count} shift", "{count} shifts", "morning", "mid")


def test_a_finding_made_without_texts_translates_as_its_own_words() -> None:
    finding = Finding(
        rule="quick-return",
        severity=Severity.HIGH,
        start=datetime(2026, 3, 9, 22, tzinfo=UTC),
        end=datetime(2026, 3, 10, 5, tzinfo=UTC),
        basis=Basis.BENCHMARK,
        message="Only 7 h {sic}",
        suggestion="Ask later",
        source="EU",
    )
    message, suggestion = finding.texts()
    assert (message.render(), suggestion.render()) == ("Only 7 h {sic}", "Ask later")
