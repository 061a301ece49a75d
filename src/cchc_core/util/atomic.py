"""Atomic output: a file is written beside its target under a temporary name, then renamed over it,
so a reader never sees half a file and a failure leaves the previous version in place.

Temporary names start with :data:`TEMPORARY_PREFIX`, so that what a killed process leaves behind
is recognised and removed by the next command (``journal.recover``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMPORARY_PREFIX = ".cchc-tmp-"


def _umask() -> int:
    mask = os.umask(0o022)  # reading the mask means setting it: put it straight back
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces ``target`` in one rename.

    When the rename fails (the target open in Word or Excel on Windows), the error names the
    target, not the temporary file the user has never seen.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f"{TEMPORARY_PREFIX}{target.stem}-", suffix=target.suffix, dir=target.parent
    )
    os.close(handle)
    temporary = Path(name)
    # mkstemp makes the file readable by its owner only: the files of a campaign are shared (a
    # folder other staff open), so they get the permissions any new file would (umask)
    os.chmod(temporary, 0o666 & ~_umask())
    try:
        yield temporary
        try:
            os.replace(temporary, target)
        except OSError as error:
            raise type(error)(error.errno, error.strerror, os.fspath(target)) from error
    finally:
        temporary.unlink(missing_ok=True)


def write_text(target: Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding="utf-8")
