"""Plan-file checks say the same words in their message and in the text the app translates."""

from __future__ import annotations

import pytest

from shiftplanner.core.instants import parse_clock
from shiftplanner.core.text import Text
from shiftplanner.core.validation import NOT_A_CLOCK, Node, PlanError


@pytest.mark.parametrize("written", ["9am", "24:00", "12:60", "1:00", "09:00:00", "ab:cd", "7:5"])
def test_a_refused_clock_says_what_parse_clock_says(written: str) -> None:
    with pytest.raises(ValueError, match="is not a time of day") as parsed:
        parse_clock(written)
    with pytest.raises(PlanError) as refused:
        Node(written, "shift_types[0].start").clock()
    assert str(refused.value) == f"shift_types[0].start: {parsed.value}"
    assert refused.value.text.render() == str(refused.value)


def test_a_problem_given_as_words_is_its_own_text() -> None:
    error = PlanError("goals[0].id", '"exam" is listed {twice}')
    assert str(error) == 'goals[0].id: "exam" is listed {twice}'
    assert error.text.render() == str(error)
    assert error.problem == '"exam" is listed {twice}'


def test_a_problem_without_a_place_is_the_problem_alone() -> None:
    error = PlanError("", Text.of(NOT_A_CLOCK, text="9am"))
    assert str(error) == '"9am" is not a time of day; use HH:MM, e.g. "09:00"'
    assert error.text == Text.of(NOT_A_CLOCK, text="9am")
