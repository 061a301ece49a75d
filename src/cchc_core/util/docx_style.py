"""Shared look of every Word document cchc writes (Decree 30/2020/NĐ-CP, Phụ lục I): A4, margins
top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt body, justified, first-line indent
1,27 cm, 6 pt after each paragraph."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.styles.style import BaseStyle

FONT_NAME = "Times New Roman"
BODY_SIZE = Pt(14)
GUIDANCE_COLOR = RGBColor(0x59, 0x59, 0x59)

# heading styles by depth in the outline: (size, bold, italic, centred, capitals)
HEADING_LOOK = {
    1: (14, True, False, True),
    2: (14, True, False, False),
    3: (14, True, False, False),
    4: (14, True, True, False),
    5: (14, False, True, False),
    6: (14, False, True, False),
}


def set_font(style: BaseStyle, size: Pt | None = None) -> None:
    """Times New Roman for every script of a style (ascii, hAnsi, cs and eastAsia), so Word and
    LibreOffice never fall back to Calibri for Vietnamese letters."""
    style.font.name = FONT_NAME
    if size is not None:
        style.font.size = size
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT_NAME)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def setup_page(document: DocumentObject, *, landscape: bool = False) -> None:
    """A4 with Decree 30 margins on every section."""
    for section in document.sections:
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = Mm(20)
        section.bottom_margin = Mm(20)
        section.left_margin = Mm(30)
        section.right_margin = Mm(15)
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)


def setup_styles(document: DocumentObject) -> None:
    """Body text and headings as Decree 30 wants them; the guidance style of outline forms."""
    styles = document.styles
    normal = styles["Normal"]
    set_font(normal, BODY_SIZE)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.first_line_indent = Cm(1.27)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, (size, bold, italic, centred) in HEADING_LOOK.items():
        style = styles[f"Heading {level}"]
        set_font(style, Pt(size))
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = RGBColor(0, 0, 0)
        fmt = style.paragraph_format
        fmt.space_before = Pt(6)
        fmt.space_after = Pt(6)
        fmt.keep_with_next = True
        fmt.first_line_indent = Cm(0) if centred else Cm(1.27)
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    _drop_unused_table_styles(document)
    _drop_template_leftovers(document)
    for name in ("Table Grid", "Caption"):
        if name in [s.name for s in styles]:
            set_font(styles[name], Pt(12))
    if "CCHC Hướng dẫn" not in [s.name for s in styles]:
        guidance = styles.add_style("CCHC Hướng dẫn", WD_STYLE_TYPE.PARAGRAPH)
        guidance.base_style = normal
        set_font(guidance, Pt(12))
        guidance.font.italic = True
        guidance.font.color.rgb = GUIDANCE_COLOR
        guidance.paragraph_format.space_after = Pt(3)


#: the table styles cchc's documents use: the default one and the bordered grid
KEPT_TABLE_STYLES = ("TableNormal", "TableGrid")


def _drop_unused_table_styles(document: DocumentObject) -> None:
    """Remove the hundred table styles of python-docx's default template that no cchc document
    uses: they are 340 of the styles part's 350 kB, parsed each time a document is opened, by cchc
    and by whoever reads what it writes."""
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        if (
            style.get(qn("w:type")) == "table"
            and style.get(qn("w:styleId")) not in KEPT_TABLE_STYLES
        ):
            root.remove(style)


def _drop_template_leftovers(document: DocumentObject) -> None:
    """Remove two parts python-docx's template carries: ``stylesWithEffects``, a 440 kB copy of
    the styles as they were before :func:`setup_styles` (Word 2010 could show a document with the
    stale copy's looks; Word rebuilds it when it saves), and the template's thumbnail (a file
    manager would show its picture for every document cchc writes)."""
    for source in (document.part, document.part.package):
        for rel_id, rel in list(source.rels.items()):
            if rel.reltype.endswith(("/stylesWithEffects", "/metadata/thumbnail")):
                del source.rels[rel_id]  # nothing in the body refers to either


def add_bookmark(paragraph, name: str, bookmark_id: int) -> None:
    """Wrap a paragraph's content in a bookmark (survives renumbering and retitling in Word)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def add_styled(container, style_id: str, text: str = ""):
    """A new paragraph in the style with id ``style_id`` (``Heading2``, a custom style's id).

    python-docx resolves a style *name* on every paragraph by scanning all styles; setting the id
    directly is what makes writing thirty outline documents take a second instead of five.
    """
    paragraph = container.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def set_row_property(row: object, name: str) -> None:
    """Switch on a table row's property ``name`` (``w:cantSplit``: never split across two pages;
    ``w:tblHeader``: repeated at the top of each page)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    if properties.find(qn(name)) is None:
        element = OxmlElement(name)
        element.set(qn("w:val"), "true")
        properties.append(element)
