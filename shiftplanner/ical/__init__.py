"""iCalendar export and import, and roster CSV import. Depends on core only."""
