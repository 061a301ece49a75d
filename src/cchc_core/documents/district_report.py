"""The district report (``output/bao-cao-tong-ket-cchc.docx``): Phụ lục 2's outline heading by
heading, each part with the narrative its owner office wrote and the computed content its plugin
provides; Phụ lục 1 attached at the end in a landscape section."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cchc_core.documents.body import BodyWriter
from cchc_core.documents.part_two import proposal_blocks
from cchc_core.documents.references import StatedOnce
from cchc_core.documents.render import (
    Letterhead,
    attached_to,
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
from cchc_core.util.decree30 import TEXT_WIDTH_CM, fit_lines
from cchc_core.util.text import name_in_text

FILENAME = "bao-cao-tong-ket-cchc.docx"


def part_title(title: str) -> str:
    """A part's title ("KIẾN NGHỊ, ĐỀ XUẤT …") broken into lines between word groups."""
    return "\n".join(fit_lines(title, TEXT_WIDTH_CM - 1.0, (14,), bold=True)[0])


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
    paragraphs.append(Paragraph(data_note(dataset), "note"))
    return paragraphs


def data_note(dataset: Dataset) -> str:
    """Where the report's figures come from: the coverage sentence every output prints, the
    part-year, and the earlier review's figures."""
    config = dataset.config
    notes = [dataset.coverage.sentence]
    partial = [p for p in config.periods if p.partial]
    if partial:
        notes.append(
            f"Số liệu năm {partial[0].year} tính đến ngày {vnformat.short_date(partial[0].end)}."
        )
    earlier = dataset.check.earlier
    if earlier is not None:
        notes.append(f"Số liệu giai đoạn {earlier.phase} theo {earlier.source}.")
    return " ".join(notes)


def write_outline_parts(
    writer: BodyWriter, dataset: Dataset, computed: Mapping[str, Sequence[Block]]
) -> None:
    """Every heading of the outline with its narrative and computed blocks; a computed figure is
    stated under the first heading that has it and referred to under the others."""
    catalogue = dataset.catalogue
    stated = StatedOnce()
    for heading, depth in catalogue.walk_outline():
        if heading.parent is None:
            writer.heading(
                heading.number,
                depth + 1,
                second_line=part_title(heading.district_title or heading.title),
            )
        else:
            writer.heading(heading.district_display, depth + 1)
        if heading.writes_text:
            writer.blocks(narrative_blocks(dataset, heading))
        label = catalogue.heading_label(heading.key)
        writer.blocks(stated.blocks(computed.get(heading.key, ()), label))


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
                left_out.update(figure.excluded + figure.not_submitted)
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
            unit = "%" if indicator.measure is Measure.PERCENT else indicator.unit_label
            rows.append(
                (
                    indicator.stt,
                    label,
                    unit if indicator.measure is not Measure.FLAG else "Có = 1; Không = 0",
                    reporters_label(indicator.reporters, dataset),
                    *cells,
                )
            )
        notes = []
        if section.note:
            notes.append(section.note)
        if left_out:
            notes.append(f"Chưa có số liệu của: {', '.join(map(name_in_text, sorted(left_out)))}.")
        title = f"{section.key}. {section.title} (Đơn vị thống kê, báo cáo: {section.compiler})"
        header = (
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Đơn vị thống kê báo cáo",
            *(p.label for p in periods),
        )
        result.append(
            (
                title,
                Table(header, rows, notes=tuple(notes), emphasis=tuple(emphasis), numeric_from=4),
            )
        )
    return result


def write_appendix(writer: BodyWriter, dataset: Dataset) -> None:
    """The landscape Phụ lục 1 section of the district report."""
    config = dataset.config
    writer.centred("PHỤ LỤC 1", bold=True)
    writer.centred(
        f"THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH CỦA UBND "
        f"{config.district.level_word.upper()} {config.district.name.upper()} QUA CÁC NĂM",
        size=13,
        bold=True,
    )
    writer.centred(attached_to(config), size=13, italic=True)
    writer.paragraph(Paragraph(dataset.coverage.sentence, "note"))
    periods = len(config.periods)
    widths = [1.3, 7.4, 2.2, 4.0, *([(writer.width - 14.9) / periods] * periods)]
    for title, table in appendix_tables(dataset):
        writer.lead(title)
        writer.table(table, size=11, widths=widths)


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
        names=config.place_names,
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
