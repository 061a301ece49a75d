"""Which report numbers, Phụ lục 1 sections and outline places are taken, and the next free ones,
so that a new plugin (``cchc plugin new``) or its author (``cchc plugins``) picks numbers nobody
else uses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from attrs import asdict, field, frozen

from cchc_core.model.tasks import Task
from cchc_core.plugin.catalogue import Catalogue

#: how Kế hoạch 19 names the task of the specialist reports no plugin covers yet (3.8), in a
#: ``cchc.toml`` that does not mark it ``new_reports``
OTHER_REPORTS = "báo cáo chuyên đề khác"

#: where a field plugin's outline heading and its Part 2 proposal line hang
OUTLINE_PARENT, PROPOSAL_PARENT = "P1.II", "P2.I"

_ROMAN: tuple[tuple[str, int], ...] = (
    ("M", 1000),
    ("CM", 900),
    ("D", 500),
    ("CD", 400),
    ("C", 100),
    ("XC", 90),
    ("L", 50),
)
_ROMAN += (("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman(number: int) -> str:
    """``8`` → ``"VIII"``."""
    text = ""
    for letters, value in _ROMAN:
        while number >= value:
            text += letters
            number -= value
    return text


def _arabic(text: str) -> int | None:
    """``"VIII"`` → 8; None for a key that is not a Roman numeral."""
    for number in range(1, 100):
        if roman(number) == text:
            return number
    return None


def _leading_int(text: str) -> int | None:
    found = re.match(r"\s*(\d+)", text)
    return int(found.group(1)) if found else None


@frozen
class NumbersInUse:
    """What the installed plugins use, and the next free of each. ``plan_tasks`` are the numbers of
    the campaign's tasks that no report may take (the district's own report 3.9, …), with their
    titles; ``skipped`` those of them that :attr:`free_report` passes over."""

    reports: tuple[str, ...]
    sections: tuple[str, ...]
    outline: tuple[str, ...]
    proposals: tuple[str, ...]
    free_report: str
    free_section: str
    free_outline: int
    free_proposal: int
    #: the next ``order`` values, so that the new parts sort after the existing ones
    domain_order: int
    section_order: int
    plan_tasks: dict[str, str] = field(factory=dict)
    skipped: tuple[str, ...] = ()

    @property
    def outline_key(self) -> str:
        """The key of the next free heading of Part 1 II (``P1.II.7``)."""
        return f"{OUTLINE_PARENT}.{self.free_outline}"

    @property
    def proposal_key(self) -> str:
        """The key of the next free line of Part 2 I (``P2.I.7``)."""
        return f"{PROPOSAL_PARENT}.{self.free_proposal}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {**asdict(self), "outline_key": self.outline_key, "proposal_key": self.proposal_key}


def _numbers_under(catalogue: Catalogue, parent: str) -> tuple[str, ...]:
    if not catalogue.has_heading(parent):
        return ()
    return tuple(h.number.rstrip(".") for h in catalogue.heading_children(parent) if h.number)


def _next_int(numbers: tuple[str, ...]) -> int:
    taken = [n for n in (_leading_int(x) for x in numbers) if n is not None]
    return max(taken, default=0) + 1


def numbers_in_use(catalogue: Catalogue, tasks: Iterable[Task] = ()) -> NumbersInUse:
    """The numbers the catalogue's plugins use and the next free ones, passing over the numbers
    of the campaign's ``tasks`` other than the one open to new reports (marked
    :attr:`~cchc_core.model.tasks.Task.new_reports`, or else named as the plan names it)."""
    reports = tuple(sorted({d.report_number for d in catalogue.domains if d.report_number}))
    tasks = tuple(tasks)
    open_to_reports = {t.id for t in tasks if t.new_reports} or {
        # a cchc.toml written before tasks could be marked: the plan's own words for it
        t.id
        for t in tasks
        if OTHER_REPORTS in t.title.casefold()
    }
    plan_tasks = {t.id: t.title for t in tasks if t.id not in open_to_reports | set(reports)}
    majors = [r.split(".")[0] for r in reports]
    major = max(set(majors), key=majors.count) if majors else "3"
    minors = [int(r.split(".")[1]) for r in reports if r.startswith(f"{major}.") and "." in r]
    free_minor = max(minors, default=0) + 1
    skipped = []
    while f"{major}.{free_minor}" in plan_tasks:
        skipped.append(f"{major}.{free_minor}")
        free_minor += 1
    sections = tuple(s.key for s in catalogue.sections)
    section_numbers = [n for n in (_arabic(k) for k in sections) if n is not None]
    outline = _numbers_under(catalogue, OUTLINE_PARENT)
    proposals = _numbers_under(catalogue, PROPOSAL_PARENT)
    return NumbersInUse(
        reports=reports,
        sections=sections,
        outline=outline,
        proposals=proposals,
        free_report=f"{major}.{free_minor}",
        free_section=roman(max(section_numbers, default=0) + 1),
        free_outline=_next_int(outline),
        free_proposal=_next_int(proposals),
        domain_order=max((d.order for d in catalogue.domains), default=0) + 1,
        section_order=max((s.order for s in catalogue.sections), default=0) + 10,
        plan_tasks=plan_tasks,
        skipped=tuple(skipped),
    )
