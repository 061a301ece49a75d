"""Sentences that say which units a district figure leaves out, and why; shared by every output."""

from __future__ import annotations

from collections.abc import Iterable

from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.model.indicators import Indicator, Reporters

#: a note names at most this many units: a country's note would not fit a cell (Excel keeps
#: 32,767 characters) nor serve a reader; ``cchc explain`` lists them all
NAMES_SHOWN = 30


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
    return list(seen)


def listing(names: list[str]) -> str:
    """``A, B, C`` — or the first :data:`NAMES_SHOWN` and how many more."""
    if len(names) <= NAMES_SHOWN:
        return ", ".join(names)
    more = len(names) - NAMES_SHOWN
    return ", ".join(names[:NAMES_SHOWN]) + f" và {more} đơn vị khác (xem bằng lệnh cchc explain)"


def row_note(indicator: Indicator, dataset: Dataset) -> str:
    """The note beside a row of totals: units left out (errors), not submitted, cells left empty."""
    figures = [dataset.total(indicator.code, p.key) for p in dataset.config.periods]
    parts = []
    excluded = _names(figures, "excluded")
    if excluded:
        parts.append(f"Không tính (báo cáo có lỗi): {listing(excluded)}")
    absent = _names(figures, "not_submitted")
    if absent:
        parts.append(f"Chưa nộp: {listing(absent)}")
    empty: dict[str, list[str]] = {}
    for period in dataset.config.periods:
        for name in dataset.total(indicator.code, period.key).missing:
            empty.setdefault(name, []).append(period.short_label)
    if empty:
        shown = list(empty.items())[:NAMES_SHOWN]
        text = "; ".join(f"{name} ({', '.join(periods)})" for name, periods in shown)
        if len(empty) > NAMES_SHOWN:
            text += f" và {len(empty) - NAMES_SHOWN} đơn vị khác (xem bằng lệnh cchc explain)"
        parts.append("Bỏ trống: " + text)
    return ". ".join(parts) + ("." if parts else "")
