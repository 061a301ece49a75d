"""Sentences that say which units a district figure leaves out, and why; shared by every output."""

from __future__ import annotations

from collections.abc import Iterable

from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.model.indicators import Indicator, Reporters


def reporters_label(reporters: Reporters, dataset: Dataset) -> str:
    """Who reports a row, as the seed's "Đơn vị thống kê báo cáo" column writes it."""
    config = dataset.config
    names = [config.unit(o).name for o in reporters.offices if config.has_unit(o)]
    if reporters.communes:
        names.append("UBND các xã, thị trấn")
    return "; ".join(names)


def _names(figures: Iterable[Figure], attribute: str) -> list[str]:
    seen: list[str] = []
    for figure in figures:
        for name in getattr(figure, attribute):
            if name not in seen:
                seen.append(name)
    return seen


def row_note(indicator: Indicator, dataset: Dataset) -> str:
    """The note beside a row of totals: units left out (errors), not submitted, cells left empty."""
    figures = [dataset.total(indicator.code, p.key) for p in dataset.config.periods]
    parts = []
    excluded = _names(figures, "excluded")
    if excluded:
        parts.append(f"Không tính (báo cáo có lỗi): {', '.join(excluded)}")
    absent = _names(figures, "not_submitted")
    if absent:
        parts.append(f"Chưa nộp: {', '.join(absent)}")
    empty: dict[str, list[str]] = {}
    for period in dataset.config.periods:
        for name in dataset.total(indicator.code, period.key).missing:
            empty.setdefault(name, []).append(period.short_label)
    if empty:
        parts.append(
            "Bỏ trống: "
            + "; ".join(f"{name} ({', '.join(periods)})" for name, periods in empty.items())
        )
    return ". ".join(parts) + ("." if parts else "")
