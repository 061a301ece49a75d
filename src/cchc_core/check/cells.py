"""Generic checks of one cell against its indicator's measure, turning the raw content into a value.

Each check is a small function of (raw content) → value or a problem; the table ``PARSERS`` maps a
measure to its check. A number typed as text ("12", "98,5") is accepted with a warning; anything else
that is not the right kind of value is an error that names the cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from attrs import frozen

from cchc_core.model.findings import Severity
from cchc_core.model.indicators import Measure
from cchc_core.util import vnformat
from cchc_core.util.text import fold

_INTEGER_TEXT = re.compile(r"^\s*\d+\s*$")
_DECIMAL_TEXT = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*%?\s*$")


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


def _shown(raw: Any) -> str:
    return f"“{raw}”" if isinstance(raw, str) else str(raw)


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
    return None, Problem(
        "value.not-a-number",
        Severity.ERROR,
        f"Ô chứa chữ {_shown(raw)} thay vì {wanted}.",
        "Chỉ nhập chữ số; ghi giải thích vào cột Ghi chú.",
    )


def parse_count(raw: Any) -> Parsed:
    """A whole number ≥ 0."""
    note = None
    if isinstance(raw, str) and _INTEGER_TEXT.match(raw):
        raw, note = (
            int(raw),
            Problem(
                "value.number-as-text",
                Severity.WARNING,
                f"Số {raw.strip()} được nhập dưới dạng chữ; đã đọc là số.",
            ),
        )
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        return _not_number(raw, "một số nguyên")
    if raw < 0:
        return None, Problem(
            "value.negative",
            Severity.ERROR,
            f"Số âm ({vnformat.amount(raw)}).",
            "Số lượng không thể âm.",
        )
    if not float(raw).is_integer():
        return None, Problem(
            "value.not-whole",
            Severity.ERROR,
            f"Số lẻ ({vnformat.number(raw, 2)}) ở chỉ tiêu đếm số lượng.",
            "Nhập số nguyên.",
        )
    return int(raw), note


def parse_percent(raw: Any) -> Parsed:
    """A percentage from 0 to 100."""
    note = None
    if isinstance(raw, str) and _DECIMAL_TEXT.match(raw):
        text = raw.strip().rstrip("%").strip().replace(",", ".")
        raw, note = (
            float(text),
            Problem(
                "value.number-as-text",
                Severity.WARNING,
                f"Tỷ lệ {raw.strip()} được nhập dưới dạng chữ; đã đọc là "
                f"{vnformat.number(float(text), 1)}.",
            ),
        )
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        return _not_number(raw, "một tỷ lệ phần trăm")
    if not 0 <= raw <= 100:
        return None, Problem(
            "value.percent-range",
            Severity.ERROR,
            f"Tỷ lệ {vnformat.number(raw, 2)} nằm ngoài khoảng 0–100.",
            "Nhập tỷ lệ phần trăm, ví dụ 98,5.",
        )
    if 0 < raw < 1 and note is None:
        note = Problem(
            "value.percent-fraction",
            Severity.WARNING,
            f"Tỷ lệ {vnformat.number(raw, 3)}% rất nhỏ: có thể ô đã được gõ kèm dấu % "
            f"(Excel lưu 98,5% thành 0,985).",
            "Kiểm tra lại; tỷ lệ nhập dạng số từ 0 đến 100.",
        )
    return float(raw), note


def parse_flag(raw: Any) -> Parsed:
    """1 (yes) or 0 (no)."""
    if isinstance(raw, bool):
        return int(raw), None
    if isinstance(raw, str) and raw.strip() in ("0", "1"):
        return int(raw.strip()), None
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return int(raw), None
    return None, Problem(
        "value.not-a-flag", Severity.ERROR, f"Ô chứa {_shown(raw)}; chỉ nhận 1 (có) hoặc 0 (không)."
    )


def parse_text(raw: Any) -> Parsed:
    """Any content, kept as text."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return fold(str(raw)), None


PARSERS: dict[Measure, Callable[[Any], Parsed]] = {
    Measure.COUNT: parse_count,
    Measure.PERCENT: parse_percent,
    Measure.FLAG: parse_flag,
    Measure.TEXT: parse_text,
}
