"""The one error type a user ever sees: a message naming where and what, never a traceback."""

from __future__ import annotations


class UserFacingError(Exception):
    """Input or state the app refuses, with a message written for the person."""
