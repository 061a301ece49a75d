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

from openpyxl.packaging.custom import StringProperty
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.figures.notes import row_note
from cchc_core.forms import layout
from cchc_core.forms.filler import write_into_outline
from cchc_core.forms.outline_write import outline_document
from cchc_core.forms.workbook_write import form_workbook
from cchc_core.model.blocks import Block, Paragraph, Table
from cchc_core.model.indicators import Measure
from cchc_core.model.units import Unit, UnitKind
from cchc_core.util.stable import save_stable
from cchc_core.util.xlsx_style import fit_row_height, write_text

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


def write_rollup_workbook(dataset: Dataset, target: Path) -> Path:
    """The province's form for this district, filled with its totals, to ``target`` atomically."""
    catalogue, config = dataset.catalogue, dataset.config
    unit = rollup_unit(dataset)
    workbook = form_workbook(catalogue, config, unit)
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
    if len(config.units) <= config.output.unit_sheets_max:
        _write_sources(workbook.create_sheet(layout.SOURCES_SHEET), sources)
    if config.district.level == "district":  # a province's level above is no place of its own
        addressee = StringProperty(name=layout.PROP_ADDRESSEE, value=config.district.province)
        workbook.custom_doc_props.append(addressee)
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
    document = outline_document(catalogue, config, rollup_unit(dataset))
    write_into_outline(document, parts)
    return save_stable(document, target, config.reference_date)


def write_rollup(dataset: Dataset, folder: Path) -> list[Path]:
    """Both roll-up files of this campaign into ``folder``."""
    unit_id = dataset.config.district.id
    return [
        write_rollup_workbook(dataset, folder / layout.form_filename(unit_id)),
        write_rollup_outline(dataset, folder / layout.outline_filename(unit_id)),
    ]
