"""Writes ``output/tinh-hinh-nop-bao-cao.xlsx``: who delivered what against each deadline, the
reporting rates, the reminder list, the communes' own conferences, and the plan's whole task
table."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import zip_longest
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from cchc_core.config import CampaignConfig
from cchc_core.figures.conferences import ConferenceState
from cchc_core.figures.status import State, StatusReport, UnitStatus
from cchc_core.util import vnformat
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_stream import StreamedSheet, streamed_workbook
from cchc_core.util.xlsx_style import WRAP, font

FILENAME = "tinh-hinh-nop-bao-cao.xlsx"
STATE_FILL = {
    State.ON_TIME: PatternFill("solid", fgColor="E2F0D9"),
    State.LATE: PatternFill("solid", fgColor="FFF2CC"),
    State.INCOMPLETE: PatternFill("solid", fgColor="FFF2CC"),
    State.UNDATED: PatternFill("solid", fgColor="DDEBF7"),
    State.BLANK: PatternFill("solid", fgColor="F8CBAD"),
    State.MISSING: PatternFill("solid", fgColor="F8CBAD"),
    State.NOT_DUE: PatternFill("solid", fgColor="EDEDED"),
}
CONFERENCE_FILL = {
    ConferenceState.ON_TIME: STATE_FILL[State.ON_TIME],
    ConferenceState.LATE: STATE_FILL[State.LATE],
    ConferenceState.NOT_HELD: STATE_FILL[State.MISSING],
    ConferenceState.NOT_SAID: STATE_FILL[State.LATE],
    ConferenceState.NO_REPORT: STATE_FILL[State.MISSING],
}


def _table(
    workbook: Workbook,
    name: str,
    title: str,
    columns: list[tuple[str, float]],
    rows: Iterable[list[object]],
    fills: Iterable[PatternFill | None] = (),
    notes: tuple[tuple[str, Font], ...] = (),
) -> None:
    """A sheet: its title, ``notes`` lines (text and font) under it, the table (streamed: a
    table of 11,000 units costs the memory of one row)."""
    header = len(notes) + 3
    sheet = StreamedSheet(
        workbook,
        name,
        [width for _, width in columns],
        title_rows=f"{header}:{header}",
        freeze=f"A{header + 1}",
    )
    sheet.banner(title, look=font(13, bold=True), size=13)
    for text, look in notes:
        sheet.banner(text, look=look, alignment=WRAP)
    sheet.skip()
    sheet.header([caption for caption, _ in columns], height=32)
    for values, fill in zip_longest(rows, fills):
        sheet.values(values, fill=fill)


def conference_sheet(report: StatusReport) -> str:
    """The sheet of the conferences of the level below: ``Hội nghị cấp xã``."""
    return f"Hội nghị cấp {report.words.below_level}"


def _received(row: UnitStatus) -> str:
    if row.received is None:
        return ""
    moment = row.received
    return f"{moment.day}/{moment.month}/{moment.year} {moment.hour:02d}:{moment.minute:02d}"


def write_status(report: StatusReport, config: CampaignConfig, target: Path) -> Path:
    """Write the status workbook to ``target`` atomically."""
    as_of = vnformat.short_date(report.as_of)
    notes: tuple[tuple[str, Font], ...] = ()
    if config.demo:
        notes += (("Số liệu minh họa (giả định)", font(11, bold=True, color="C00000")),)
    if report.coverage is not None:
        notes += ((report.coverage.sentence, font(11, italic=True)),)
    notes += ((config.deadline_rule, font(11, italic=True)),)
    workbook = streamed_workbook()
    _table(
        workbook,
        "Tình hình nộp",
        f"TÌNH HÌNH NỘP BÁO CÁO TỔNG KẾT CCHC (tính đến ngày {as_of})",
        [
            ("Nhiệm vụ", 9),
            ("Đơn vị", 30),
            ("Nhóm", 22),
            ("Hạn nộp", 11),
            ("Ngày nhận", 16),
            ("Tình trạng", 30),
            ("Số ngày muộn", 9),
            ("Có lỗi", 8),
            ("Tệp đã nhận", 48),
            ("Ngày nhận theo", 22),
            ("Ngày lưu trong tệp", 12),
        ],
        [
            [
                r.task,
                r.unit_name,
                report.group_label(r.group),
                vnformat.short_date(r.deadline),
                _received(r),
                r.label,
                r.days_late,
                "Có" if r.has_errors else "",
                "\n".join(r.files),
                "; ".join(r.received_from),
                vnformat.short_date(r.stated) if r.stated else "",
            ]
            for r in report.rows
        ],
        [STATE_FILL[r.state] for r in report.rows],
        notes,
    )
    _table(
        workbook,
        "Tỷ lệ nộp",
        f"TỶ LỆ NỘP BÁO CÁO (tính đến ngày {as_of})",
        [
            ("Nhiệm vụ", 9),
            ("Nhóm đơn vị", 30),
            ("Phải nộp", 10),
            ("Đã nộp", 10),
            ("Đúng hạn, đủ", 12),
            ("Tỷ lệ đã nộp (%)", 12),
            ("Tỷ lệ đúng hạn (%)", 12),
        ],
        [
            [
                g.task,
                report.group_label(g.group),
                g.expected,
                g.submitted,
                g.on_time,
                round(g.reporting_rate, 1),
                round(g.on_time_rate, 1),
            ]
            for g in report.rates
        ],
        notes=notes,
    )
    reminders = report.reminders
    _table(
        workbook,
        "Cần đôn đốc",
        f"DANH SÁCH ĐƠN VỊ CHẬM, CHƯA NỘP, NỘP THIẾU (tính đến ngày {as_of})",
        [
            ("Đơn vị", 30),
            ("Nhiệm vụ", 9),
            ("Hạn nộp", 11),
            ("Tình trạng", 32),
            ("Cơ quan chủ trì", 28),
            ("Cơ quan theo dõi, đôn đốc", 28),
        ],
        [
            [r.unit_name, r.task, vnformat.short_date(r.deadline), r.label, r.lead, r.follow_up]
            for r in reminders
        ],
        [STATE_FILL[r.state] for r in reminders],
        notes,
    )
    if report.conferences:
        deadline = vnformat.short_date(report.conferences[0].deadline)
        held = sum(c.state.held for c in report.conferences)
        _table(
            workbook,
            conference_sheet(report),
            f"HỘI NGHỊ TỔNG KẾT CỦA CÁC {report.words.below.upper()} (tổ chức trước ngày "
            f"{deadline}): "
            f"{vnformat.number(held)}/{vnformat.number(len(report.conferences))} đơn vị đã tổ "
            "chức",
            [
                ("Đơn vị", 30),
                ("Ngày tổ chức", 14),
                ("Tình trạng", 36),
                ("Đơn vị ghi", 30),
                ("Tệp báo cáo", 44),
            ],
            [
                [
                    c.unit_name,
                    vnformat.short_date(c.held_on) if c.held_on else "",
                    c.state.label,
                    c.text,
                    c.file,
                ]
                for c in report.conferences
            ],
            [CONFERENCE_FILL[c.state] for c in report.conferences],
        )
    _table(
        workbook,
        "Nhiệm vụ",
        "CÁC NHIỆM VỤ THEO KẾ HOẠCH",
        [
            ("STT", 7),
            ("Nhiệm vụ", 60),
            ("Thời gian hoàn thành", 30),
            ("Cơ quan chủ trì", 26),
            ("Cơ quan phối hợp", 30),
            ("Theo dõi qua hộp thư", 16),
        ],
        [
            [
                t.id,
                t.title,
                t.deadline_text or (vnformat.short_date(t.deadline) if t.deadline else ""),
                t.lead,
                t.coordinating,
                "Không" if t.tracking.value == "none" else "Có",
            ]
            for t in report.tasks
        ],
        notes=notes[:1] if config.demo else (),
    )
    workbook.properties.title = "Tình hình nộp báo cáo tổng kết CCHC"
    workbook.properties.creator = "cchc"
    return save_stable(workbook, target, report.as_of)
