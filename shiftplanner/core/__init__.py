"""Pure domain: time, shifts, rotations, rules, sleep, fatigue, placement and goals.

Nothing here imports Qt, sqlite or touches files or the clock: "now" is passed in.
"""
