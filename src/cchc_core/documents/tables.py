"""How every table and chart of every report is laid out and printed, in one place (the body
writer applies it to every report, and to any document another part of cchc renders).

- Column widths come from what the columns hold: a column of row numbers or years needs little
  room, a column of labels most of it (fixed widths gave a 7 cm "STT" column).
- On paper: the header row repeats at the top of each page a table runs onto, no row splits across
  two pages, a caption stays with its table or chart, captions are numbered ("Bảng 1.",
  "Biểu đồ 1."), and a table never touches the paragraph after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from cchc_core.model.blocks import Table
from cchc_core.util.docx_style import set_row_property
from cchc_core.util.text_width import width_cm

#: about the width of one character of 11-point Times New Roman (for the room a column would
#: like), and a cell's side padding with a little to spare (cm)
CHAR_CM = 0.19
PADDING_CM = 0.5
#: a cell this short (characters) is kept on one line: "văn bản", "98,5%", "Có lỗi"
ONE_LINE = 12
#: a column's wish for room is capped so one long sentence does not starve the others
LONGEST_NEED = 45
#: the most rows a document's table of units holds: a district's units fit (34 units, two tasks
#: at most); beyond, as in a single campaign of thousands of communes, the document sends a
#: workbook as its full list (a Word table of 11,000 rows was 300 pages and 580 MB to write)
TABLE_ROWS_MAX = 150


def _least(header: str, cells: Sequence[str]) -> float:
    """The narrowest a column may be (cm): its longest word (the header's in bold), a short cell
    on one line; measured with Times' widths at the tables' 11 pt."""
    words = [width_cm(w, 11, bold=True) for w in header.split()]
    for cell in cells:
        if not cell:
            continue
        if len(cell) <= ONE_LINE:
            words.append(width_cm(cell, 11))
        else:
            words.extend(width_cm(w, 11) for w in cell.split())
    return max(words, default=0.5) + PADDING_CM


def _wish(header: str, cells: Sequence[str]) -> float:
    """How much room a column would like: about its upper-quartile cell length, and half its
    header (a header may take two lines)."""
    lengths = sorted(len(c) for c in cells) or [1]
    return float(min(max(lengths[len(lengths) * 3 // 4], len(header) / 2), LONGEST_NEED))


def column_widths(table: Table, total_cm: float) -> list[float]:
    """Widths (cm) of ``table``'s columns summing to ``total_cm``: each at least its narrowest, the
    rest of the room shared by what the columns would like beyond that."""
    columns = len(table.header)
    cells = [[row[i] if i < len(row) else "" for row in table.rows] for i in range(columns)]
    least = [_least(table.header[i], cells[i]) for i in range(columns)]
    if sum(least) >= total_cm:
        return [total_cm * w / sum(least) for w in least]
    wanted = [
        max(least[i], _wish(table.header[i], cells[i]) * CHAR_CM + PADDING_CM)
        for i in range(columns)
    ]
    if sum(wanted) <= total_cm:  # every wish fits: share the spare room in their proportions
        return [w * total_cm / sum(wanted) for w in wanted]
    room = total_cm - sum(least)
    extra = [wanted[i] - least[i] for i in range(columns)]
    return [least[i] + room * extra[i] / sum(extra) for i in range(columns)]


# ----- what every table and chart of a report does on paper -----------------------------------
def print_conventions(table: DocxTable) -> None:
    """A table printed right: its header row repeated at the top of every page it runs onto, no
    row split across two pages, and the header kept with the first row under it."""
    rows = table.rows
    for index, row in enumerate(rows):
        set_row_property(row, "w:cantSplit")
        if index == 0:
            set_row_property(row, "w:tblHeader")
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def keep_with_next(paragraph: DocxParagraph) -> DocxParagraph:
    """A caption or a lead line that stays on the page of what follows it."""
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def caption(kind: str, number: int, title: str) -> str:
    """``Bảng 3. Kết quả tuyên truyền CCHC qua các năm``; ``Biểu đồ 1. …``. A title that already
    carries a number ("Bảng 2. …") is renumbered, so a document's captions run without a gap."""
    title = _NUMBERED.sub("", title)
    return f"{kind} {number}. {title}" if title else f"{kind} {number}"


_NUMBERED = re.compile(r"^(Bảng|Biểu đồ)\s+\d+\s*[.:]\s*")


def merged_tail(values: Sequence[str], first_data: int) -> int | None:
    """Where a row's data columns hold one statement and nothing after it ("Chưa nộp", "Có lỗi,
    chưa tính"): the column to merge from to the end of the row, so it prints on one line."""
    filled = [i for i, v in enumerate(values) if v]
    if not filled or len(values) < 2:
        return None
    last = filled[-1]
    if (
        last >= first_data
        and last < len(values) - 1
        and not any(ch.isdigit() for ch in values[last])
    ):
        return last
    return None
