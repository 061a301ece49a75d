"""Vietnamese formatting of numbers, percentages, dates and names, as official documents write them.

Numbers use Babel's ``vi`` locale (``1.234,5``), rounded half-up (Babel alone rounds half-even, which
would print 98,45 as 98,4). Dates follow Decree 30/2020/NĐ-CP: a leading zero only for days 1–9 and
months 1–2 ("ngày 05 tháng 02 năm 2020", "ngày 22 tháng 4 năm 2020").
"""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel.numbers import format_decimal

from cchc_core.util.text import name_in_text  # for plugins: names in their sentences

__all__ = [
    "amount",
    "blank_date",
    "long_date",
    "name_in_text",
    "number",
    "numeric_date",
    "percent",
    "points",
    "short_date",
]

LOCALE = "vi"
#: how a value that is not a finite number (NaN, infinity) is printed
NOT_A_NUMBER = "(không xác định)"


def _finite(value: float | int | Decimal) -> Decimal | None:
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return Decimal(str(value)) if isinstance(value, float) else Decimal(value)


def number(value: float | int | Decimal, digits: int = 0) -> str:
    """``1234.5`` → ``"1.234,5"`` (with ``digits=1``); integers print without decimals.

    Never raises for a number: any size is printed in full (Decimal's default 28 digits would
    refuse 1E+29), and NaN or infinity print as :data:`NOT_A_NUMBER`.
    """
    exact = _finite(value)
    if exact is None:
        return NOT_A_NUMBER
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    with localcontext() as context:
        context.prec = max(28, exact.adjusted() + digits + 3)
        rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
        return format_decimal(rounded, format=pattern, locale=LOCALE)


def percent(value: float | int | Decimal, digits: int = 1) -> str:
    """A percentage already on the 0–100 scale: ``98.45`` → ``"98,5%"``."""
    text = number(value, digits)
    return text if text == NOT_A_NUMBER else f"{text}%"


def points(value: float | int | Decimal, digits: int = 1) -> str:
    """A difference of percentages, unsigned: ``3.14`` → ``"3,1 điểm phần trăm"``."""
    return f"{number(abs(value), digits)} điểm phần trăm"


def amount(value: float | int | None, measure_is_percent: bool = False) -> str:
    """A cell of a table: counts as whole numbers, percentages with one decimal; ``""`` for None."""
    if value is None:
        return ""
    if measure_is_percent:
        return percent(value)
    exact = _finite(value)
    if exact is None or exact == exact.to_integral_value():
        return number(value)
    return number(value, 1)


def _two(value: int, pad: bool) -> str:
    return f"{value:02d}" if pad else str(value)


def long_date(day: date) -> str:
    """``"ngày 05 tháng 02 năm 2020"`` (Decree 30 leading zeros)."""
    return (
        f"ngày {_two(day.day, day.day < 10)} tháng {_two(day.month, day.month < 3)} năm {day.year}"
    )


def blank_date(month: int | None, year: int) -> str:
    """The date line of a draft awaiting signature: ``"ngày    tháng 5 năm 2020"``."""
    month_text = _two(month, month < 3) if month else "    "
    return f"ngày      tháng {month_text} năm {year}"


def numeric_date(day: date) -> str:
    """``"01/01/2020"``, ``"22/4/2020"``: a date in running text, as the grounds of a report cite
    documents (the leading zeros of Decree 30)."""
    return f"{_two(day.day, day.day < 10)}/{_two(day.month, day.month < 3)}/{day.year}"


def short_date(day: date) -> str:
    """``"20/5/2020"``, as the plan writes deadlines."""
    return f"{day.day}/{day.month}/{day.year}"
