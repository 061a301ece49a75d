"""Writes a unit's blank statistics form (Phụ lục 1): one workbook, one sheet per section it reports.

Labels and headings are locked; only the yellow input cells are open, each with a data validation that
explains in Vietnamese what it accepts. The workbook carries a fingerprint (form kind, unit, catalogue
version, periods) in its custom document properties, and every row its indicator code in hidden
column A, so reading it back never depends on row positions.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.config import CampaignConfig
from cchc_core.forms import layout, nominations_write
from cchc_core.forms.unit_letterhead import blank_place_date, unit_letterhead
from cchc_core.model.indicators import Indicator, Measure, Section
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat
from cchc_core.util.stable import save_stable
from cchc_core.util.text import name_in_text
from cchc_core.util.xlsx_style import (
    BORDER,
    CENTER,
    COUNT_FORMAT,
    EXCEL_SEPARATORS,
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

_VALIDATION = {
    Measure.COUNT: dict(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100000000",
        errorTitle="Số liệu không hợp lệ",
        error="Ô này chỉ nhận số nguyên không âm (0, 1, 2, ...). Không phát sinh thì ghi 0.",
    ),
    Measure.PERCENT: dict(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="100",
        errorTitle="Tỷ lệ không hợp lệ",
        error="Ô này nhận tỷ lệ phần trăm từ 0 đến 100, ví dụ 98,5 (không gõ dấu %).",
    ),
    Measure.FLAG: dict(
        type="list",
        formula1='"1,0"',
        errorTitle="Chỉ nhận 1 hoặc 0",
        error="Chọn 1 (có) hoặc 0 (không).",
    ),
    Measure.TEXT: dict(
        type="textLength",
        operator="lessThanOrEqual",
        formula1="2000",
        errorTitle="Nội dung quá dài",
        error="Nội dung tối đa 2.000 ký tự.",
    ),
}


def _bounds(indicator: Indicator) -> dict[str, str]:
    """The form refuses what the check would refuse: the indicator's own limits."""
    limits = indicator.value_limits
    if limits is None or indicator.measure not in (Measure.COUNT, Measure.PERCENT):
        return {}
    return {"formula1": f"{limits.minimum:g}", "formula2": f"{limits.maximum:.15g}"}


def _prompt(indicator: Indicator) -> str:
    prompt = f"Nhập {indicator.measure.label}." if indicator.measure else ""
    if indicator.help:
        prompt = f"{indicator.help} {prompt}"
    return prompt[:255]  # Excel's limit for an input message


def _ratio_formula(indicator: Indicator, rows: dict[str, int], column: str) -> str | None:
    ratio = indicator.ratio
    if ratio is None or ratio.numerator not in rows or ratio.denominator not in rows:
        return None
    numerator = f"{column}{rows[ratio.numerator]}"
    denominator = f"{column}{rows[ratio.denominator]}"
    return f'=IF(N({denominator})>0,ROUND({numerator}/{denominator}*{ratio.scale},1),"")'


