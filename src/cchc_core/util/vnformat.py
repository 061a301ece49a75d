"""Vietnamese formatting of numbers, percentages and dates, as official documents write them.

Numbers use Babel's ``vi`` locale (``1.234,5``), rounded half-up (Babel alone rounds half-even, which
would print 98,45 as 98,4). Dates follow Decree 30/2020/NĐ-CP: a leading zero only for days 1–9 and
months 1–2 ("ngày 05 tháng 02 năm 2020", "ngày 22 tháng 4 năm 2020").
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

LOCALE = "vi"


def _half_up(value: float | int | Decimal, digits: int) -> Decimal:
    quantum = Decimal(1).scaleb(-digits)
    return Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)


def number(value: float | int | Decimal, digits: int = 0) -> str:
    """``1234.5`` → ``"1.234,5"`` (with ``digits=1``); integers print without decimals."""
    rounded = _half_up(value, digits)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(rounded, format=pattern, locale=LOCALE)


def percent(value: float | int | Decimal, digits: int = 1) -> str:
    """A percentage already on the 0–100 scale: ``98.45`` → ``"98,5%"``."""
    return f"{number(value, digits)}%"


def points(value: float | int | Decimal, digits: int = 1) -> str:
    """A difference of percentages, unsigned: ``3.14`` → ``"3,1 điểm phần trăm"``."""
    return f"{number(abs(value), digits)} điểm phần trăm"


def amount(value: float | int | None, measure_is_percent: bool = False) -> str:
    """A cell of a table: counts as whole numbers, percentages with one decimal; ``""`` for None."""
    if value is None:
        return ""
    if measure_is_percent:
        return percent(value)
    if float(value).is_integer():
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
