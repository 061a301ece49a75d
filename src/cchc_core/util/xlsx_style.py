"""Shared look of every workbook cchc writes: Times New Roman, thin borders, numbers in Vietnamese
notation, every printable sheet set up as a document (A4, fitted to the width, header rows repeated,
"Trang 1/3" at the foot).

Numbers stay numbers. Their formats carry the Vietnamese locale tag ``[$-42A]``: LibreOffice then
shows 5.210 and 95,1% whatever the computer's language (measured: without the tag an English-locale
LibreOffice shows 5,210 and 95.1%). Excel takes separators from Windows' regional settings only;
:data:`EXCEL_SEPARATORS` is the note each workbook carries for it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from copy import copy

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.util.text_width import POINT_CM, width_cm
from cchc_core.util.untrusted import for_cell

FONT_NAME = "Times New Roman"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")  # pale yellow: "type here"
HEADER_FILL = PatternFill("solid", fgColor="E8EEF7")
MISSING_FILL = PatternFill("solid", fgColor="FCE4E4")
UNLOCKED = Protection(locked=False)  # an input cell of a protected sheet

WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
CENTER = Alignment(horizontal="center", vertical="top")
RIGHT = Alignment(horizontal="right", vertical="top")

VIETNAMESE = "[$-42A]"  # the Windows language id of Vietnamese (0x042A)
COUNT_FORMAT = f"{VIETNAMESE}#,##0"
DECIMAL_FORMAT = f"{VIETNAMESE}#,##0.0"
PERCENT_FORMAT = f"{VIETNAMESE}0.0"  # a rate typed on the 0–100 scale
FRACTION_PERCENT_FORMAT = f"{VIETNAMESE}0.0%"  # a rate stored as a fraction, shown with "%"
#: the note for Excel users, whose separators come from the computer
EXCEL_SEPARATORS = (
    "Số liệu ghi theo kiểu Việt Nam (1.234 và 98,5%). Nếu Excel hiện 1,234 và 98.5%, máy tính "
    "đang đặt kiểu số tiếng Anh: vào File > Options > Advanced, bỏ chọn “Use system "
    "separators”, đặt Decimal separator là dấu phẩy (,) và Thousands separator là dấu chấm (.)."
)
PAGE_FOOTER = '&"Times New Roman,Regular"&10Trang &P/&N'
#: the tallest row Excel allows (points); a taller one is refused or printed over several pages
MAX_ROW_HEIGHT = 409
#: the room a cell's text does not use at its left and right edges (cm): LibreOffice with
#: Calibri's metrics breaks "Năm 2020" (1.67 cm in bold) in a column of 8.5 (1.71 cm)
_CELL_MARGINS_CM = 0.05


@functools.cache
def font(
    size: float = 12, *, bold: bool = False, italic: bool = False, color: str | None = None
) -> Font:
    """Times New Roman at ``size`` points (one shared object per look: never modify it)."""
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, color=color)


def style(cell: Cell, **looks: object) -> None:
    """Give ``cell`` its font, border, fill, alignment, protection or number format.

    openpyxl registers every style object a cell is given in the workbook's lists, hashing all
    its fields each time: a third of the time of writing a form went there. A look that has been
    given once is remembered per workbook as the resulting style array (openpyxl's ``_style``)
    and copied to the next cell, as a named style would be. The objects are kept referenced with
    the entry, so that their ids, part of the key, are never reused.
    """
    workbook = cell.parent.parent
    cache = workbook.__dict__.setdefault("_cchc_looks", {})
    start = tuple(cell._style) if cell._style is not None else ()  # None: never styled
    key = (start, *((name, id(value)) for name, value in looks.items()))
    found = cache.get(key)
    if found is None:
        for name, value in looks.items():
            setattr(cell, name, value)
        cache[key] = (copy(cell._style), tuple(looks.values()))
    else:
        cell._style = copy(found[0])


def setup_print(
    ws: Worksheet,
    *,
    landscape: bool = True,
    title_rows: str | None = None,
    area: str | None = None,
) -> None:
    """A4, fitted to the page width (any number of pages tall), margins in inches, ``title_rows``
    repeated at the top of each page, "Trang 1/3" centred at the foot, ``area`` the part printed."""
    ws.oddFooter.center.text = PAGE_FOOTER
    ws.evenFooter.center.text = PAGE_FOOTER
    if area:
        ws.print_area = area
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows


def keep_out_of_print(ws: Worksheet) -> None:
    """A sheet kept for checking, not for the printed appendix (one unit's figures, the files):
    hidden, so that printing or exporting the workbook gives the document alone; the first sheet
    says how to show it again."""
    ws.sheet_state = "hidden"


def write_text(ws: Worksheet, row: int, column: int, value: str, **looks: object) -> None:
    """Write a string that must stay a string: a leading ``=`` ``+`` ``-`` ``@`` never becomes a
    formula (the cell is typed as text and quote-prefixed), characters a workbook cannot hold are
    removed and a text too long for a cell is cut with a note (:func:`for_cell`)."""
    set_text(ws.cell(row=row, column=column), value, **looks)


def set_text(cell: Cell, value: str, **looks: object) -> None:
    """:func:`write_text` for a cell already made (a streamed sheet's cells are made apart)."""
    value = for_cell(value)
    cell.value = value
    cell.data_type = "s"
    if value[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True
    style(cell, **looks)


def row_cells(ws: Worksheet, row: int) -> list[Cell]:
    """The cells written in one row, found without looking at any other row.

    ``ws[row]`` asks openpyxl for the sheet's last column, which scans every cell of the sheet:
    called for each row, that made the status workbook of 11,000 units quadratic (909 million
    steps). The columns of a cchc table are the ones given a width; the cells are looked up in
    the worksheet's own cell map (openpyxl's ``_cells``) so that no empty cell is created.
    """
    widths = [column_index_from_string(letter) for letter in ws.column_dimensions]
    last = max(widths) if widths else ws.max_column
    cells = ws._cells  # keyed by (row, column); reading it creates nothing
    return [cells[(row, column)] for column in range(1, last + 1) if (row, column) in cells]


def lines_needed(text: str, width: float, size: float, *, bold: bool = False) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide (a column's
    width, or the sum of a merged range's) at ``size`` points, broken between words as a
    spreadsheet does, each word measured with Times New Roman's widths.

    A column's width counts characters of the workbook's default font, Calibri 11 (7 pixels at
    96 per inch, plus 5 of margin), as in Excel, and in LibreOffice where Calibri or its metric
    twin Carlito is installed. An estimate of 1.3 characters a unit, measured in a LibreOffice
    that fell back to a wider font, left wrapped cells cut off there.
    """
    room = (7 * width + 5) / 96 * 2.54 - _CELL_MARGINS_CM
    if "\n" not in text and len(text) * size * POINT_CM <= room:
        return 1  # no letter is wider than an em: it fits whatever it holds
    space = _word_cm(" ", size, bold)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0.0
        for word in part.split(" "):
            needed = _word_cm(word, size, bold)
            if used and used + space + needed > room:
                lines += 1
                used = 0.0
            if not used and needed > room:
                # a word wider than the column (a file name, a checksum) is cut across lines
                pieces = math.ceil(needed / room)
                lines += pieces - 1
                used = needed - (pieces - 1) * room
            else:
                used += (space if used else 0.0) + needed
    return lines


def merged_width(widths: Sequence[float]) -> float:
    """The width, in characters, of columns merged into one cell: each column has its 5 pixels
    of margin, which the width of one column counts once."""
    return sum(widths) + 5 * (len(widths) - 1) / 7 if widths else 0.0


@functools.lru_cache(maxsize=65536)
def _word_cm(word: str, size: float, bold: bool) -> float:
    # unit names, states and dates repeat on every row of a list
    return width_cm(word, size, bold=bold)


def height_for(lines: int, size: float) -> float:
    """The height in points of a row of ``lines`` lines at ``size`` points, at most Excel's
    largest."""
    return min(round(lines * size * 1.32 + 3, 1), MAX_ROW_HEIGHT)


def text_height(cell: Cell, width: float) -> float:
    """The height a wrapped text cell ``width`` characters wide needs, in its own font's size
    and weight (0 for a cell that holds no text)."""
    if not isinstance(cell.value, str):
        return 0.0
    # the font straight from the workbook's list: ``cell.font`` builds a proxy object each time
    look = cell.parent.parent._fonts[cell._style.fontId] if cell.has_style else cell.font
    size = look.sz or 11
    return height_for(lines_needed(cell.value, width, size, bold=bool(look.b)), size)


def fit_row_height(ws: Worksheet, row: int, size: float = 12) -> None:
    """Set a row's height from its wrapped text, each cell in its own font (one line at ``size``
    points at least): spreadsheet programs do not grow rows written by openpyxl, and LibreOffice
    prints overlapping lines without this."""
    height = height_for(1, size)
    # the merged ranges crossing this row, compared by numbers: ``coordinate in range`` parses
    # the coordinate for every range and cell (20 s of a 2,000-unit status workbook)
    spans = [
        (r.min_col, r.max_col) for r in ws.merged_cells.ranges if r.min_row <= row <= r.max_row
    ]
    for cell in row_cells(ws, row):
        if not isinstance(cell.value, str) or cell.value.startswith("="):
            continue
        if ws.column_dimensions[get_column_letter(cell.column)].hidden:
            continue
        merged = next((span for span in spans if span[0] <= cell.column <= span[1]), None)
        columns = range(merged[0], merged[1] + 1) if merged else (cell.column,)
        width = merged_width(
            [ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in columns]
        )
        height = max(height, text_height(cell, width))
    ws.row_dimensions[row].height = height


#: the looks of a table's header cell: bold, centred, bordered, tinted
HEADER_LOOKS: dict[str, object] = {
    "font": font(11, bold=True),
    "alignment": WRAP_CENTER,
    "border": BORDER,
    "fill": HEADER_FILL,
}


def header_row(
    ws: Worksheet,
    row: int,
    columns: Sequence[tuple[str, float]],
    height: float = 45,
    first_column: int = 1,
) -> None:
    """A table's header: bold centred captions on a tinted, bordered row, and column widths."""
    for column, (text, width) in enumerate(columns, start=first_column):
        ws.column_dimensions[get_column_letter(column)].width = width
        write_text(ws, row, column, text, **HEADER_LOOKS)
    ws.row_dimensions[row].height = header_height(columns, height)


def header_height(columns: Sequence[tuple[str, float]], height: float) -> float:
    """A header row's height: ``height``, or more where a caption needs more lines in its
    column ("Năm 2020 (Tính đến 31/3)" in a column of 8.5)."""
    lines = max((lines_needed(text, width, 11, bold=True) for text, width in columns), default=1)
    return max(height, height_for(lines, 11))


def put_value(ws: Worksheet, row: int, column: int, value: object, size: float = 11) -> None:
    """A table cell: numbers as numbers (centred), anything else as text that never becomes a
    formula."""
    set_value(ws.cell(row=row, column=column), value, size)


def set_value(cell: Cell, value: object, size: float = 11, **looks: object) -> None:
    """:func:`put_value` for a cell already made; ``looks`` (a fill, a bold font) are given in
    the same step as the table's own."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        number_format = DECIMAL_FORMAT if isinstance(value, float) else COUNT_FORMAT
        looks = {"alignment": CENTER, "number_format": number_format, **looks}
        style(cell, **{"font": font(size), "border": BORDER, **looks})
    else:
        looks = {"font": font(size), "alignment": WRAP, "border": BORDER, **looks}
        set_text(cell, "" if value is None else str(value), **looks)
