"""The programme's targets judged against the figures: met, not met, or not enough data, and the
units that held a target back.

The targets are the plugins' declarations with the district's ``[[targets]]`` tables of ``cchc.toml``
applied on top (a table with a declared key corrects that target; a new key adds one). Every value is
computed from the same district figures as the rest of the report.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from attrs import frozen

from cchc_core.figures.aggregate import Dataset
from cchc_core.model.indicators import OverYears
from cchc_core.model.periods import Period
from cchc_core.model.targets import Target
from cchc_core.model.units import Unit
from cchc_core.plugin.targets import UNIT_COUNTS, resolve
from cchc_core.util import vnformat


class Verdict(enum.Enum):
    """How a target stands."""

    MET = "Đạt"
    NOT_MET = "Chưa đạt"
    NO_DATA = "Chưa đủ số liệu"


@frozen
class TargetResult:
    """A target and its result: ``value`` measured ``when`` (``năm 2019``), ``detail`` the figures
    behind it (``11/96``), ``laggards`` the units that do not meet it (each named as a sentence
    writes it, ``xã Lìa``, with its own value), ``note`` what a reader must know (``mục tiêu đến
    năm 2021``)."""

    target: Target
    verdict: Verdict
    value: float | None = None
    when: str = ""
    detail: str = ""
    laggards: tuple[tuple[str, float], ...] = ()
    note: str = ""


class _Judge:
    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.config = dataset.config
        self.catalogue = dataset.catalogue
        self.years = {p.key for p in self.config.periods}

    # ----- numbers ---------------------------------------------------------------------------
    def _unit_number(self, unit: Unit, code: str, period: Period) -> float | None:
        if code in UNIT_COUNTS:
            return None
        indicator = self.catalogue.indicator(code)
        if indicator.ratio is not None:
            numerator = self._unit_number(unit, indicator.ratio.numerator, period)
            denominator = self._unit_number(unit, indicator.ratio.denominator, period)
            if numerator is None or not denominator:
                return None
            return numerator / denominator * indicator.ratio.scale
        value = self.dataset.unit_value(unit.id, code, period.key)
        return None if value is None or isinstance(value.value, str) else float(value.value)

    def _sum(
        self, codes: Iterable[str], period: Period, units: list[Unit] | None, phase: str | None
    ) -> float | None:
        total = 0.0
        for code in codes:
            if code in UNIT_COUNTS:
                total += self.config.unit_count(period, **UNIT_COUNTS[code])
                continue
            if units is not None:
                values = [self._unit_number(u, code, period) for u in units]
                known = [v for v in values if v is not None]
                if not known:
                    return None
                total += sum(known)
                continue
            figure = (
                self.dataset.phase(code, phase) if phase else self.dataset.total(code, period.key)
            )
            if figure.number is None:
                return None
            total += figure.number
        return total

    def measure(
        self,
        target: Target,
        period: Period,
        units: list[Unit] | None = None,
        phase: str | None = None,
    ) -> tuple[float | None, str]:
        """The target's value for ``period`` (or the phase), and the figures behind it."""
        now = self._sum(target.indicator, period, units, phase)
        if target.reduction_since is not None:
            if str(target.reduction_since) not in self.years:
                return None, ""  # a year this campaign has no figures for: cchc check says so
            base_period = self.config.period(str(target.reduction_since))
            base = self._sum(target.indicator, base_period, units, None)
            if now is None or not base:
                return None, ""
            unit = self.catalogue.indicator(target.indicator[0]).unit_label
            detail = f"từ {vnformat.amount(base)} xuống {vnformat.amount(now)} {unit}".rstrip()
            return (base - now) / base * 100, detail
        if target.per:
            denominator = self._sum(target.per, period, units, phase)
            if now is None or not denominator:
                return None, ""
            return now / denominator * 100, f"{vnformat.amount(now)}/{vnformat.amount(denominator)}"
        code = target.indicator[0]
        if len(target.indicator) == 1 and code not in UNIT_COUNTS and units is None:
            figure = (
                self.dataset.phase(code, phase) if phase else self.dataset.total(code, period.key)
            )
            if (
                figure.numerator is not None
                and figure.denominator
                and self.catalogue.indicator(code).ratio
            ):
                top, bottom = vnformat.amount(figure.numerator), vnformat.amount(figure.denominator)
                return now, f"{top}/{bottom}"
        return now, ""

    # ----- judging ---------------------------------------------------------------------------
    def _periods(self, target: Target) -> list[Period]:
        """Latest first: the part-year counts only for stocks (its flows cover three months)."""
        stocks = all(
            self.catalogue.indicator(code).year_method is OverYears.LATEST
            for code in target.indicator
            if code not in UNIT_COUNTS
        )
        return [p for p in reversed(self.config.periods) if stocks or not p.partial]

    def _scope_units(self, target: Target) -> list[Unit] | None:
        if not target.scope:
            return None
        units = self.config.communes if target.scope == "communes" else self.config.offices
        return [u for u in units if self.dataset.is_valid(u.id)]

    def _laggards(self, target: Target, period: Period) -> tuple[tuple[str, float], ...]:
        """Communes that miss a target measured by figures the communes report."""
        if target.over == "phase" or any(code in UNIT_COUNTS for code in target.codes):
            return ()
        if target.scope == "offices":
            return ()
        indicators = [self.catalogue.indicator(code) for code in target.codes]
        if not all(i.reporters.communes and not i.reporters.offices for i in indicators):
            return ()
        missed = []
        for unit in self.config.communes:
            if not self.dataset.is_valid(unit.id):
                continue
            value, _ = self.measure(target, period, [unit])
            if value is not None and not target.met_by(value):
                missed.append((unit.in_text, value))  # named inside the target's sentence
        return tuple(missed)

    def judge(self, target: Target) -> TargetResult:
        units = self._scope_units(target)
        if target.over == "phase":
            phase = self.config.phases[-1]
            period = phase.periods(self.config.periods)[-1]
            value, detail = self.measure(target, period, units, phase.key)
            when = f"giai đoạn {phase.first_year}-{phase.last_year}"
        else:
            value, detail, when, period = None, "", "", self.config.periods[-1]
            for candidate in self._periods(target):
                value, detail = self.measure(target, candidate, units)
                if value is not None:
                    period, when = candidate, candidate.phrase
                    break
        if value is None:
            return TargetResult(target, Verdict.NO_DATA)
        met = target.met_by(value)
        note = f"mục tiêu đến năm {target.year}" if target.year > period.year and not met else ""
        return TargetResult(
            target,
            Verdict.MET if met else Verdict.NOT_MET,
            value,
            when,
            detail,
            () if met else self._laggards(target, period),
            note,
        )


def judge_targets(dataset: Dataset) -> tuple[TargetResult, ...]:
    """Every target of the campaign with its result."""
    judge = _Judge(dataset)
    return tuple(judge.judge(t) for t in resolve(dataset.catalogue, dataset.config))
