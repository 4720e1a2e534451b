"""Dialogs opened from the main window (imported when first opened, not at start-up)."""
