"""Fewer passes of Python's cycle collector while a campaign is read and checked.

Reading a campaign makes objects by the hundred thousand and keeps nearly all of them (a cell
for every figure of every form: 600,000 at 11,000 units). The collector, which looks for cycles
after every 700 new objects and through everything kept after every 100 such looks, then walked
the whole campaign again and again: 2.4 s of the 18 s a check of 11,000 units took in the main
process, 1 s of it in three full passes while checking (measured with ``gc.callbacks``).
Reference counting still frees every object as soon as it is unused; only cycles wait longer.

Inside :func:`fewer_collections` the collector looks after every 50,000 new objects, and walks
everything kept about 290 times more rarely (after 20 × 20 × 50,000 new objects rather than
10 × 10 × 700). That suits steps that keep what they make: collecting, checking, aggregating,
the status (``Campaign``'s methods). It does not suit writing documents, whose workbooks and
sheets point at each other and are dropped one after the other: a build paced so held 299 MB
for the demo instead of 153 (review), so building and writing forms run at Python's pace.

The thresholds are the process's own, not the block's: the host program's settings come back at
the end (a host that chose a slower pace itself, or turned the collector off, keeps it), and
worker processes forked inside the block, which read the files of the step, run paced with it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: the new objects between two looks for cycles among the young (Python's default: 700), and
#: how many looks at one generation make one at the next (10 and 10 by default)
THRESHOLDS = (50_000, 20, 20)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector at :data:`THRESHOLDS`; usable as a decorator."""
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= THRESHOLDS[0]:
        yield  # collection disabled by the host, or already this slow (a nested block)
        return
    gc.set_threshold(*THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
