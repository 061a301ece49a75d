"""Writes ``output/gui-cap-tren/<id>.xlsx`` and ``<id>-de-cuong.docx``: the district's answer to
the province, in the province's own forms.

The workbook is the form a province's campaign gives one of its districts (every row, since a
district answers with all its totals), filled with this campaign's totals, with the note of each
row (units left out, not submitted, cells left empty). A hidden sheet lists, for every value, the
units' values, files and cells it was computed from, so that ``cchc explain`` at the province can
name the commune behind a figure (for a campaign of at most ``unit_sheets_max`` units). The outline document carries the owner offices' narrative parts.
The province reads both like any unit's files: nothing in its campaign knows they were computed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.config import CampaignConfig
from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.figures.notes import row_note
from cchc_core.forms import layout, nominations_write
from cchc_core.forms.campaign_marks import outline_subject
from cchc_core.forms.filler import write_into_outline
from cchc_core.forms.outline_write import outline_document
from cchc_core.forms.workbook_write import form_workbook, page_lines, write_instructions
from cchc_core.model.blocks import Block, Paragraph, Table
from cchc_core.model.indicators import Measure, Section
from cchc_core.model.units import Unit, UnitKind
from cchc_core.util import vnformat
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_style import fit_row_height, font, write_text

FOLDER = "gui-cap-tren"


def rollup_unit(dataset: Dataset) -> Unit:
    """This campaign as a unit of the level above (``huong_hoa``, ``Huyện Hướng Hóa``)."""
    district = dataset.config.district
    return Unit(id=district.id, name=district.full_name, kind=UnitKind.DISTRICT)


def _value(figure: Figure, measure: Measure | None) -> Any:
    """What the district types into its cell: the figure as its form expects it."""
    if figure.value is None:
        return None
    if measure is Measure.FLAG and not isinstance(figure.value, str):
        return 1 if figure.value else 0
    return figure.value


def _sources(figure: Figure) -> list[tuple[Any, ...]]:
    return [
        (c.role, c.unit, c.unit_name, c.value, c.file, c.sheet, c.cell)
        for c in figure.contributions
    ]


def level_above(config: CampaignConfig) -> str:
    """Where this campaign's roll-up goes: ``UBND tỉnh Quảng Trị`` for a district, the ministry
    for a province."""
    return config.district.province_body if _addressee(config) else "Bộ Nội vụ"


def _addressee(config: CampaignConfig) -> str | None:
    """The place the roll-up is made for, which the province checks (``Quảng Trị``); ``None``
    for a province's, whose level above is no place of its own."""
    return config.district.province_name if config.district.level == "district" else None


def _instruction_lines(
    dataset: Dataset, unit: Unit, sections: list[Section], sources: bool
) -> list[tuple[str, Font]]:
    """The roll-up's own instructions: what the file is and where it goes. The blank form's are
    for a unit that fills it in (a deadline, "Gửi về: UBND huyện", how to type a figure), which
    the district's own answer read as if sent to itself."""
    config = dataset.config
    made_from = (
        f"Tệp do cchc lập ngày {vnformat.short_date(config.reference_date)} từ biểu thống kê các "
        f"{config.district.all_units} gửi theo {config.plan.reference} của "
        f"{config.district.short_name}: mỗi số liệu là số của {config.district.level_word} (tổng "
        "số liệu các đơn vị; tỷ lệ tính từ tổng tử số và tổng mẫu số); cột Ghi chú nêu các đơn vị "
        "còn thiếu số liệu."
    )
    notes = [
        made_from,
        f"Không sửa số liệu trên tệp này: sửa tại {config.district.level_word} rồi lập lại tệp "
        "(cchc build).",
    ]
    if sources:
        notes.append(
            f"Trang ẩn {layout.SOURCES_SHEET} ghi số liệu của từng đơn vị sau mỗi ô, để cấp trên "
            "tra cứu (cchc explain) và thấy số liệu đếm nào khác tổng của các đơn vị (bị sửa tay "
            "sau khi lập tệp)."
        )
    return [
        ("BIỂU THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH", font(14, bold=True)),
        (
            f"(Số liệu tổng hợp của {config.district.level_word} {config.district.name} gửi "
            f"{level_above(config)})",
            font(12, italic=True),
        ),
        ("", font()),
        (f"Đơn vị báo cáo: {unit.addressed_as}", font(13, bold=True)),
        (
            f"Gửi về: {level_above(config)}, kèm báo cáo theo đề cương (tệp "
            f"{layout.outline_filename(unit.id)}).",
            font(12),
        ),
        ("", font()),
        ("Về tệp này:", font(12, bold=True)),
        *((f"{number}. {text}", font(12)) for number, text in enumerate(notes, start=1)),
        *page_lines(config, sections),
    ]


def _own_wording(workbook: Workbook, dataset: Dataset, unit: Unit, sources: bool) -> None:
    """The roll-up's instructions sheet and each sheet's line under its title, in the words of
    a file the district sends rather than one it hands out."""
    config, catalogue = dataset.config, dataset.catalogue
    sections = [s for s in catalogue.sections if s.key in workbook.sheetnames]
    workbook.remove(workbook[layout.INSTRUCTIONS_SHEET])
    write_instructions(
        workbook.create_sheet(layout.INSTRUCTIONS_SHEET, 0),
        _instruction_lines(dataset, unit, sections, sources),
    )
    workbook.active = 0
    for section in sections:
        ws = workbook[section.key]
        ws.cell(row=layout.REPORTER_ROW, column=layout.STT_COLUMN).value = (
            f"Đơn vị báo cáo: {unit.addressed_as}  —  (Số liệu tổng hợp theo "
            f"{config.plan.reference} của {config.district.short_name})"
        )
        fit_row_height(ws, layout.REPORTER_ROW, 11)  # fitted to the blank form's line before
    if nominations_write.SHEET in workbook.sheetnames:
        workbook[nominations_write.SHEET].cell(
            row=nominations_write.PROPOSER_ROW, column=layout.STT_COLUMN
        ).value = f"Đơn vị đề nghị: {unit.addressed_as}"


