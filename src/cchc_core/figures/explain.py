"""``cchc explain``: how one district figure was computed and which units, files and cells it came
from."""

from __future__ import annotations

from typing import Any

import attrs
from attrs import frozen

from cchc_core.errors import CchcError, UnknownIndicatorError
from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.model.indicators import Indicator, Measure
from cchc_core.plugin.indicator_search import best_match, search_indicators
from cchc_core.util import vnformat


@frozen
class Explanation:
    """A figure for each asked period (and each phase when no period was asked), with provenance."""

    indicator: Indicator
    figures: tuple[tuple[str, Figure], ...]
    phases: tuple[tuple[str, Figure], ...]

    def show(self, figure: Figure) -> str:
        """The figure's value as the reports print it."""
        if figure.value is None:
            return f"({figure.note.rstrip('.')})" if figure.note else "(chưa có số liệu)"
        if isinstance(figure.value, str):
            return figure.value
        return vnformat.amount(figure.value, self.indicator.measure is Measure.PERCENT)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""

        def figure(label: str, f: Figure) -> dict[str, Any]:
            data = attrs.asdict(f, recurse=True)
            data.pop("parts", None)
            return {"label": label, "shown": self.show(f), **data}

        return {
            "code": self.indicator.code,
            "label": self.indicator.label,
            "figures": [figure(label, f) for label, f in self.figures],
            "phases": [figure(label, f) for label, f in self.phases],
        }


def find_indicator(dataset: Dataset, query: str) -> Indicator:
    """An indicator by its code, or by words of its label typed with or without diacritics when
    they find only one row; every match is listed when they find several."""
    catalogue = dataset.catalogue
    if catalogue.has_indicator(query):
        return catalogue.indicator(query)
    matches = search_indicators(catalogue, query)
    best = best_match(matches, query)
    if best is not None:
        return best
    if matches:
        listing = "\n".join(f"  {i.code}  {i.label}" for i in matches)
        raise UnknownIndicatorError(
            f"“{query}” khớp với {len(matches)} chỉ tiêu; chọn một mã:\n{listing}",
            hint="Chạy lại lệnh với một mã ở trên, hoặc gõ thêm từ để thu hẹp.",
            details={"matches": [i.code for i in matches]},
        )
    return catalogue.indicator(query)  # raises with close codes as hints


def explain(dataset: Dataset, query: str, year: int | None = None) -> Explanation:
    """Explain ``query`` (code or label piece) for ``year`` (every period and phase when None)."""
    indicator = find_indicator(dataset, query)
    if indicator.is_heading:
        raise CchcError(
            f"“{indicator.label}” là dòng tiêu đề, không có số liệu riêng.",
            hint="Chọn một dòng chi tiết bên dưới nó.",
        )
    periods = dataset.config.periods
    if year is not None:
        periods = tuple(p for p in periods if p.year == year)
        if not periods:
            years = ", ".join(str(p.year) for p in dataset.config.periods)
            raise CchcError(f"Không có số liệu năm {year}.", hint=f"Các năm có: {years}.")
    figures = tuple((p.label, dataset.total(indicator.code, p.key)) for p in periods)
    phases = (
        ()
        if year is not None
        else tuple(
            (f"Giai đoạn {ph.first_year} - {ph.last_year}", dataset.phase(indicator.code, ph.key))
            for ph in dataset.config.phases
        )
    )
    return Explanation(indicator, figures, phases)
