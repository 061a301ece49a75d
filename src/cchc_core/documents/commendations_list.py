"""Writes ``output/danh-sach-de-nghi-khen-thuong.xlsx`` (task 4): the consolidated nominations
grouped by form of commendation, collectives then individuals, each with the unit that proposed
it; the council's evidence (the rankings and the district-wide results) on a second sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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
from cchc_core.util.xlsx_stream import StreamedSheet, streamed_workbook
from cchc_core.util.xlsx_style import WRAP, font

FILENAME = LIST_FILENAME
#: a group's title row in the list: bold, across the table, inside its grid
GROUP_ROW = {"look": font(11, bold=True), "alignment": WRAP, "bordered": True}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
LIST_COLUMNS = [
    ("STT", 6),
    ("Tên tập thể/ Họ và tên", 28),
    ("Chức vụ, đơn vị công tác", 28),
    ("Thành tích trong cải cách hành chính", 52),
    ("Đơn vị đề nghị", 22),
    ("Ghi chú", 24),
]


def _list_sheet(sheet: StreamedSheet, dataset: Dataset, nominations: Sequence[Nomination]) -> None:
    config = dataset.config
    settings = config.commendations
    assert settings is not None
    sheet.banner(
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG TẬP THỂ, CÁ NHÂN CÓ THÀNH TÍCH XUẤT SẮC TRONG THỰC HIỆN "
        "CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN "
        f"{settings.achievement_period}",
        look=font(13, bold=True),
        size=13,
    )
    sheet.banner(f"({submission_reference(config)})", look=font(11, italic=True))
    if config.demo:
        sheet.banner("Số liệu minh họa (giả định)", look=font(11, bold=True, color="C00000"))
    else:
        sheet.skip()
    sheet.header([caption for caption, _ in LIST_COLUMNS], height=32)
    total_collectives = total_individuals = 0
    for number, (form, collectives, individuals) in enumerate(
        nominations_by_form(config, nominations)
    ):
        sheet.banner(
            f"{ROMAN[number] if number < len(ROMAN) else number + 1}. {form.upper()} "
            f"({count_words(len(collectives), len(individuals))})",
            **GROUP_ROW,
        )
        total_collectives += len(collectives)
        total_individuals += len(individuals)
        for letter, title, members in (
            ("A", "Tập thể", collectives),
            ("B", "Cá nhân", individuals),
        ):
            if not members:
                continue
            sheet.banner(f"{letter}. {title}", **GROUP_ROW)
            for index, nomination in enumerate(members, start=1):
                sheet.values(
                    (
                        index,
                        nomination.name,
                        nomination.position,
                        nomination.achievement,
                        nomination.unit_name,
                        "; ".join(
                            t
                            for t in (nomination.note, also_proposed_by(nomination, nominations))
                            if t
                        ),
                    )
                )
    sheet.banner(f"Tổng cộng: {count_words(total_collectives, total_individuals)}", **GROUP_ROW)


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


def _widest(rankings: Sequence[Ranking]) -> int:
    return max((2 + 2 * len(r.criteria) + 3 for r in rankings), default=6)


def _evidence_sheet(sheet: StreamedSheet, dataset: Dataset, rankings: Sequence[Ranking]) -> None:
    sheet.banner(
        "CĂN CỨ XEM XÉT KHEN THƯỞNG: KẾT QUẢ CỦA CÁC ĐƠN VỊ VÀ CÁCH XẾP HẠNG",
        look=font(13, bold=True),
        size=13,
    )
    sheet.skip()
    for ranking in rankings:
        sheet.banner(f"Xếp hạng {ranking.title}", look=font(12, bold=True), size=12)
        for line in method_lines(ranking, dataset):
            sheet.banner(line, look=font(11, italic=True), alignment=WRAP)
        columns, rows = _ranking_rows(ranking)
        sheet.header([caption for caption, _ in columns], height=48)
        for values in rows:
            sheet.values(values)
        sheet.skip()
    results = district_results(dataset)
    if results:
        widest = len(sheet.widths)
        sheet.banner(
            "Kết quả chung của huyện (không chia theo đơn vị)", look=font(12, bold=True), size=12
        )
        halves = [(1, widest - 3), (widest - 2, widest)]
        for number, (label, value) in enumerate([("Chỉ tiêu", "Kết quả"), *results]):
            cells: list[object] = [""] * widest
            cells[0], cells[widest - 3] = label, value
            sheet.values(cells, merges=halves, bold=number == 0)


def write_list(dataset: Dataset, rankings: Sequence[Ranking], target: Path) -> Path:
    """Write the consolidated list and the evidence to ``target`` atomically (streamed: the
    evidence of 11,000 communes costs the memory of one row)."""
    workbook = streamed_workbook()
    _list_sheet(
        StreamedSheet(
            workbook,
            "Danh sách đề nghị",
            [width for _, width in LIST_COLUMNS],
            title_rows="4:4",
            freeze="A5",
        ),
        dataset,
        dataset.check.nominations,
    )
    # the rankings share the sheet's columns: rank, unit, then one width for every other
    widths = [7.0, 26.0, *([12.0] * (_widest(rankings) - 2))]
    _evidence_sheet(StreamedSheet(workbook, "Căn cứ xét", widths), dataset, rankings)
    workbook.properties.title = "Danh sách đề nghị khen thưởng"
    workbook.properties.creator = "cchc"
    workbook.properties.language = "vi-VN"
    return save_stable(workbook, target, dataset.config.reference_date)
