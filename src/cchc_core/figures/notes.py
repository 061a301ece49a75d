"""Sentences that say which units a district figure leaves out, and why; shared by every output."""

from __future__ import annotations

from collections.abc import Iterable

from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.model.indicators import Indicator, Reporters
from cchc_core.util.phrases import first_names
from cchc_core.util.text import name_in_text

#: where a note's units left unnamed are found
EXPLAIN = "xem bằng lệnh cchc explain"


def reporters_label(reporters: Reporters, dataset: Dataset) -> str:
    """Who reports a row, as the seed's "Đơn vị thống kê báo cáo" column writes it."""
    config = dataset.config
    names = [config.unit(o).name for o in reporters.offices if config.has_unit(o)]
    if reporters.communes and config.communes:
        names.append(config.district.councils_below)
    return "; ".join(names)


def _names(figures: Iterable[Figure], attribute: str) -> list[str]:
    seen: dict[str, None] = {}  # ordered and without repeats, in one pass
    for figure in figures:
        seen.update(dict.fromkeys(getattr(figure, attribute)))
    return [name_in_text(name) for name in seen]


def row_note(indicator: Indicator, dataset: Dataset) -> str:
    """The note beside a row of totals: units left out (errors), not submitted, cells left empty."""
    figures = [dataset.total(indicator.code, p.key) for p in dataset.config.periods]
    parts = []
    excluded = _names(figures, "excluded")
    if excluded:
        parts.append(f"Không tính (báo cáo có lỗi): {first_names(excluded, EXPLAIN)}")
    absent = _names(figures, "not_submitted")
    if absent:
        parts.append(f"Chưa nộp: {first_names(absent, EXPLAIN)}")
    empty: dict[str, list[str]] = {}
    for period in dataset.config.periods:
        for name in dataset.total(indicator.code, period.key).missing:
            empty.setdefault(name_in_text(name), []).append(period.short_label)
    if empty:
        listed = [f"{name} ({', '.join(periods)})" for name, periods in empty.items()]
        parts.append("Bỏ trống: " + first_names(listed, EXPLAIN, separator="; "))
    return ". ".join(parts) + ("." if parts else "")
