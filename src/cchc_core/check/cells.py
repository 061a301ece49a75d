"""One cell against its indicator: the raw content becomes a value, or a problem naming why not.

Never raises, whatever a workbook (or a plugin's reader) can hold: floats of any size, NaN and
infinity, Decimals (signalling NaN included), integers of any length, dates, times, booleans, and
text of any length. Every number is compared as a Decimal with the indicator's
:class:`~cchc_core.model.indicators.Limits` before it becomes an ``int`` or ``float``, so a value
no person could have typed is a finding on its cell and never reaches a total or a formatter.

A number typed as text is read the way Vietnamese people type it ("1.234", "1.234,5", "12,5",
"98,6%"), with Babel's parser for the ``vi`` locale, and accepted with a warning. When the English
reading of the same text is just as plausible ("2,000": two, or two thousand?) it is an error with a
hint, never a guess.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from attrs import frozen
from babel.numbers import NumberFormatError, parse_decimal

from cchc_core.model.findings import Severity
from cchc_core.model.indicators import Indicator, Limits, Measure
from cchc_core.util import vnformat
from cchc_core.util.text import fold
from cchc_core.util.untrusted import for_xml, hidden_characters

#: longer text is never a number (400 nines, a pasted paragraph): not parsed at all
NUMBER_TEXT_LIMIT = 40
#: how much of a cell's content a message quotes
QUOTE_LIMIT = 60

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_GROUPED_BY_SPACES = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?")
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9][0-9.,]*|[.,][0-9]+)")
_COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+$")


@frozen
class Problem:
    """Why a cell's content is not acceptable (or accepted with a caveat)."""

    code: str
    severity: Severity
    message: str
    hint: str = ""


Parsed = tuple[Any, Problem | None]  # (value or None, problem or None)


def is_empty(raw: Any) -> bool:
    """True for a cell with nothing in it (or only spaces)."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def quoted(raw: Any) -> str:
    """A cell's content for a message: text in quotes, cut to :data:`QUOTE_LIMIT` characters with
    its length (a 5,000-digit text is not repeated whole)."""
    text = fold(raw) if isinstance(raw, str) else _number_shown(raw)
    if len(text) > QUOTE_LIMIT:
        text = f"{text[: QUOTE_LIMIT - 1]}… ({vnformat.number(len(text))} ký tự)"
    return f"“{text}”" if isinstance(raw, str) else text


def _number_shown(raw: Any) -> str:
    """A number as a spreadsheet shows it: grouped when short, ``1E+29`` when huge."""
    exact = _exact(raw)
    if exact is None:
        return str(raw)
    if abs(exact) < Decimal("1e15"):
        exponent = exact.normalize().as_tuple().exponent
        digits = min(-exponent, 6) if isinstance(exponent, int) and exponent < 0 else 0
        return vnformat.number(exact, digits)
    return f"{exact:.3G}".replace(".", ",")


def _exact(raw: Any) -> Decimal | None:
    """A finite number as an exact Decimal; None for anything else (NaN, infinity, text, bool)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):  # the shortest decimal that is this float, as a spreadsheet shows it
        return Decimal(repr(raw)) if math.isfinite(raw) else None
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    return None


def _is_number(raw: Any) -> bool:
    return isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool)


def _not_number(raw: Any, wanted: str) -> Parsed:
    if isinstance(raw, (date, datetime, time, timedelta)):
        return None, Problem(
            "value.date",
            Severity.ERROR,
            f"Ô chứa ngày tháng/giờ ({raw}) thay vì {wanted}.",
            "Định dạng ô thành Số (Number) rồi nhập lại số liệu.",
        )
    if isinstance(raw, bool):
        return None, Problem(
            "value.boolean", Severity.ERROR, f"Ô chứa giá trị đúng/sai ({raw}) thay vì {wanted}."
        )
    if _is_number(raw):  # NaN or infinity: what a broken formula or a foreign tool leaves
        return None, Problem(
            "value.not-finite",
            Severity.ERROR,
            f"Ô chứa giá trị không phải số (NaN hoặc vô cực) thay vì {wanted}.",
            "Nhập lại số liệu bằng chữ số (không dùng công thức).",
        )
    return None, _words(raw, wanted)


def _words(raw: Any, wanted: str = "một số") -> Problem:
    return Problem(
        "value.not-a-number",
        Severity.ERROR,
        f"Ô chứa chữ {quoted(raw)} thay vì {wanted}.",
        "Chỉ nhập chữ số; ghi giải thích vào cột Ghi chú.",
    )


def _babel(text: str, locale: str) -> Decimal | None:
    try:
        value = parse_decimal(text, locale=locale, strict=True)
    except (NumberFormatError, ArithmeticError, ValueError):
        return None
    return value if value.is_finite() else None


