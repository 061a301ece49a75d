"""Workbooks that list units are streamed (openpyxl's write-only mode): read back, a streamed sheet
must look as the same table written cell by cell does."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_stream import StreamedSheet, streamed_workbook
from cchc_core.util.xlsx_style import (
    BORDER,
    COUNT_FORMAT,
    HEADER_FILL,
    MISSING_FILL,
    WRAP_CENTER,
    fit_row_height,
    font,
    header_row,
    height_for,
    lines_needed,
    put_value,
    style,
    write_text,
)

WIDTHS = (10, 30, 12)
ROWS = [
    ["Xã Lìa", "Nộp đúng hạn", 12],
    ['=HYPERLINK("http://x")', "một dòng rất dài " * 12, 3.5],
    ["Thị trấn Khe Sanh", "hai\ndòng", 0],
]


def _streamed(path):
    workbook = streamed_workbook()
    sheet = StreamedSheet(workbook, "Bảng", WIDTHS, title_rows="3:3", freeze="A4")
    sheet.banner("TIÊU ĐỀ CỦA BẢNG " * 6, look=font(13, bold=True), size=13)
    sheet.skip()
    sheet.header(["Đơn vị", "Tình trạng", "Số"], height=32)
    for number, values in enumerate(ROWS):
        sheet.values(values, fill=MISSING_FILL if number == 1 else None)
    sheet.values(["Tổng", "", 15.5], merges=[(1, 2)])
    return save_stable(workbook, path, date(2020, 5, 26))


def _cell_by_cell(path):
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Bảng"
    ws.merge_cells("A1:C1")

    write_text(ws, 1, 1, "TIÊU ĐỀ CỦA BẢNG " * 6, font=font(13, bold=True), alignment=WRAP_CENTER)
    for column, width in zip("ABC", WIDTHS, strict=True):
        ws.column_dimensions[column].width = width
    fit_row_height(ws, 1, 13)
    header_row(ws, 3, [("Đơn vị", 10), ("Tình trạng", 30), ("Số", 12)], height=32)
    for row, values in enumerate([*ROWS, ["Tổng", "", 15.5]], start=4):
        for column, value in enumerate(values, start=1):
            put_value(ws, row, column, value)
            if row == 5:
                style(ws.cell(row=row, column=column), fill=MISSING_FILL)
        if row == 7:
            ws.merge_cells("A7:B7")
        fit_row_height(ws, row, 11)
    workbook.save(path)
    return path


def test_a_streamed_sheet_reads_back_as_the_same_table_written_cell_by_cell(tmp_path):
    streamed = load_workbook(_streamed(tmp_path / "streamed.xlsx"))["Bảng"]
    plain = load_workbook(_cell_by_cell(tmp_path / "plain.xlsx"))["Bảng"]
    assert sorted(map(str, streamed.merged_cells.ranges)) == ["A1:C1", "A7:B7"]
    assert sorted(map(str, streamed.merged_cells.ranges)) == sorted(
        map(str, plain.merged_cells.ranges)
    )
    # text is measured with the font's widths: 100 capitals in bold need three lines of a table
    # 52 characters wide (checked in LibreOffice with Calibri's metrics, as in Excel)
    assert streamed.row_dimensions[1].height == height_for(3, 13)
    for row in range(1, 8):
        assert streamed.row_dimensions[row].height == plain.row_dimensions[row].height, row
        for column in range(1, 4):
            ours, theirs = streamed.cell(row, column), plain.cell(row, column)
            for look in (
                "value",
                "data_type",
                "number_format",
                "font",
                "fill",
                "border",
                "alignment",
            ):
                assert repr(getattr(ours, look)) == repr(getattr(theirs, look)), (row, column)
            assert ours.quotePrefix == theirs.quotePrefix
    # what a clerk sees: wrapped lines fit, the header tinted, text never a formula
    assert streamed.row_dimensions[5].height > streamed.row_dimensions[4].height
    assert streamed.row_dimensions[6].height > streamed.row_dimensions[4].height
    assert streamed["A3"].fill.fgColor.rgb == HEADER_FILL.fgColor.rgb
    assert streamed["A5"].data_type == "s" and streamed["A5"].quotePrefix
    assert streamed["C4"].value == 12 and streamed["C4"].number_format == COUNT_FORMAT
    assert [streamed.column_dimensions[c].width for c in "ABC"] == list(WIDTHS)
    assert streamed.freeze_panes == "A4"
    assert streamed.print_title_rows.replace("$", "") == "3:3"
    assert "Trang &P/&N" in streamed.oddFooter.center.text


def _hostile_rows(path, appended_by_openpyxl=False):
    """Rows of every kind a streamed sheet holds, written by cchc, or appended to the sheet by
    openpyxl's write-only mode as they were before cchc wrote their XML."""
    workbook = streamed_workbook()
    sheet = StreamedSheet(workbook, "Bảng", WIDTHS)
    if appended_by_openpyxl:

        def append(cells, height):
            if height is not None:
                sheet.sheet.row_dimensions[sheet.next_row].height = height
            sheet.sheet.append(list(cells))
            sheet.next_row += 1
            return sheet.next_row - 1

        sheet._append = append
        workbook.rows.clear()
    sheet.banner("Tiêu đề & <bảng> \r\n 📄", look=font(13, bold=True), size=13)
    sheet.skip()
    sheet.values([" =SUM(A1) ", "Hướng Hóa", 12], fill=MISSING_FILL)
    sheet.values(["=HYPERLINK(1)", -3.25, 1e20])
    sheet.values(["Tổng", "", 15.5], merges=[(1, 2)])
    sheet.row([sheet.cell(True), None, sheet.cell(border=BORDER)], height=20.25)
    sheet.row([sheet.cell(), sheet.text("  "), sheet.cell(0)])
    sheet.row([sheet.cell("=1+1 \ud800\x01")])  # a text given as a value
    sheet.row([sheet.cell(7)], height=0)
    return save_stable(workbook, path, date(2020, 5, 26))


