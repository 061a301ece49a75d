"""Writes ``output/danh-sach-de-nghi-khen-thuong.xlsx`` (task 4): the consolidated nominations
grouped by form of commendation, collectives then individuals, each with the unit that proposed
it; the council's evidence (the rankings and the district-wide results) on a second sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.documents.commendation_submission import (
    LIST_FILENAME,
    count_words,
    district_results,
    submission_reference,
)
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.commendations import (
    Ranking,
    also_proposed_by,
    method_lines,
    nominations_by_form,
)
from cchc_core.model.nominations import Nomination
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_style import (
    BORDER,
    WRAP,
    WRAP_CENTER,
    fit_row_height,
    font,
    header_row,
    put_value,
    setup_print,
    write_text,
)

FILENAME = LIST_FILENAME
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
LIST_COLUMNS = [
    ("STT", 6),
    ("Tên tập thể/ Họ và tên", 28),
    ("Chức vụ, đơn vị công tác", 28),
    ("Thành tích trong cải cách hành chính", 52),
    ("Đơn vị đề nghị", 22),
    ("Ghi chú", 24),
]


def _banner(ws: Worksheet, row: int, width: int, text: str, size: float, **style: bool) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    write_text(ws, row, 1, text, font=font(size, **style), alignment=WRAP_CENTER)
    fit_row_height(ws, row, size)


def _group_row(ws: Worksheet, row: int, width: int, text: str) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    write_text(ws, row, 1, text, font=font(11, bold=True), alignment=WRAP, border=BORDER)
    for column in range(2, width + 1):
        ws.cell(row=row, column=column).border = BORDER


def _list_sheet(ws: Worksheet, dataset: Dataset, nominations: Sequence[Nomination]) -> None:
    config = dataset.config
    settings = config.commendations
    assert settings is not None
    width = len(LIST_COLUMNS)
    _banner(
        ws,
        1,
        width,
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG TẬP THỂ, CÁ NHÂN CÓ THÀNH TÍCH XUẤT SẮC TRONG THỰC HIỆN "
        "CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN "
        f"{settings.achievement_period}",
        13,
        bold=True,
    )
    _banner(ws, 2, width, f"({submission_reference(config)})", 11, italic=True)
    if config.demo:
        _banner(ws, 3, width, "Số liệu minh họa (giả định)", 11, bold=True)
        ws.cell(row=3, column=1).font = font(11, bold=True, color="C00000")
    header_row(ws, 4, LIST_COLUMNS, height=32)
    row = 5
    total_collectives = total_individuals = 0
    for number, (form, collectives, individuals) in enumerate(
        nominations_by_form(config, nominations)
    ):
        _group_row(
            ws,
            row,
            width,
            f"{ROMAN[number] if number < len(ROMAN) else number + 1}. {form.upper()} "
            f"({count_words(len(collectives), len(individuals))})",
        )
        row += 1
        total_collectives += len(collectives)
        total_individuals += len(individuals)
        for letter, title, members in (
            ("A", "Tập thể", collectives),
            ("B", "Cá nhân", individuals),
        ):
            if not members:
                continue
            _group_row(ws, row, width, f"{letter}. {title}")
            row += 1
            for index, nomination in enumerate(members, start=1):
                values = (
                    index,
                    nomination.name,
                    nomination.position,
                    nomination.achievement,
                    nomination.unit_name,
                    "; ".join(
                        t for t in (nomination.note, also_proposed_by(nomination, nominations)) if t
                    ),
                )
                for column, value in enumerate(values, start=1):
                    put_value(ws, row, column, value)
                fit_row_height(ws, row, 11)
                row += 1
    _group_row(ws, row, width, f"Tổng cộng: {count_words(total_collectives, total_individuals)}")
    ws.freeze_panes = "A5"
    setup_print(ws, title_rows="4:4")


def _ranking_rows(ranking: Ranking) -> tuple[list[tuple[str, float]], list[list[object]]]:
    # one width for every column after the unit's name: the rankings share the sheet's columns
    columns: list[tuple[str, float]] = [("Hạng", 7), ("Đơn vị", 26)]
    for number, criterion in enumerate(ranking.criteria, start=1):
        columns.append((f"Tiêu chí {number}: kết quả", 12))
        columns.append((f"Tiêu chí {number}: điểm (tối đa {criterion.points:g})", 12))
    columns.extend([("Điểm đạt", 12), ("Điểm tối đa áp dụng", 12), ("Tổng điểm (thang 100)", 12)])
    rows: list[list[object]] = []
    for unit in ranking.units:
        cells: list[object] = [unit.rank if unit.rank is not None else "", unit.unit_name]
        for score in unit.scores:
            cells.extend([score.shown, score.points if score.points is not None else ""])
        cells.extend([unit.earned, unit.possible, unit.total if unit.total is not None else ""])
        rows.append(cells)
    return columns, rows


def _evidence_sheet(ws: Worksheet, dataset: Dataset, rankings: Sequence[Ranking]) -> None:
    widest = max((2 + 2 * len(r.criteria) + 3 for r in rankings), default=6)
    _banner(
        ws,
        1,
        widest,
        "CĂN CỨ XEM XÉT KHEN THƯỞNG: KẾT QUẢ CỦA CÁC ĐƠN VỊ VÀ CÁCH XẾP HẠNG",
        13,
        bold=True,
    )
    row = 3
    for ranking in rankings:
        _banner(ws, row, widest, f"Xếp hạng {ranking.title}", 12, bold=True)
        row += 1
        for line in method_lines(ranking, dataset):
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=widest)
            write_text(ws, row, 1, line, font=font(11, italic=True), alignment=WRAP)
            fit_row_height(ws, row, 11)
            row += 1
        columns, rows = _ranking_rows(ranking)
        header_row(ws, row, columns, height=48)
        row += 1
        for values in rows:
            for column, value in enumerate(values, start=1):
                put_value(ws, row, column, value)
            fit_row_height(ws, row, 11)
            row += 1
        row += 1
    results = district_results(dataset)
    if results:
        _banner(ws, row, widest, "Kết quả chung của huyện (không chia theo đơn vị)", 12, bold=True)
        row += 1
        for label, value in [("Chỉ tiêu", "Kết quả"), *results]:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=widest - 3)
            ws.merge_cells(start_row=row, start_column=widest - 2, end_row=row, end_column=widest)
            put_value(ws, row, 1, label)
            put_value(ws, row, widest - 2, value)
            for column in range(1, widest + 1):
                ws.cell(row=row, column=column).border = BORDER
            if label == "Chỉ tiêu":
                for column in (1, widest - 2):
                    ws.cell(row=row, column=column).font = font(11, bold=True)
            fit_row_height(ws, row, 11)
            row += 1
    setup_print(ws)


def write_list(dataset: Dataset, rankings: Sequence[Ranking], target: Path) -> Path:
    """Write the consolidated list and the evidence to ``target`` atomically."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Danh sách đề nghị"
    _list_sheet(ws, dataset, dataset.check.nominations)
    _evidence_sheet(workbook.create_sheet("Căn cứ xét"), dataset, rankings)
    workbook.properties.title = "Danh sách đề nghị khen thưởng"
    workbook.properties.creator = "cchc"
    workbook.properties.language = "vi-VN"
    return save_stable(workbook, target, dataset.config.reference_date)
