"""The command-line verbs of plan-format.md."""
