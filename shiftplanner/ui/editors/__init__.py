"""Dialogs that edit the plan: shift types, rotations, day changes, goals, habits, settings."""