class _SectionSheet:
    """One section's sheet of one unit's form."""

    def __init__(self, ws: Worksheet, section: Section, config: CampaignConfig, unit: Unit) -> None:
        self.ws = ws
        self.section = section
        self.config = config
        self.unit = unit
        self.last_column = layout.FIRST_PERIOD_COLUMN + len(config.periods)  # note column

    def write(self, rows: tuple[Indicator, ...], catalogue: Catalogue) -> None:
        self._frame()
        positions = {row.code: layout.FIRST_ROW + i for i, row in enumerate(rows)}
        for indicator in rows:
            self._row(indicator, positions[indicator.code], positions, catalogue)
        ws = self.ws
        ws.freeze_panes = ws.cell(row=layout.FIRST_ROW, column=layout.FIRST_PERIOD_COLUMN)
        ws.protection.sheet = True
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        end = _signatures(
            ws, layout.FIRST_ROW + len(rows) + 1, self.last_column, self.config, self.unit
        )
        last = get_column_letter(self.last_column)
        setup_print(
            ws, title_rows=f"{layout.HEADER_ROW}:{layout.HEADER_ROW}", area=f"B2:{last}{end}"
        )

    def _frame(self) -> None:
        ws, config = self.ws, self.config
        last = self.last_column
        ws.column_dimensions["A"].hidden = True
        columns = [
            ("STT", 6),
            ("Chỉ tiêu", 58),
            ("Đơn vị tính", 15),
            *((p.label, 12) for p in config.periods),
            ("Ghi chú", 26),
        ]
        header_row(ws, layout.HEADER_ROW, columns, first_column=layout.STT_COLUMN)
        # hidden marker row: what each column holds, for the reader
        write_text(ws, 1, layout.CODE_COLUMN, layout.MARKER)
        for offset, period in enumerate(config.periods):
            write_text(ws, 1, layout.FIRST_PERIOD_COLUMN + offset, period.key)
        write_text(ws, 1, last, layout.NOTE_KEY)
        ws.row_dimensions[1].hidden = True

        def banner(row: int, text: str, **style: object) -> None:
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last)
            write_text(ws, row, 2, text, **style)

        banner(
            2,
            "BIỂU THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH",
            font=font(13, bold=True),
            alignment=WRAP_CENTER,
        )
        banner(
            3, f"{self.section.key}. {self.section.title}", font=font(12, bold=True), alignment=WRAP
        )
        banner(
            layout.REPORTER_ROW,
            f"Đơn vị báo cáo: {self.unit.name}  —  (Kèm theo {config.plan.reference} của "
            f"{config.district.short_name})",
            font=font(11, italic=True),
            alignment=WRAP,
        )
        fit_row_height(ws, layout.REPORTER_ROW, 11)
        if self.section.note:
            banner(5, self.section.note, font=font(10, italic=True), alignment=WRAP)
            fit_row_height(ws, 5, 10)

    def _row(
        self, indicator: Indicator, row: int, positions: dict[str, int], catalogue: Catalogue
    ) -> None:
        ws = self.ws
        write_text(ws, row, layout.CODE_COLUMN, indicator.code)
        label_font = font(
            12,
            bold=indicator.is_heading or indicator.parent is None,
            italic=indicator.added or indicator.is_derived,
        )
        indent = "    " if indicator.parent and not indicator.stt else ""
        write_text(
            ws,
            row,
            layout.STT_COLUMN,
            indicator.stt,
            font=font(12),
            alignment=CENTER,
            border=BORDER,
        )
        write_text(
            ws,
            row,
            layout.LABEL_COLUMN,
            indent + indicator.label,
            font=label_font,
            alignment=WRAP,
            border=BORDER,
        )
        write_text(
            ws,
            row,
            layout.UNIT_COLUMN,
            indicator.unit_label,
            font=font(11),
            alignment=WRAP_CENTER,
            border=BORDER,
        )
        if indicator.help:
            ws.cell(row=row, column=layout.LABEL_COLUMN).comment = Comment(
                indicator.help, "cchc", width=300, height=90
            )
        fillable = catalogue.reports(indicator, self.unit)
        validation = None
        if fillable:
            validation = DataValidation(
                allow_blank=True,
                showErrorMessage=True,
                showInputMessage=True,
                promptTitle="Hướng dẫn nhập",
                prompt=_prompt(indicator),
                **{**_VALIDATION[indicator.measure], **_bounds(indicator)},
            )
            self.ws.add_data_validation(validation)
        for offset in range(len(self.config.periods)):
            column = layout.FIRST_PERIOD_COLUMN + offset
            cell = ws.cell(row=row, column=column)
            style(cell, border=BORDER, font=font(12, italic=indicator.is_derived))
            if fillable:
                if indicator.measure is Measure.TEXT:
                    style(cell, fill=INPUT_FILL, protection=UNLOCKED, alignment=WRAP)
                    style(cell, number_format="@")
                else:
                    number = (
                        PERCENT_FORMAT if indicator.measure is Measure.PERCENT else COUNT_FORMAT
                    )
                    style(cell, fill=INPUT_FILL, protection=UNLOCKED, number_format=number)
                validation.add(cell.coordinate)
            elif indicator.is_derived:
                formula = _ratio_formula(indicator, positions, get_column_letter(column))
                if formula:
                    cell.value = formula
                    style(cell, number_format=PERCENT_FORMAT)
        fit_row_height(ws, row)
        note = ws.cell(row=row, column=self.last_column)
        style(note, border=BORDER, font=font(11), alignment=WRAP)
        if not indicator.is_heading:
            style(note, protection=UNLOCKED, **({"fill": INPUT_FILL} if fillable else {}))


