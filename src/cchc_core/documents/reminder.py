"""The reminder letter (công văn đôn đốc, ``output/cong-van-don-doc.docx``): a Decree 30 official
letter draft from the district's People's Committee to the units that are late, missing, sent a
blank form or must resend a corrected file, naming each unit, what it owes and the deadline it
missed. Regenerated from the status at every build; the number and the new deadline are left blank
for the signer, as a draft's are (nothing a chairman signs is invented).
"""

from __future__ import annotations

from pathlib import Path

from cchc_core.config import CampaignConfig
from cchc_core.documents import status_workbook
from cchc_core.documents.body import BodyWriter
from cchc_core.documents.feedback import follow_up_office
from cchc_core.documents.render import Letterhead, demo_notice, number_line, recipient_lines, render
from cchc_core.documents.tables import TABLE_ROWS_MAX
from cchc_core.figures.status import State, StatusReport, UnitStatus
from cchc_core.model.blocks import Paragraph, Table
from cchc_core.util import vnformat

FILENAME = "cong-van-don-doc.docx"
ATTACHED_LIST = status_workbook.FILENAME

#: what a unit owes, by where it stands
_OWED = {
    State.MISSING: "Gửi {parts}",
    State.BLANK: "Điền và gửi lại biểu mẫu (tệp gửi về còn trống)",
    State.INCOMPLETE: "Gửi bổ sung {missing}",
    State.LATE: "Đã gửi muộn; lưu ý thời hạn",
}


def _owed(row: UnitStatus, parts: str) -> str:
    owed = _OWED.get(row.state, "").format(parts=parts, missing=", ".join(row.missing_parts))
    if row.has_errors:
        # the unit gets its feedback with the letter; a folder path means nothing to it
        fix = "Sửa lỗi số liệu theo phiếu phản hồi gửi kèm và gửi lại"
        owed = f"{owed}; {fix[0].lower()}{fix[1:]}" if owed and row.state is not State.LATE else fix
    return owed


def write_reminder(status: StatusReport, config: CampaignConfig, target: Path) -> Path:
    """The reminder letter for ``status.reminders`` at ``target``."""
    rows = status.reminders
    units = list(dict.fromkeys(config.unit(r.unit).addressed_as for r in rows))
    office = follow_up_office(config)
    suffix = "UBND-NV" if office is None or office.id == "noi_vu" else "UBND"
    letterhead = Letterhead(
        parent_body="",
        issuing_body=config.district.issuing_body,
        number_line=number_line("", suffix),
        place_date=f"{config.district.place}, {vnformat.long_date(status.as_of)}",
        doc_type="",
        summary=(
            "V/v đôn đốc gửi báo cáo tổng kết Chương trình tổng thể cải cách hành chính nhà nước "
            "giai đoạn 2011-2020"
        ),
        demo_notice=demo_notice(config),
        recipients=recipient_lines(
            ("Như trên", f"CT, các PCT UBND {config.district.level_word}", config.plan.follow_up),
            "VT, NV",
        ),
        signer_authority=config.report.signer.authority,
        signer_title=config.report.signer.title,
        signer_name=config.report.signer.name,
    )
    delivered = {r.unit for r in status.rows if r.state.delivered}
    expected = {r.unit for r in status.rows}

    shown = rows[:TABLE_ROWS_MAX]
    capped = len(shown) < len(rows)
    listed = "có tên trong danh sách kèm theo" if capped else "có tên dưới đây"
    named = "có tên trong danh sách kèm theo" if capped else "có tên trên"

    def body(writer: BodyWriter) -> None:
        if len(units) <= 6:
            writer.paragraph(Paragraph("Kính gửi:"))
            for name in units:
                writer.paragraph(Paragraph(f"- {name};", "bullet"))
        else:
            writer.paragraph(Paragraph(f"Kính gửi: Các {config.district.all_units} {listed}."))
        which = (
            f"{vnformat.number(len(units))} đơn vị chưa hoàn thành (danh sách đầy đủ: tệp "
            f"{ATTACHED_LIST} gửi kèm; dưới đây là {len(shown)} việc đầu):"
            if capped
            else "Các đơn vị sau đây chưa hoàn thành:"
        )
        writer.paragraph(
            Paragraph(
                f"Thực hiện {config.plan.reference} của {config.district.short_name} về tổng kết "
                "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020, đến ngày "
                f"{vnformat.short_date(status.as_of)}, {config.plan.follow_up} đã nhận báo cáo của "
                f"{vnformat.number(len(delivered))}/{vnformat.number(len(expected))} "
                f"{config.district.all_units}. {which}"
            )
        )
        table_rows = []
        for number, row in enumerate(shown, 1):
            parts = (
                "biểu thống kê và báo cáo theo đề cương"
                if row.task in ("2.1", "2.2")
                else ("phần báo cáo chuyên đề")
            )
            table_rows.append(
                (
                    str(number),
                    row.unit_name,
                    row.task,
                    vnformat.short_date(row.deadline),
                    row.label,
                    _owed(row, parts),
                )
            )
        if capped:
            # rows go task by task: a unit in the table may owe a later task too
            others = {r.unit for r in rows[len(shown) :]} - {r.unit for r in shown}
            rest = f"Và {vnformat.number(len(rows) - len(shown))} việc khác" + (
                f" của {vnformat.number(len(others))} đơn vị chưa có trong bảng" if others else ""
            )
            table_rows.append(("…", rest, "", "", "", f"Xem danh sách kèm theo ({ATTACHED_LIST})"))
        writer.table(
            Table(
                ("STT", "Cơ quan, đơn vị", "Nhiệm vụ", "Hạn", "Tình trạng", "Cần thực hiện"),
                table_rows,
                title="Các đơn vị chưa hoàn thành báo cáo tổng kết",
                numeric_from=6,
            ),
            size=10,
            widths=[1.2, 3.7, 1.6, 1.9, 3.5, 4.6],
        )
        writer.paragraph(
            Paragraph(
                f"Để kịp tổng hợp, báo cáo UBND tỉnh theo thời gian quy định, {config.district.short_name}"
                f" đề nghị các đơn vị {named} khẩn trương hoàn thành, gửi về "
                f"{config.plan.send_to} trước ngày ….. tháng ….. năm {status.as_of.year}; các "
                f"đơn vị có lỗi số liệu sửa theo phiếu phản hồi của {config.plan.follow_up}."
            )
        )
        writer.paragraph(
            Paragraph(
                f"Đây là nhiệm vụ quan trọng, đề nghị Thủ trưởng các {config.district.words.offices}, "
                f"Chủ tịch UBND các {config.district.words.below} quan tâm chỉ đạo thực hiện./."
            )
        )

    return render(letterhead, body, target, status.as_of)
