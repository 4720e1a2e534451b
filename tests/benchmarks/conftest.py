"""Benchmarks print figures against a baseline measured in the same run; run them with
`pytest -m benchmark -s tests/benchmarks`. They are left out of the normal run."""

from __future__ import annotations

from pathlib import Path

import pytest

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark everything in this folder as a benchmark."""
    for item in items:
        if _HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.benchmark)
