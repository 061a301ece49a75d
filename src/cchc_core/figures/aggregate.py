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
from cchc_core.figures.coverage import Coverage, coverage
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
    def coverage(self) -> Coverage:
        """Which units the figures come from, in the words every output prints."""
        return coverage(self.catalogue, self.config, self.check)

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

    def earlier_value(self, code: str, unit_id: str | None = None) -> float | None:
        """A figure of the district's earlier review (``unit_id`` None: the district's total; a rate
        from its two counts); None when the review does not give it."""
        earlier = self.check.earlier
        if earlier is None:
            return None
        indicator = self.catalogue.indicator(code)
        if indicator.ratio is not None:
            numerator = self.earlier_value(indicator.ratio.numerator, unit_id)
            denominator = self.earlier_value(indicator.ratio.denominator, unit_id)
            if numerator is None or not denominator:
                return None
            return numerator / denominator * indicator.ratio.scale
        found = (
            earlier.district.get(code) if unit_id is None else earlier.units.get((unit_id, code))
        )
        return None if found is None or isinstance(found.value, str) else found.value

    def unit_phase(self, unit_id: str, code: str, phase: str) -> float | None:
        """One unit's figure for a phase, made the way the district's is (flows added up over every
        year, stocks at the end, rates from the two counts); from the earlier review for the phase it
        covers. None when a year is missing."""
        earlier = self.check.earlier
        if earlier is not None and earlier.phase == phase:
            return self.earlier_value(code, unit_id)
        indicator = self.catalogue.indicator(code)
        if indicator.ratio is not None:
            numerator = self.unit_phase(unit_id, indicator.ratio.numerator, phase)
            denominator = self.unit_phase(unit_id, indicator.ratio.denominator, phase)
            if numerator is None or not denominator:
                return None
            return numerator / denominator * indicator.ratio.scale
        record = next(p for p in self.config.phases if p.key == phase)
        periods = record.periods(self.config.periods)
        values = [self.unit_value(unit_id, code, p.key) for p in periods]
        numbers = [None if v is None or isinstance(v.value, str) else v.value for v in values]
        if indicator.over_years is OverYears.LATEST:
            known = [n for n in numbers if n is not None]
            return known[-1] if known else None
        covered = {p.year for p in periods}
        every_year = all(y in covered for y in range(record.first_year, record.last_year + 1))
        if not every_year or None in numbers:
            return None
        return sum(n for n in numbers if n is not None)

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
        self._reporters: dict[str, list[Unit]] = {}

    def reporters(self, indicator: Indicator) -> list[Unit]:
        """The units whose figures make up this row, found once per row, not once per period
        (13.9 million membership tests at 11,000 units before)."""
        if indicator.code not in self._reporters:
            self._reporters[indicator.code] = _reporters(indicator, self.catalogue, self.config)
        return self._reporters[indicator.code]

    def _sort_units(
        self, indicator: Indicator, period: Period, codes: Iterable[str]
    ) -> tuple[list[tuple[Unit, dict[str, Value]]], list[str], list[str], list[str]]:
        """Split the reporters into those with values (and the values), missing, excluded, absent."""
        found, missing, excluded, absent = [], [], [], []
        for unit in self.reporters(indicator):
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
        label = method.label if len(self.reporters(indicator)) > 1 else "số liệu của đơn vị báo cáo"
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

    def _earlier_number(self, code: str) -> tuple[float | None, tuple[Contribution, ...]]:
        """A count of the earlier review: the district's figure, or the communes' added up when
        every commune-level unit gives one."""
        earlier = self.check.earlier
        assert earlier is not None
        found = earlier.district.get(code)
        name = f"{self.config.district.short_name} (báo cáo sơ kết)"
        if found is not None and not isinstance(found.value, str):
            return found.value, (
                Contribution("", name, found.value, found.file, found.sheet, found.cell),
            )
        indicator = self.catalogue.indicator(code)
        if indicator.reporters.offices or not indicator.reporters.communes:
            return None, ()
        parts = [(u, earlier.units.get((u.id, code))) for u in self.config.communes]
        if not parts or any(v is None or isinstance(v.value, str) for _, v in parts):
            return None, ()
        contributions = tuple(Contribution.of(u, v) for u, v in parts if v is not None)
        return sum(c.value for c in contributions), contributions  # type: ignore[misc]

    def earlier_figure(self, indicator: Indicator, phase: Phase) -> Figure | None:
        """The phase figure from the district's earlier review, or None when it has none."""
        earlier = self.check.earlier
        if earlier is None or earlier.phase != phase.key:
            return None
        method = f"theo {earlier.source}"
        if indicator.ratio is not None:
            numerator, top = self._earlier_number(indicator.ratio.numerator)
            denominator, bottom = self._earlier_number(indicator.ratio.denominator)
            if numerator is None or denominator is None:
                return None
            value = numerator / denominator * indicator.ratio.scale if denominator else None
            return Figure(
                indicator.code,
                value,
                method,
                phase=phase.key,
                contributions=top + bottom,
                numerator=numerator,
                denominator=denominator,
                note=ZERO_DENOMINATOR if not denominator else "",
            )
        value, contributions = self._earlier_number(indicator.code)
        if value is None:
            return None
        return Figure(indicator.code, value, method, phase=phase.key, contributions=contributions)

    def phase_figure(
        self, indicator: Indicator, phase: Phase, totals: Mapping[tuple[str, str], Figure]
    ) -> Figure:
        code = indicator.code
        earlier = self.earlier_figure(indicator, phase)
        if earlier is not None:
            return earlier
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
        # a phase total lacks every unit any of its years lacks, and says so
        used = [f for _, f in with_values]
        if method is OverYears.LATEST:
            used = used[-1:]
        return Figure(
            code,
            value,
            label,
            phase=phase.key,
            parts=parts,
            numerator=numerator,
            denominator=denominator,
            note=note,
            missing=_union(f.missing for f in used),
            excluded=_union(f.excluded for f in used),
            not_submitted=_union(f.not_submitted for f in used),
        )


def _union(lists: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    seen: list[str] = []
    for names in lists:
        seen.extend(n for n in names if n not in seen)
    return tuple(seen)


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
