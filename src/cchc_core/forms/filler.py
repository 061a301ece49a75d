"""Filling blank forms the way a unit does: open its workbook or outline document, type into the
input cells or under the headings, save under any name. Used by the demo and by tests, so that both go
through the real forms and the real readers.

A blank workbook is opened once and kept (by the digest of its bytes): each fill types into it,
saves the copy and takes what it typed out again, so the next fill starts from the blank form.
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from copy import copy
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from cchc_core.forms import conference_date, layout
from cchc_core.forms import nominations_read as nomination_sheet
from cchc_core.model.blocks import Block, Paragraph, Table

#: blank workbooks already opened, by the digest of their bytes (a test suite fills the same few
#: blank forms hundreds of times; opening one was half the time of filling it)
_OPENED: OrderedDict[str, Workbook] = OrderedDict()
_OPENED_MAX = 16


def _opened(blank: Path) -> Workbook:
    digest = hashlib.sha256(blank.read_bytes()).hexdigest()
    if digest in _OPENED:
        _OPENED.move_to_end(digest)
    else:
        workbook = load_workbook(blank)
        # openpyxl's first save of an opened workbook sets a few sheet properties (outline
        # levels); saving once here makes every fill of this blank save the same bytes
        workbook.save(io.BytesIO())
        _OPENED[digest] = workbook
        if len(_OPENED) > _OPENED_MAX:
            _OPENED.popitem(last=False)
    return _OPENED[digest]


class _Typing:
    """Cells typed into an opened blank workbook, and how to take them out again so that the
    workbook is the blank form for the next fill."""

    def __init__(self) -> None:
        self.typed: list[tuple[Worksheet, int, int, bool, Any, Any]] = []

    def type(self, ws: Worksheet, row: int, column: int, value: Any) -> None:
        existed = (row, column) in ws._cells
        cell = ws.cell(row=row, column=column)
        # the style too: openpyxl gives a cell typed a date a date's number format
        self.typed.append((ws, row, column, existed, cell.value, copy(cell._style)))
        cell.value = value

    def undo(self) -> None:
        for ws, row, column, existed, before, look in reversed(self.typed):
            if existed:
                cell = ws.cell(row=row, column=column)
                cell.value = before
                cell._style = look
            else:
                del ws._cells[(row, column)]


def fill_form(
    blank: Path,
    target: Path,
    values: Mapping[tuple[str, str], Any],
    notes: Mapping[str, str] | None = None,
    nominations: Sequence[Mapping[str, Any]] = (),
) -> Path:
    """Copy ``blank`` to ``target`` with ``values[(code, period key)]`` typed into the cells and
    ``nominations`` (column key → value, see ``model.nominations.COLUMNS``) into the rows of the
    nominations sheet.

    Raises ``KeyError`` for a code or period the form does not have (a test's mistake).
    """
    workbook = _opened(blank)
    typing = _Typing()
    try:
        _type_into(workbook, typing, values, notes, nominations, blank.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(target)
    finally:
        typing.undo()
    return target


def type_into_form(
    workbook: Workbook,
    values: Mapping[tuple[str, str], Any],
    notes: Mapping[str, str] | None = None,
    nominations: Sequence[Mapping[str, Any]] = (),
) -> None:
    """Type what :func:`fill_form` types into a form held in memory (a new one, to be saved
    once: ``forms --update``)."""
    _type_into(workbook, _Typing(), values, notes, nominations, "(in memory)")


def _type_into(
    workbook: Workbook,
    typing: _Typing,
    values: Mapping[tuple[str, str], Any],
    notes: Mapping[str, str] | None,
    nominations: Sequence[Mapping[str, Any]],
    name: str,
) -> None:
    _type_values(workbook, typing, values, notes, name)
    if nominations:
        sheet = workbook[nomination_sheet.SHEET]
        marker = {cell.value: cell.column for cell in sheet[1] if isinstance(cell.value, str)}
        for offset, nomination in enumerate(nominations):
            for key, value in nomination.items():
                row = nomination_sheet.FIRST_ROW + offset
                typing.type(sheet, row, marker[key], value)


def _type_values(
    workbook: Workbook,
    typing: _Typing,
    values: Mapping[tuple[str, str], Any],
    notes: Mapping[str, str] | None,
    name: str,
) -> None:
    by_code: dict[str, list[tuple[str, Any]]] = {}
    for (code, period), value in values.items():
        by_code.setdefault(code, []).append((period, value))
    placed: set[tuple[str, str]] = set()
    for ws in workbook.worksheets:
        if ws.title == layout.INSTRUCTIONS_SHEET:
            continue
        marker = {cell.value: cell.column for cell in ws[1] if isinstance(cell.value, str)}
        for row in ws.iter_rows(min_row=layout.FIRST_ROW, max_col=layout.CODE_COLUMN):
            code = row[layout.CODE_COLUMN - 1].value
            for period, value in by_code.get(code, ()) if isinstance(code, str) else ():
                if period in marker:
                    typing.type(ws, row[0].row, marker[period], value)
                    placed.add((code, period))
            if notes and code in notes:
                typing.type(ws, row[0].row, marker[layout.NOTE_KEY], notes[code])
    unknown = set(values) - placed
    if unknown:
        shown = ", ".join(repr(key) for key in sorted(unknown, key=repr)[:5])
        raise KeyError(
            f"Biểu mẫu {name} không có ô cho {shown}: kiểm tra mã chỉ tiêu, đơn vị phải báo cáo "
            "chỉ tiêu đó, và mã kỳ, là một chuỗi (“2015” … “2019”, “2020-den-03-31”)."
        )


def _insert_after(element: Any, block: Block | str, document: Any) -> Any:
    """Insert a block (a text is a paragraph) right after the body element ``element``; return
    the new element."""
    if isinstance(block, str):
        block = Paragraph(block)
    if isinstance(block, Paragraph):
        new = document.add_paragraph(block.text)
        new_element = new._p
    elif isinstance(block, Table):
        table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
        table.style = "Table Grid"
        for column, text in enumerate(block.header):
            table.cell(0, column).text = text
        for row_index, row in enumerate(block.rows, start=1):
            for column, text in enumerate(row):
                table.cell(row_index, column).text = text
        new_element = table._tbl
    else:
        raise TypeError(
            f"Không viết được {type(block).__name__} vào đề cương: mỗi khối là một đoạn văn "
            "(chuỗi hoặc Paragraph) hay một bảng (Table)."
        )
    element.addnext(new_element)
    return new_element


def fill_outline(
    blank: Path,
    target: Path,
    parts: Mapping[str, Sequence[Block | str]],
    conference: str | None = None,
) -> Path:
    """Copy the outline document ``blank`` to ``target`` with ``parts[heading key]`` (blocks; a
    text is a paragraph) written under each heading (after its guidance lines) and, for a
    commune, ``conference`` typed over the blank date of its conference line."""
    document = Document(str(blank))
    write_into_outline(document, parts, conference)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


def write_into_outline(
    document: Any, parts: Mapping[str, Sequence[Block | str]], conference: str | None = None
) -> None:
    """Write what :func:`fill_outline` writes into an outline document held in memory."""
    if conference is not None:
        line = next(
            p for p in document.paragraphs if conference_date.find(p) is not None
        )  # StopIteration: the document has no conference line (a test's mistake)
        line.runs[-1].text = conference
    body = document.element.body
    bookmarked: dict[str, Any] = {}  # paragraph by the name of the bookmark on it
    for paragraph in body.iter(qn("w:p")):
        for start in paragraph.iter(qn("w:bookmarkStart")):
            bookmarked[start.get(qn("w:name"), "")] = paragraph
    guidance = document.styles[layout.GUIDANCE_STYLE].style_id
    for key, blocks in parts.items():
        anchor = bookmarked.get(layout.bookmark_name(key))
        if anchor is None:
            raise KeyError(
                f"Đề cương không có đề mục “{key}”: kiểm tra khóa đề mục (ví dụ P1.I.1) và đơn vị "
                "có phải viết đề mục đó."
            )
        following = anchor.getnext()
        while following is not None and following.tag == qn("w:p") and following.style == guidance:
            anchor, following = following, following.getnext()
        for block in blocks:
            anchor = _insert_after(anchor, block, document)
