"""Rule thresholds a person can override (`rules` in the plan file), with their defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Threshold:
    """One overridable threshold: its default, unit, allowed range and what it means."""

    key: str
    default: float
    unit: str
    low: float
    high: float
    meaning: str


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold("min_rest_hours", 11, "h", 1, 48, "daily rest benchmark between shifts"),
    Threshold(
        "critical_rest_hours",
        9,
        "h",
        1,
        48,
        "rest gap below which a quick return is critical",
    ),
    Threshold(
        "max_consecutive_workdays",
        6,
        "days",
        1,
        31,
        "workdays before a 24 h rest is due",
    ),
    Threshold("min_weekly_rest_hours", 35, "h", 1, 168, "weekly rest benchmark"),
    Threshold("max_consecutive_nights", 5, "nights", 1, 31, "night shifts in a row"),
    Threshold(
        "high_consecutive_nights",
        7,
        "nights",
        1,
        31,
        "night shifts in a row above which the flag is high",
    ),
    Threshold("min_switch_rest_hours", 48, "h", 1, 168, "rest when switching days and nights"),
    Threshold("max_shift_hours", 12, "h", 1, 24, "worked hours in one shift"),
    Threshold("max_night_shift_hours", 9, "h", 1, 24, "worked hours in one night shift"),
    Threshold("max_weekly_hours", 48, "h", 1, 168, "worked hours in a Mon-Sun week"),
    Threshold("high_weekly_hours", 60, "h", 1, 168, "weekly hours that make the flag high"),
    Threshold("min_sleep_opportunity_hours", 7, "h", 1, 24, "healthy sleep floor in a gap"),
    Threshold(
        "critical_sleep_opportunity_hours",
        5,
        "h",
        1,
        24,
        "sleep opportunity that is critical",
    ),
    Threshold("max_sleep_debt_hours", 5, "h", 1, 56, "sleep debt over the last 7 days"),
    Threshold("min_prior_sleep_24h_hours", 5, "h", 1, 24, "sleep in the 24 h before a duty"),
    Threshold("min_prior_sleep_48h_hours", 12, "h", 1, 48, "sleep in the 48 h before a duty"),
    Threshold("kss_warn", 7, "KSS", 1, 9, "predicted sleepiness worth a warning"),
    Threshold("kss_high", 8, "KSS", 1, 9, "predicted sleepiness that is high"),
)

DEFAULT_RULES: Mapping[str, float] = {t.key: t.default for t in THRESHOLDS}


def threshold(key: str) -> Threshold:
    """The threshold with this key.

    Raises:
        KeyError: unknown key.
    """
    for candidate in THRESHOLDS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def effective_rules(overrides: Mapping[str, float]) -> dict[str, float]:
    """Defaults with the person's overrides applied."""
    return {**DEFAULT_RULES, **overrides}
