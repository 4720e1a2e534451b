"""The export ledger: per destination, what each UID was last written as.

The app exports to places it cannot read back (a phone, a share sheet), so the store keeps
what it wrote; the next export to the same destination then bumps SEQUENCE for a changed
event and cancels a vanished one instead of duplicating. Entries are opaque JSON text that
the export service writes and reads.
"""

from __future__ import annotations

from collections.abc import Mapping

from shiftplanner.storage.store import Store


def ledger_entries(store: Store, destination: str) -> dict[str, str]:
    """UID → recorded JSON text for everything exported to `destination`."""
    rows = store.read(
        "SELECT uid, data FROM export_ledger WHERE destination = ? ORDER BY uid", (destination,)
    )
    return {str(uid): str(data) for uid, data in rows}


def ledger_destinations(store: Store) -> list[str]:
    """Every destination the ledger knows, in name order."""
    rows = store.read("SELECT DISTINCT destination FROM export_ledger ORDER BY destination")
    return [str(row[0]) for row in rows]


def record_export(store: Store, destination: str, entries: Mapping[str, str]) -> None:
    """Remember what was just written to `destination`, in one transaction.

    Entries for UIDs not written this time are kept: they still sit in calendars that
    imported an earlier export, and a later export covering their dates must know them.
    """
    with store.transaction() as connection:
        connection.executemany(
            "INSERT OR REPLACE INTO export_ledger (destination, uid, data) VALUES (?, ?, ?)",
            [(destination, uid, data) for uid, data in sorted(entries.items())],
        )
