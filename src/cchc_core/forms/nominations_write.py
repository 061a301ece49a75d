"""The nominations sheet ("Khen thưởng") of a unit's workbook (task 4 of the plan), written blank
with drop-down lists; ``nominations_read`` reads it back.

Like the statistics sheets, columns are found by the keys of a hidden marker row, never by position.
The list of commendation forms comes from ``cchc.toml`` and is kept in a hidden column of the sheet
itself, so the drop-down holds any wording (commas included) and works in Excel and LibreOffice.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from cchc_core.config import CampaignConfig
from cchc_core.forms import layout
from cchc_core.forms.nominations_read import (
    FIRST_COLUMN,
    FIRST_ROW,
    HEADER_ROW,
    KIND_LIST,
    LIST_COLUMN,
    SHEET,
)
from cchc_core.model.nominations import COLUMNS
from cchc_core.model.units import Unit
from cchc_core.util.xlsx_style import (
    BORDER,
    CENTER,
    INPUT_FILL,
    UNLOCKED,
    WRAP,
    WRAP_CENTER,
    font,
    header_row,
    setup_print,
    style,
    write_text,
)

ACHIEVEMENT_LIMIT = 1000
#: the row naming the unit that proposes, under the sheet's title
PROPOSER_ROW = 3

_VALIDATION = {
    "kind": dict(
        type="list",
        formula1=f'"{KIND_LIST}"',
        errorTitle="Chọn trong danh sách",
        error="Chọn “Tập thể” hoặc “Cá nhân”.",
        prompt="Chọn Tập thể hoặc Cá nhân.",
    ),
    "name": dict(
        type="textLength",
        operator="lessThanOrEqual",
        formula1="200",
        errorTitle="Quá dài",
        error="Tên tối đa 200 ký tự.",
        prompt="Cá nhân: họ và tên đầy đủ, có dấu. Tập thể: tên đầy đủ của tập thể.",
    ),
    "position": dict(
        type="textLength",
        operator="lessThanOrEqual",
        formula1="300",
        errorTitle="Quá dài",
        error="Tối đa 300 ký tự.",
        prompt="Cá nhân: chức vụ và đơn vị công tác (bắt buộc). Tập thể: cơ quan chủ quản.",
    ),
    "achievement": dict(
        type="textLength",
        operator="lessThanOrEqual",
        formula1=str(ACHIEVEMENT_LIMIT),
        errorTitle="Quá dài",
        error=f"Tóm tắt thành tích tối đa {ACHIEVEMENT_LIMIT:,} ký tự.".replace(",", "."),
        prompt="Tóm tắt thành tích nổi bật trong cải cách hành chính (vài câu).",
    ),
    "note": dict(
        type="textLength",
        operator="lessThanOrEqual",
        formula1="500",
        errorTitle="Quá dài",
        error="Ghi chú tối đa 500 ký tự.",
        prompt="Ghi chú (nếu có).",
    ),
}


def _form_validation(config: CampaignConfig) -> dict[str, str]:
    forms = config.commendations.forms if config.commendations else ()
    column = get_column_letter(LIST_COLUMN)
    return dict(
        type="list",
        formula1=f"${column}${FIRST_ROW}:${column}${FIRST_ROW + len(forms) - 1}",
        errorTitle="Chọn trong danh sách",
        error="Chọn một hình thức khen thưởng trong danh sách.",
        prompt="Chọn hình thức khen thưởng đề nghị.",
    )


def write_sheet(workbook: Workbook, config: CampaignConfig, unit: Unit) -> None:
    """Add the blank nominations sheet to ``unit``'s workbook (when ``cchc.toml`` has
    ``[commendations]``)."""
    settings = config.commendations
    if settings is None:
        return
    ws = workbook.create_sheet(SHEET)
    last = FIRST_COLUMN + len(COLUMNS) - 1
    ws.column_dimensions["A"].hidden = True
    write_text(ws, 1, layout.CODE_COLUMN, layout.MARKER)
    for offset, (key, _, _) in enumerate(COLUMNS):
        write_text(ws, 1, FIRST_COLUMN + offset, key)
    ws.row_dimensions[1].hidden = True

    def banner(row: int, text: str, size: float, lines: int, **style: Any) -> None:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last)
        write_text(ws, row, 2, text, font=font(size, **style), alignment=WRAP_CENTER)
        # set, not estimated: LibreOffice wraps bold capitals sooner than any estimate
        ws.row_dimensions[row].height = round(lines * size * 1.35 + 4, 1)

    banner(
        2,
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG TẬP THỂ, CÁ NHÂN CÓ THÀNH TÍCH XUẤT SẮC TRONG THỰC HIỆN "
        f"CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN "
        f"{settings.achievement_period}",
        13,
        2,
        bold=True,
    )
    banner(PROPOSER_ROW, f"Đơn vị đề nghị: {unit.name}", 12, 1, bold=True)
    banner(
        4,
        "Mỗi dòng một tập thể hoặc một cá nhân; chọn “Tập thể/ Cá nhân” và hình thức khen thưởng "
        "trong danh sách (" + "; ".join(settings.forms) + "). Không có đề nghị thì để trống.",
        11,
        2,
        italic=True,
    )

    header_row(ws, HEADER_ROW, [("STT", 6), *((h, w) for _, h, w in COLUMNS)], first_column=2)
    validations = {
        key: DataValidation(
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            promptTitle="Hướng dẫn nhập",
            **options,
        )
        for key, options in {**_VALIDATION, "form": _form_validation(config)}.items()
    }
    for validation in validations.values():
        ws.add_data_validation(validation)
    for index in range(settings.rows):
        row = FIRST_ROW + index
        write_text(ws, row, 2, str(index + 1), font=font(11), alignment=CENTER, border=BORDER)
        for offset, (key, _, _) in enumerate(COLUMNS):
            cell = ws.cell(row=row, column=FIRST_COLUMN + offset)
            style(
                cell,
                border=BORDER,
                font=font(11),
                alignment=WRAP,
                fill=INPUT_FILL,
                protection=UNLOCKED,
                number_format="@",
            )
            validations[key].add(cell.coordinate)
        ws.row_dimensions[row].height = 48
    list_column = get_column_letter(LIST_COLUMN)
    for offset, form in enumerate(settings.forms):
        write_text(ws, FIRST_ROW + offset, LIST_COLUMN, form)
    ws.column_dimensions[list_column].hidden = True
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=FIRST_COLUMN)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    setup_print(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"B2:{get_column_letter(last)}{FIRST_ROW + settings.rows - 1}"
