"""Builds, in code, the Word templates of the reports (Decree 30/2020/NĐ-CP, Phụ lục I layout).

The template holds what every report shares: A4 page and margins, styles, the header block (issuing
body and number on the left; national title, motto and place-and-date on the right), the document
type and summary, page numbers at the top from page 2, and the closing block ("Nơi nhận" and the
signature). The body is inserted as a sub-document; the district report adds a landscape section for
Phụ lục 1. The docxtpl variables each template declares are listed in ``VARIABLES``.
"""

from __future__ import annotations

import functools
import io

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from cchc_core.util.docx_style import setup_page, setup_styles

VARIABLES = {
    "parent_body",
    "issuing_body",
    "number_line",
    "place_date",
    "doc_type",
    "summary",
    "demo_notice",
    "body",
    "recipients",
    "signer_authority",
    "signer_title",
    "signer_name",
}
APPENDIX_VARIABLES = VARIABLES | {"appendix"}
TEXT_WIDTH_CM = 16.5  # A4 210 mm − left 30 mm − right 15 mm


def set_widths(table: Table, widths_cm: list[float]) -> None:
    """Fix a table's column widths in the grid and in every cell (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=False):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def _no_borders(table: Table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _line(
    paragraph: Paragraph,
    text: str,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
) -> Paragraph:
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.first_line_indent = Cm(0)
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    fmt.line_spacing = 1.0
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic = bold, italic
    if color is not None:
        run.font.color.rgb = color
    return paragraph


def _tag(container: _Cell | object, text: str) -> Paragraph:
    """A paragraph holding only a docxtpl paragraph tag (``{%p ... %}``)."""
    paragraph = container.add_paragraph()
    return _line(paragraph, text, size=2)


def _rule(container: _Cell | object, indent_cm: float) -> None:
    """A short horizontal rule: an empty paragraph with a bottom border, indented on both sides."""
    paragraph = _line(container.add_paragraph(), "", size=2)
    paragraph.paragraph_format.left_indent = Cm(indent_cm)
    paragraph.paragraph_format.right_indent = Cm(indent_cm)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _page_number(paragraph: Paragraph) -> None:
    _line(paragraph, "", size=13)
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _cell(table: Table, column: int) -> _Cell:
    cell = table.cell(0, column)
    cell._tc.remove(cell.paragraphs[0]._p)
    return cell


@functools.lru_cache(maxsize=2)
def build_template(*, with_appendix: bool) -> bytes:
    """The template as .docx bytes; ``with_appendix`` adds the landscape Phụ lục section."""
    document = Document()
    setup_page(document)
    setup_styles(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    _page_number(section.header.paragraphs[0])

    header = document.add_table(rows=1, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(header)
    set_widths(header, [6.8, TEXT_WIDTH_CM - 6.8])
    left, right = _cell(header, 0), _cell(header, 1)
    _tag(left, "{%p if parent_body %}")
    _line(left.add_paragraph(), "{{ parent_body }}", size=13)
    _tag(left, "{%p endif %}")
    _line(left.add_paragraph(), "{{ issuing_body }}", size=13, bold=True)
    _rule(left, 2.3)
    _line(left.add_paragraph(), "{{ number_line }}", size=13).paragraph_format.space_before = Pt(6)
    _line(right.add_paragraph(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True)
    _line(right.add_paragraph(), "Độc lập - Tự do - Hạnh phúc", size=13, bold=True)
    _rule(right, 2.1)
    place = _line(right.add_paragraph(), "{{ place_date }}", size=13, italic=True)
    place.paragraph_format.space_before = Pt(6)

    title = _line(document.add_paragraph(), "{{ doc_type }}", size=14, bold=True)
    title.paragraph_format.space_before = Pt(18)
    _line(document.add_paragraph(), "{{ summary }}", size=14, bold=True)
    _rule(document, 6.5)
    _tag(document, "{%p if demo_notice %}")
    notice = _line(
        document.add_paragraph(),
        "{{ demo_notice }}",
        size=12,
        bold=True,
        color=RGBColor(0xC0, 0x00, 0x00),
    )
    notice.paragraph_format.space_before = Pt(6)
    _tag(document, "{%p endif %}")
    spacer = _line(document.add_paragraph(), "", size=6)
    spacer.paragraph_format.space_after = Pt(6)
    document.add_paragraph("{{p body }}")

    closing = document.add_table(rows=1, cols=2)
    _no_borders(closing)
    set_widths(closing, [8.0, TEXT_WIDTH_CM - 8.0])
    left, right = _cell(closing, 0), _cell(closing, 1)
    received = _line(left.add_paragraph(), "Nơi nhận:", size=12, bold=True, italic=True)
    received.alignment = WD_ALIGN_PARAGRAPH.LEFT
    received.paragraph_format.space_before = Pt(12)
    _tag(left, "{%p for line in recipients %}")
    recipient = _line(left.add_paragraph(), "{{ line }}", size=11)
    recipient.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _tag(left, "{%p endfor %}")
    # the signature block starts level with "Nơi nhận:" whether or not an authority line
    # ("TM. ỦY BAN NHÂN DÂN") precedes the title, and keeps room to sign above the name
    top = _line(right.add_paragraph(), "", size=2)
    top.paragraph_format.space_before = Pt(12)
    _tag(right, "{%p if signer_authority %}")
    _line(right.add_paragraph(), "{{ signer_authority }}", size=13, bold=True)
    _tag(right, "{%p endif %}")
    _line(right.add_paragraph(), "{{ signer_title }}", size=13, bold=True)
    name = _line(right.add_paragraph(), "{{ signer_name }}", size=14, bold=True)
    name.paragraph_format.space_before = Pt(72)

    if with_appendix:
        appendix = document.add_section(WD_SECTION.NEW_PAGE)
        appendix.orientation = WD_ORIENT.LANDSCAPE
        appendix.page_width, appendix.page_height = Mm(297), Mm(210)
        appendix.left_margin, appendix.right_margin = Mm(20), Mm(15)
        appendix.top_margin, appendix.bottom_margin = Mm(20), Mm(20)
        appendix.different_first_page_header_footer = False
        document.add_paragraph("{{p appendix }}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
