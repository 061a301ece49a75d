"""Evaluates declared rules on one unit's values, period by period (DHIS2-style).

A rule is skipped for a unit that reports none of its indicators; missing values follow the rule's
strategy. A part-year period is only ever compared with itself, never with a full year.
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc_core.config import CampaignConfig
from cchc_core.model.checked import UnitValues
from cchc_core.model.findings import Finding, Location
from cchc_core.model.periods import Period
from cchc_core.model.rules import Const, MissingValues, Operator, Rule, Side, Sum, UnitCount
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat

_VIOLATION = {
    Operator.EQ: "khác",
    Operator.NE: "bằng",
    Operator.LT: "không nhỏ hơn",
    Operator.LE: "lớn hơn",
    Operator.GT: "không lớn hơn",
    Operator.GE: "nhỏ hơn",
}


def side_label(side: Side, catalogue: Catalogue) -> str:
    """A side in words, for default messages."""
    if isinstance(side, Sum):
        labels = [f"“{catalogue.indicator(code).label}”" for code in side.codes]
        return labels[0] if len(labels) == 1 else "tổng các dòng " + ", ".join(labels)
    if isinstance(side, Const):
        return vnformat.amount(side.value)
    return "số đơn vị trong năm"


def _evaluate(
    side: Side,
    values: UnitValues,
    period: Period,
    config: CampaignConfig,
) -> tuple[float, int, int]:
    """(value with missing counted as 0, how many cells were missing, how many were read)."""
    if isinstance(side, Const):
        return side.value, 0, 0
    if isinstance(side, UnitCount):
        return config.unit_count(period, offices=side.offices, communes=side.communes), 0, 0
    total, missing = 0.0, 0
    for code in side.codes:
        number = values.number(code, period.key)
        if number is None:
            missing += 1
        else:
            total += number
    return total, missing, len(side.codes)


def evaluate_rules(
    catalogue: Catalogue, config: CampaignConfig, unit: Unit, values: UnitValues, file: str
) -> Iterator[Finding]:
    """Every rule violation in ``unit``'s values, one finding per rule and period."""
    reported = catalogue.reported_codes(unit)
    for rule in catalogue.rules:
        codes = rule.codes
        if codes and not any(code in reported for code in codes):
            continue
        if (unit.is_rollup or config.district.level != "district") and any(
            isinstance(side, UnitCount) for side in (rule.left, rule.right)
        ):
            # "at most the number of units" bounds a district's counts by its offices and
            # communes. A province's units (departments, districts) are not what its rows count:
            # a district's totals were bounded by its own campaign, a department counts agencies.
            continue
        for period in config.periods:
            if rule.full_years_only and period.partial:
                continue
            finding = _check(rule, catalogue, config, unit, values, period, file)
            if finding is not None:
                yield finding


def _check(
    rule: Rule,
    catalogue: Catalogue,
    config: CampaignConfig,
    unit: Unit,
    values: UnitValues,
    period: Period,
    file: str,
) -> Finding | None:
    left, left_missing, left_count = _evaluate(rule.left, values, period, config)
    right, right_missing, right_count = _evaluate(rule.right, values, period, config)
    missing, count = left_missing + right_missing, left_count + right_count
    if rule.operator.is_pair:
        left_present = left_count > left_missing
        right_present = right_count > right_missing
        broken = (
            left_present != right_present
            if rule.operator is Operator.COMPULSORY_PAIR
            else left_present and right_present
        )
    else:
        if rule.missing is MissingValues.SKIP_IF_ANY_VALUE_MISSING and missing:
            return None
        if rule.missing is MissingValues.SKIP_IF_ALL_VALUES_MISSING and count and missing == count:
            return None
        broken = not rule.operator.holds(left, right)
    if not broken:
        return None
    words = {
        "left": vnformat.amount(left),
        "right": vnformat.amount(right),
        "period": period.label,
        "left_label": side_label(rule.left, catalogue),
        "right_label": side_label(rule.right, catalogue),
    }
    if rule.message:
        message = rule.message.format(**words)
    elif rule.operator.is_pair:
        message = (
            f"{words['left_label']} và {words['right_label']} phải "
            f"{'cùng có hoặc cùng trống' if rule.operator is Operator.COMPULSORY_PAIR else 'không được cùng có số liệu'}."
        )
    else:
        message = (
            f"{words['left_label']} ({words['left']}) {_VIOLATION[rule.operator]} "
            f"{words['right_label']} ({words['right']})."
        )
    anchor = rule.anchor_code
    cell = values.get(anchor, period.key) if anchor else None
    indicator = catalogue.indicator(anchor) if anchor else None
    return Finding(
        code=f"rule.{rule.code}",
        severity=rule.severity,
        message=f"{period.label}: {message}",
        hint=rule.hint,
        unit=unit.id,
        unit_name=unit.name,
        location=Location(
            file,
            cell.sheet if cell else (indicator.section if indicator else None),
            cell.cell if cell else None,
        ),
        indicator=anchor,
        indicator_label=indicator.label if indicator else None,
        period=period.key,
        value=left,
    )
