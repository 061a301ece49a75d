"""The parts every administrative document shares (Decree 30/2020/NĐ-CP, Phụ lục I): the header
block, the document type and summary, and the closing block; built once here for the reports'
templates (where the texts are docxtpl placeholders) and for the units' outline forms (where they
are the unit's own).

Layout rules taken from the decree: the issuing body's name in capitals, bold, 12–13 pt, centred,
with a rule under it a third to a half of its length; the national title bold 12–13 pt and the motto
bold 13–14 pt with a rule as long as the motto; "Số:" and the place-and-date line on one level; the
summary bold under the document type with a rule a third to a half of its length; "Nơi nhận:" bold
italic 12 pt, recipients 11 pt, the signature block level with it. Lines break between word groups
only (``line_breaks``), at the size that needs the fewest lines.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Sequence

from attrs import frozen
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from cchc_core.util.docx_style import set_row_property, setup_page, setup_styles
from cchc_core.util.line_breaks import ProperNames, break_lines
from cchc_core.util.text_width import width_cm

TEXT_WIDTH_CM = 16.5  # A4 210 mm − left 30 mm − right 15 mm
LEFT_CM = 7.0  # the issuing body's column; the national title needs the other 9.5 cm
CELL_PADDING_CM = 0.4
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
#: a rule under a name or a summary is this share of its longest line (the decree: 1/3 to 1/2)
RULE_SHARE = 0.4
#: our widths are estimates: a line is planned to fill at most this share of its room
SAFETY = 0.94


@frozen
class HeaderLayout:
    """The geometry of a header that depends on its texts: the issuing body's size and rule, the
    summary's rule (centimetres)."""

    issuing_size: float = 13
    issuing_rule_cm: float = 2.4
    summary_rule_cm: float = 6.0


def fit_lines(
    text: str,
    room_cm: float,
    sizes: Sequence[float],
    *,
    bold: bool,
    proper: Iterable[str] | ProperNames = (),
) -> tuple[list[str], float]:
    """``text`` broken between word groups into the fewest lines that fit ``room_cm``, at the
    largest of ``sizes`` that needs no more lines than any other (each given line kept)."""
    proper = proper if isinstance(proper, ProperNames) else ProperNames(proper)
    best: tuple[list[str], float] | None = None
    for size in sizes:
        lines = [
            line
            for given in text.split("\n")
            for line in break_lines(
                given, lambda s, size=size: width_cm(s, size, bold=bold) <= room_cm * SAFETY, proper
            )
        ]
        if best is None or len(lines) < len(best[0]):
            best = (lines, size)
    assert best is not None
    return best


def issuing_lines(name: str, proper: Iterable[str] | ProperNames = ()) -> tuple[list[str], float]:
    """An issuing body's name laid out in the letterhead: its lines and its size (13 or 12 pt)."""
    return fit_lines(name, LEFT_CM - CELL_PADDING_CM, (13, 12), bold=True, proper=proper)


def summary_lines(summary: str, proper: Iterable[str] | ProperNames = ()) -> list[str]:
    """A document's summary (trích yếu) laid out under its type, 14 pt bold."""
    return fit_lines(summary, TEXT_WIDTH_CM - 1.0, (14,), bold=True, proper=proper)[0]


def subject_lines(subject: str, proper: Iterable[str] | ProperNames = ()) -> list[str]:
    """An official letter's subject ("V/v …") laid out under its number, 12 pt, in the issuing
    body's column (Decree 30, Phụ lục I, mẫu 1.4: a công văn has no document type line)."""
    return fit_lines(subject, LEFT_CM - CELL_PADDING_CM, (12,), bold=False, proper=proper)[0]


