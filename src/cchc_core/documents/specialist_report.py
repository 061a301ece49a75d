"""A specialist report (``output/chuyen-de/3.1-the-che.docx`` …): issued by the field's owner office,
with that field's parts of the outline in full, every indicator by year and by phase, results per
commune where communes report, and the office's proposals for 2021–2030."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cchc_core.documents.body import BodyWriter
from cchc_core.documents.district_report import narrative_blocks, write_outline_parts
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
from cchc_core.model.blocks import Block, Paragraph
from cchc_core.model.domains import Domain
from cchc_core.model.indicators import Measure
from cchc_core.util.text import ascii_slug


def _short_name(name: str) -> str:
    """``Phòng Tư pháp`` → ``TP`` (the suffix of an office's document numbers)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in ("phòng", "và", "huyện")]
    if name.lower().startswith("văn phòng"):
        return "VP"
    return "".join(ascii_slug(w)[:1].upper() for w in words)


def statistics_blocks(dataset: Dataset, domain: Domain) -> list[Block]:
    """Part II of a specialist report: the field's indicators by year, by phase, by commune."""
    narrator = Narrator(dataset)
    rows = [
        i
        for i in dataset.catalogue.domain_indicators(domain.key)
        if not i.is_heading and i.measure is not Measure.TEXT
    ]
    codes = [i.code for i in rows]
    blocks: list[Block] = []
    if not codes:
        return [Paragraph("Lĩnh vực này không có chỉ tiêu thống kê trong Phụ lục 1.", "note")]
    blocks.append(narrator.table(codes, title="Bảng 1. Các chỉ tiêu của lĩnh vực qua các năm"))
    blocks.append(narrator.phase_table(codes, title="Bảng 2. So sánh hai giai đoạn"))
    commune_codes = [i.code for i in rows if i.reporters.communes and not i.added][:4]
    if commune_codes:
        blocks.append(
            narrator.units_table(
                commune_codes,
                title=f"Bảng 3. Kết quả của từng xã, thị trấn năm {narrator.last.year}",
            )
        )
    return blocks


def write_specialist_report(
    dataset: Dataset,
    domain: Domain,
    computed: Mapping[str, Sequence[Block]],
    detail: Sequence[Block],
    target: Path,
) -> Path:
    """Render ``domain``'s specialist report to ``target`` atomically."""
    config = dataset.config
    office = config.unit(domain.owner)
    catalogue = dataset.catalogue
    letterhead = Letterhead(
        parent_body=config.district.short_name.upper(),
        issuing_body=office.issuing_name,
        number_line=number_line("", f"BC-{_short_name(office.name)}"),
        place_date=place_date(config),
        doc_type="BÁO CÁO",
        summary=f"{domain.report_title} giai đoạn 2011-2020",
        demo_notice=demo_notice(config),
        recipients=recipient_lines(
            (config.district.short_name + " (báo cáo)", "Phòng Nội vụ (tổng hợp)"), "VT"
        ),
        signer_authority="",
        signer_title=office.head_title or "THỦ TRƯỞNG ĐƠN VỊ",
        signer_name=office.head_name,
    )

    def body(writer: BodyWriter) -> None:
        writer.paragraph(
            Paragraph(
                f"Thực hiện {config.plan.reference} của {config.district.short_name} về "
                f"{config.plan.title[0].lower() + config.plan.title[1:]}, {office.name} báo cáo "
                f"{domain.report_title[0].lower() + domain.report_title[1:]} như sau:"
            )
        )
        writer.heading("I. KẾT QUẢ THỰC HIỆN", 2)
        if domain.outline and catalogue.has_heading(domain.outline):
            root = catalogue.heading(domain.outline)
            if root.writes_text or computed.get(root.key):
                writer.heading(root.display, 3)
                if root.writes_text:
                    writer.blocks(narrative_blocks(dataset, root))
                writer.blocks(computed.get(root.key, ()))
            write_outline_parts(
                writer, dataset, computed, root.key, level_offset=3, only_domain=domain.key
            )
        writer.heading("II. SỐ LIỆU THỐNG KÊ", 2)
        writer.blocks(statistics_blocks(dataset, domain))
        writer.blocks(detail)
        writer.heading("III. ĐỀ XUẤT NHIỆM VỤ GIAI ĐOẠN 2021-2030", 2)
        if domain.proposal and catalogue.has_heading(domain.proposal):
            proposal = catalogue.heading(domain.proposal)
            written = dataset.narratives.get(office.id, {}).get(proposal.key)
            if written is not None and not written.is_empty:
                writer.blocks(written.blocks)
            else:
                writer.paragraph(
                    Paragraph(f"[Chưa có nội dung — đơn vị: {office.name}]", "missing")
                )
        writer.paragraph(
            Paragraph(
                f"Trên đây là báo cáo {domain.report_title[0].lower()}"
                f"{domain.report_title[1:]} của {office.name}./."
            )
        )

    return render(letterhead, body, target, config.reference_date)