def _plausible(value: Decimal, limits: Limits, whole: bool) -> bool:
    inside = Decimal(str(limits.minimum)) <= value <= Decimal(str(limits.maximum))
    return inside and (not whole or value == value.to_integral_value())


def _text_number(raw: str, limits: Limits, whole: bool, percent: bool) -> Decimal | Problem:
    """The number a person meant by ``raw``, or why it cannot be read as one."""
    text = for_xml(raw).strip()  # a left-to-right mark copied from a web page is no digit
    if percent and text.endswith("%"):
        text = text[:-1].rstrip()
    if _GROUPED_BY_SPACES.fullmatch(text):  # "1 234" grouped by spaces
        text = _SPACES.sub("", text)
    if not _NUMBER_TEXT.fullmatch(text):
        return _words(raw)
    if len(text) > NUMBER_TEXT_LIMIT:
        return Problem(
            "value.out-of-range",
            Severity.ERROR,
            f"Số {quoted(raw)} quá dài, không phải số liệu có thể có.",
            "Kiểm tra lại số liệu (có thể dán nhầm ô).",
        )
    vietnamese, english = _babel(text, "vi"), _babel(text, "en")
    if vietnamese is None and english is None:
        return Problem(
            "value.not-a-number",
            Severity.ERROR,
            f"Không đọc được {quoted(raw)} thành số: dấu chấm, dấu phẩy không đúng chỗ.",
            "Theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập "
            "phân (1.234,5); hoặc chỉ gõ chữ số (1234,5).",
        )
    if vietnamese is None:
        assert english is not None
        return english  # "98.6": only one reading exists
    # "1.000" is a thousand to a Vietnamese reader; "2,000" may be two or two thousand
    english_plausible = (
        english is not None and english != vietnamese and _plausible(english, limits, whole)
    )
    if english_plausible and (
        not _plausible(vietnamese, limits, whole) or _COMMA_THOUSANDS.match(text)
    ):
        assert english is not None
        return Problem(
            "value.ambiguous-number",
            Severity.ERROR,
            f"{quoted(raw)} có thể là {_number_shown(vietnamese.normalize())} (cách viết Việt "
            f"Nam, dấu phẩy trước phần thập phân) hoặc {_number_shown(english.normalize())} "
            "(cách viết tiếng Anh, dấu phẩy ngăn cách hàng nghìn).",
            "Gõ lại chỉ bằng chữ số, không có dấu ngăn cách hàng nghìn (ví dụ 2000); phần "
            "thập phân viết sau dấu phẩy (ví dụ 12,5).",
        )
    return vietnamese


def _number(raw: Any, indicator: Indicator, wanted: str) -> tuple[Decimal | None, Parsed | None]:
    """The exact number in ``raw`` and the warning of reading it from text, or the refusal."""
    measure = indicator.measure
    limits = indicator.value_limits
    assert limits is not None
    whole = measure is Measure.COUNT
    if isinstance(raw, str):
        read = _text_number(raw, limits, whole, measure is Measure.PERCENT)
        if isinstance(read, Problem):
            return None, (None, read)
        return read, None
    exact = _exact(raw)
    if exact is None:
        return None, _not_number(raw, wanted)
    return exact, None


def _out_of_limits(raw: Any, exact: Decimal, indicator: Indicator) -> Problem | None:
    limits = indicator.value_limits
    assert limits is not None

    def shown() -> str:
        # formatted only for a message: Babel's formatting for every good cell was 60 % of check
        return quoted(raw) if isinstance(raw, str) else _number_shown(exact)

    if exact < 0 <= limits.minimum:
        return Problem(
            "value.negative",
            Severity.ERROR,
            f"Số âm ({shown()}).",
            "Số lượng, tỷ lệ không thể âm.",
        )
    if indicator.measure is Measure.PERCENT and limits == Measure.PERCENT.limits:
        if not 0 <= exact <= 100:
            return Problem(
                "value.percent-range",
                Severity.ERROR,
                f"Tỷ lệ {shown()} nằm ngoài khoảng 0–100.",
                "Nhập tỷ lệ phần trăm, ví dụ 98,5.",
            )
        return None
    low, high = Decimal(str(limits.minimum)), Decimal(str(limits.maximum))
    if low <= exact <= high:
        return None
    what = f" {limits.what}" if limits.what else ""
    return Problem(
        "value.out-of-range",
        Severity.ERROR,
        f"Số {shown()} nằm ngoài khoảng giá trị có thể có của chỉ tiêu này "
        f"({vnformat.number(limits.minimum)}–{vnformat.number(limits.maximum)}{what}).",
        "Kiểm tra lại số liệu (có thể gõ thừa chữ số hoặc dán nhầm ô).",
    )


