"""The app's own store: SQLite with ordered migrations keyed on PRAGMA user_version."""
