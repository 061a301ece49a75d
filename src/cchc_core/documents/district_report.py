"""The district report (``output/bao-cao-tong-ket-cchc.docx``): Phụ lục 2's outline heading by
heading, each part with the narrative its owner office wrote and the computed content its plugin
provides; Phụ lục 1 attached at the end in a landscape section."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cchc_core.documents.body import BodyWriter
from cchc_core.documents.part_two import proposal_blocks
from cchc_core.documents.render import (
    Letterhead,
    demo_notice,
    number_line,
    place_date,
    recipient_lines,
    render,
)
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.notes import reporters_label
from cchc_core.model.blocks import Block, Paragraph, Table
from cchc_core.model.headings import Heading
from cchc_core.model.indicators import Measure
from cchc_core.util import vnformat

FILENAME = "bao-cao-tong-ket-cchc.docx"


def owner_name(dataset: Dataset, heading: Heading) -> str:
    """The office that writes under a heading."""
    domain = dataset.catalogue.domain(heading.domain)
    config = dataset.config
    return config.unit(domain.owner).name if config.has_unit(domain.owner) else domain.owner


def narrative_blocks(dataset: Dataset, heading: Heading) -> tuple[Block, ...]:
    """What the owner office wrote under ``heading``, or a visible gap marker; under a Part 2
    field heading, every unit's proposals for that field (``part_two``)."""
    gathered = proposal_blocks(dataset, heading)
    if gathered is not None:
        return gathered
    domain = dataset.catalogue.domain(heading.domain)
    written = dataset.narratives.get(domain.owner)
    name = owner_name(dataset, heading)
    if written is None:
        return (
            Paragraph(f"[Chưa có nội dung — {name} chưa gửi báo cáo theo đề cương]", "missing"),
        )
    narrative = written.get(heading.key)
    if narrative is None or narrative.is_empty:
        return (Paragraph(f"[Chưa có nội dung — đơn vị: {name}]", "missing"),)
    return narrative.blocks


def _opening(dataset: Dataset) -> list[Paragraph]:
    config = dataset.config
    title = config.report.title
    grounds = "; ".join(config.report.grounds)
    paragraphs = [
        Paragraph(
            f"Thực hiện {grounds}, {config.district.short_name} báo cáo "
            f"{title[0].lower() + title[1:]} như sau:"
            if grounds
            else f"{config.district.short_name} báo cáo {title[0].lower() + title[1:]} như sau:"
        )
    ]
    expected = [u for u in config.units if dataset.catalogue.rows_for(u)]
    used = [u for u in expected if dataset.is_valid(u.id)]
    partial = [p for p in config.periods if p.partial]
    note = (
        f"Số liệu trong báo cáo được tổng hợp từ biểu thống kê của {len(used)}/{len(expected)} "
        f"cơ quan, đơn vị và UBND xã, thị trấn (chi tiết tại Phụ lục 1 kèm theo)"
    )
    if partial:
        end = partial[0].end
        note += f"; số liệu năm {end.year} tính đến ngày {end.day}/{end.month}/{end.year}"
    paragraphs.append(Paragraph(note + ".", "note"))
    return paragraphs


def write_outline_parts(
    writer: BodyWriter,
    dataset: Dataset,
    computed: Mapping[str, Sequence[Block]],
    root: str | None = None,
    *,
    level_offset: int = 1,
    only_domain: str | None = None,
) -> None:
    """Every heading under ``root`` with its narrative and computed blocks (only those of
    ``only_domain`` and their descendants, when given)."""
    catalogue = dataset.catalogue
    skipped: set[str] = set()
    for heading, depth in catalogue.walk_outline(root):
        if heading.parent in skipped or (only_domain and heading.domain != only_domain):
            skipped.add(heading.key)
            continue
        text = heading.district_display
        if heading.parent is None:
            writer.heading(
                heading.number,
                depth + level_offset,
                second_line=heading.district_title or heading.title,
            )
        else:
            writer.heading(text, depth + level_offset)
        if heading.writes_text:
            writer.blocks(narrative_blocks(dataset, heading))
        writer.blocks(computed.get(heading.key, ()))


