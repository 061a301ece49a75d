"""Task 5: the district conference's documents in ``output/hoi-nghi/``, in Decree 30 layout.

- ``bao-cao-tom-tat.docx``: the short report read at the conference, drawn from the built report
  (key figures, targets met and not met, the communes' own conferences, nominations, the proposals
  most units share);
- ``chuong-trinh.docx``: the programme, from ``[[conference.programme]]``;
- ``giay-moi.docx``: the invitation to the participants of ``[conference]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cchc_core.check.config_refs import LEFT_OUT, has_values
from cchc_core.config import CampaignConfig, Conference, Signer
from cchc_core.documents.body import BodyWriter
from cchc_core.documents.commendation_submission import count_words
from cchc_core.documents.narrator import Narrator
from cchc_core.documents.part_two import proposers
from cchc_core.documents.render import (
    Letterhead,
    demo_notice,
    number_line,
    place_date,
    recipient_lines,
    render,
)
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.conferences import CommuneConference, ConferenceState
from cchc_core.figures.proposals import gather
from cchc_core.figures.targets import Verdict
from cchc_core.model.blocks import Paragraph, Table
from cchc_core.model.nominations import NomineeKind
from cchc_core.util import vnformat
from cchc_core.util.phrases import first_names
from cchc_core.util.text import name_in_text

FOLDER = "hoi-nghi"
SUMMARY, PROGRAMME, INVITATION = "bao-cao-tom-tat.docx", "chuong-trinh.docx", "giay-moi.docx"
#: proposals per field read out at the conference (those most units share come first)
SHOWN_PROPOSALS = 3


def when_held(conference: Conference, year: int) -> str:
    """``07 giờ 30 phút, ngày 25 tháng 5 năm 2020``, with dotted blanks where ``cchc.toml`` has
    none (body text folds runs of spaces, so the blanks are dots)."""
    day = vnformat.long_date(conference.date) if conference.date else f"ngày …… tháng …… năm {year}"

    return f"{conference.time or '…… giờ ……'}, {day}"


def _letterhead(
    config: CampaignConfig,
    doc_type: str,
    summary: str,
    number: str,
    recipients: Sequence[str],
    signer: Signer,
) -> Letterhead:
    return Letterhead(
        parent_body="",
        issuing_body=config.district.issuing_body,
        number_line=number_line("", number) if number else "",
        place_date=place_date(config),
        doc_type=doc_type,
        summary=summary,
        demo_notice=demo_notice(config),
        recipients=recipient_lines(tuple(recipients), "VT"),
        signer_authority=signer.authority,
        signer_title=signer.title,
        signer_name=signer.name,
    )


def conference_sentence(
    conferences: Sequence[CommuneConference], below: str = "xã, thị trấn"
) -> Paragraph | None:
    """How many communes (``below``: the units below the campaign's level) held their own
    conference, and who did not or has not said."""
    if not conferences:
        return None
    held = [c for c in conferences if c.state.held]
    late = [c for c in held if c.state is ConferenceState.LATE]
    deadline = vnformat.short_date(conferences[0].deadline)
    text = (
        f"Có {vnformat.number(len(held))}/{vnformat.number(len(conferences))} {below} đã tổ "
        f"chức hội nghị tổng kết ({vnformat.number(len(held) - len(late))} đơn vị tổ chức trước "
        f"ngày {deadline}"
        + (
            f"; {first_names([name_in_text(c.unit_name) for c in late])} tổ chức sau ngày "
            f"{deadline}"
            if late
            else ""
        )
        + ")"
    )
    for state, words in (
        (ConferenceState.NOT_HELD, "chưa tổ chức"),
        (ConferenceState.NOT_SAID, "chưa báo ngày tổ chức"),
        (ConferenceState.NO_REPORT, "chưa gửi báo cáo"),
    ):
        names = [name_in_text(c.unit_name) for c in conferences if c.state is state]
        if names:
            text += f"; {', '.join(names)} {words}"
    return Paragraph(text + ".")


def _targets(narrator: Narrator) -> dict[Verdict, list[Paragraph]]:
    """The programme's targets by verdict, each as the report words it."""
    found: dict[Verdict, list[Paragraph]] = {verdict: [] for verdict in Verdict}
    for result in narrator.targets:
        if result.verdict is Verdict.NO_DATA:
            sentence = Paragraph(f"{result.target.label}: chưa đủ số liệu để đánh giá.")
        else:
            sentence = narrator.target_sentence(result)
        found[result.verdict].append(sentence)
    return found


def write_summary(dataset: Dataset, conferences: Sequence[CommuneConference], target: Path) -> Path:
    """The short report read at the conference."""
    config = dataset.config
    conference = config.conference
    assert conference is not None
    narrator = Narrator(dataset)
    letterhead = _letterhead(
        config,
        "BÁO CÁO TÓM TẮT",
        "Kết quả thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
        "2011-2020, phương hướng, nhiệm vụ giai đoạn 2021-2030",
        config.report.number_suffix,
        ("Các đại biểu dự Hội nghị",),
        config.report.signer,
    )
    nominations = dataset.check.nominations

    def body(writer: BodyWriter) -> None:
        held = f", {vnformat.long_date(conference.date)}" if conference.date else ""
        writer.centred(f"(Trình bày tại {conference.title}{held})", size=13, italic=True)
        writer.paragraph(
            Paragraph(
                f"Thực hiện {config.plan.reference} của {config.district.short_name}, "
                f"{config.district.short_name} báo cáo tóm tắt kết quả thực hiện Chương trình "
                "tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020 tại Hội nghị như sau:"
            )
        )
        writer.heading("I. MỘT SỐ KẾT QUẢ CHỦ YẾU", 2)
        writer.paragraph(
            Paragraph(f"{dataset.coverage.sentence} Chi tiết tại báo cáo tổng kết.", "note")
        )
        for code in conference.indicators:
            if not has_values(dataset.catalogue, code):
                writer.paragraph(
                    Paragraph(f"[Không có chỉ tiêu mã “{code}”: {LEFT_OUT}]", "missing")
                )
                continue
            trend = narrator.trend(code)
            writer.paragraph(Paragraph(f"- {trend.text}", trend.style))
        sentence = conference_sentence(conferences, config.district.words.below)
        if sentence is not None:
            writer.paragraph(sentence)
        writer.heading("II. CÁC CHỈ TIÊU ĐÃ ĐẠT, CHƯA ĐẠT", 2)
        targets = _targets(narrator)
        for title, verdict in (
            ("1. Các chỉ tiêu đã đạt", Verdict.MET),
            ("2. Các chỉ tiêu chưa đạt", Verdict.NOT_MET),
            ("3. Các chỉ tiêu chưa đủ số liệu để đánh giá", Verdict.NO_DATA),
        ):
            if targets[verdict]:
                writer.heading(title, 3)
                writer.blocks(targets[verdict])
        if not any(targets.values()):
            writer.paragraph(
                Paragraph(
                    "[Chưa có chỉ tiêu nào của Chương trình được khai báo để so sánh]", "missing"
                )
            )
        writer.heading("III. ĐỀ XUẤT NHIỆM VỤ GIAI ĐOẠN 2021-2030", 2)
        fields = gather(dataset.catalogue, config, dataset.narratives)
        for field_proposals in fields:
            writer.heading(field_proposals.heading.display, 3)
            shared_first = sorted(field_proposals.proposals, key=lambda p: -len(p.units))[
                :SHOWN_PROPOSALS
            ]
            if not shared_first:
                writer.paragraph(Paragraph("Chưa có đề xuất.", "note"))
            for proposal in shared_first:
                count = len(proposal.units)
                who = f"({count} đơn vị đề xuất)" if count > 2 else proposers(proposal.unit_names)
                writer.paragraph(Paragraph(f"- {proposal.text} {who}.", "bullet"))
        if config.commendations is not None:
            writer.heading("IV. ĐỀ NGHỊ KHEN THƯỞNG", 2)
            collectives = sum(n.kind is NomineeKind.COLLECTIVE for n in nominations)
            proposing = len({n.unit for n in nominations})
            writer.paragraph(
                Paragraph(
                    f"Có {proposing} {config.district.words.offices}, {config.district.words.below} "
                    "đề nghị khen thưởng "
                    f"{count_words(collectives, len(nominations) - collectives)} có thành tích "
                    "xuất sắc trong cải cách hành chính giai đoạn 2011-2020; Phòng Nội vụ đã tổng "
                    f"hợp, trình {config.commendations.council} xem xét."
                )
            )
        writer.paragraph(
            Paragraph(
                "Trên đây là báo cáo tóm tắt kết quả thực hiện Chương trình tổng thể cải cách hành "
                f"chính nhà nước giai đoạn 2011-2020 của {config.district.short_name}./."
            )
        )

    return render(letterhead, body, target, config.reference_date)


def write_programme(config: CampaignConfig, target: Path) -> Path:
    """The conference programme."""
    conference = config.conference
    assert conference is not None
    letterhead = _letterhead(
        config,
        "CHƯƠNG TRÌNH",
        conference.title,
        conference.programme_suffix,
        ("Các đại biểu dự Hội nghị", "Văn phòng HĐND và UBND huyện"),
        conference.signer,
    )

    def body(writer: BodyWriter) -> None:
        writer.paragraph(Paragraph(f"Thời gian: {when_held(conference, config.report.year)}."))
        writer.paragraph(Paragraph(f"Địa điểm: {conference.venue or '……'}."))
        if not conference.programme:
            writer.paragraph(
                Paragraph(
                    "[Chưa có nội dung chương trình: khai báo [[conference.programme]]]", "missing"
                )
            )
            return
        writer.table(
            Table(
                ("Thời gian", "Nội dung", "Thực hiện"),
                [(item.time, item.item, item.by) for item in conference.programme],
                numeric_from=99,
            ),
            size=12,
            widths=[4.7, 7.6, 4.2],
        )

    return render(letterhead, body, target, config.reference_date)


def write_invitation(config: CampaignConfig, target: Path) -> Path:
    """The invitation (Giấy mời) to the conference's participants."""
    conference = config.conference
    assert conference is not None
    letterhead = _letterhead(
        config,
        "GIẤY MỜI",
        f"Dự {conference.title}",
        conference.invitation_suffix,
        ("Như thành phần mời",),
        conference.signer,
    )

    def body(writer: BodyWriter) -> None:
        writer.paragraph(
            Paragraph(
                f"{config.district.short_name} tổ chức {conference.title} và trân trọng kính mời:"
            )
        )
        if not conference.participants:
            writer.paragraph(
                Paragraph("[Chưa có thành phần mời: khai báo participants]", "missing")
            )
        for participant in conference.participants:
            writer.paragraph(Paragraph(f"- {participant.rstrip(';.')};", "bullet"))
        writer.paragraph(Paragraph(f"Thời gian: {when_held(conference, config.report.year)}."))
        writer.paragraph(Paragraph(f"Địa điểm: {conference.venue or '……'}."))
        # one paragraph: a one-page invitation keeps room for the signature
        writer.paragraph(
            Paragraph(
                "Nội dung: Báo cáo tóm tắt kết quả giai đoạn 2011-2020, phương hướng giai đoạn "
                "2021-2030; thảo luận; khen thưởng (chương trình kèm theo). Rất mong các đại biểu "
                "tham dự đúng thời gian, thành phần./."
            )
        )

    return render(letterhead, body, target, config.reference_date)


def write_all(
    dataset: Dataset, conferences: Sequence[CommuneConference], folder: Path
) -> list[Path]:
    """The three conference documents in ``folder`` (``output/hoi-nghi/``)."""
    config = dataset.config
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_summary(dataset, conferences, folder / SUMMARY),
        write_programme(config, folder / PROGRAMME),
        write_invitation(config, folder / INVITATION),
    ]