def test_a_streamed_sheet_is_written_byte_for_byte_as_openpyxl_writes_it(tmp_path):
    # cchc writes the rows' XML itself (openpyxl took two thirds of the time of the status
    # workbook of 11,000 units): what a spreadsheet program reads must not change, so it is
    # held to openpyxl's own bytes, with every kind of value a streamed sheet holds
    ours = zipfile.ZipFile(_hostile_rows(tmp_path / "ours.xlsx"))
    theirs = zipfile.ZipFile(_hostile_rows(tmp_path / "theirs.xlsx", appended_by_openpyxl=True))
    assert ours.namelist() == theirs.namelist()
    for part in ours.namelist():
        assert ours.read(part) == theirs.read(part), part
    cells = load_workbook(tmp_path / "ours.xlsx")["Bảng"]
    assert cells["A1"].value == "Tiêu đề & <bảng> \r\n 📄"
    assert cells["A3"].value == " =SUM(A1) "  # its spaces kept
    assert cells["A4"].value == "=HYPERLINK(1)" and cells["A4"].quotePrefix  # never a formula
    assert (cells["B4"].value, cells["C4"].value, cells["A6"].value) == (-3.25, 1e20, True)
    assert [str(merged) for merged in cells.merged_cells.ranges] == ["A1:C1", "A5:B5"]
    assert cells["A8"].value == "=1+1 " and cells["A8"].data_type == "s"


def test_what_a_streamed_sheet_cannot_write_is_refused_not_lost(tmp_path):
    workbook = streamed_workbook()
    sheet = StreamedSheet(workbook, "Bảng", WIDTHS)
    linked = sheet.text("xem")
    linked.hyperlink = "https://example.org"
    with pytest.raises(TypeError, match="link or comment"):
        sheet.row([linked])
    sheet.values(["Xã Lìa", 1])
    with pytest.raises(TypeError, match="save_stable"):  # openpyxl alone would drop every row
        workbook.save(str(tmp_path / "lost.xlsx"))
    assert not (tmp_path / "lost.xlsx").exists()
    saved = save_stable(workbook, tmp_path / "kept.xlsx", date(2020, 5, 26))
    assert [c.value for c in load_workbook(saved)["Bảng"][1]] == ["Xã Lìa", 1]  # row 1: none lost


def test_the_status_workbook_of_many_units_is_streamed(cchc_campaign, monkeypatch):
    # streamed: no sheet of the status workbook keeps its cells while it is written
    import openpyxl.worksheet.worksheet as normal

    made = []
    original = normal.Worksheet.__init__

    def count(self, *args, **kwargs):
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(normal.Worksheet, "__init__", count)
    campaign = cchc_campaign()
    from cchc_core.documents.status_workbook import FILENAME, write_status

    status = campaign.status()
    made.clear()
    written = write_status(status, campaign.config, campaign.output_dir / FILENAME)
    assert made == []
    workbook = load_workbook(written)
    assert workbook.sheetnames[:3] == ["Tình hình nộp", "Tỷ lệ nộp", "Cần đôn đốc"]
    units = [r[1] for r in workbook["Tình hình nộp"].iter_rows(min_row=7, values_only=True)]
    assert len([u for u in units if u]) == len(status.rows)


THIRD_COLUMN = (
    "Văn phòng HĐND và UBND huyện; Phòng Nội vụ; Phòng Tài chính - Kế hoạch; Phòng Tư pháp; "
    "Phòng Văn hóa và Thông tin; Phòng Kinh tế và Hạ tầng"
)


@pytest.mark.parametrize(
    ("text", "width", "size", "bold", "fewest", "most"),
    [
        # as LibreOffice sets them with Calibri's metrics (Carlito), which Excel's columns use
        ("Năm 2020 (Tính đến 31/3)", 8.5, 11, True, 4, 4),  # Phụ lục 1's header
        (
            "Số lượng văn bản chỉ đạo, điều hành: Văn bản các cơ quan, đơn vị tham mưu UBND huyện",
            38,
            12,
            True,
            3,
            3,
        ),
        (THIRD_COLUMN, 15, 11, False, 9, 10),  # never fewer lines than it takes, one to spare
        ("hai\ndòng", 30, 11, False, 2, 2),
        # a word wider than its column is cut across lines, as spreadsheets do
        (
            "Báo_cáo_tổng_kết_CCHC_năm_2020_xã_Hướng_Lập_bản_cuối_cùng_đã_ký.docx",
            20,
            11,
            False,
            3,
            4,
        ),
        ("x" * 200, 10, 11, False, 20, 21),
        ("Xã Lìa", 30, 11, False, 1, 1),
    ],
)
def test_a_wrapped_cell_gets_the_lines_a_spreadsheet_sets_it_on(
    text, width, size, bold, fewest, most
):
    assert fewest <= lines_needed(text, width, size, bold=bold) <= most


def test_a_merged_cell_counts_the_margin_of_every_column_it_covers():
    from cchc_core.util.xlsx_style import merged_width

    assert merged_width([10]) == 10
    assert merged_width([10, 10, 10]) == 30 + 10 / 7  # 5 pixels a column, 7 pixels a unit
