"""Sheets written as a stream, for the workbooks that list units.

In openpyxl's normal mode every cell of a workbook is an object held until the file is saved: the
status workbook of 11,000 units held 160,000 of them. A streamed sheet sends each row to a file
as it is written and keeps nothing of it, so its memory is one row whatever the number of units.
The price is order: a sheet is written top to bottom, its column widths before its first row, a
row's height before its cells (computed here from the row's own values), and a workbook's sheets
one after the other. :class:`StreamedSheet` keeps that order and writes cells with the same looks
as the rest of cchc (:mod:`cchc_core.util.xlsx_style`): a look is registered once per workbook and
shared by every cell that has it.

openpyxl writes the package (styles, column widths, merged cells, print set-up); the rows are
written here, as the XML openpyxl's write-only mode writes for them, byte for byte, into a file
per sheet that :class:`StreamedWorkbook` puts into the sheet's part when the workbook is saved
(:func:`~cchc_core.util.stable.save_stable`). openpyxl took 20 µs a cell to write a styled cell
of a streamed row, two thirds of the time of the status workbook of 11,000 units.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

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

#: the rows of a sheet are kept in memory up to this size, in a temporary file beyond it
ROWS_IN_MEMORY = 4 * 1024 * 1024
#: the sheet part openpyxl writes for a streamed sheet, whose rows are all written here
_EMPTY_ROWS = b"<sheetData></sheetData>"


class StreamedWorkbook(Workbook):
    """A workbook of streamed sheets (:class:`StreamedSheet`). Saved by
    :func:`~cchc_core.util.stable.save_stable`, which asks it first for the parts it writes
    itself (:meth:`streamed_parts`); openpyxl's ``save`` alone would leave out every row, and
    is refused."""

    def __init__(self) -> None:
        super().__init__(write_only=True)
        self.rows: dict[WriteOnlyWorksheet, IO[bytes]] = {}
        self._parts_taken = False

    def save(self, filename: str) -> None:
        """openpyxl's save, once :meth:`streamed_parts` has been asked for (by ``save_stable``)."""
        if not self._parts_taken:
            raise TypeError("a streamed workbook is saved by save_stable, which writes its rows")
        super().save(filename)

    def streamed_parts(self) -> dict[str, functools.partial[Iterator[bytes]]]:
        """Each streamed sheet's part (named as openpyxl names them, by the sheet's place) and
        how its content is made from what openpyxl wrote: the rows put into it."""
        self._parts_taken = True
        return {
            f"xl/worksheets/sheet{place}.xml": functools.partial(_with_rows, self.rows[sheet])
            for place, sheet in enumerate(self.worksheets, start=1)
            if sheet in self.rows
        }


def streamed_workbook() -> StreamedWorkbook:
    """An empty workbook whose sheets are streamed (:class:`StreamedSheet`)."""
    return StreamedWorkbook()


def _with_rows(rows: IO[bytes], written: bytes) -> Iterator[bytes]:
    """The sheet openpyxl wrote, its empty ``sheetData`` filled with the rows of ``rows``."""
    at = written.find(_EMPTY_ROWS)
    if at < 0:
        raise ValueError("openpyxl wrote rows into a streamed sheet, or wrote it otherwise")
    yield written[:at] + b"<sheetData>"
    rows.seek(0)
    while piece := rows.read(1024 * 1024):
        yield piece
    rows.close()
    yield b"</sheetData>" + written[at + len(_EMPTY_ROWS) :]


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
        workbook: StreamedWorkbook,
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
        # open until the workbook is saved, which closes it once its rows are in the package
        self._rows: IO[bytes] = tempfile.SpooledTemporaryFile(ROWS_IN_MEMORY)  # noqa: SIM115
        workbook.rows[self.sheet] = self._rows

    def _cell(self, value: object = None) -> Cell:
        return WriteOnlyCell(self.sheet, value)  # type: ignore[no-any-return]

    def text(self, value: str, **looks: object) -> Cell:
        """A cell holding ``value`` as text that never becomes a formula (:func:`set_text`)."""
        cell = self._cell()
        set_text(cell, value, **looks)
        return cell

    def cell(self, value: object = None, **looks: object) -> Cell:
        """A cell holding ``value`` as it is (a number), with ``looks``; a text is written as
        :meth:`text` writes it (cleaned of what XML cannot hold, never a formula)."""
        if isinstance(value, str):
            return self.text(value, **looks)
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
        # as openpyxl writes a row's height: none given, nothing; zero, only "customHeight"
        shape = ""
        if height is not None:
            shape = (f' ht="{safe_string(height)}"' if height else "") + ' customHeight="1"'
        written = [f'<row r="{row}"{shape}>']
        for column, cell in enumerate(cells, start=1):
            if cell is not None and (cell._value is not None or cell.has_style):
                written.append(_cell_xml(cell, f"{get_column_letter(column)}{row}"))
        written.append("</row>")
        self._rows.write("".join(written).encode("ascii", "xmlcharrefreplace"))
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


#: the characters escaped in a cell's text, as lxml escapes them when openpyxl writes a cell
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _cell_xml(cell: Cell, address: str) -> str:
    """A cell as openpyxl's write-only mode writes it: its style's number in the workbook, its
    type, its value (a text inline). Only the types a streamed sheet holds: text, numbers,
    truth values."""
    value, kind = cell._value, cell.data_type
    style = f' s="{cell.style_id}"' if cell.has_style else ""
    if kind not in ("s", "n", "b"):
        raise TypeError(f"a streamed sheet writes no cell of type {kind!r} ({address})")
    if cell.hyperlink is not None or cell._comment is not None:
        raise TypeError(f"a streamed sheet writes no link or comment ({address})")
    written = f'<c r="{address}"{style} t="{"inlineStr" if kind == "s" else kind}">'
    if value is None or value == "":
        return f"{written}</c>"
    if kind == "s":
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f"{written}<is><t{space}>{value.translate(_ESCAPED)}</t></is></c>"
    return f"{written}<v>{safe_string(value)}</v></c>"
