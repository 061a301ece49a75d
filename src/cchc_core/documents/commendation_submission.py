"""Writes ``output/to-trinh-khen-thuong.docx`` (task 4): the Tờ trình from the lead office (Phòng
Nội vụ) to the district's emulation and commendation council, in Decree 30 layout: the grounds,
what was proposed, the list by form of commendation, and the evidence with its ranking method."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cchc_core.check.config_refs import LEFT_OUT, has_values
from cchc_core.check.nominations import PREFIX as NOMINATION
from cchc_core.config import CampaignConfig
from cchc_core.documents.body import BodyWriter
from cchc_core.documents.narrator import Narrator
from cchc_core.documents.render import (
    Letterhead,
    demo_notice,
    number_line,
    place_date,
    recipient_lines,
    render,
)
from cchc_core.documents.tables import TABLE_ROWS_MAX
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.commendations import (
    Ranking,
    also_proposed_by,
    method_lines,
    nominations_by_form,
)
from cchc_core.model.blocks import Paragraph, Table
from cchc_core.model.nominations import Nomination, NomineeKind
from cchc_core.util import vnformat
from cchc_core.util.text import name_in_text

FILENAME = "to-trinh-khen-thuong.docx"
#: the list sent with the Tờ trình (``commendations_list``), which holds every unit's ranking
LIST_FILENAME = "danh-sach-de-nghi-khen-thuong.xlsx"
SUBJECT = (
    "có thành tích xuất sắc trong thực hiện Chương trình tổng thể cải cách hành chính nhà nước "
    "giai đoạn {period}"
)


def _when(config: CampaignConfig) -> str:
    report = config.report
    if report.date:
        return vnformat.long_date(report.date)
    return vnformat.blank_date(report.month, report.year)


def submission_reference(config: CampaignConfig) -> str:
    """``Kèm theo Tờ trình số      /TTr-NV ngày    tháng 5 năm 2020 của Phòng Nội vụ``."""
    settings = config.commendations
    assert settings is not None
    lead = config.unit(settings.lead)
    return f"Kèm theo Tờ trình số        /{settings.number_suffix} {_when(config)} của {lead.name}"


def count_words(collectives: int, individuals: int) -> str:
    """``2 tập thể, 1 cá nhân`` (a zero part left out)."""
    parts = [
        f"{collectives} tập thể" if collectives else "",
        f"{individuals} cá nhân" if individuals else "",
    ]
    return ", ".join(p for p in parts if p) or "0 tập thể, cá nhân"


def district_results(dataset: Dataset) -> list[tuple[str, str]]:
    """The district-wide results shown beside the ranking: (label with its year, value)."""
    settings = dataset.config.commendations
    if settings is None:
        return []
    narrator = Narrator(dataset)
    rows = []
    for code in settings.district_indicators:
        if not has_values(dataset.catalogue, code):
            rows.append((f"Chỉ tiêu mã “{code}”", f"Không có ({LEFT_OUT})"))
            continue
        indicator = narrator.indicator(code)
        figure = narrator.figure(code)
        value = narrator.amount(code, figure.number) if figure.number is not None else ""
        if figure.number is not None and figure.numerator is not None and indicator.ratio:
            value += f" ({vnformat.amount(figure.numerator)}/{vnformat.amount(figure.denominator)})"
        rows.append(
            (
                f"{indicator.subject} năm {narrator.last.year}",
                (value or "Chưa có số liệu") + narrator.coverage(figure),
            )
        )
    return rows


def _counts_table(config: CampaignConfig, nominations: Sequence[Nomination]) -> Table:
    rows = []
    for form, collectives, individuals in nominations_by_form(config, nominations):
        rows.append(
            (
                form,
                str(len(collectives)),
                str(len(individuals)),
                str(len(collectives) + len(individuals)),
            )
        )
    collectives = sum(n.kind is NomineeKind.COLLECTIVE for n in nominations)
    individuals = len(nominations) - collectives
    rows.append(("Tổng cộng", str(collectives), str(individuals), str(len(nominations))))
    return Table(
        ("Hình thức khen thưởng", "Tập thể", "Cá nhân", "Cộng"),
        rows,
        title="Bảng 1. Số tập thể, cá nhân được đề nghị theo hình thức khen thưởng",
        emphasis=(len(rows) - 1,),
    )


def _list_table(
    number: int,
    form: str,
    collectives: Sequence[Nomination],
    individuals: Sequence[Nomination],
    everyone: Sequence[Nomination],
) -> Table:
    rows: list[tuple[str, ...]] = []
    emphasis = []
    for title, members in (("Tập thể", collectives), ("Cá nhân", individuals)):
        if not members:
            continue
        emphasis.append(len(rows))
        rows.append(("", title, "", "", ""))
        for index, nomination in enumerate(members, start=1):
            also = also_proposed_by(nomination, everyone)
            rows.append(
                (
                    str(index),
                    nomination.name,
                    nomination.position,
                    nomination.achievement + (f" ({also})" if also else ""),
                    nomination.unit_name,
                )
            )
    return Table(
        (
            "STT",
            "Tên tập thể/ Họ và tên",
            "Chức vụ, đơn vị công tác",
            "Thành tích",
            "Đơn vị đề nghị",
        ),
        rows,
        title=f"Bảng {number}. Đề nghị {form[0].lower() + form[1:]}",
        emphasis=tuple(emphasis),
        numeric_from=99,
    )


def _score_cell(shown: str, points: float | None) -> str:
    """The value, and on a second line the points it earns."""
    if points is None:
        return "–"
    return f"{shown}\n{vnformat.number(points, 1)} đ"


def ranking_table(ranking: Ranking, number: int, shown: int | None = None) -> Table:
    """One group's ranking as a table of the report: its first ``shown`` units (all by
    default)."""
    header = (
        "Hạng",
        "Đơn vị",
        *(
            f"TC{i} (tối đa {vnformat.amount(c.points)} đ)"
            for i, c in enumerate(ranking.criteria, 1)
        ),
        "Tổng điểm (thang 100)",
    )
    rows = [
        (
            str(unit.rank) if unit.rank is not None else "–",
            unit.unit_name,
            *(_score_cell(s.shown, s.points) for s in unit.scores),
            vnformat.number(unit.total, 1) if unit.total is not None else "–",
        )
        for unit in ranking.units[:shown]
    ]
    return Table(header, rows, title=f"Bảng {number}. Xếp hạng {ranking.title}", numeric_from=2)


def _rejected(dataset: Dataset) -> str:
    rows = {
        (f.unit_name, f.location.cell[1:] if f.location.cell else "")
        for f in dataset.check.errors
        if f.code.startswith(NOMINATION)
    }
    if not rows:
        return ""
    units = [name_in_text(name) for name in sorted({name for name, _ in rows if name})]
    return (
        f"[Còn {len(rows)} dòng đề nghị của {', '.join(units)} chưa đưa vào danh sách vì thiếu "
        "thông tin hoặc không đúng danh mục; xem cchc check và đề nghị đơn vị bổ sung]"
    )


def write_submission(dataset: Dataset, rankings: Sequence[Ranking], target: Path) -> Path:
    """Render the Tờ trình to ``target`` atomically."""
    config = dataset.config
    settings = config.commendations
    assert settings is not None
    lead = config.unit(settings.lead)
    nominations = dataset.check.nominations
    subject = SUBJECT.format(period=settings.achievement_period)
    collectives = sum(n.kind is NomineeKind.COLLECTIVE for n in nominations)
    individuals = len(nominations) - collectives
    letterhead = Letterhead(
        parent_body=config.district.short_name.upper(),
        issuing_body=lead.issuing_name,
        number_line=number_line("", settings.number_suffix),
        place_date=place_date(config),
        doc_type="TỜ TRÌNH",
        summary=f"Về việc đề nghị khen thưởng tập thể, cá nhân {subject}",
        demo_notice=demo_notice(config),
        recipients=recipient_lines(
            ("Như trên", f"Lãnh đạo {config.district.short_name} (b/c)"), "VT, NV"
        ),
        signer_authority="",
        signer_title=lead.head_title or "THỦ TRƯỞNG ĐƠN VỊ",
        signer_name=lead.head_name,
    )

    def body(writer: BodyWriter) -> None:
        writer.centred(f"Kính gửi: {settings.council}.", size=14)
        for ground in settings.grounds:
            writer.paragraph(Paragraph(f"Căn cứ {ground.rstrip(';.')};"))
        writer.paragraph(
            Paragraph("Căn cứ đề nghị của các cơ quan, đơn vị, UBND các xã, thị trấn,")
        )
        writer.paragraph(
            Paragraph(
                f"{lead.name} kính trình {settings.council} xem xét, đề nghị khen thưởng cho "
                f"{count_words(collectives, individuals)} {subject}, cụ thể như sau:"
            )
        )
        writer.heading("I. TỔNG HỢP ĐỀ NGHỊ CỦA CÁC ĐƠN VỊ", 2)
        proposers = {n.unit for n in nominations}
        offices = sum(1 for u in config.offices if u.id in proposers)
        communes = sum(1 for u in config.communes if u.id in proposers)
        if not nominations:
            writer.paragraph(
                Paragraph("[Chưa có đơn vị nào gửi đề nghị khen thưởng hợp lệ]", "missing")
            )
        else:
            writer.paragraph(
                Paragraph(
                    f"{lead.name} đã nhận đề nghị của {offices} cơ quan, đơn vị thuộc UBND huyện "
                    f"và {communes} xã, thị trấn (trang Khen thưởng của biểu thống kê), tổng "
                    f"cộng {count_words(collectives, individuals)}:"
                )
            )
            writer.table(_counts_table(config, nominations), widths=[8.5, 2.6, 2.6, 2.8])
        shared = sum(1 for n in nominations if also_proposed_by(n, nominations))
        if shared:
            writer.paragraph(
                Paragraph(
                    f"Có {shared} đề nghị trùng tập thể, cá nhân với đề nghị của đơn vị khác (ghi "
                    "rõ trong danh sách); đề nghị Hội đồng xem xét, mỗi trường hợp chỉ khen "
                    "thưởng một hình thức."
                )
            )
        rejected = _rejected(dataset)
        if rejected:
            writer.paragraph(Paragraph(rejected, "missing"))
        writer.heading("II. DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", 2)
        number = 2
        for index, (form, group_collectives, group_individuals) in enumerate(
            nominations_by_form(config, nominations), start=1
        ):
            writer.heading(
                f"{index}. {form} ({count_words(len(group_collectives), len(group_individuals))})",
                3,
            )
            writer.table(
                _list_table(number, form, group_collectives, group_individuals, nominations),
                size=11,
                widths=[1.2, 3.5, 3.3, 5.6, 2.9],
            )
            number += 1
        writer.paragraph(Paragraph("(Có danh sách chi tiết kèm theo.)", "note"))
        writer.heading("III. KẾT QUẢ CỦA CÁC ĐƠN VỊ LÀM CĂN CỨ XEM XÉT", 2)
        writer.paragraph(
            Paragraph(
                f"Để Hội đồng có căn cứ so sánh, {lead.name} tổng hợp kết quả thực hiện cải cách "
                "hành chính của các đơn vị từ biểu thống kê, báo cáo các đơn vị đã gửi và xếp "
                "hạng theo cách tính dưới đây."
            )
        )
        for index, ranking in enumerate(rankings, start=1):
            writer.heading(f"{index}. {ranking.heading}", 3)
            for line in method_lines(ranking, dataset):
                writer.paragraph(Paragraph(f"- {line}", "bullet"))
            columns = len(ranking.criteria)
            rest = 16.5 - 1.4 - 1.8
            name = min(4.5, rest - 2.4 * columns)
            writer.table(
                ranking_table(ranking, number, TABLE_ROWS_MAX),
                size=10,
                widths=[1.4, name, *([(rest - name) / columns] * columns), 1.8],
            )
            if len(ranking.units) > TABLE_ROWS_MAX:
                writer.paragraph(
                    Paragraph(
                        f"(Bảng {number} gồm {TABLE_ROWS_MAX} đơn vị xếp đầu trong "
                        f"{vnformat.number(len(ranking.units))} đơn vị; thứ hạng và điểm của tất "
                        f"cả các đơn vị ở trang “Căn cứ xét” của danh sách kèm theo, tệp "
                        f"{LIST_FILENAME}.)",
                        "note",
                    )
                )
            number += 1
        results = district_results(dataset)
        if results:
            writer.heading(f"{len(rankings) + 1}. Kết quả chung của huyện", 3)
            writer.table(
                Table(
                    ("Chỉ tiêu", "Kết quả"),
                    results,
                    title=f"Bảng {number}. Kết quả chung của huyện (không chia theo đơn vị)",
                ),
                widths=[10.5, 6.0],
            )
        writer.paragraph(
            Paragraph(f"{lead.name} kính trình {settings.council} xem xét, quyết định./.")
        )

    return render(letterhead, body, target, config.reference_date)
