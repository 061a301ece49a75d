"""Declarative validation rules between indicators, in the style of DHIS2 validation rules.

A rule compares a left side with a right side in each period of one unit's submission. Sides are sums
of indicator codes, a constant, or the number of units that existed in the period. Plugins declare
rules as data (``cchc_rules`` hook); the engine in ``validate.py`` evaluates them.
"""

from __future__ import annotations

import enum

from attrs import field, frozen

from cchc_core.model.findings import Severity
from cchc_core.util.text import fold


class Operator(enum.Enum):
    """How the two sides must relate. The pair operators look only at which cells are filled."""

    EQ = "="
    NE = "≠"
    LT = "<"
    LE = "≤"
    GT = ">"
    GE = "≥"
    COMPULSORY_PAIR = "cả hai hoặc không"
    EXCLUSIVE_PAIR = "không đồng thời"

    def holds(self, left: float, right: float) -> bool:
        """Whether ``left <op> right`` is true (comparison operators only)."""
        tolerance = 1e-9
        return {
            Operator.EQ: abs(left - right) <= tolerance,
            Operator.NE: abs(left - right) > tolerance,
            Operator.LT: left < right - tolerance,
            Operator.LE: left <= right + tolerance,
            Operator.GT: left > right + tolerance,
            Operator.GE: left >= right - tolerance,
        }[self]

    @property
    def is_pair(self) -> bool:
        """True for the operators that compare presence, not values."""
        return self in (Operator.COMPULSORY_PAIR, Operator.EXCLUSIVE_PAIR)


class MissingValues(enum.Enum):
    """What to do when cells a rule needs are empty (DHIS2's missing-value strategies)."""

    SKIP_IF_ANY_VALUE_MISSING = "skip_if_any"
    SKIP_IF_ALL_VALUES_MISSING = "skip_if_all"  # missing cells count as 0
    NEVER_SKIP = "never_skip"  # missing cells count as 0, always evaluated


@frozen(init=False)
class Sum:
    """The sum of one or more indicators' values: ``Sum("a")``, ``Sum("a", "b")``."""

    codes: tuple[str, ...]

    def __init__(self, *codes: str) -> None:
        if not codes:
            raise ValueError("Sum(…) cần ít nhất một mã chỉ tiêu")
        self.__attrs_init__(tuple(codes))


@frozen
class Const:
    """A fixed number."""

    value: float


@frozen
class UnitCount:
    """The number of units that existed in the period: offices, commune-level units, or both.

    Before a merger a merged commune counts as its former communes, so the bound is right for every
    year.
    """

    offices: bool = True
    communes: bool = True


Side = Sum | Const | UnitCount


@frozen
class Rule:
    """A check between indicators, evaluated for each period of a unit's submission.

    ``message`` and ``hint`` are Vietnamese; the message may use ``{left}``, ``{right}``, ``{period}``,
    ``{left_label}``, ``{right_label}``. When ``message`` is empty a sentence is built from the labels.
    ``anchor`` is the indicator whose cell the finding points at (default: the first on the left).
    ``full_years_only`` skips part-year periods (for rules that only make sense over a whole year).
    """

    code: str
    left: Side
    operator: Operator
    right: Side
    severity: Severity = Severity.ERROR
    message: str = field(default="", converter=fold)
    hint: str = field(default="", converter=fold)
    missing: MissingValues = MissingValues.SKIP_IF_ANY_VALUE_MISSING
    anchor: str | None = None
    full_years_only: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        """Every indicator code the rule reads."""
        codes: list[str] = []
        for side in (self.left, self.right):
            if isinstance(side, Sum):
                codes.extend(side.codes)
        return tuple(codes)

    @property
    def anchor_code(self) -> str | None:
        """The indicator whose cell a finding points at."""
        if self.anchor:
            return self.anchor
        return self.codes[0] if self.codes else None


def parts_sum_to_total(
    code: str, total: str, parts: tuple[str, ...], *, severity: Severity = Severity.ERROR
) -> Rule:
    """A rule that the parts of a breakdown add up to their total (the seed's ``-`` rows)."""
    return Rule(
        code=code,
        left=Sum(*parts),
        operator=Operator.EQ,
        right=Sum(total),
        severity=severity,
        anchor=total,
        hint="Kiểm tra lại dòng tổng và các dòng chi tiết bên dưới cho khớp nhau.",
    )


def at_most(
    code: str,
    part: str,
    whole: Side | str,
    *,
    severity: Severity = Severity.ERROR,
    message: str = "",
    hint: str = "",
) -> Rule:
    """A rule that ``part`` is not larger than ``whole`` (an indicator code or another side)."""
    right = Sum(whole) if isinstance(whole, str) else whole
    return Rule(
        code=code,
        left=Sum(part),
        operator=Operator.LE,
        right=right,
        severity=severity,
        message=message,
        hint=hint,
    )
