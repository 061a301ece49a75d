"""Progress of the long steps (writing forms, reading the inbox, rendering reports), told to whoever
listens.

The library never prints: a step announces itself and each item it moves on to, and a listener
chosen by the caller shows it (the command line's progress display, a script's own log) or nobody
hears it. The listener lives in a context variable, so the pipeline's signatures stay as they are
and two threads listening at once do not mix their steps.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol, TypeVar

T = TypeVar("T")


class ProgressListener(Protocol):
    """What a progress display implements. Steps do not nest: ``finish`` closes the current one
    (a step started inside another is part of it and is not announced)."""

    def start(self, label: str, total: int | None, unit: str) -> None:
        """A step begins: ``label`` says what it does, ``total`` how many ``unit`` it will handle
        (None when not known in advance)."""

    def advance(self, item: str) -> None:
        """The step moves on to ``item`` (a unit's name, a file's name); the items before it are
        done, so the count of items begun includes this one."""

    def finish(self) -> None:
        """The current step is over (done, failed or interrupted)."""


_listener: ContextVar[ProgressListener | None] = ContextVar("cchc_progress", default=None)
_inside: ContextVar[bool] = ContextVar("cchc_progress_step", default=False)


@contextmanager
def progress_to(listener: ProgressListener) -> Iterator[None]:
    """Send the progress of every step run inside the ``with`` block to ``listener``."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def _ignore(item: str) -> None:
    return None


@contextmanager
def step(
    label: str, total: int | None = None, unit: str = "tệp"
) -> Iterator[Callable[[str], None]]:
    """Announce a step; the ``with`` block gets a function to call with each item it moves on to.

    ``with step("Lập báo cáo", None, "tệp") as now: ... now("3.1-the-che.docx")``
    """
    listener = _listener.get()
    if listener is None or _inside.get():
        # nobody listens, or this is part of a step already shown (the units' feedback written
        # while the build's step "Lập báo cáo" is on screen)
        yield _ignore
        return
    listener.start(label, total, unit)
    token = _inside.set(True)
    try:
        yield listener.advance
    finally:
        _inside.reset(token)
        listener.finish()


def tracked(
    items: Collection[T], label: str, unit: str, name: Callable[[T], str] = str
) -> Iterator[T]:
    """``items`` one by one, as one step whose progress names each item: a loop's progress in one
    line (``for unit in tracked(units, "Tạo biểu mẫu", "đơn vị", lambda u: u.name):``)."""
    with step(label, len(items), unit) as now:
        for item in items:
            now(name(item))
            yield item
