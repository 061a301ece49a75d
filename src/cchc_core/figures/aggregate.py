"""Aggregate: from the checked values to the district's figures, each knowing where it came from.

For every indicator and period the district figure follows the indicator's rule across units (sum,
ratio of sums, count of units answering yes, plain mean stated as such); for every phase, its rule over
years (flows added up, stocks at the end of the phase, rates as ratio of sums). Units with errors are
left out and named; units that have not submitted, or left the cell empty, are named too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from attrs import field, frozen

from cchc_core.check.checking import CheckResult
from cchc_core.config import CampaignConfig
from cchc_core.errors import UnknownIndicatorError, UnknownPeriodError
from cchc_core.model.checked import UnitValues, Value
from cchc_core.model.indicators import AcrossUnits, Indicator, Measure, OverYears
from cchc_core.model.periods import Period, Phase
from cchc_core.model.submissions import Narrative, Origin
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue


@frozen
class Contribution:
    """One unit's part in a figure: its value and the cell it came from. ``role`` is ``""`` for a
    plain value, ``tử số``/``mẫu số`` for the two sides of a rate. A district's roll-up value
    carries its ``parts``: the communes' and offices' values, files and cells it was summed from."""

    unit: str
    unit_name: str
    value: int | float | str
    file: str
    sheet: str
    cell: str
    role: str = ""
    parts: tuple[Origin, ...] = ()

    @classmethod
    def of(cls, unit: Unit, value: Value, role: str = "") -> Contribution:
        """The contribution of ``unit``'s checked value."""
        return cls(
            unit.id, unit.name, value.value, value.file, value.sheet, value.cell, role, value.parts
        )


@frozen
class Figure:
    """A district figure for one indicator and one period (``period``) or one phase (``phase``).

    ``value`` is None when no unit gave a value. ``method`` says in Vietnamese how it was computed.
    ``numerator``/``denominator`` are the sums behind a rate (or, for flags, the units answering yes
    and the units answering). The three unit lists say who is *not* in it and why.
    """

    code: str
    value: int | float | str | None
    method: str
    period: str | None = None
    phase: str | None = None
    contributions: tuple[Contribution, ...] = ()
    parts: tuple[Figure, ...] = ()
    numerator: float | None = None
    denominator: float | None = None
    missing: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    not_submitted: tuple[str, ...] = ()
    note: str = ""

    @property
    def has_value(self) -> bool:
        """True when the figure holds a value."""
        return self.value is not None

    @property
    def number(self) -> float | None:
        """The value as a number (None for text or no value)."""
        return None if self.value is None or isinstance(self.value, str) else self.value

    @property
    def is_complete(self) -> bool:
        """True when every unit expected to report gave a value."""
        return not (self.missing or self.excluded or self.not_submitted)


@frozen
class Dataset:
    """Everything the reports are made of: per-unit values, district totals per period and per
    phase, the narratives, and the check that produced them."""

    catalogue: Catalogue
    config: CampaignConfig
    check: CheckResult
    totals: Mapping[tuple[str, str], Figure] = field(factory=dict)
    phases: Mapping[tuple[str, str], Figure] = field(factory=dict)

    @property
    def narratives(self) -> Mapping[str, Mapping[str, Narrative]]:
        """Narrative parts by unit id, then heading key."""
        return self.check.narratives

    @property
    def invalid_units(self) -> frozenset[str]:
        """Units left out of the totals because of errors."""
        return self.check.invalid_units

    def total(self, code: str, period: str | int) -> Figure:
        """The district figure of ``code`` for a period (``"2019"`` or ``2019``).

        An unknown code or period raises :class:`~cchc_core.errors.UnknownIndicatorError` or
        :class:`~cchc_core.errors.UnknownPeriodError` with the codes and periods that exist.
        """
        return self._lookup(self.totals, code, self.config.period(period).key)

    def phase(self, code: str, phase: str) -> Figure:
        """The district figure of ``code`` for a phase key (``2016-2020``)."""
        if not any(p.key == phase for p in self.config.phases):
            raise UnknownPeriodError(
                f"Đợt tổng kết không có giai đoạn “{phase}”.",
                hint="Các giai đoạn có: " + ", ".join(p.key for p in self.config.phases) + ".",
                details={"phase": phase},
            )
        return self._lookup(self.phases, code, phase)

    def _lookup(self, figures: Mapping[tuple[str, str], Figure], code: str, key: str) -> Figure:
        found = figures.get((code, key))
        if found is None:
            indicator = self.catalogue.indicator(code)  # raises for an unknown code
            raise UnknownIndicatorError(
                f"“{indicator.label}” là dòng tiêu đề, không có số liệu riêng.",
                hint="Chọn một dòng chi tiết bên dưới nó.",
                details={"indicator": code},
            )
        return found

    def unit_value(self, unit_id: str, code: str, period: str) -> Value | None:
        """One unit's checked value (None when empty, refused, or the unit did not submit)."""
        values = self.check.values.get(unit_id)
        return values.get(code, period) if values else None

    def is_valid(self, unit_id: str) -> bool:
        """True when the unit submitted a form and it has no errors."""
        return unit_id in self.check.values and unit_id not in self.check.invalid_units

    def series(self, code: str, *, full_years_only: bool = False) -> list[tuple[Period, Figure]]:
        """The district figures of ``code`` period by period."""
        return [
            (period, self.totals[(code, period.key)])
            for period in self.config.periods
            if not (full_years_only and period.partial)
        ]


