"""Warnings that look across years: jumps between consecutive full years, and a merged commune whose
years before the merger look like one former commune only. A part-year period is never compared with a
full year."""

from __future__ import annotations

from collections.abc import Iterator

from cchc_core.config import CampaignConfig
from cchc_core.model.checked import UnitValues
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.indicators import Indicator, Measure, OverYears
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat
from cchc_core.util.text import name_in_text


def _counts(catalogue: Catalogue, unit: Unit) -> list[Indicator]:
    return [i for i in catalogue.reported_rows(unit) if i.measure is Measure.COUNT]


def _ratio(value: float, other: float) -> float:
    """How many times larger the bigger of two counts is (infinite against 0)."""
    low, high = sorted((value, other))
    return high / low if low > 0 else float("inf")


def _is_outlier(value: float, neighbours: list[float], ratio: float, minimum: float) -> bool:
    """A spike or a dip: far from every neighbour, in the same direction. A year at either end has
    one neighbour and must be much further off (``ratio`` squared), since a step up at the end of
    the series is usually a roll-out, not a typing error."""
    if not neighbours or any(abs(value - n) < minimum for n in neighbours):
        return False
    if len(neighbours) == 1 and 0 in (value, neighbours[0]):
        return False  # starting from nothing, or stopping, at either end: not a typing error
    directions = {value > n for n in neighbours}
    if len(directions) > 1:
        return False  # between its neighbours: a trend, not a spike
    needed = ratio if len(neighbours) == 2 else ratio * ratio
    return all(_ratio(value, n) > needed for n in neighbours)


def year_jumps(
    catalogue: Catalogue, config: CampaignConfig, unit: Unit, values: UnitValues, file: str
) -> Iterator[Finding]:
    """A count far above or below the years on both sides of it (more than ``jump_ratio`` times and
    by at least ``jump_min``): the typing errors a spike reveals. Part-years are left out."""
    ratio, minimum = config.check.jump_ratio, config.check.jump_min
    years = [p for p in config.periods if not p.partial]
    for indicator in _counts(catalogue, unit):
        series = [values.number(indicator.code, p.key) for p in years]
        for index, period in enumerate(years):
            value = series[index]
            if value is None:
                continue
            neighbours = [
                series[i]
                for i in (index - 1, index + 1)
                if 0 <= i < len(series) and series[i] is not None
            ]
            if not _is_outlier(value, neighbours, ratio, minimum):
                continue
            cell = values.get(indicator.code, period.key)
            before = series[index - 1] if index and series[index - 1] is not None else None
            context = f"{vnformat.amount(before)} → " if before is not None else ""
            direction = "cao" if value > max(neighbours) else "thấp"
            note = values.notes.get(indicator.code)
            yield Finding(
                "trend.jump",
                Severity.WARNING,
                f"{indicator.label}: {period.label} {direction} bất thường so với các năm liền kề "
                f"({context}{vnformat.amount(value)}"
                + (
                    f" → {vnformat.amount(series[index + 1])}"
                    if index + 1 < len(series) and series[index + 1] is not None
                    else ""
                )
                + ")."
                + (f" Đơn vị ghi chú: “{note.rstrip('.')}”." if note else ""),
                "Kiểm tra lại số liệu; nếu đúng, ghi lý do ở cột Ghi chú.",
                unit.id,
                unit.name,
                Location(file, cell.sheet, cell.cell),
                indicator.code,
                indicator.label,
                period.key,
                value,
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
            f"{unit.name} được sáp nhập từ {' và '.join(map(name_in_text, unit.merged_from))}: "
            f"“{indicator.label}” "
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
