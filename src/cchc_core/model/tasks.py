"""The plan's task table: who does what by when, and how cchc can tell whether it was done."""

from __future__ import annotations

import enum
from datetime import date

from attrs import field, frozen

from cchc_core.util.text import fold


class Tracking(enum.Enum):
    """How a task's completion is seen.

    ``FORMS``: each unit the task concerns sends its statistics form and its report (outline document).
    ``NARRATIVE``: the lead office sends the text of its field (its outline document, its parts filled).
    ``NONE``: done outside cchc (a conference, the district's own report); listed with its deadline.
    """

    FORMS = "forms"
    NARRATIVE = "narrative"
    NONE = "none"


@frozen
class Task:
    """One row of the plan's table (``1``, ``2.1`` … ``6``).

    ``concerns`` names who must deliver: ``"communes"``, ``"offices"`` or unit ids. ``lead`` and
    ``coordinating`` are as printed in the plan. ``deadline`` is the last day on which a delivery is on
    time (the plan's "trước 20/5/2020" is read as "by 20/5/2020", see docs/seed-notes.md);
    ``deadline_text`` is the plan's wording, kept for tasks without a date.
    ``domain`` links a specialist-report task to its domain. ``new_reports`` marks the plan's task
    for specialist reports no plugin covers yet (Hướng Hóa's 3.8, "báo cáo chuyên đề khác"): a new
    plugin may take its number. The number of any other task is never proposed to a new plugin.
    """

    id: str
    title: str = field(converter=fold)
    lead: str = field(converter=fold)
    coordinating: str = field(default="", converter=fold)
    deadline: date | None = None
    deadline_text: str = field(default="", converter=fold)
    concerns: tuple[str, ...] = field(default=(), converter=tuple)
    tracking: Tracking = Tracking.NONE
    domain: str | None = None
    new_reports: bool = False
