"""Findings: one flagged problem each, with rule, severity, span, basis, message and fix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from shiftplanner.core.text import Text


class Severity(Enum):
    """How bad a finding is; the values are the contract's `severity`."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe, for sorting."""
        return list(Severity).index(self)


class Basis(Enum):
    """What a finding rests on, so the person knows law from advice."""

    LAW = "Philippine law"
    BENCHMARK = "international benchmark"
    MODEL = "fatigue model"
    DATA = "data error"
    INFO = "information"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in the schedule.

    Args:
        rule: The rule id (public contract, e.g. "quick-return").
        severity: critical, high, medium or info.
        start: UTC start of the span it is about (the gap, the run or the duty).
        end: UTC end of that span.
        basis: Law, benchmark, model, data error or information.
        message: What and when, in home time, with the numbers.
        suggestion: A concrete fix.
        source: The rule's source in plain words (e.g. "EU Directive 2003/88/EC Art. 3").
        message_text: The message as a template and its arguments, for translation; the
            rules always set it, and `message` is its English rendering.
        suggestion_text: The same for the suggestion.
    """

    rule: str
    severity: Severity
    start: datetime
    end: datetime
    basis: Basis
    message: str
    suggestion: str
    source: str
    message_text: Text | None = None
    suggestion_text: Text | None = None

    def texts(self) -> tuple[Text, Text]:
        """The message and the suggestion to translate (as they are, if made without texts)."""
        return (
            self.message_text or Text.literal(self.message),
            self.suggestion_text or Text.literal(self.suggestion),
        )
