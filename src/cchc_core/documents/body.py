"""Lays out blocks (paragraphs, tables, charts) and headings in a Word sub-document.

Every text goes in through python-docx runs, never through the template engine, so a unit's text
containing ``<``, ``&``, ``{{ }}`` or ``{% %}`` appears exactly as typed; characters a .docx cannot
hold, or that would reorder a line, are removed on the way in (``for_xml``).
"""

from __future__ import annotations

import copy
import functools
import io
from collections.abc import Iterable

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from cchc_core.documents.tables import (
    caption,
    column_widths,
    keep_with_next,
    merged_tail,
    print_conventions,
)
from cchc_core.model.blocks import Block, Chart, Paragraph, Table
from cchc_core.util.decree30 import set_widths
from cchc_core.util.docx_style import add_styled
from cchc_core.util.untrusted import for_xml

MISSING_COLOR = RGBColor(0xC0, 0x00, 0x00)


@functools.cache
def _cell_paragraph(centred: bool, size: float, bold: bool) -> object:
    """The paragraph a table cell holds, formatted once per look (never modified: each cell gets
    a copy): no indent, single spacing, centred (a header or a number) or left (a label), one run
    of ``size`` points, bold or not, holding one empty text element."""
    paragraph = DocxParagraph(OxmlElement("w:p"), None)
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Cm(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
    run = paragraph.add_run("")
    run.font.size = Pt(size)
    run.bold = bold
    run._r.add_t("")
    return paragraph._p


def _cell(prototype: object, text: str) -> object:
    """A copy of a cell's prototype paragraph holding ``text``. python-docx's ``run.text`` looks at
    every character (for tabs and line breaks); a cell's text has none but in rare cases, so it is
    set on the text element directly and the slow path kept for those."""
    paragraph = copy.deepcopy(prototype)
    run = paragraph.r_lst[0]  # type: ignore[attr-defined]
    if not text or "\n" in text or "\t" in text or "\r" in text:
        run.text = text
    else:
        element = run.t_lst[0]
        element.text = text
        if text != text.strip():
            element.set(qn("xml:space"), "preserve")
    return paragraph


class BodyWriter:
    """Writes into a python-docx document-like object (a docxtpl sub-document)."""

    def __init__(self, document: object, text_width_cm: float, *, numbered: bool = True) -> None:
        self.document = document
        self.width = text_width_cm
        self.numbered = numbered  # captions "Bảng 1." … (an appendix of section tables has none)
        self.tables = 0
        self.charts = 0
        self._grid_style: str | None = None
        self.last_heading = ""

    def heading(self, text: str, level: int, *, second_line: str = "") -> None:
        """A heading of the outline; a part gets its title on a second line."""
        paragraph = add_styled(self.document, f"Heading{min(level, 6)}")
        paragraph.add_run(for_xml(text))
        if second_line:
            paragraph.add_run().add_break()
            paragraph.add_run(for_xml(second_line))
        self.last_heading = (second_line or text).replace("\n", " ")

    def paragraph(self, block: Paragraph) -> None:
        """A paragraph in the style its block asks for."""
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(for_xml(block.text))
        if block.style == "note":
            run.italic = True
            run.font.size = Pt(12)
        elif block.style == "missing":
            run.bold = run.italic = True
            run.font.color.rgb = MISSING_COLOR

    def centred(
        self, text: str, *, size: float = 14, bold: bool = False, italic: bool = False
    ) -> object:
        """A centred line (titles of appendices, captions)."""
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.first_line_indent = Cm(0)
        run = paragraph.add_run(for_xml(text))
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
        return paragraph

    def lead(self, text: str) -> None:
        """A line that introduces the table after it and stays on its page."""
        paragraph = self.document.add_paragraph()
        paragraph.add_run(for_xml(text)).bold = True
        keep_with_next(paragraph)

    def table(self, block: Table, *, size: float = 11, widths: list[float] | None = None) -> None:
        """A bordered table: its numbered caption kept with it, bold header repeated on each page,
        first column text, later columns centred numbers, rows never split, room after it. A
        table a unit wrote without a title is captioned with the heading it stands under."""
        if self.numbered:
            self.tables += 1
            title = caption("Bảng", self.tables, block.title or self.last_heading)
            caption_paragraph = self.centred(title, size=13, bold=True, italic=True)
            keep_with_next(caption_paragraph)  # type: ignore[arg-type]
            caption_paragraph.paragraph_format.space_before = Pt(6)  # type: ignore[attr-defined]
        elif block.title:
            keep_with_next(self.centred(block.title, size=13, bold=True, italic=True))  # type: ignore[arg-type]
        columns = len(block.header)
        table = self.document.add_table(rows=1 + len(block.rows), cols=columns)
        if self._grid_style is None:  # looking a style up by name scans them all: once
            self._grid_style = self.document.styles["Table Grid"].style_id  # type: ignore[attr-defined]
        table._tbl.tblStyle_val = self._grid_style
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if widths is None:
            widths = column_widths(block, self.width)
        set_widths(table, widths)
        # each cell's paragraph is a copy of one of four prototypes (header, label, number; bold or
        # not): formatting a paragraph through python-docx's properties cell by cell was most of the
        # time a report took to write
        for row_index, (tr, values) in enumerate(
            zip(table._tbl.tr_lst, [block.header, *block.rows], strict=True)
        ):
            is_header = row_index == 0
            bold = is_header or (row_index - 1) in block.emphasis
            for column, (tc, text) in enumerate(zip(tr.tc_lst, values, strict=False)):
                centred = is_header or column >= block.numeric_from
                prototype = _cell_paragraph(centred, size, bold)
                tc.replace(tc.p_lst[0], _cell(prototype, for_xml(text)))
        for row_index, values in enumerate(block.rows, start=1):
            start = merged_tail(values, max(block.numeric_from, 1))
            if start is not None:
                cells = table.rows[row_index].cells
                merged = cells[start].merge(cells[-1])
                for extra in merged.paragraphs[1:]:  # the merged cells' empty paragraphs
                    if not extra.text:
                        extra._p.getparent().remove(extra._p)
        print_conventions(table)
        for note in block.notes:
            self.paragraph(Paragraph(note, "note"))
        if not block.notes:  # the next paragraph does not touch the table's last line
            spacer = self.document.add_paragraph()
            spacer.paragraph_format.space_after = Pt(0)
            spacer.add_run().font.size = Pt(4)

    def chart(self, block: Chart) -> None:
        """The chart as an image, centred, with its numbered caption and source under it, the three
        kept on one page."""
        from cchc_core.documents.charts import draw

        self.charts += 1
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.first_line_indent = Cm(0)
        keep_with_next(paragraph)
        paragraph.add_run().add_picture(io.BytesIO(draw(block)), width=Cm(min(15.0, self.width)))
        title = self.centred(caption("Biểu đồ", self.charts, block.title), size=12, italic=True)
        if block.source:
            keep_with_next(title)  # type: ignore[arg-type]
            self.centred(block.source, size=10, italic=True)

    def blocks(self, blocks: Iterable[Block]) -> None:
        """Write blocks in order."""
        for block in blocks:
            if isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Chart):
                self.chart(block)