def _text_warning(raw: Any, exact: Decimal) -> Problem | None:
    if not isinstance(raw, str):
        return None
    return Problem(
        "value.number-as-text",
        Severity.WARNING,
        f"Số {quoted(raw)} được nhập dưới dạng chữ; đã đọc là {_number_shown(exact)}.",
        "Định dạng ô thành Số (Number) để Excel kiểm tra được số liệu.",
    )


def _plain_number(raw: Any, indicator: Indicator) -> bool:
    """Whether ``raw`` is a number the spreadsheet stored as a number, within the indicator's
    limits: nearly every cell of every form, read without the exact arithmetic that a typed text
    or an out-of-range value needs (half a million cells at a country's scale)."""
    limits = indicator.value_limits
    return (
        type(raw) in (int, float)
        and limits is not None
        and limits.minimum <= raw <= limits.maximum  # False for NaN and infinities
    )


def parse_count(raw: Any, indicator: Indicator) -> Parsed:
    """A whole number within the indicator's limits."""
    if _plain_number(raw, indicator) and (type(raw) is int or raw.is_integer()):
        return int(raw), None
    wanted = "số nguyên"
    exact, refused = _number(raw, indicator, wanted)
    if exact is None:
        assert refused is not None
        return refused
    problem = _out_of_limits(raw, exact, indicator)
    if problem is not None:
        return None, problem
    if exact != exact.to_integral_value():
        return None, Problem(
            "value.not-whole",
            Severity.ERROR,
            f"Số lẻ ({_number_shown(exact)}) ở chỉ tiêu đếm số lượng.",
            "Nhập số nguyên.",
        )
    return int(exact), _text_warning(raw, exact)


def parse_percent(raw: Any, indicator: Indicator) -> Parsed:
    """A percentage within the indicator's limits (0 to 100 unless it says otherwise)."""
    if _plain_number(raw, indicator) and not 0 < raw < 1:
        return float(raw), None
    wanted = "tỷ lệ phần trăm"
    exact, refused = _number(raw, indicator, wanted)
    if exact is None:
        assert refused is not None
        return refused
    problem = _out_of_limits(raw, exact, indicator)
    if problem is not None:
        return None, problem
    value = float(exact)
    note = _text_warning(raw, exact)
    if 0 < value < 1 and note is None:
        note = Problem(
            "value.percent-fraction",
            Severity.WARNING,
            f"Tỷ lệ {vnformat.number(value, 3)}% rất nhỏ: có thể ô đã được gõ kèm dấu % "
            f"(Excel lưu 98,5% thành 0,985).",
            "Kiểm tra lại; tỷ lệ nhập dạng số từ 0 đến 100.",
        )
    return value, note


def parse_flag(raw: Any, indicator: Indicator) -> Parsed:
    """1 (yes) or 0 (no)."""
    if isinstance(raw, bool):
        return int(raw), None
    if isinstance(raw, str) and raw.strip() in ("0", "1"):
        return int(raw.strip()), None
    exact = _exact(raw)
    if exact is not None and exact in (0, 1):
        return int(exact), None
    return None, Problem(
        "value.not-a-flag",
        Severity.ERROR,
        f"Ô chứa {quoted(raw) if not _is_number(raw) else _number_shown(raw)}; chỉ nhận 1 (có) "
        "hoặc 0 (không).",
    )


def parse_text(raw: Any, indicator: Indicator) -> Parsed:
    """Any content, kept as text."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return fold(str(raw)), None


_PARSERS: dict[Measure, Callable[[Any, Indicator], Parsed]] = {
    Measure.COUNT: parse_count,
    Measure.PERCENT: parse_percent,
    Measure.FLAG: parse_flag,
    Measure.TEXT: parse_text,
}


def hidden_text(raw: Any) -> Problem | None:
    """A warning when text a unit typed holds characters a report cannot hold or that would
    reorder its line (they are left out of every output)."""
    hidden = hidden_characters(raw) if isinstance(raw, str) else ()
    if not hidden:
        return None
    return Problem(
        "text.hidden-characters",
        Severity.WARNING,
        f"Nội dung có ký tự điều khiển hoặc ký tự ẩn ({', '.join(hidden[:5])}); các ký tự này đã "
        "được bỏ đi trong báo cáo.",
        "Thường do dán từ trang web hay phần mềm khác; gõ lại đoạn chữ này nếu cần.",
    )


def parse_cell(raw: Any, indicator: Indicator) -> Parsed:
    """The value of a non-empty cell of ``indicator``, and the problem with it if any."""
    assert indicator.measure is not None, "heading rows have no cells"
    return _PARSERS[indicator.measure](raw, indicator)
