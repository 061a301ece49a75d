"""Writes the district's blank workbook of figures for the earlier phase
(``forms/so-ket-2011-2015.xlsx``), in the layout its reader (:mod:`.earlier_review_read`, which says
what the workbook is for) expects: indicator codes in hidden column A and a hidden marker row naming
what each column holds.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import PatternFill

from cchc_core.config import CampaignConfig
from cchc_core.forms import layout
from cchc_core.forms.earlier_review_read import DISTRICT_KEY, FIRST_ROW, KIND, SHEET, filename
from cchc_core.model.indicators import Indicator, Measure
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_style import (
    BORDER,
    CENTER,
    COUNT_FORMAT,
    INPUT_FILL,
    PERCENT_FORMAT,
    UNLOCKED,
    WRAP,
    WRAP_CENTER,
    fit_row_height,
    font,
    header_row,
    setup_print,
    style,
    write_text,
)

CLOSED_FILL = PatternFill("solid", fgColor="EDEDED")


def rows(catalogue: Catalogue) -> tuple[Indicator, ...]:
    """The rows a district can copy from an earlier review: counts and rates typed in."""
    return tuple(
        i
        for i in catalogue.indicators
        if i.is_input and i.measure in (Measure.COUNT, Measure.PERCENT)
    )


def write_earlier(catalogue: Catalogue, config: CampaignConfig, phase: str, target: Path) -> Path:
    """Write the blank earlier-review workbook for ``phase`` to ``target`` atomically."""
    communes = config.communes
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    note_column = 6 + len(communes)
    columns = [
        ("STT", 6),
        ("Chỉ tiêu", 56),
        ("Đơn vị tính", 13),
        (f"Toàn huyện, giai đoạn {phase}", 14),
        *(
            (u.name + (" (gồm " + " và ".join(u.merged_from) + ")" if u.is_merged else ""), 12)
            for u in communes
        ),
        ("Ghi chú (nguồn, số trang)", 30),
    ]
    header_row(ws, FIRST_ROW - 1, columns, height=60, first_column=2)
    ws.column_dimensions["A"].hidden = True
    write_text(ws, 1, 1, layout.MARKER)
    write_text(ws, 1, 5, DISTRICT_KEY)
    for offset, unit in enumerate(communes):
        write_text(ws, 1, 6 + offset, unit.id)
    write_text(ws, 1, note_column, layout.NOTE_KEY)
    ws.row_dimensions[1].hidden = True
    for row, (text, look) in enumerate(
        (
            (f"SỐ LIỆU GIAI ĐOẠN {phase} THEO BÁO CÁO SƠ KẾT CỦA HUYỆN", font(13, bold=True)),
            (
                "Phòng Nội vụ chép số liệu từ báo cáo sơ kết (hoặc báo cáo tổng kết các năm) vào ô "
                "màu vàng: số của cả giai đoạn (tổng các năm với văn bản, hồ sơ, lượt người; số cuối "
                "năm cuối giai đoạn với số cơ quan, biên chế; tỷ lệ của cả giai đoạn). Để trống "
                "chỉ tiêu không có số liệu. Cột từng xã chỉ cần điền nếu báo cáo có số liệu từng "
                "xã; bỏ trống cột Toàn huyện thì số của huyện là tổng các xã.",
                font(11, italic=True),
            ),
            (
                f"Sau khi điền, ghi tên tệp và văn bản nguồn vào mục [earlier_review] của "
                f'cchc.toml (ví dụ: file = "{filename(phase)}").',
                font(11, italic=True),
            ),
        ),
        start=2,
    ):
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=note_column)
        write_text(ws, row, 2, text, font=look, alignment=WRAP_CENTER if row == 2 else WRAP)
        ws.row_dimensions[row].height = 18 if row == 2 else 48
    for index, indicator in enumerate(rows(catalogue)):
        row = FIRST_ROW + index
        write_text(ws, row, 1, indicator.code)
        write_text(ws, row, 2, indicator.section, font=font(11), alignment=CENTER, border=BORDER)
        write_text(ws, row, 3, indicator.label, font=font(12), alignment=WRAP, border=BORDER)
        write_text(
            ws, row, 4, indicator.unit_label, font=font(11), alignment=WRAP_CENTER, border=BORDER
        )
        for column in range(5, note_column + 1):
            open_cell = column in (5, note_column) or indicator.reporters.communes
            looks: dict[str, object] = dict(
                border=BORDER, font=font(12), fill=INPUT_FILL if open_cell else CLOSED_FILL
            )
            if open_cell:
                looks["protection"] = UNLOCKED
            if column != note_column:
                looks["number_format"] = (
                    PERCENT_FORMAT if indicator.measure is Measure.PERCENT else COUNT_FORMAT
                )
            else:
                looks["alignment"] = WRAP
            style(ws.cell(row=row, column=column), **looks)
        fit_row_height(ws, row)
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=5)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    setup_print(ws, title_rows=f"{FIRST_ROW - 1}:{FIRST_ROW - 1}")
    wb.properties.title = f"Số liệu giai đoạn {phase} theo báo cáo sơ kết"
    wb.properties.creator = "cchc"
    wb.custom_doc_props.append(StringProperty(name=layout.PROP_KIND, value=KIND))
    return save_stable(wb, target, config.plan.date)
