"""Cost that grows with the campaign: checking is linear in the number of units and files.

Counted, not timed: a profile hook counts every function call (Python and C) made while checking.
Both campaigns have one commune in ten submitting (19 of 187, 199 of 1,987 forms), so the
calls per file stay the same only when no step scans every unit (or every file) for each file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from cchc_core.demo.synthetic import create, fill_inbox


def calls_made(action: Callable[[], object]) -> tuple[int, object]:
    """How many function calls ``action`` makes, and what it returns."""
    count = 0

    def counter(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counter)
    try:
        result = action()
    finally:
        sys.setprofile(None)
    return count, result


@pytest.fixture(scope="module")
def calls_per_file(tmp_path_factory: pytest.TempPathFactory) -> dict[int, float]:
    per_file = {}
    for units in (200, 2_000):
        campaign = create(tmp_path_factory.mktemp(f"units-{units}"), units)
        fill_inbox(campaign, campaign.config.communes[::10], offices=False)
        calls, result = calls_made(campaign.check)
        files = len(result.collection.files)
        assert files == (units - 13 + 9) // 10
        assert not result.errors
        per_file[units] = calls / files
    return per_file


def test_checking_costs_the_same_per_file_at_2000_units_as_at_200(calls_per_file):
    assert calls_per_file[2_000] <= 1.5 * calls_per_file[200], calls_per_file