def appendix_tables(dataset: Dataset) -> list[tuple[str, Table]]:
    """Phụ lục 1 as one table per section, district totals by period."""
    catalogue = dataset.catalogue
    periods = dataset.config.periods
    result = []
    for section in catalogue.sections:
        rows, emphasis = [], []
        left_out: set[str] = set()
        for indicator in catalogue.section_rows(section.key):
            cells = []
            for period in periods:
                if indicator.is_heading:
                    cells.append("")
                    continue
                figure = dataset.total(indicator.code, period.key)
                left_out.update(figure.excluded)
                if figure.value is None:
                    cells.append("–")
                elif isinstance(figure.value, str):
                    cells.append(figure.value)
                else:
                    cells.append(
                        vnformat.amount(figure.value, indicator.measure is Measure.PERCENT)
                    )
            if indicator.is_heading or indicator.parent is None:
                emphasis.append(len(rows))
            label = ("    " if indicator.added else "") + indicator.label
            rows.append(
                (indicator.stt, label, reporters_label(indicator.reporters, dataset), *cells)
            )
        notes = []
        if section.note:
            notes.append(section.note)
        if left_out:
            notes.append(f"Chưa tính số liệu của {', '.join(sorted(left_out))} do báo cáo có lỗi.")
        title = f"{section.key}. {section.title} (Đơn vị thống kê, báo cáo: {section.compiler})"
        header = ("STT", "Chỉ tiêu", "Đơn vị thống kê báo cáo", *(p.label for p in periods))
        result.append(
            (
                title,
                Table(header, rows, notes=tuple(notes), emphasis=tuple(emphasis), numeric_from=3),
            )
        )
    return result


def write_appendix(writer: BodyWriter, dataset: Dataset) -> None:
    """The landscape Phụ lục 1 section of the district report."""
    config = dataset.config
    writer.centred("PHỤ LỤC 1", bold=True)
    writer.centred(
        f"THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH CỦA UBND HUYỆN "
        f"{config.district.name.upper()} QUA CÁC NĂM",
        size=13,
        bold=True,
    )
    writer.centred(
        f"(Kèm theo Báo cáo tổng kết của {config.district.short_name}; mẫu biểu theo "
        f"{config.plan.reference})",
        size=13,
        italic=True,
    )
    periods = len(config.periods)
    widths = [1.1, 8.0, 4.3, *([(writer.width - 13.4) / periods] * periods)]
    for title, table in appendix_tables(dataset):
        writer.paragraph(Paragraph(title))
        writer.table(table, size=10, widths=widths)


def write_district_report(
    dataset: Dataset, computed: Mapping[str, Sequence[Block]], target: Path
) -> Path:
    """Render the district report to ``target`` atomically."""
    config = dataset.config
    signer = config.report.signer
    letterhead = Letterhead(
        parent_body="",
        issuing_body=config.district.issuing_body,
        number_line=number_line(config.report.number, config.report.number_suffix),
        place_date=place_date(config),
        doc_type="BÁO CÁO",
        summary=config.report.title,
        demo_notice=demo_notice(config),
        recipients=recipient_lines(config.report.recipients, config.report.archive),
        signer_authority=signer.authority,
        signer_title=signer.title,
        signer_name=signer.name,
    )
    closing = (
        f"Trên đây là báo cáo {config.report.title[0].lower()}{config.report.title[1:]} "
        f"của {config.district.short_name}./."
    )

    def body(writer: BodyWriter) -> None:
        writer.blocks(_opening(dataset))
        write_outline_parts(writer, dataset, computed)
        writer.paragraph(Paragraph(closing))

    return render(
        letterhead,
        body,
        target,
        config.reference_date,
        write_appendix=lambda writer: write_appendix(writer, dataset),
    )
