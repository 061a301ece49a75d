"""Work spread over the machine's cores: a pool of forked processes, results in input order.

Used where a step does the same thing to many files (reading the inbox, writing the forms). Results
come back in the order of the inputs whatever the order the workers finish in, so outputs do not
depend on scheduling. Forked workers inherit what the parent holds (the catalogue, the plugins'
functions), so nothing needs pickling but the inputs and results. Where the platform cannot fork
(Windows) and for small batches, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from cchc_core.errors import WorkerLostError
from cchc_core.util.progress import step

Item = TypeVar("Item")
Result = TypeVar("Result")

#: below this many items, starting worker processes costs more than it saves (reading a form
#: takes about a millisecond; a caller whose items take longer passes its own ``min_items``)
POOL_MIN_ITEMS = 48
#: the same for items of tens of milliseconds each (a unit's forms, a letter): starting the pool
#: takes about 10 ms on two cores, so four such items already pay for it
SLOW_ITEMS_MIN = 4

# the function a forked worker runs: set in the parent just before the pool forks
_task: Callable[[Any], Any] | None = None


def _quiet_worker() -> None:
    """Ctrl-C is the parent's to handle (the terminal sends it to every process of the group),
    and a worker ended with SIGTERM ends at once: no worker prints a traceback for either."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _end_workers(earlier: set[Any]) -> None:
    """SIGTERM to every child started since ``earlier`` was taken: the pool's workers (which it
    ends at once, see :func:`_quiet_worker`), those the pool had not yet recorded when Ctrl-C
    came as it forked them included."""
    for process in set(mp.active_children()) - earlier:
        if process.is_alive():
            process.terminate()


def _run(item: Any) -> Any:
    assert _task is not None
    return _task(item)


def default_workers() -> int:
    """The cores this process may use (``CCHC_WORKERS`` overrides; 1 works in this process)."""
    configured = os.environ.get("CCHC_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def ordered_map(
    task: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    workers: int | None = None,
    label: str = "",
    unit: str = "tệp",
    name: Callable[[Item], str] = str,
    min_items: int = POOL_MIN_ITEMS,
) -> Iterator[Result]:
    """``task(item)`` for every item, in order, on ``workers`` processes (default: every core),
    announced as the step ``label`` to the progress listener (:mod:`cchc_core.util.progress`).
    Fewer than ``min_items`` items are done in this process.

    A worker that dies (killed for lack of memory, crashed in a library) ends the work with
    :class:`~cchc_core.errors.WorkerLostError` rather than leaving the command waiting.
    """
    global _task
    count = default_workers() if workers is None else workers
    with step(label, len(items), unit) as now:
        if count > 1 and len(items) >= min_items and "fork" in mp.get_all_start_methods():
            _task = task
            earlier = set(mp.active_children())
            pool = ProcessPoolExecutor(
                count, mp_context=mp.get_context("fork"), initializer=_quiet_worker
            )
            try:
                chunk = max(1, min(32, len(items) // (count * 8)))
                results = pool.map(_run, items, chunksize=chunk)
                for item, result in zip(items, results, strict=True):
                    now(name(item))  # results come in order: this item is done
                    yield result
            except BrokenProcessPool:
                raise WorkerLostError(
                    f"Một tiến trình phụ ({label or 'xử lý song song'}) bị dừng đột ngột, có thể "
                    "do máy thiếu bộ nhớ.",
                    hint="Chạy lại lệnh; nếu vẫn lỗi, đặt biến môi trường CCHC_WORKERS=1 để làm "
                    "trên một tiến trình và xem tệp nào gây lỗi.",
                ) from None
            except BaseException:
                # Ctrl-C, an error, or a caller that stops reading: the workers (which ignore
                # SIGINT) are ended now rather than waited for; waiting on a pool that Ctrl-C
                # caught inside its own bookkeeping could leave the command hanging at its exit
                _end_workers(earlier)
                raise
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
                _task = None
            return
        for item in items:
            now(name(item))
            yield task(item)