def header_layout(issuing: Sequence[str], size: float, summary: Sequence[str]) -> HeaderLayout:
    """The rules' lengths for an issuing body and a summary laid out in lines."""
    issuing_width = max((width_cm(line, size, bold=True) for line in issuing), default=4.0)
    summary_width = max((width_cm(line, 14, bold=True) for line in summary), default=10.0)
    return HeaderLayout(
        issuing_size=size,
        issuing_rule_cm=_half_cm(min(issuing_width * RULE_SHARE, LEFT_CM - 1.0)),
        summary_rule_cm=_half_cm(summary_width * RULE_SHARE),
    )


def _half_cm(length: float) -> float:
    """A rule's length to the half centimetre: the eye cannot tell, and documents whose texts are
    about as long share one template instead of building their own (35 ms each)."""
    return max(0.5, round(length * 2) / 2)


# ----- building blocks -----------------------------------------------------------------------------
def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Fix a table's column widths in the grid and in every cell (LibreOffice reads the grid)."""
    table.autofit = False
    widths = [Cm(width) for width in widths_cm]
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
        column.w = width
    for tr in table._tbl.tr_lst:  # the rows' cells directly: table.rows builds a grid each time
        for tc, width in zip(tr.tc_lst, widths, strict=False):
            tc.width = width


def no_borders(table: Table) -> None:
    """A layout table: no lines."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def line(
    paragraph: Paragraph,
    text: str,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
) -> Paragraph:
    """A paragraph of one text set in one way, no spacing of its own; ``\\n`` breaks a line."""
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Cm(0)
    fmt.left_indent = Cm(0)
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    fmt.line_spacing = 1.0
    for index, part in enumerate(text.split("\n")):
        run = paragraph.add_run(part)
        if index:
            run._r.insert(0, OxmlElement("w:br"))
        run.font.size = Pt(size)
        run.bold, run.italic = bold, italic
        if color is not None:
            run.font.color.rgb = color
    return paragraph


def tag(container: _Cell | object, text: str) -> Paragraph:
    """A paragraph holding only a docxtpl paragraph tag (``{%p ... %}``)."""
    return line(container.add_paragraph(), text, size=2)  # type: ignore[attr-defined]


def rule(container: _Cell | object, length_cm: float, room_cm: float) -> Paragraph:
    """A centred horizontal rule ``length_cm`` long, right under the line above it."""
    paragraph = line(container.add_paragraph(), "", size=1)  # type: ignore[attr-defined]
    indent = max((room_cm - length_cm) / 2, 0)
    paragraph.paragraph_format.left_indent = Cm(indent)
    paragraph.paragraph_format.right_indent = Cm(indent)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def page_number(paragraph: Paragraph) -> None:
    """A centred page number field (the header from page 2)."""
    line(paragraph, "", size=13)
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


def _empty(table: Table, row: int, column: int) -> _Cell:
    cell = table.cell(row, column)
    cell._tc.remove(cell.paragraphs[0]._p)
    return cell


# ----- the three blocks ------------------------------------------------------------------------------
@frozen
class Header:
    """The header block's texts: real text, or docxtpl placeholders (``templated``), where an empty
    ``parent`` (the body above the issuer, not bold) is left out by a ``{%p if %}`` tag.
    ``subject`` is an official letter's "V/v …" line, set under the number."""

    parent: str
    issuing: str
    number_line: str
    place_date: str
    templated: bool = False
    subject: str = ""


