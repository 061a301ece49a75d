"""Sheets written as a stream (openpyxl's write-only mode), for the workbooks that list units.

In openpyxl's normal mode every cell of a workbook is an object held until the file is saved: the
status workbook of 11,000 units held 160,000 of them. A streamed sheet sends each row to the file
as it is written and keeps nothing of it, so its memory is one row whatever the number of units.
The price is order: a sheet is written top to bottom, its column widths before its first row, a
row's height before its cells (computed here from the row's own values), and a workbook's sheets
one after the other. :class:`StreamedSheet` keeps that order and writes cells with the same looks
as the rest of cchc (:mod:`cchc_core.util.xlsx_style`): a look is registered once per workbook and
shared by every cell that has it.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from cchc_core.util.xlsx_style import (
    BORDER,
    HEADER_LOOKS,
    WRAP_CENTER,
    font,
    header_height,
    height_for,
    merged_width,
    set_text,
    set_value,
    setup_print,
    style,
    text_height,
)


def streamed_workbook() -> Workbook:
    """An empty workbook whose sheets are streamed (:class:`StreamedSheet`)."""
    return Workbook(write_only=True)


class StreamedSheet:
    """One sheet of a streamed workbook, written row by row from the top.

    ``widths`` are the columns' widths, in characters; banners span them. ``hidden`` columns
    come after them, hidden (a code kept for ``cchc explain``). The sheet prints as every
    printable sheet of cchc (:func:`setup_print`), ``title_rows`` (``"4:4"``) repeated on each
    page, and its panes are frozen above and left of ``freeze`` (``"A5"``); ``selected`` makes
    it the sheet a spreadsheet opens on. Rows are numbered from 1 as in the spreadsheet;
    :attr:`next_row` is the number the next row written will have.
    """

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        widths: Sequence[float],
        *,
        hidden: int = 0,
        title_rows: str | None = None,
        freeze: str | None = None,
        selected: bool = False,
    ) -> None:
        self.sheet = workbook.create_sheet(title)
        self.widths = tuple(widths)
        for column, width in enumerate(self.widths, start=1):
            self.sheet.column_dimensions[get_column_letter(column)].width = width
        for column in range(len(self.widths) + 1, len(self.widths) + hidden + 1):
            self.sheet.column_dimensions[get_column_letter(column)].hidden = True
        if freeze:
            self.sheet.freeze_panes = freeze
        self.sheet.sheet_view.tabSelected = selected
        setup_print(self.sheet, title_rows=title_rows)
        self.next_row = 1

    def _cell(self, value: object = None) -> Cell:
        return WriteOnlyCell(self.sheet, value)  # type: ignore[no-any-return]

    def text(self, value: str, **looks: object) -> Cell:
        """A cell holding ``value`` as text that never becomes a formula (:func:`set_text`)."""
        cell = self._cell()
        set_text(cell, value, **looks)
        return cell

    def cell(self, value: object = None, **looks: object) -> Cell:
        """A cell holding ``value`` as it is (a number), with ``looks``."""
        cell = self._cell(value)
        style(cell, **looks)
        return cell

    def row(
        self,
        cells: Sequence[Cell | None],
        *,
        size: float = 11,
        merges: Sequence[tuple[int, int]] = (),
        height: float | None = None,
    ) -> int:
        """Write ``cells`` (``None`` for an empty one) as the next row; ``merges`` are (first,
        last) columns joined. Its height is ``height``, or fitted to its wrapped text, each cell
        in its own font (hidden columns left out; one line at ``size`` points at least). Returns
        its row."""
        if height is None:
            height = height_for(1, size)
            for column, cell in enumerate(cells[: len(self.widths)], start=1):
                if cell is not None:
                    span = next((m for m in merges if m[0] == column), (column, column))
                    height = max(
                        height, text_height(cell, merged_width(self.widths[span[0] - 1 : span[1]]))
                    )
        row = self._append(cells, height)
        for first, last in merges:
            self._merge(row, first, last)
        return row

    def _append(self, cells: Sequence[Cell | None], height: float | None) -> int:
        row = self.next_row
        if height is not None:
            self.sheet.row_dimensions[row].height = height
        self.sheet.append(list(cells))
        self.next_row += 1
        return row

    def _merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merged_cells.add(
                f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}"
            )

    def banner(
        self,
        text: str,
        *,
        look: Font | None = None,
        alignment: Alignment = WRAP_CENTER,
        size: float = 11,
        span: int | None = None,
        bordered: bool = False,
    ) -> int:
        """A line of text across the first ``span`` columns (all by default), merged, its height
        fitted to the text (one line at ``size`` points at least); ``bordered`` draws the table's
        grid around it. Returns its row."""
        span = span or len(self.widths)
        look = look or font(size)
        grid: dict[str, object] = {"border": BORDER} if bordered else {}
        first = self.text(text, font=look, alignment=alignment, **grid)
        rest = [self.cell(**grid) if bordered else None for _ in range(span - 1)]
        return self.row([first, *rest], merges=[(1, span)], size=size)

    def header(
        self, captions: Sequence[str], height: float = 45, after: Sequence[Cell] = ()
    ) -> int:
        """A table's header: bold centred captions on a tinted, bordered row (``after``: cells
        written beyond them, as a hidden column's caption)."""
        cells = [self.text(caption, **HEADER_LOOKS) for caption in captions]
        columns = list(zip(captions, self.widths, strict=False))
        return self.row([*cells, *after], height=header_height(columns, height))

    def values(
        self,
        values: Sequence[object],
        *,
        fill: PatternFill | None = None,
        size: float = 11,
        bold: bool = False,
        merges: Sequence[tuple[int, int]] = (),
    ) -> int:
        """A table row: numbers as numbers, anything else as text that never becomes a formula,
        all bordered, tinted with ``fill``; ``merges`` are (first, last) columns joined, the
        value of each in its first column (the others are left empty). Its height is fitted to
        its wrapped text."""
        covered = {c for first, last in merges for c in range(first + 1, last + 1)}
        cells: list[Cell | None] = []
        for column, value in enumerate(values, start=1):
            if column in covered:
                cells.append(self.cell(border=BORDER))
                continue
            looks: dict[str, object] = {"font": font(size, bold=bold)}
            if fill is not None:
                looks["fill"] = fill
            cell = self._cell()
            set_value(cell, value, size, **looks)
            cells.append(cell)
        return self.row(cells, size=size, merges=merges)

    def skip(self) -> None:
        """An empty row."""
        self._append([], None)
