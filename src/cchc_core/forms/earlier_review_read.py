"""Reading the district's workbook of figures for the earlier phase (``so-ket-2011-2015.xlsx``), and
what its writer (``earlier_review_write``) and this reader agree on.

Phụ lục 1 starts in 2015, so the first phase of the programme (2011–2015) cannot be computed from the
units' forms. Phòng Nội vụ copies the figures of the district's earlier review (báo cáo sơ kết
2011-2015) into this workbook: one row per indicator, the district's total for the phase and, for rows
the communes report, each commune's. ``cchc.toml``'s ``[earlier_review]`` names the filled file and
its source document; the reports mark these figures as coming from that document.

The layout follows the forms: indicator codes in hidden column A, and a hidden marker row saying what
each column holds (``huyen`` for the district, a unit id for a commune), so a reader never depends on
positions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import python_calamine

from cchc_core.forms import layout
from cchc_core.model.submissions import Cell

KIND = "cchc-so-ket"
SHEET = "Số liệu sơ kết"
DISTRICT_KEY = "huyen"
FIRST_ROW = layout.FIRST_ROW


def filename(phase: str) -> str:
    """``so-ket-2011-2015.xlsx``."""
    return f"so-ket-{phase}.xlsx"


def read_earlier(path: Path) -> tuple[dict[tuple[str, str], Cell], str | None]:
    """The filled cells by (indicator code, column key: ``huyen`` or a unit id), or the reason the
    workbook cannot be read (a Vietnamese sentence)."""
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except (OSError, python_calamine.CalamineError) as error:
        return {}, f"không đọc được tệp ({error})"
    with workbook:
        try:
            data: list[list[Any]] = workbook.get_sheet_by_name(SHEET).to_python(
                skip_empty_area=False
            )
        except python_calamine.WorksheetNotFound:
            return {}, f"không có trang “{SHEET}” (dùng tệp do cchc forms tạo)"
    columns = layout.marker_columns(data)
    if columns is None:
        return {}, "trang số liệu đã bị sửa cấu trúc (mất dòng ẩn chứa mã cột)"
    keys = columns[0]
    cells: dict[tuple[str, str], Cell] = {}
    for index, row in enumerate(data):
        code = row[0] if row else None
        if not isinstance(code, str) or code == layout.MARKER:
            continue
        for column, key in keys.items():
            raw = row[column] if column < len(row) else ""
            if raw not in ("", None):
                cells[(code, key)] = Cell(
                    raw, SHEET, f"{layout.column_letter(column + 1)}{index + 1}"
                )
    return cells, None