def add_header(document: object, header: Header, layout: HeaderLayout) -> Table:
    """The header block: issuing body and national title on one row, "Số:" and the place-and-date
    line on the next, so they stay level whatever the number of lines above them."""
    table = document.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    right_cm = TEXT_WIDTH_CM - LEFT_CM
    set_widths(table, [LEFT_CM, right_cm])
    left, right = _empty(table, 0, 0), _empty(table, 0, 1)
    size = layout.issuing_size
    if header.templated:
        tag(left, "{%p if parent_body %}")
        line(left.add_paragraph(), header.parent, size=size)
        tag(left, "{%p endif %}")
    elif header.parent:
        line(left.add_paragraph(), header.parent, size=size)
    line(left.add_paragraph(), header.issuing, size=size, bold=True)
    rule(left, layout.issuing_rule_cm, LEFT_CM - CELL_PADDING_CM)
    line(right.add_paragraph(), NATIONAL_TITLE, size=12, bold=True)
    line(right.add_paragraph(), MOTTO, size=13, bold=True)
    rule(right, width_cm(MOTTO, 13, bold=True), right_cm - CELL_PADDING_CM)
    number, place = _empty(table, 1, 0), _empty(table, 1, 1)
    line(number.add_paragraph(), header.number_line, size=13).paragraph_format.space_before = Pt(6)
    if header.subject:  # an official letter: "V/v …" under the number, in place of a title
        line(number.add_paragraph(), header.subject, size=12).paragraph_format.space_before = Pt(3)
    dated = line(place.add_paragraph(), header.place_date, size=13, italic=True)
    dated.paragraph_format.space_before = Pt(6)
    return table


def add_title(document: object, doc_type: str, summary: str, layout: HeaderLayout) -> None:
    """The document type and its summary, with the rule under the summary."""
    title = line(document.add_paragraph(), doc_type, size=14, bold=True)  # type: ignore[attr-defined]
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.keep_with_next = True
    summary_paragraph = line(document.add_paragraph(), summary, size=14, bold=True)  # type: ignore[attr-defined]
    summary_paragraph.paragraph_format.keep_with_next = True
    rule(document, layout.summary_rule_cm, TEXT_WIDTH_CM)


@frozen
class Closing:
    """The closing block's texts: ``recipients`` are the lines after "Nơi nhận:" (one placeholder
    line looped over in a template), ``authority`` the line above the title (``TM. ỦY BAN NHÂN
    DÂN``; left out when empty)."""

    recipients: tuple[str, ...]
    authority: str
    title: str
    name: str
    templated: bool = False


def add_closing(document: object, closing: Closing) -> Table:
    """ "Nơi nhận" on the left and the signature on the right, starting level, with room to sign."""
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    no_borders(table)
    set_widths(table, [8.0, TEXT_WIDTH_CM - 8.0])
    set_row_property(table.rows[0], "w:cantSplit")  # "Nơi nhận:" never alone at a page's foot
    left, right = _empty(table, 0, 0), _empty(table, 0, 1)
    received = line(
        left.add_paragraph(),
        "Nơi nhận:",
        size=12,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    received.paragraph_format.space_before = Pt(12)
    if closing.templated:
        tag(left, "{%p for line in recipients %}")
    for text in closing.recipients:
        line(left.add_paragraph(), text, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    if closing.templated:
        tag(left, "{%p endfor %}")
    top = line(right.add_paragraph(), "", size=2)
    top.paragraph_format.space_before = Pt(12)
    if closing.templated:
        tag(right, "{%p if signer_authority %}")
        line(right.add_paragraph(), closing.authority, size=13, bold=True)
        tag(right, "{%p endif %}")
    elif closing.authority:
        line(right.add_paragraph(), closing.authority, size=13, bold=True)
    line(right.add_paragraph(), closing.title, size=13, bold=True)
    name = line(right.add_paragraph(), closing.name, size=14, bold=True)
    name.paragraph_format.space_before = Pt(72)  # room to sign and stamp
    return table


@functools.lru_cache(maxsize=1)
def blank_package() -> bytes:
    """The empty document every document cchc writes starts from, as the bytes of a .docx."""
    document = Document()
    setup_page(document)
    setup_styles(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    page_number(section.header.paragraphs[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def new_document() -> DocumentObject:
    """An empty document as every document cchc writes starts: A4 with Decree 30's margins, the
    styles, page numbers at the top from page 2. Set up once and opened again for each document
    (setting up the styles was a third of the time of a unit's outline)."""
    return Document(io.BytesIO(blank_package()))
