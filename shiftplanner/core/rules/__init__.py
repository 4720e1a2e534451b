"""The rest-deficit rules of rest-and-fatigue.md, one module per concept.

Each rule reads a `Schedule` (duties, rest gaps and work runs around the analysed range) and
yields `Finding`s; `shiftplanner.core.analysis` runs them all and keeps those in range.
"""
