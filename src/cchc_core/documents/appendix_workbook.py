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
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cchc_core.documents.render import attached_to
from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.figures.notes import reporters_label, row_note
from cchc_core.model.findings import Finding
from cchc_core.model.indicators import Indicator, Measure
from cchc_core.model.submissions import SubmissionKind
from cchc_core.model.units import Unit
from cchc_core.util import vnformat
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_stream import StreamedSheet, streamed_workbook
from cchc_core.util.xlsx_style import (
    BORDER,
    CENTER,
    COUNT_FORMAT,
    DECIMAL_FORMAT,
    EXCEL_SEPARATORS,
    FRACTION_PERCENT_FORMAT,
    MISSING_FILL,
    WRAP,
    font,
    keep_out_of_print,
    style,
)

FILENAME = "phu-luc-1-thong-ke.xlsx"
TOP_CENTER = Alignment(wrap_text=True, horizontal="center", vertical="top")
COUNT, PERCENT, DECIMAL = COUNT_FORMAT, FRACTION_PERCENT_FORMAT, DECIMAL_FORMAT


def _number_cell(
    sheet: StreamedSheet,
    value: float | int | str | None,
    measure: Measure | None,
    *,
    italic: bool = False,
) -> Cell:
    """A figure's cell: a count or a percentage in the Vietnamese formats, a text as text, an
    empty bordered cell for no value."""
    if value is None:
        return sheet.cell(border=BORDER, font=font(12, italic=italic))
    if isinstance(value, str):
        return sheet.text(value, font=font(11, italic=italic), alignment=WRAP, border=BORDER)
    if measure is Measure.PERCENT:
        value, number_format = value / 100, PERCENT
    else:
        number_format = COUNT if float(value).is_integer() else DECIMAL
    return sheet.cell(
        value,
        border=BORDER,
        font=font(12, italic=italic),
        number_format=number_format,
        alignment=CENTER,
    )


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

    def _sheet(
        self,
        workbook: Workbook,
        name: str,
        lines: list[tuple[str, Font]],
        third: str,
        *,
        selected: bool = False,
    ) -> StreamedSheet:
        """A sheet of the district's or a unit's figures: its title lines, then the header of
        the table (the indicator codes in a hidden last column, for ``cchc explain``)."""
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
        header = len(lines) + 1
        sheet = StreamedSheet(
            workbook,
            name,
            [width for _, width in columns],
            hidden=1,
            title_rows=f"{header}:{header}",
            freeze=f"{get_column_letter(self.first_value)}{header + 1}",
            selected=selected,
        )
        for text, look in lines:
            sheet.banner(text, look=look, size=look.size)
        sheet.header([caption for caption, _ in columns], after=[sheet.text("Mã chỉ tiêu")])
        return sheet

    def _label_cells(self, sheet: StreamedSheet, indicator: Indicator, third: str) -> list[Cell]:
        bold = indicator.is_heading or indicator.parent is None
        italic = indicator.added or indicator.is_derived
        indent = "    " if indicator.parent and not indicator.stt else ""
        unit = "%" if indicator.measure is Measure.PERCENT else indicator.unit_label
        if indicator.measure is Measure.FLAG:
            unit = "Có = 1; Không = 0"
        return [
            sheet.text(indicator.stt, font=font(12), alignment=CENTER, border=BORDER),
            sheet.text(
                indent + indicator.label,
                font=font(12, bold=bold, italic=italic),
                alignment=WRAP,
                border=BORDER,
            ),
            sheet.text(third, font=font(11), alignment=WRAP, border=BORDER),
            sheet.text(unit, font=font(11), alignment=TOP_CENTER, border=BORDER),
        ]

    def _row(
        self,
        sheet: StreamedSheet,
        labels: list[Cell],
        figures: list[Cell],
        note: str,
        code: str,
    ) -> None:
        """An indicator's row: its labels, its figures, its note, its code in the hidden
        column."""
        sheet.row(
            [
                *labels,
                *figures,
                sheet.text(note, font=font(10), alignment=WRAP, border=BORDER),
                sheet.text(code),
            ],
            size=12,
        )

    def _section_row(self, sheet: StreamedSheet, text: str, size: float = 12) -> int:
        return sheet.banner(
            text,
            look=font(size, bold=size >= 12, italic=size < 12),
            alignment=WRAP,
            size=size,
            bordered=True,
        )

    def district(self, workbook: Workbook) -> None:
        config, dataset = self.config, self.dataset
        lines: list[tuple[str, Font]] = [
            ("PHỤ LỤC 1", font(13, bold=True)),
            (
                f"THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH CỦA UBND "
                f"{config.district.level_word.upper()} {config.district.name.upper()} QUA CÁC NĂM ({self.periods[0].year}-"
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
        sheet = self._sheet(workbook, "Phụ lục 1", lines, "Đơn vị thống kê báo cáo", selected=True)
        for section in self.catalogue.sections:
            self._section_row(
                sheet,
                f"{section.key}. {section.title} (Đơn vị thống kê, báo cáo: {section.compiler})",
            )
            if section.note:
                self._section_row(sheet, section.note, 10)
            for indicator in self.catalogue.section_rows(section.key):
                labels = self._label_cells(
                    sheet, indicator, reporters_label(indicator.reporters, dataset)
                )
                figures = []
                for period in self.periods:
                    if indicator.is_heading:
                        figures.append(sheet.cell(border=BORDER))
                        continue
                    figure = dataset.total(indicator.code, period.key)
                    cell = _number_cell(
                        sheet, figure.value, indicator.measure, italic=indicator.is_derived
                    )
                    if not figure.has_value and figure.not_submitted + figure.missing:
                        style(cell, fill=MISSING_FILL)
                    figures.append(cell)
                note = "" if indicator.is_heading else row_note(indicator, dataset)
                self._row(sheet, labels, figures, note, indicator.code)
        legend = (
            f"Cách tính: số của {config.district.level_word} là tổng số liệu các đơn vị; tỷ lệ "
            "(dòng in nghiêng) tính từ "
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
        sheet.skip()
        last = self._section_row(sheet, legend, 10)
        sheet.sheet.print_area = f"A1:{get_column_letter(self.note_column)}{last}"

    def unit_sheet(self, workbook: Workbook, name: str, unit: Unit) -> None:
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
        sheet = self._sheet(
            workbook,
            name,
            [
                (f"SỐ LIỆU CỦA {unit.name.upper()}", font(13, bold=True)),
                (state, font(11, italic=True)),
            ],
            "Nguồn trong tệp",
        )
        keep_out_of_print(sheet.sheet)
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
            figures = [
                _number_cell(sheet, value.value if value else None, indicator.measure)
                for value in cells
            ]
            note = values.notes.get(indicator.code, "") if values else ""
            self._row(
                sheet, self._label_cells(sheet, indicator, source), figures, note, indicator.code
            )

    def phases(self, workbook: Workbook) -> None:
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
        titles = [
            (
                f"SO SÁNH CÁC CHỈ TIÊU THEO GIAI ĐOẠN CỦA UBND "
                f"{config.district.level_word.upper()} {config.district.name.upper()}",
                font(13, bold=True),
            ),
            (attached_to(config), font(12, italic=True)),
        ]
        earlier = dataset.check.earlier
        if earlier is not None:
            titles.append(
                (f"Số liệu giai đoạn {earlier.phase} theo {earlier.source}.", font(11, italic=True))
            )
        header = len(titles) + 2
        sheet = StreamedSheet(
            workbook,
            "Theo giai đoạn",
            widths,
            title_rows=f"{header}:{header}",
            freeze=f"C{header + 1}",
        )
        for text, look in titles:
            sheet.banner(text, look=look, size=look.size)
        sheet.skip()
        sheet.header(columns)
        for indicator in self.catalogue.indicators:
            if indicator.is_heading or indicator.measure is Measure.TEXT:
                continue
            unit = "%" if indicator.measure is Measure.PERCENT else indicator.unit_label
            cells = [
                sheet.text(indicator.stt, font=font(12), alignment=CENTER, border=BORDER),
                sheet.text(
                    f"{indicator.section}. {indicator.label}",
                    font=font(12),
                    alignment=WRAP,
                    border=BORDER,
                ),
                sheet.text(unit, font=font(11), alignment=TOP_CENTER, border=BORDER),
            ]
            notes = []
            for phase in config.phases:
                figure: Figure = dataset.phase(indicator.code, phase.key)
                cells.append(_number_cell(sheet, figure.value, indicator.measure))
                if figure.note:
                    notes.append(f"{phase.key}: {figure.note}")
            start = dataset.total(indicator.code, first.key)
            end = dataset.total(indicator.code, last.key)
            cells.append(_number_cell(sheet, start.value, indicator.measure))
            cells.append(_number_cell(sheet, end.value, indicator.measure))
            change = ""
            if start.number is not None and end.number is not None:
                delta = end.number - start.number
                change = (
                    f"{'+' if delta >= 0 else '−'}{vnformat.points(delta)}"
                    if indicator.measure is Measure.PERCENT
                    else f"{'+' if delta >= 0 else '−'}{vnformat.amount(abs(delta))}"
                )
            cells.append(sheet.text(change, font=font(11), alignment=TOP_CENTER, border=BORDER))
            method = dataset.phase(indicator.code, config.phases[-1].key).method
            cells.append(
                sheet.text(
                    "; ".join([method, *notes]), font=font(10), alignment=WRAP, border=BORDER
                )
            )
            sheet.row(cells, size=12)
        sheet.sheet.print_area = f"A1:{get_column_letter(len(widths))}{sheet.next_row - 1}"

    def sources(self, workbook: Workbook) -> None:
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
        sheet = StreamedSheet(workbook, "Nguồn số liệu", widths, title_rows="1:1", freeze="C2")
        keep_out_of_print(sheet.sheet)
        sheet.header(columns)
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
        for number, values in enumerate(rows, start=1):
            sheet.values((str(number), *values))


def write_appendix(dataset: Dataset, target: Path) -> Path:
    """Write the Phụ lục 1 workbook to ``target`` atomically (streamed: the list of files of
    11,000 units costs the memory of one row)."""
    appendix = _Appendix(dataset)
    workbook = streamed_workbook()
    appendix.district(workbook)
    appendix.phases(workbook)
    used = {"Phụ lục 1", "Theo giai đoạn", "Nguồn số liệu"}
    if appendix.unit_sheets:
        for unit in dataset.config.units:
            if dataset.catalogue.rows_for(unit):
                appendix.unit_sheet(workbook, _sheet_name(unit.name, used), unit)
    appendix.sources(workbook)
    workbook.properties.title = "Phụ lục 1 — Thống kê các chỉ tiêu CCHC"
    workbook.properties.creator = "cchc"
    return save_stable(workbook, target, dataset.config.reference_date)
