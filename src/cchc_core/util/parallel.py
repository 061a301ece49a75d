"""Work spread over the machine's cores: a pool of forked processes, results in input order.

Used where a step does the same thing to many items (reading the inbox, writing the forms, the
outputs of a build). Results come back in the order of the inputs whatever the order the workers
finish in, so outputs do not depend on scheduling. Forked workers inherit what the parent holds
(the catalogue, the plugins' functions), so nothing needs pickling but the inputs, the results
and the errors (an error that cannot be pickled comes back as one of its message). Where the
platform cannot fork (Windows) and for small batches, the work runs in this process.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from cchc_core.errors import CchcError, WorkerLostError
from cchc_core.util.progress import step

Item = TypeVar("Item")
Result = TypeVar("Result")

#: below this many items, starting worker processes costs more than it saves (reading a form
#: takes about a millisecond; a caller whose items take longer passes its own ``min_items``)
POOL_MIN_ITEMS = 48
#: the same for items of tens of milliseconds each (a unit's forms, a letter): starting the pool
#: takes about 10 ms on two cores, so four such items already pay for it
SLOW_ITEMS_MIN = 4

# the function a worker runs: set in the worker as it starts (:func:`_start_worker`)
_task: Callable[[Any], Any] | None = None
# true in a worker: work it maps is done in it (a pool's worker may not start its own pool, and
# the cores are already taken by its siblings)
_in_worker = False


def _start_worker(task: Callable[[Any], Any], parent: int) -> None:
    """A worker's start: the task it runs (handed over by fork, never pickled, so that two maps
    at once from two threads each give their workers their own); Ctrl-C is the parent's to
    handle (the terminal sends it to every process of the group), and a worker ended with
    SIGTERM ends at once: no worker prints a traceback for either. On Linux a worker also ends
    with its ``parent`` (killed, or out of memory): it would otherwise wait for work forever."""
    global _task, _in_worker
    _task, _in_worker = task, True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with(parent)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


#: Linux's prctl option that sends a signal to a process when its parent ends
_PR_SET_PDEATHSIG = 1


def _end_with(parent: int) -> None:
    """End this process when ``parent`` ends: told by the kernel on Linux (SIGTERM), elsewhere
    seen by a thread that looks every second; and at once if it already has."""
    told = False
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            told = ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM) == 0
    if os.getppid() != parent:
        os._exit(1)
    if not told:
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    """A worker's watch on its parent where the kernel does not tell (macOS)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


#: the signals held back while the pool forks: Ctrl-C, and the SIGTERM that ends a worker (which a
#: worker forked a moment before would take with the parent's handler, printing a traceback)
_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while the block runs, and raised at its end.

    A Ctrl-C that lands while the pool forks is raised inside fork's own bookkeeping (logging's
    lock release after a fork), where Python prints "Exception ignored" and drops it: the command
    ran on to its end. Blocking the signal is not enough where another thread (the progress
    display's) takes it, so this thread's handlers only note it meanwhile. A handler set outside
    Python is left alone (it cannot be put back). The workers start with both blocked, and
    unblock them once their own handlers are set (:func:`_start_worker`).
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield  # handlers are the main thread's to set; Windows has no fork
        return
    noted: list[int] = []
    swapped: list[tuple[int, Any]] = []
    mask = None
    try:
        for number in _HELD:
            handler = signal.getsignal(number)
            if handler is not None:
                signal.signal(number, lambda n, _: noted.append(n))
                swapped.append((number, handler))
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        _put_back(swapped)
    for number in dict.fromkeys(noted):
        signal.raise_signal(number)  # now handled as it would have been: Ctrl-C, SIGTERM


def _put_back(handlers: list[tuple[int, Any]]) -> None:
    """Set each handler again, every one of them whatever the first raises (a Ctrl-C that
    arrives as the first is set is handled by it, at once)."""
    if handlers:
        try:
            signal.signal(*handlers[0])
        finally:
            _put_back(handlers[1:])


def _end_workers(earlier: set[Any]) -> None:
    """SIGTERM to every child started since ``earlier`` was taken: the pool's workers (which it
    ends at once, see :func:`_start_worker`), those the pool had not yet recorded when Ctrl-C
    came as it forked them included."""
    for process in set(mp.active_children()) - earlier:
        if process.is_alive():
            process.terminate()


def _run(item: Any) -> Any:
    assert _task is not None
    try:
        return _task(item)
    except Exception as error:
        raise _portable(error) from None


def _portable(error: Exception) -> Exception:
    """``error`` as it can reach the parent: itself when it survives pickling, else an error of
    the same message (a plugin's own exception class may not be rebuilt from its arguments, and
    the pool then broke, read as "the machine ran out of memory")."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        if isinstance(error, CchcError):
            plain = CchcError(error.message, hint=error.hint, details=dict(error.details))
            plain.code = error.code
            return plain
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


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
    count = 1 if _in_worker else default_workers() if workers is None else workers
    count = min(count, len(items))  # no worker forked for nothing (each a copy of this process)
    with step(label, len(items), unit) as now:
        if count > 1 and len(items) >= min_items and "fork" in mp.get_all_start_methods():
            earlier = set(mp.active_children())
            pool = ProcessPoolExecutor(
                count,
                mp_context=mp.get_context("fork"),
                initializer=_start_worker,
                initargs=(task, os.getpid()),
            )
            try:
                chunk = max(1, min(32, len(items) // (count * 8)))
                with _signals_held():  # the pool forks its workers here
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
            return
        for item in items:
            now(name(item))
            yield task(item)
