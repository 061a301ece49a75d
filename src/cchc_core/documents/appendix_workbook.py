"""Writes ``output/phu-luc-1-thong-ke.xlsx``: Phụ lục 1 with the district totals, laid out like the
seed's, plus one sheet per reporting unit, the figures by phase, and where every file came from.

Numbers stay numbers, in formats tagged Vietnamese (LibreOffice shows 1.234 and 98,5% on any
computer; the first sheet tells Excel users how to set their separators); anything a unit typed as
text is written as text, never as a formula. The two sheets of the appendix print as a document (A4
landscape, header rows repeated, "Trang 1/3"); the per-unit sheets and the list of files, kept for
checking, are hidden so that printing the workbook gives the appendix alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.documents.render import attached_to
from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.figures.notes import reporters_label, row_note
from cchc_core.model.findings import Finding
from cchc_core.model.indicators import Indicator, Measure
from cchc_core.model.submissions import SubmissionKind
from cchc_core.model.units import Unit
from cchc_core.util import vnformat
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_style import (
    BORDER,
    CENTER,
    COUNT_FORMAT,
    DECIMAL_FORMAT,
    EXCEL_SEPARATORS,
    FRACTION_PERCENT_FORMAT,
    MISSING_FILL,
    WRAP,
    WRAP_CENTER,
    fit_row_height,
    font,
    header_row,
    keep_out_of_print,
    put_value,
    setup_print,
    style,
    write_text,
)

FILENAME = "phu-luc-1-thong-ke.xlsx"
TOP_CENTER = Alignment(wrap_text=True, horizontal="center", vertical="top")
COUNT, PERCENT, DECIMAL = COUNT_FORMAT, FRACTION_PERCENT_FORMAT, DECIMAL_FORMAT


def _put_number(
    ws: Worksheet,
    row: int,
    column: int,
    value: float | int | str | None,
    measure: Measure | None,
    *,
    italic: bool = False,
) -> None:
    cell = ws.cell(row=row, column=column)
    style(cell, border=BORDER, font=font(12, italic=italic))
    if value is None:
        return
    if isinstance(value, str):
        write_text(
            ws, row, column, value, font=font(11, italic=italic), alignment=WRAP, border=BORDER
        )
        return
    if measure is Measure.PERCENT:
        cell.value = value / 100
        style(cell, number_format=PERCENT, alignment=CENTER)
    else:
        cell.value = value
        style(cell, number_format=COUNT if float(value).is_integer() else DECIMAL, alignment=CENTER)


def _sheet_name(name: str, used: set[str]) -> str:
    clean = re.sub(r"[\[\]:*?/\\]", "-", name)[:31]
    candidate, n = clean, 2
    while candidate in used:
        candidate = f"{clean[:28]} {n}"
        n += 1
    used.add(candidate)
    return candidate


class _Appendix:
    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.config = dataset.config
        self.catalogue = dataset.catalogue
        self.periods = self.config.periods
        self.unit_column = 4  # column D: "Đơn vị tính", as on the forms
        self.first_value = 5  # column E
        self.note_column = self.first_value + len(self.periods)
        self.code_column = self.note_column + 1
        # a sheet per unit serves a district's 34 units, not a country's 11,000
        self.unit_sheets = len(self.config.units) <= self.config.output.unit_sheets_max
        self.forms = {
            s.unit: s for s in dataset.check.collection.submissions if s.kind is SubmissionKind.FORM
        }

    def _title(self, ws: Worksheet, lines: list[tuple[str, object]]) -> int:
        for row, (text, look) in enumerate(lines, start=1):
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.note_column)
            write_text(ws, row, 1, text, font=look, alignment=WRAP_CENTER)
            fit_row_height(ws, row, getattr(look, "size", 12))
        return len(lines) + 1

    def _columns(self, ws: Worksheet, row: int, third: str) -> None:
        # narrow enough that A4 landscape prints the text at about 11 pt (measured in
        # LibreOffice's PDF), not 8-9 as the first widths did
        columns = [
            ("STT", 4.5),
            ("Chỉ tiêu", 38),
            (third, 15),
            ("Đơn vị tính", 8),
            *((p.label, 8.5) for p in self.periods),
            ("Ghi chú", 20),
        ]
        header_row(ws, row, columns)
        ws.column_dimensions[get_column_letter(self.code_column)].hidden = True
        write_text(ws, row, self.code_column, "Mã chỉ tiêu")
        ws.freeze_panes = ws.cell(row=row + 1, column=self.first_value)
        setup_print(ws, title_rows=f"{row}:{row}")

    def _label_cells(self, ws: Worksheet, row: int, indicator: Indicator, third: str) -> None:
        bold = indicator.is_heading or indicator.parent is None
        italic = indicator.added or indicator.is_derived
        indent = "    " if indicator.parent and not indicator.stt else ""
        write_text(ws, row, 1, indicator.stt, font=font(12), alignment=CENTER, border=BORDER)
        write_text(
            ws,
            row,
            2,
            indent + indicator.label,
            font=font(12, bold=bold, italic=italic),
            alignment=WRAP,
            border=BORDER,
        )
        write_text(ws, row, 3, third, font=font(11), alignment=WRAP, border=BORDER)
        unit = "%" if indicator.measure is Measure.PERCENT else indicator.unit_label
        if indicator.measure is Measure.FLAG:
            unit = "Có = 1; Không = 0"
        write_text(
            ws, row, self.unit_column, unit, font=font(11), alignment=TOP_CENTER, border=BORDER
        )
        write_text(ws, row, self.code_column, indicator.code)

    def _section_row(self, ws: Worksheet, row: int, text: str, size: float = 12) -> None:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.note_column)
        write_text(
            ws,
            row,
            1,
            text,
            font=font(size, bold=size >= 12, italic=size < 12),
            alignment=WRAP,
            border=BORDER,
        )
        fit_row_height(ws, row, size)

    def district(self, ws: Worksheet) -> None:
        config, dataset = self.config, self.dataset
        lines: list[tuple[str, object]] = [
            ("PHỤ LỤC 1", font(13, bold=True)),
            (
                f"THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH CỦA UBND HUYỆN "
                f"{config.district.name.upper()} QUA CÁC NĂM ({self.periods[0].year}-"
                f"{self.periods[-1].year - 1 if self.periods[-1].partial else self.periods[-1].year})",
                font(13, bold=True),
            ),
            (attached_to(config), font(12, italic=True)),
            (dataset.coverage.sentence, font(11, italic=True)),
        ]
        if config.demo:
            lines.append(
                (
                    "SỐ LIỆU MINH HỌA (giả định, dùng để chạy thử) — không phải số liệu "
                    "thật của huyện",
                    font(12, bold=True, color="C00000"),
                )
            )
        header = self._title(ws, lines)
        self._columns(ws, header, "Đơn vị thống kê báo cáo")
        row = header + 1
        for section in self.catalogue.sections:
            self._section_row(
                ws,
                row,
                f"{section.key}. {section.title} (Đơn vị thống kê, báo cáo: {section.compiler})",
            )
            row += 1
            if section.note:
                self._section_row(ws, row, section.note, 10)
                row += 1
            for indicator in self.catalogue.section_rows(section.key):
                self._label_cells(ws, row, indicator, reporters_label(indicator.reporters, dataset))
                for offset, period in enumerate(self.periods):
                    column = self.first_value + offset
                    if indicator.is_heading:
                        ws.cell(row=row, column=column).border = BORDER
                        continue
                    figure = dataset.total(indicator.code, period.key)
                    _put_number(
                        ws,
                        row,
                        column,
                        figure.value,
                        indicator.measure,
                        italic=indicator.is_derived,
                    )
                    if not figure.has_value and figure.not_submitted + figure.missing:
                        ws.cell(row=row, column=column).fill = MISSING_FILL
                note = "" if indicator.is_heading else row_note(indicator, dataset)
                write_text(
                    ws, row, self.note_column, note, font=font(10), alignment=WRAP, border=BORDER
                )
                fit_row_height(ws, row)
                row += 1
        legend = (
            "Cách tính: số của huyện là tổng số liệu các đơn vị; tỷ lệ (dòng in nghiêng) tính từ "
            "tổng tử số và tổng mẫu số của các đơn vị, không lấy bình quân tỷ lệ; dòng in nghiêng "
            "không đánh số là số liệu bổ sung để tính tỷ lệ. Ô tô hồng: chưa có số liệu. "
            "Mã chỉ tiêu ở cột ẩn cuối bảng (dùng với lệnh cchc explain). Số liệu của từng "
            "đơn vị và danh sách tệp đã nhận nằm ở các trang ẩn (không in kèm Phụ lục): bấm chuột "
            f"phải vào tên trang, chọn Unhide/Hiện trang để xem. {EXCEL_SEPARATORS}"
        )
        if not self.unit_sheets:
            legend += (
                f" Đợt tổng kết có {len(config.units)} đơn vị, nhiều hơn "
                f"{config.output.unit_sheets_max} (khóa unit_sheets_max của [output] trong "
                "cchc.toml), nên không lập trang riêng cho từng đơn vị: số liệu từng đơn vị của "
                "một chỉ tiêu xem bằng lệnh cchc explain <mã chỉ tiêu>."
            )
        self._section_row(ws, row + 1, legend, 10)
        ws.print_area = f"A1:{get_column_letter(self.note_column)}{row + 1}"
        ws.sheet_view.tabSelected = True

    def unit_sheet(self, ws: Worksheet, unit: Unit) -> None:
        dataset = self.dataset
        values = dataset.check.values.get(unit.id)
        form = self.forms.get(unit.id)
        if form is None:
            state = "Chưa nộp biểu thống kê."
        else:
            received = form.source.received
            day = (
                f"nhận ngày {received.day}/{received.month}/{received.year}"
                if received
                else "chưa rõ ngày nhận"
            )
            state = f"Tệp “{form.source.name}”, {day}; "
            state += (
                "CÓ LỖI — không đưa vào số liệu tổng hợp của huyện."
                if unit.id in dataset.invalid_units
                else "hợp lệ."
            )
        header = self._title(
            ws,
            [
                (f"SỐ LIỆU CỦA {unit.name.upper()}", font(13, bold=True)),
                (state, font(11, italic=True)),
            ],
        )
        self._columns(ws, header, "Nguồn trong tệp")
        row = header + 1
        for indicator in self.catalogue.rows_for(unit):
            reported = self.catalogue.reports(indicator, unit)
            cells = [
                values.get(indicator.code, p.key) if values and reported else None
                for p in self.periods
            ]
            found = next((c for c in cells if c is not None), None)
            source = (
                f"trang {found.sheet}, dòng {re.sub(r'[A-Z]', '', found.cell)}" if found else ""
            )
            self._label_cells(ws, row, indicator, source)
            for offset, value in enumerate(cells):
                _put_number(
                    ws,
                    row,
                    self.first_value + offset,
                    value.value if value else None,
                    indicator.measure,
                )
            note = values.notes.get(indicator.code, "") if values else ""
            write_text(
                ws, row, self.note_column, note, font=font(10), alignment=WRAP, border=BORDER
            )
            fit_row_height(ws, row)
            row += 1

    def phases(self, ws: Worksheet) -> None:
        config, dataset = self.config, self.dataset
        full = [p for p in self.periods if not p.partial]
        first, last = full[0], full[-1]
        columns = [
            "STT",
            "Chỉ tiêu",
            *(f"Giai đoạn {ph.first_year}-{ph.last_year}" for ph in config.phases),
            first.label,
            last.label,
            f"Thay đổi {first.year} → {last.year}",
            "Cách tính",
        ]
        columns.insert(2, "Đơn vị tính")
        widths = [5, 44, 10, *([13] * len(config.phases)), 10, 10, 13, 30]
        edge = get_column_letter(len(columns))
        titles = [
            (
                f"SO SÁNH CÁC CHỈ TIÊU THEO GIAI ĐOẠN CỦA UBND HUYỆN "
                f"{config.district.name.upper()}",
                font(13, bold=True),
            ),
            (attached_to(config), font(12, italic=True)),
        ]
        earlier = dataset.check.earlier
        if earlier is not None:
            titles.append(
                (f"Số liệu giai đoạn {earlier.phase} theo {earlier.source}.", font(11, italic=True))
            )
        for number, (text, look) in enumerate(titles, start=1):
            ws.merge_cells(f"A{number}:{edge}{number}")
            write_text(ws, number, 1, text, font=look, alignment=WRAP_CENTER)
        for number, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(number)].width = width
        for number, (_, look) in enumerate(titles, start=1):
            fit_row_height(ws, number, getattr(look, "size", 12))
        header = len(titles) + 2
        header_row(ws, header, list(zip(columns, widths, strict=True)))
        ws.freeze_panes = f"C{header + 1}"
        row = header + 1
        for indicator in self.catalogue.indicators:
            if indicator.is_heading or indicator.measure is Measure.TEXT:
                continue
            write_text(ws, row, 1, indicator.stt, font=font(12), alignment=CENTER, border=BORDER)
            write_text(
                ws,
                row,
                2,
                f"{indicator.section}. {indicator.label}",
                font=font(12),
                alignment=WRAP,
                border=BORDER,
            )
            unit = "%" if indicator.measure is Measure.PERCENT else indicator.unit_label
            write_text(ws, row, 3, unit, font=font(11), alignment=TOP_CENTER, border=BORDER)
            column = 4
            notes = []
            for phase in config.phases:
                figure: Figure = dataset.phase(indicator.code, phase.key)
                _put_number(ws, row, column, figure.value, indicator.measure)
                if figure.note:
                    notes.append(f"{phase.key}: {figure.note}")
                column += 1
            start = dataset.total(indicator.code, first.key)
            end = dataset.total(indicator.code, last.key)
            _put_number(ws, row, column, start.value, indicator.measure)
            _put_number(ws, row, column + 1, end.value, indicator.measure)
            change = ""
            if start.number is not None and end.number is not None:
                delta = end.number - start.number
                change = (
                    f"{'+' if delta >= 0 else '−'}{vnformat.points(delta)}"
                    if indicator.measure is Measure.PERCENT
                    else f"{'+' if delta >= 0 else '−'}{vnformat.amount(abs(delta))}"
                )
            write_text(ws, row, column + 2, change, font=font(11), alignment=CENTER, border=BORDER)
            method = dataset.phase(indicator.code, config.phases[-1].key).method
            write_text(
                ws,
                row,
                column + 3,
                "; ".join([method, *notes]),
                font=font(10),
                alignment=WRAP,
                border=BORDER,
            )
            fit_row_height(ws, row)
            row += 1
        setup_print(ws, title_rows=f"{header}:{header}", area=f"A1:{edge}{row - 1}")

    def sources(self, ws: Worksheet) -> None:
        dataset = self.dataset
        check = dataset.check
        columns = [
            "STT",
            "Đơn vị",
            "Tệp",
            "Loại",
            "Ngày nhận",
            "Ngày lưu trong tệp",
            "Tình trạng",
            "Lỗi",
            "Cảnh báo",
            "Dung lượng (byte)",
            "SHA-256",
        ]
        widths = [6, 30, 40, 18, 12, 12, 34, 7, 9, 12, 66]
        header_row(ws, 1, list(zip(columns, widths, strict=True)))
        ws.freeze_panes = "C2"
        names = {u.id: u.name for u in self.config.units}
        kept = {s.source.name: s for s in check.collection.submissions}
        superseded = {s.source.name: s for s in check.collection.superseded}
        refusals = {
            f.location.file: f
            for f in check.collection.findings
            if f.is_error and f.location.file and f.location.file not in kept
        }
        findings_by_file: dict[str, list[Finding]] = {}
        for finding in check.findings:
            findings_by_file.setdefault(finding.location.file or "", []).append(finding)
        rows = []
        for file in check.collection.files:
            submission = kept.get(file.name) or superseded.get(file.name)
            unit = (
                submission.unit
                if submission
                else (refusals[file.name].unit if file.name in refusals else None)
            )
            by_file = findings_by_file.get(file.name, [])
            if file.name in kept:
                state = (
                    "Dùng để tổng hợp"
                    if unit not in dataset.invalid_units
                    else "Có lỗi — không đưa vào tổng hợp"
                )
            elif file.name in superseded:
                state = "Bị thay thế bởi tệp mới hơn của đơn vị"
            else:
                state = (
                    f"Từ chối: {refusals[file.name].message}"
                    if file.name in refusals
                    else "Không đọc"
                )
            kind = submission.kind.label if submission else ""
            stated = submission.file_date if submission else None
            rows.append(
                (
                    names.get(unit, "(không nhận dạng được)"),
                    file.name,
                    kind,
                    vnformat.short_date(file.received) if file.received else "chưa rõ",
                    f"{stated.day}/{stated.month}/{stated.year}" if stated else "",
                    state,
                    sum(f.is_error for f in by_file),
                    sum(not f.is_error for f in by_file),
                    file.size,
                    file.sha256,
                )
            )
        submitted = {s.unit for s in check.collection.submissions}
        listed = {row[0] for row in rows}
        for unit in self.config.units:
            if unit.id not in submitted and unit.name not in listed:
                rows.append((unit.name, "", "", "", "", "Chưa nộp", 0, 0, None, ""))
        for index, values in enumerate(rows, start=2):
            for column, value in enumerate((str(index - 1), *values), start=1):
                put_value(ws, index, column, value)
            fit_row_height(ws, index, 11)
        setup_print(ws, title_rows="1:1")
        keep_out_of_print(ws)


def write_appendix(dataset: Dataset, target: Path) -> Path:
    """Write the Phụ lục 1 workbook to ``target`` atomically."""
    appendix = _Appendix(dataset)
    workbook = Workbook()
    district = workbook.active
    district.title = "Phụ lục 1"
    appendix.district(district)
    appendix.phases(workbook.create_sheet("Theo giai đoạn"))
    used = {"Phụ lục 1", "Theo giai đoạn", "Nguồn số liệu"}
    if appendix.unit_sheets:
        for unit in dataset.config.units:
            if dataset.catalogue.rows_for(unit):
                sheet = workbook.create_sheet(_sheet_name(unit.name, used))
                appendix.unit_sheet(sheet, unit)
                keep_out_of_print(sheet)
    appendix.sources(workbook.create_sheet("Nguồn số liệu"))
    workbook.properties.title = "Phụ lục 1 — Thống kê các chỉ tiêu CCHC"
    workbook.properties.creator = "cchc"
    return save_stable(workbook, target, dataset.config.reference_date)
