"""Warnings that look across years: jumps between consecutive full years, and a merged commune whose
years before the merger look like one former commune only. A part-year period is never compared with a
full year."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from . import vnformat
from .catalogue import Catalogue
from .config import CampaignConfig
from .findings import Finding, Location, Severity
from .indicators import Indicator, Measure, OverYears
from .unit_values import UnitValues
from .units import Unit


def _counts(catalogue: Catalogue, unit: Unit) -> list[Indicator]:
    return [
        i for i in catalogue.indicators if catalogue.reports(i, unit) and i.measure is Measure.COUNT
    ]


def year_jumps(
    catalogue: Catalogue, config: CampaignConfig, unit: Unit, values: UnitValues, file: str
) -> Iterator[Finding]:
    """A count that grows or shrinks more than ``jump_ratio`` times (and by at least ``jump_min``)
    from one full year to the next, or falls to 0 from at least ``jump_min``."""
    ratio, minimum = config.check.jump_ratio, config.check.jump_min
    years = [p for p in config.periods if not p.partial]
    for indicator in _counts(catalogue, unit):
        for before, after in itertools.pairwise(years):
            old = values.number(indicator.code, before.key)
            new = values.number(indicator.code, after.key)
            if old is None or new is None or abs(new - old) < minimum:
                continue
            if old == 0:
                continue  # starting from nothing is normal (a new service, a first contest)
            if new == 0 or new / old > ratio or old / new > ratio:
                cell = values.get(indicator.code, after.key)
                direction = "tăng" if new > old else "giảm"
                yield Finding(
                    "trend.jump",
                    Severity.WARNING,
                    f"{indicator.label}: {after.label} {direction} đột biến "
                    f"({vnformat.amount(old)} → {vnformat.amount(new)}).",
                    "Kiểm tra lại số liệu; nếu đúng, ghi lý do ở cột Ghi chú.",
                    unit.id,
                    unit.name,
                    Location(file, cell.sheet, cell.cell),
                    indicator.code,
                    indicator.label,
                    after.key,
                    new,
                )


def merged_history(
    catalogue: Catalogue, config: CampaignConfig, unit: Unit, values: UnitValues, file: str
) -> Iterator[Finding]:
    """For a merged commune: stock counts of the last year before the merger much smaller than after
    it suggest the earlier years hold one former commune only."""
    if not unit.is_merged or unit.merged_on is None:
        return
    before = [p for p in config.periods if not p.partial and p.end < unit.merged_on]
    after = [p for p in config.periods if p.start >= unit.merged_on]
    if not before or not after:
        return
    last_before, first_after = before[-1], after[0]
    for indicator in _counts(catalogue, unit):
        if indicator.over_years is not OverYears.LATEST:
            continue
        old = values.number(indicator.code, last_before.key)
        new = values.number(indicator.code, first_after.key)
        if old is None or not new or old >= config.check.merged_ratio * new:
            continue
        cell = values.get(indicator.code, last_before.key)
        yield Finding(
            "trend.merged-history",
            Severity.WARNING,
            f"{unit.name} được sáp nhập từ {' và '.join(unit.merged_from)}: “{indicator.label}” "
            f"{last_before.label.lower()} ({vnformat.amount(old)}) chỉ bằng "
            f"{vnformat.percent(100 * old / new, 0)} {first_after.label.lower()} "
            f"({vnformat.amount(new)}).",
            "Số liệu các năm trước sáp nhập phải là tổng của các xã cũ; kiểm tra đã cộng đủ chưa.",
            unit.id,
            unit.name,
            Location(file, cell.sheet, cell.cell),
            indicator.code,
            indicator.label,
            last_before.key,
            old,
        )
