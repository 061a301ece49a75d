"""One writer at a time in a campaign folder: an exclusive lock on a small hidden file.

The operating system releases the lock when the process ends, however it ends (killed, crashed,
power cut), so a lock can never be left behind: the file staying in place means nothing. The
workers a command forks (``util/parallel.py``) let go of it at once, so that a worker outliving a
killed command cannot keep it.
``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cchc_core.errors import BusyError

LOCK_NAME = ".cchc.lock"

#: the descriptors of the locks this process holds: a forked child (a worker of the pool) lets go
#: of them, so that the lock ends with this process even if a worker outlives it
_held: set[int] = set()


def _let_go_in_child() -> None:
    """In a forked child: each held lock's descriptor pointed at /dev/null instead. A ``flock``
    lasts while any process holds the open file; the file object stays valid for the child."""
    if not _held:
        return
    empty = os.open(os.devnull, os.O_RDONLY)
    try:
        for descriptor in _held:
            os.dup2(empty, descriptor)
    finally:
        os.close(empty)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_let_go_in_child)


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def try_lock(folder: Path) -> Iterator[bool]:
    """Hold the folder's lock if it is free; yields whether it is held (False also when the
    folder cannot be written, e.g. a campaign on a read-only share)."""
    try:
        handle = (folder / LOCK_NAME).open("a+b")
    except OSError:
        yield False
        return
    with handle:
        held = _try_lock(handle)
        if held:
            _held.add(handle.fileno())
        try:
            yield held
        finally:
            _held.discard(handle.fileno())
            if held and sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                with contextlib.suppress(OSError):
                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


@contextlib.contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold the folder's lock for a writing step, or say in Vietnamese who holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    with try_lock(folder) as held:
        if not held:
            raise BusyError(
                f"Một lệnh cchc khác đang ghi vào thư mục {folder} (tiến trình khác, máy khác "
                "dùng chung thư mục, hoặc thư mục chỉ cho đọc).",
                hint="Chờ lệnh đó chạy xong rồi chạy lại; nếu thư mục chỉ cho đọc, chép đợt "
                "tổng kết sang thư mục ghi được.",
                details={"folder": os.fspath(folder)},
            )
        yield
