"""Rule thresholds a person can override (`rules` in the plan file), with their defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Threshold:
    """One overridable threshold: its default, unit, allowed range, what it means and where
    the default comes from (rest-and-fatigue.md names the same sources)."""

    key: str
    default: float
    unit: str
    low: float
    high: float
    meaning: str
    source: str


EU_DIRECTIVE = "EU Directive 2003/88/EC"
HSE_GUIDANCE = "HSE HSG256"
PRIOR_SLEEP = "Dawson & McCulloch 2005"
SLEEPINESS = "Åkerstedt & Folkard 1997; Ingre et al. 2014"

THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "min_rest_hours",
        11,
        "h",
        1,
        48,
        "daily rest benchmark between shifts",
        f"{EU_DIRECTIVE} Art. 3",
    ),
    Threshold(
        "critical_rest_hours",
        9,
        "h",
        1,
        48,
        "rest gap below which a quick return is critical",
        "HSE RR446 (Fatigue and Risk Index)",
    ),
    Threshold(
        "max_consecutive_workdays",
        6,
        "days",
        1,
        31,
        "workdays before a 24 h rest is due",
        "Philippine Labor Code Art. 91",
    ),
    Threshold(
        "min_weekly_rest_hours",
        35,
        "h",
        1,
        168,
        "weekly rest benchmark",
        f"{EU_DIRECTIVE} Art. 5",
    ),
    Threshold(
        "max_consecutive_nights",
        5,
        "nights",
        1,
        31,
        "night shifts in a row",
        HSE_GUIDANCE,
    ),
    Threshold(
        "high_consecutive_nights",
        7,
        "nights",
        1,
        31,
        "night shifts in a row above which the flag is high",
        "UK rail industry limit",
    ),
    Threshold(
        "min_switch_rest_hours",
        48,
        "h",
        1,
        168,
        "rest when switching days and nights",
        HSE_GUIDANCE,
    ),
    Threshold(
        "max_shift_hours",
        12,
        "h",
        1,
        24,
        "worked hours in one shift",
        HSE_GUIDANCE,
    ),
    Threshold(
        "max_night_shift_hours",
        9,
        "h",
        1,
        24,
        "worked hours in one night shift",
        "Garde et al. 2020",
    ),
    Threshold(
        "max_weekly_hours",
        48,
        "h",
        1,
        168,
        "worked hours in a Mon-Sun week",
        f"{EU_DIRECTIVE} Art. 6",
    ),
    Threshold(
        "high_weekly_hours",
        60,
        "h",
        1,
        168,
        "weekly hours that make the flag high",
        "Dembe et al. 2005",
    ),
    Threshold(
        "min_sleep_opportunity_hours",
        7,
        "h",
        1,
        24,
        "healthy sleep floor in a gap",
        "AASM/SRS consensus (Watson et al. 2015)",
    ),
    Threshold(
        "critical_sleep_opportunity_hours",
        5,
        "h",
        1,
        24,
        "sleep opportunity that is critical",
        PRIOR_SLEEP,
    ),
    Threshold(
        "max_sleep_debt_hours",
        5,
        "h",
        1,
        56,
        "sleep debt over the last 7 days",
        "Van Dongen et al. 2003; Belenky et al. 2003",
    ),
    Threshold(
        "min_prior_sleep_24h_hours",
        5,
        "h",
        1,
        24,
        "sleep in the 24 h before a duty",
        PRIOR_SLEEP,
    ),
    Threshold(
        "min_prior_sleep_48h_hours",
        12,
        "h",
        1,
        48,
        "sleep in the 48 h before a duty",
        PRIOR_SLEEP,
    ),
    Threshold(
        "kss_warn",
        7,
        "KSS",
        1,
        9,
        "predicted sleepiness worth a warning",
        SLEEPINESS,
    ),
    Threshold(
        "kss_high",
        8,
        "KSS",
        1,
        9,
        "predicted sleepiness that is high",
        SLEEPINESS,
    ),
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