def write_rollup_workbook(dataset: Dataset, target: Path) -> Path:
    """The province's form for this district, filled with its totals, to ``target`` atomically."""
    catalogue, config = dataset.catalogue, dataset.config
    unit = rollup_unit(dataset)
    workbook = form_workbook(catalogue, config, unit)
    with_sources = len(config.units) <= config.output.unit_sheets_max
    _own_wording(workbook, dataset, unit, with_sources)
    sources: list[tuple[Any, ...]] = []
    for ws in workbook.worksheets[1:]:  # the first sheet is the instructions
        columns = {
            cell.value: cell.column for cell in ws[1] if isinstance(cell.value, str) and cell.value
        }
        for row in ws.iter_rows(min_row=layout.FIRST_ROW, max_col=layout.CODE_COLUMN):
            code = row[0].value
            if not isinstance(code, str) or not catalogue.has_indicator(code):
                continue
            indicator = catalogue.indicator(code)
            if not catalogue.reports(indicator, unit):
                continue
            for period in config.periods:
                figure = dataset.total(code, period.key)
                value = _value(figure, indicator.measure)
                cell = ws.cell(row=row[0].row, column=columns[period.key])
                if isinstance(value, str):
                    write_text(ws, cell.row, cell.column, value)
                elif value is not None:
                    cell.value = value
                sources.extend((code, period.key, *s) for s in _sources(figure))
            note = row_note(indicator, dataset)
            if note:
                write_text(ws, row[0].row, columns[layout.NOTE_KEY], note)
                fit_row_height(ws, row[0].row, 11)  # the blank form's row was one line high
    if with_sources:
        _write_sources(workbook.create_sheet(layout.SOURCES_SHEET), sources)
    addressee = _addressee(config)
    if addressee:
        workbook.custom_doc_props.append(
            StringProperty(name=layout.PROP_ADDRESSEE, value=addressee)
        )
    return save_stable(workbook, target, config.reference_date)


def _write_sources(ws: Worksheet, sources: list[tuple[Any, ...]]) -> None:
    """The hidden sheet of contributions. Only for a campaign of at most ``unit_sheets_max``
    units (a district: 34 units, about 10,000 rows): a campaign of 11,000 units would write
    millions of rows, and its own ``cchc explain`` serves its units' cells."""
    ws.sheet_state = "veryHidden"
    ws.append(layout.SOURCES_HEADER)
    for row in sources:
        ws.append(row)
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
                write_text(ws, ws.max_row, column, value)  # a unit's text never becomes a formula


def _writable(blocks: tuple[Block, ...]) -> list[Block]:
    """The blocks an outline can hold; a gap marker ("[Chưa có nội dung …]") is left out, so
    that the province sees the part as not written."""
    return [
        b
        for b in blocks
        if isinstance(b, Table) or (isinstance(b, Paragraph) and b.style != "missing")
    ]


def write_rollup_outline(dataset: Dataset, target: Path) -> Path:
    """The province's outline for this district, with the owner offices' parts, to ``target``."""
    from cchc_core.documents.district_report import narrative_blocks

    catalogue, config = dataset.catalogue, dataset.config
    parts = {}
    for heading, _ in catalogue.walk_outline():
        if heading.writes_text:
            blocks = _writable(narrative_blocks(dataset, heading))
            if blocks:
                parts[heading.key] = blocks
    unit = rollup_unit(dataset)
    conference = _own_conference(config)
    notes = [
        f"Báo cáo của {unit.addressed_as} gửi {level_above(config)}: mỗi đề mục là phần cơ quan "
        f"chủ trì đã viết trong báo cáo tổng kết của {config.district.level_word} (theo "
        f"{config.plan.reference} của {config.district.short_name}), do cchc lập ngày "
        f"{vnformat.short_date(config.reference_date)}.",
        f"Gửi tệp này cùng biểu thống kê ({layout.form_filename(unit.id)}) về "
        f"{level_above(config)}.",
    ]
    if conference:
        notes.append(
            f"Ngày hội nghị tổng kết của {config.district.level_word} lấy theo mục [conference] "
            "của cchc.toml: nếu hội nghị đổi ngày, sửa tại đó rồi lập lại tệp (cchc build)."
        )
    document = outline_document(
        catalogue,
        config,
        unit,
        notes=notes,
        send_to=level_above(config),
        conference=conference,
    )
    # as on the workbook: the province it goes to
    document.core_properties.subject = outline_subject(config, _addressee(config))
    write_into_outline(document, parts)
    return save_stable(document, target, config.reference_date)


def _own_conference(config: CampaignConfig) -> str:
    """What the roll-up says of this campaign's own conference, from its ``[conference]``: its
    day once the report or the status is dated on or after it, "Chưa tổ chức" when dated
    before; ``""`` (no line, as the province reads: not said) when either date is unknown. The
    campaign's plan date, which dates a draft, says nothing of the conference."""
    held = config.conference.date if config.conference else None
    made = config.report.date or config.status_as_of
    if held is None or made is None:
        return ""
    return vnformat.short_date(held) if held <= made else "Chưa tổ chức"


def write_rollup(dataset: Dataset, folder: Path) -> list[Path]:
    """Both roll-up files of this campaign into ``folder``."""
    unit_id = dataset.config.district.id
    return [
        write_rollup_workbook(dataset, folder / layout.form_filename(unit_id)),
        write_rollup_outline(dataset, folder / layout.outline_filename(unit_id)),
    ]
