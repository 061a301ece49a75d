"""Task 6: the draft "Kế hoạch cải cách hành chính nhà nước huyện … giai đoạn 2021-2030"
(``output/ke-hoach-cchc-2021-2030.docx``), in Decree 30 layout.

Built from the review: its targets take the district's 2016–2020 results as the baseline (the
figures for 2025 and 2030 come from ``[[plan_2030.targets]]`` or are left visibly blank for the
district to fill); its tasks are the units' proposals of Part 2, field by field, each led by the
office that owns the field. The standing text (purposes, requirements, who does what) is the usual
wording of such plans, kept as data below so an office can read and change it in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cchc_core.check.config_refs import LEFT_OUT, has_values
from cchc_core.config import CampaignConfig, PlanTarget
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
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.proposals import FieldProposals, Proposal, gather
from cchc_core.model.blocks import Paragraph, Table
from cchc_core.model.indicators import Measure, OverYears
from cchc_core.util import vnformat

FILENAME = "ke-hoach-cchc-2021-2030.docx"
PERIOD = "2021-2030"
BLANK = "……"

PURPOSES = (
    "Cụ thể hóa các mục tiêu, nhiệm vụ cải cách hành chính nhà nước giai đoạn 2021-2030 của "
    "Chính phủ và của tỉnh phù hợp với điều kiện thực tế của huyện; kế thừa kết quả và khắc phục "
    "những tồn tại, hạn chế đã chỉ ra khi tổng kết giai đoạn 2011-2020.",
    "Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của các cơ quan, đơn vị, UBND các xã, thị "
    "trấn; làm căn cứ để kiểm tra, đánh giá, xác định Chỉ số cải cách hành chính hằng năm.",
)
REQUIREMENTS = (
    "Các cơ quan, đơn vị, UBND các xã, thị trấn xây dựng kế hoạch cải cách hành chính giai đoạn "
    "2021-2030 và hằng năm của mình, bảo đảm thống nhất với Kế hoạch này.",
    "Gắn cải cách hành chính với thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội của "
    "địa phương; lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ.",
)
GENERAL_GOAL = (
    "Xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại, hoạt động hiệu lực, hiệu quả; "
    "đội ngũ cán bộ, công chức, viên chức có phẩm chất, năng lực đáp ứng yêu cầu nhiệm vụ; lấy "
    "người dân, doanh nghiệp làm trung tâm."
)
#: standing roles of "Tổ chức thực hiện" beside each field's lead office: (office, duties)
STANDING_ROLES = (
    (
        "Phòng Nội vụ",
        "Chủ trì, hướng dẫn, theo dõi, đôn đốc và kiểm tra việc thực hiện Kế hoạch; tổng hợp báo "
        "cáo cải cách hành chính định kỳ; tham mưu sơ kết giai đoạn 2021-2025 và tổng kết giai "
        "đoạn 2021-2030.",
    ),
    (
        "Phòng Tài chính - Kế hoạch",
        "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo quy "
        "định.",
    ),
    (
        "Phòng Văn hóa và Thông tin",
        "Phối hợp với Trung tâm Văn hóa Thông tin - Thể dục Thể thao tuyên truyền về cải cách "
        "hành chính và kết quả thực hiện Kế hoạch.",
    ),
    (
        "Các cơ quan, đơn vị thuộc UBND huyện, UBND các xã, thị trấn",
        "Xây dựng và thực hiện kế hoạch cải cách hành chính của đơn vị; báo cáo kết quả định kỳ "
        "(quý, 6 tháng, năm) về UBND huyện (qua Phòng Nội vụ).",
    ),
)


def baseline(narrator: Narrator, code: str) -> str:
    """The district's 2016–2020 result of ``code``: the phase figure when the data cover it (a
    stock at the end of the phase, a rate over the whole phase), otherwise the last full year's,
    named; a visible gap when neither exists."""
    indicator = narrator.indicator(code)
    phase = narrator.config.phases[-1]
    figure = narrator.dataset.phase(code, phase.key)
    if figure.number is not None and indicator.measure is not Measure.COUNT:
        periods = phase.periods(narrator.config.periods)
        if figure.method.startswith(OverYears.LATEST.label):  # a stock: its value at the end
            end = [p for p, f in zip(periods, figure.parts, strict=True) if f.has_value][-1]
            when = f"đến {vnformat.short_date(end.end)}" if end.partial else f"năm {end.year}"
        elif periods and periods[-1].partial:
            when = f"giai đoạn {phase.key}, đến {vnformat.short_date(periods[-1].end)}"
        else:
            when = f"giai đoạn {phase.key}"
        return f"{narrator.amount(code, figure.number)} ({when})"
    last = narrator.figure(code)
    if last.number is None:
        return "[Chưa có số liệu]"
    return f"{narrator.amount(code, last.number)} (năm {narrator.last.year})"


def targets_table(narrator: Narrator, targets: Sequence[PlanTarget]) -> Table:
    """The plan's targets: baseline, the 2025 and 2030 figures (blank where no source gives
    them) and their source."""
    known = [t for t in targets if has_values(narrator.catalogue, t.indicator)]
    rows = [
        (
            str(number),
            narrator.indicator(target.indicator).subject,
            baseline(narrator, target.indicator),
            target.by_2025 or BLANK,
            target.by_2030 or BLANK,
            target.source or BLANK,
        )
        for number, target in enumerate(known, start=1)
    ]
    notes = tuple(
        f"Không có chỉ tiêu mã “{t.indicator}” ({LEFT_OUT}): chưa đưa vào bảng."
        for t in targets
        if t not in known
    )
    return Table(
        (
            "STT",
            "Chỉ tiêu",
            "Kết quả đạt được",
            "Mục tiêu đến năm 2025",
            "Mục tiêu đến năm 2030",
            "Căn cứ",
        ),
        rows,
        title="Bảng 1. Chỉ tiêu cải cách hành chính giai đoạn 2021-2030",
        notes=notes,
        numeric_from=2,
    )


def _coordinating(proposal: Proposal, lead: str, config: CampaignConfig) -> str:
    """The other offices that proposed a task, and the communes as one group."""
    offices = [
        config.unit(u).name
        for u in proposal.units
        if u != lead and not config.unit(u).is_commune_level
    ]
    if any(config.unit(u).is_commune_level for u in proposal.units):
        offices.append("UBND các xã, thị trấn")
    return ", ".join(offices) or "Các cơ quan, đơn vị liên quan"


def tasks_table(field: FieldProposals, config: CampaignConfig, number: int) -> Table:
    """A field's tasks: each gathered proposal, led by the office of the field that made it
    (the field's owner when none did)."""

    def name(unit_id: str) -> str:
        return config.unit(unit_id).name if config.has_unit(unit_id) else unit_id

    return Table(
        ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        [
            (
                str(i),
                p.text,
                name(field.lead_of(p)),
                _coordinating(p, field.lead_of(p), config),
                PERIOD,
            )
            for i, p in enumerate(field.proposals, start=1)
        ],
        title=f"Bảng {number}. Nhiệm vụ {field.heading.title[0].lower()}{field.heading.title[1:]}",
        numeric_from=99,
    )


def _lead_roles(fields: Sequence[FieldProposals], config: CampaignConfig) -> list[tuple[str, str]]:
    """Each lead office and the parts of section III it leads tasks in."""
    fields_of: dict[str, list[str]] = {}
    for field in fields:
        leads = {field.lead_of(p) for p in field.proposals} or {field.owner}
        for lead in sorted(leads, key=lambda u: (u != field.owner, u)):
            name = config.unit(lead).name if config.has_unit(lead) else lead
            fields_of.setdefault(name, []).append(field.heading.number.rstrip("."))
    return [
        (
            name,
            f"Chủ trì thực hiện các nhiệm vụ tại mục III.{', III.'.join(numbers)} của Kế hoạch; "
            "hướng dẫn các cơ quan, đơn vị, UBND các xã, thị trấn thực hiện và báo cáo kết quả về "
            "Phòng Nội vụ để tổng hợp.",
        )
        for name, numbers in fields_of.items()
    ]


def write_plan(dataset: Dataset, target: Path) -> Path:
    """Render the draft plan to ``target`` atomically."""
    config = dataset.config
    settings = config.plan_2030
    assert settings is not None
    narrator = Narrator(dataset)
    district = config.district
    letterhead = Letterhead(
        parent_body="",
        issuing_body=district.issuing_body,
        number_line=number_line("", settings.number_suffix),
        place_date=place_date(config),
        doc_type="KẾ HOẠCH",
        summary=f"Cải cách hành chính nhà nước huyện {district.name} giai đoạn {PERIOD}",
        demo_notice=demo_notice(config),
        recipients=recipient_lines(config.report.recipients, config.report.archive),
        signer_authority=config.report.signer.authority,
        signer_title=config.report.signer.title,
        signer_name=config.report.signer.name,
    )
    fields = gather(dataset.catalogue, config, dataset.narratives)

    def body(writer: BodyWriter) -> None:
        if settings.province_programme:
            writer.paragraph(Paragraph(f"Căn cứ {settings.province_programme};"))
        else:
            writer.paragraph(
                Paragraph(
                    f"[Căn cứ Chương trình cải cách hành chính nhà nước giai đoạn {PERIOD} của "
                    f"{district.province_body}: ghi số, ngày khi tỉnh ban hành "
                    "(plan_2030.province_programme)]",
                    "missing",
                )
            )
        for ground in settings.grounds:
            writer.paragraph(Paragraph(f"Căn cứ {ground.rstrip(';.')};"))
        writer.paragraph(
            Paragraph(
                "Căn cứ kết quả tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai "
                f"đoạn 2011-2020 và đề xuất của các cơ quan, đơn vị, UBND các xã, thị trấn, "
                f"{district.short_name} ban hành Kế hoạch cải cách hành chính nhà nước giai đoạn "
                f"{PERIOD} như sau:"
            )
        )
        writer.heading("I. MỤC ĐÍCH, YÊU CẦU", 2)
        writer.heading("1. Mục đích", 3)
        writer.blocks(Paragraph(f"- {text}", "bullet") for text in PURPOSES)
        writer.heading("2. Yêu cầu", 3)
        writer.blocks(Paragraph(f"- {text}", "bullet") for text in REQUIREMENTS)
        writer.heading("II. MỤC TIÊU", 2)
        writer.heading("1. Mục tiêu chung", 3)
        writer.paragraph(Paragraph(GENERAL_GOAL))
        writer.heading("2. Chỉ tiêu", 3)
        if settings.targets:
            writer.paragraph(
                Paragraph(
                    "Kết quả đạt được là số liệu của huyện giai đoạn 2016-2020 (hoặc năm gần nhất "
                    "có đủ số liệu) tổng hợp khi tổng kết; mục tiêu để trống (……) do huyện xác "
                    "định theo Chương trình của tỉnh.",
                    "note",
                )
            )
            writer.table(
                targets_table(narrator, settings.targets),
                size=11,
                widths=[1.2, 4.6, 3.6, 2.3, 2.3, 2.5],
            )
        else:
            writer.paragraph(
                Paragraph("[Chưa chọn chỉ tiêu: khai báo [[plan_2030.targets]]]", "missing")
            )
        writer.heading("III. NHIỆM VỤ", 2)
        number = 2 if settings.targets else 1
        for field in fields:
            writer.heading(field.heading.display, 3)
            if field.proposals:
                writer.table(
                    tasks_table(field, config, number),
                    size=11,
                    widths=[1.2, 6.5, 3.0, 3.9, 1.9],
                )
                number += 1
            else:
                owner = (
                    config.unit(field.owner).name if config.has_unit(field.owner) else field.owner
                )
                writer.paragraph(
                    Paragraph(
                        f"[Chưa có đề xuất nhiệm vụ về lĩnh vực này; {owner} chủ trì đề xuất]",
                        "missing",
                    )
                )
        writer.heading("IV. TỔ CHỨC THỰC HIỆN", 2)
        roles = [*STANDING_ROLES[:1], *_lead_roles(fields, config), *STANDING_ROLES[1:]]
        merged: dict[str, list[str]] = {}
        for office, duty in roles:
            merged.setdefault(office, []).append(duty)
        for index, (office, duties) in enumerate(merged.items(), start=1):
            writer.heading(f"{index}. {office}", 3)
            writer.blocks(Paragraph(f"- {duty}", "bullet") for duty in duties)
        writer.paragraph(
            Paragraph(
                f"Trên đây là Kế hoạch cải cách hành chính nhà nước huyện {district.name} giai "
                f"đoạn {PERIOD}; yêu cầu các cơ quan, đơn vị, UBND các xã, thị trấn nghiêm túc "
                "triển khai thực hiện./."
            )
        )

    return render(letterhead, body, target, config.reference_date)