#: what each kind of input cell takes, said only for the kinds a unit's form has
_CELL_KINDS = {
    Measure.COUNT: "Ô số lượng: số nguyên không âm.",
    Measure.PERCENT: "Ô tỷ lệ: số từ 0 đến 100, ví dụ 98,5 (không gõ dấu %).",
    Measure.FLAG: "Ô Có/Không: 1 (có) hoặc 0 (không).",
    Measure.TEXT: "Ô nội dung: ghi bằng chữ, tối đa 2.000 ký tự.",
}


def _kinds_of_cells(catalogue: Catalogue, unit: Unit) -> str:
    """How to fill the kinds of cells this unit's form has (a commune's has no Có/Không cell)."""
    kinds = {i.measure for i in catalogue.reported_rows(unit)}
    return " ".join(text for measure, text in _CELL_KINDS.items() if measure in kinds)


def _signatures(
    ws: Worksheet, row: int, last_column: int, config: CampaignConfig, unit: Unit
) -> int:
    """The place-and-date line and the two signatures under a sheet's table; returns the last row
    used. The unit's clerk fills the day; the head signs and stamps."""
    own = unit_letterhead(unit, config)
    middle = max(last_column // 2, 3)
    ws.merge_cells(start_row=row, start_column=middle, end_row=row, end_column=last_column)
    write_text(
        ws,
        row,
        middle,
        blank_place_date(own, config.report.month, config.report.year),
        font=font(12, italic=True),
        alignment=WRAP_CENTER,
    )
    bold, hint = font(12, bold=True), font(11, italic=True)
    blocks = (
        (2, middle - 1, (("NGƯỜI LẬP BIỂU", bold), ("(Ký, ghi rõ họ tên)", hint))),
        (
            middle,
            last_column,
            (
                *(((own.authority, bold),) if own.authority else ()),
                (own.title, bold),
                ("(Ký tên, đóng dấu)", hint),
            ),
        ),
    )
    for first, last, lines in blocks:
        for offset, (text, look) in enumerate(lines, start=1):
            ws.merge_cells(
                start_row=row + offset, start_column=first, end_row=row + offset, end_column=last
            )
            write_text(ws, row + offset, first, text, font=look, alignment=WRAP_CENTER)
    return row + 7  # room to sign


def _instructions(
    wb: Workbook,
    catalogue: Catalogue,
    config: CampaignConfig,
    unit: Unit,
    sections: list[Section],
) -> None:
    pages = [s.key for s in sections] + ([nominations_write.SHEET] if config.commendations else [])
    tasks = [t for t in config.tasks_concerning(unit) if t.deadline]
    deadline = min((t.deadline for t in tasks), default=None)
    lines: list[tuple[str, Font]] = [
        ("BIỂU THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH", font(14, bold=True)),
        (
            f"(Phụ lục 1 kèm theo {config.plan.reference} của {config.district.short_name})",
            font(12, italic=True),
        ),
        ("", font()),
        (f"Đơn vị báo cáo: {unit.name}", font(13, bold=True)),
    ]
    if deadline:
        day = vnformat.short_date(deadline)
        when = (
            f"chậm nhất ngày {day} (gửi trong ngày {day} vẫn được tính là đúng hạn)"
            if config.deadline_inclusive
            else f"trước ngày {day} (gửi trong ngày {day} là muộn)"
        )
        lines.append((f"Thời hạn gửi: {when}.", font(12, bold=True)))
    lines.append(
        (
            f"Gửi về: {config.plan.send_to}, kèm báo cáo theo đề cương (tệp "
            f"{layout.outline_filename(unit.id)}).",
            font(12),
        )
    )
    lines.append(("", font()))
    lines.append(("Cách điền:", font(12, bold=True)))
    steps = [
        "Chỉ điền vào các ô màu vàng nhạt trên các trang "
        + ", ".join(pages)
        + ". Không sửa tên chỉ tiêu, không thêm, xóa hay di chuyển dòng, cột.",
        f"Số liệu cột “{config.periods[-1].label}” chỉ tính đến ngày "
        f"{vnformat.short_date(config.periods[-1].end)}."
        if config.periods[-1].partial
        else "",
        _kinds_of_cells(catalogue, unit),
        "Chỉ tiêu không phát sinh thì ghi 0. Chưa có số liệu thì để trống và ghi lý do ở cột Ghi chú.",
        "Dòng tỷ lệ in nghiêng được tự tính từ các dòng số lượng in nghiêng bên dưới nó; chỉ cần "
        "điền các dòng số lượng."
        if any(i.is_derived for i in catalogue.rows_for(unit))
        else "",
        "Không nhập công thức vào ô số liệu; nếu dán số liệu từ bảng khác, dùng “Dán giá trị”.",
        "Giữ tệp ở định dạng .xlsx; có thể đặt lại tên tệp tùy ý.",
        EXCEL_SEPARATORS,
        "Sau khi điền, người lập biểu và thủ trưởng đơn vị ký ở cuối mỗi trang số liệu khi in.",
    ]
    if not sections:  # only the nominations sheet: no figures to explain
        steps = [steps[0], steps[-1]]
    if unit.is_merged and unit.merged_on:
        steps.append(
            f"{unit.name} được sáp nhập từ {' và '.join(map(name_in_text, unit.merged_from))} (có "
            "hiệu lực từ ngày "
            f"{vnformat.short_date(unit.merged_on)}): số liệu các năm trước đó ghi tổng cộng của "
            f"các đơn vị cũ."
        )
    lines.extend(
        (f"{number}. {text}", font(12))
        for number, text in enumerate((s for s in steps if s), start=1)
    )
    lines.extend(page_lines(config, sections))
    ws = wb.active
    ws.title = layout.INSTRUCTIONS_SHEET
    write_instructions(ws, lines)


def page_lines(config: CampaignConfig, sections: list[Section]) -> list[tuple[str, Font]]:
    """The end of the instructions: the sheets of the workbook, each with its title."""
    lines = [("", font()), ("Các trang trong tệp:", font(12, bold=True))]
    lines.extend((f"Trang {s.key}: {s.title}", font(12)) for s in sections)
    if config.commendations:
        lines.append(
            (
                f"Trang {nominations_write.SHEET}: đề nghị khen thưởng tập thể, cá nhân có thành tích "
                "xuất sắc trong cải cách hành chính (nếu có).",
                font(12),
            )
        )
    return lines


def write_instructions(ws: Worksheet, lines: list[tuple[str, Font]]) -> None:
    """The instructions sheet: ``lines`` of text in their fonts, one to a row, protected, printed
    upright."""
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 110
    for row, (text, look) in enumerate(lines, start=1):
        write_text(ws, row, 2, text, font=look, alignment=WRAP)
        fit_row_height(ws, row, look.size)
    ws.protection.sheet = True
    setup_print(ws, landscape=False)


def write_form(catalogue: Catalogue, config: CampaignConfig, unit: Unit, target: Path) -> Path:
    """Write ``unit``'s blank form to ``target`` atomically and return the path."""
    wb = form_workbook(catalogue, config, unit)
    return save_stable(wb, target, config.plan.date)


def form_workbook(catalogue: Catalogue, config: CampaignConfig, unit: Unit) -> Workbook:
    """``unit``'s blank form, in memory (the roll-up fills one before saving it)."""
    wb = Workbook()
    rows = catalogue.rows_for(unit)
    sections = [s for s in catalogue.sections if any(r.section == s.key for r in rows)]
    _instructions(wb, catalogue, config, unit, sections)
    for section in sections:
        ws = wb.create_sheet(section.key)
        _SectionSheet(ws, section, config, unit).write(
            tuple(r for r in rows if r.section == section.key), catalogue
        )
    nominations_write.write_sheet(wb, config, unit)
    wb.properties.title = f"Biểu thống kê CCHC — {unit.name}"
    wb.properties.creator = "cchc"
    wb.properties.language = "vi-VN"
    fingerprint = {
        layout.PROP_KIND: layout.FORM_KIND,
        layout.PROP_UNIT: unit.id,
        layout.PROP_CATALOGUE: catalogue.version,
        layout.PROP_CAMPAIGN: config.campaign_mark,
        layout.PROP_PERIODS: ",".join(p.key for p in config.periods),
        layout.PROP_SECTIONS: ",".join(
            f"{s.key}={catalogue.section_version(s.key)}" for s in sections
        ),
    }
    for name, value in fingerprint.items():
        wb.custom_doc_props.append(StringProperty(name=name, value=value))
    return wb