def _reporters(indicator: Indicator, catalogue: Catalogue, config: CampaignConfig) -> list[Unit]:
    units = [config.unit(o) for o in indicator.reporters.offices if config.has_unit(o)]
    units.extend(u for u in config.communes if catalogue.counts(indicator, u))
    return units


ZERO_DENOMINATOR = "Mẫu số bằng 0: không tính được tỷ lệ."


class _Aggregator:
    def __init__(self, catalogue: Catalogue, config: CampaignConfig, check: CheckResult) -> None:
        self.catalogue = catalogue
        self.config = config
        self.check = check

    def _sort_units(
        self, indicator: Indicator, period: Period, codes: Iterable[str]
    ) -> tuple[list[tuple[Unit, dict[str, Value]]], list[str], list[str], list[str]]:
        """Split the reporters into those with values (and the values), missing, excluded, absent."""
        found, missing, excluded, absent = [], [], [], []
        for unit in _reporters(indicator, self.catalogue, self.config):
            if unit.id in self.check.invalid_units:
                excluded.append(unit.name)
                continue
            values: UnitValues | None = self.check.values.get(unit.id)
            if values is None:
                absent.append(unit.name)
                continue
            cells = {c: values.get(c, period.key) for c in codes}
            if any(v is None for v in cells.values()):
                missing.append(unit.name)
                continue
            found.append((unit, cells))
        return found, missing, excluded, absent

    def period_figure(self, indicator: Indicator, period: Period) -> Figure:
        code = indicator.code
        if indicator.ratio is not None:
            ratio = indicator.ratio
            found, missing, excluded, absent = self._sort_units(
                indicator, period, (ratio.numerator, ratio.denominator)
            )
            numerator = sum(cells[ratio.numerator].value for _, cells in found)
            denominator = sum(cells[ratio.denominator].value for _, cells in found)
            contributions = tuple(
                Contribution.of(unit, cells[c], role)
                for unit, cells in found
                for c, role in ((ratio.numerator, "tử số"), (ratio.denominator, "mẫu số"))
            )
            value = numerator / denominator * ratio.scale if found and denominator else None
            n_label = self.catalogue.indicator(ratio.numerator).label
            d_label = self.catalogue.indicator(ratio.denominator).label
            return Figure(
                code,
                value,
                f"tỷ lệ = tổng “{n_label}” / tổng “{d_label}” × 100",
                note=ZERO_DENOMINATOR if found and not denominator else "",
                period=period.key,
                contributions=contributions,
                numerator=numerator if found else None,
                denominator=denominator if found else None,
                missing=tuple(missing),
                excluded=tuple(excluded),
                not_submitted=tuple(absent),
            )
        found, missing, excluded, absent = self._sort_units(indicator, period, (code,))
        contributions = tuple(Contribution.of(unit, cells[code]) for unit, cells in found)
        values = [c.value for c in contributions]
        method = indicator.unit_method
        numerator = denominator = None
        if not values:
            value = None
        elif indicator.measure is Measure.TEXT:
            value = (
                values[0]
                if len(values) == 1
                else "; ".join(f"{c.unit_name}: {c.value}" for c in contributions)
            )
        elif method is AcrossUnits.COUNT_TRUE:
            value = sum(1 for v in values if v)
            numerator, denominator = value, len(values)
        elif method is AcrossUnits.MEAN:
            value = sum(values) / len(values)
        else:
            value = sum(values)
        label = (
            method.label
            if len(_reporters(indicator, self.catalogue, self.config)) > 1
            else "số liệu của đơn vị báo cáo"
        )
        return Figure(
            code,
            value,
            label,
            period=period.key,
            contributions=contributions,
            numerator=numerator,
            denominator=denominator,
            missing=tuple(missing),
            excluded=tuple(excluded),
            not_submitted=tuple(absent),
        )

    def _ratio_of_stocks(self, indicator: Indicator) -> bool:
        ratio = indicator.ratio
        return ratio is not None and all(
            self.catalogue.indicator(code).over_years is OverYears.LATEST
            for code in (ratio.numerator, ratio.denominator)
        )

    def phase_figure(
        self, indicator: Indicator, phase: Phase, totals: Mapping[tuple[str, str], Figure]
    ) -> Figure:
        code = indicator.code
        periods = phase.periods(self.config.periods)
        parts = tuple(totals[(code, p.key)] for p in periods)
        years_covered = {p.year for p in periods}
        every_year = all(y in years_covered for y in range(phase.first_year, phase.last_year + 1))
        method = indicator.year_method
        if method is OverYears.RATIO and self._ratio_of_stocks(indicator):
            method = OverYears.LATEST  # a rate between two end-of-year counts: the last one
        # a rate reported as 0/0 is data (nothing to count), not a gap
        with_values = [
            (p, f)
            for p, f in zip(periods, parts, strict=True)
            if f.has_value or (method is OverYears.RATIO and f.denominator is not None)
        ]
        label = method.label
        value: float | int | str | None = None
        numerator = denominator = None
        note = ""
        if method is OverYears.LATEST:
            if with_values:
                period, figure = with_values[-1]
                value = figure.value
                numerator, denominator = figure.numerator, figure.denominator
                label = f"{OverYears.LATEST.label} ({period.label.lower()})"
        elif not every_year or len(with_values) < len(parts):
            available = ", ".join(p.short_label for p, _ in with_values) or "không có"
            note = f"Không đủ số liệu để tính cả giai đoạn (có số liệu: {available})."
        elif method is OverYears.RATIO:
            numerator = sum(f.numerator or 0 for _, f in with_values)
            denominator = sum(f.denominator or 0 for _, f in with_values)
            scale = indicator.ratio.scale if indicator.ratio else 100
            value = numerator / denominator * scale if denominator else None
        elif method is OverYears.COUNT_TRUE:
            value = sum(1 for _, f in with_values if f.number)
            numerator, denominator = value, len(with_values)
        else:
            value = sum(f.number or 0 for _, f in with_values)
        if value is not None and periods and periods[-1].partial and method is not OverYears.LATEST:
            end = periods[-1].end
            note = f"Tính đến ngày {end.day}/{end.month}/{end.year}."
        return Figure(
            code,
            value,
            label,
            phase=phase.key,
            parts=parts,
            numerator=numerator,
            denominator=denominator,
            note=note,
        )


def aggregate(check: CheckResult, catalogue: Catalogue, config: CampaignConfig) -> Dataset:
    """The dataset of a check: district figures for every value-bearing row, period and phase."""
    aggregator = _Aggregator(catalogue, config, check)
    totals: dict[tuple[str, str], Figure] = {}
    phases: dict[tuple[str, str], Figure] = {}
    for indicator in catalogue.indicators:
        if indicator.is_heading:
            continue
        for period in config.periods:
            totals[(indicator.code, period.key)] = aggregator.period_figure(indicator, period)
        for phase in config.phases:
            phases[(indicator.code, phase.key)] = aggregator.phase_figure(indicator, phase, totals)
    return Dataset(catalogue, config, check, totals, phases)
