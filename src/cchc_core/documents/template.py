"""Builds, in code, the Word templates of the reports (Decree 30/2020/NĐ-CP, Phụ lục I layout).

The template holds what every report shares: A4 page and margins, styles, the header block (issuing
body and number on the left; national title, motto and place-and-date on the right), the document
type and summary, page numbers at the top from page 2, and the closing block ("Nơi nhận" and the
signature), laid out by ``util.decree30`` with docxtpl placeholders for the texts. The body is
inserted as a sub-document; the district report adds a landscape section for Phụ lục 1. The docxtpl
variables each template declares are listed in ``VARIABLES``; the geometry that depends on the texts
(the issuing body's size, the rules' lengths) makes one template per layout, cached.
"""

from __future__ import annotations

import functools
import io

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt, RGBColor

from cchc_core.util.decree30 import (
    TEXT_WIDTH_CM,
    Closing,
    Header,
    HeaderLayout,
    add_closing,
    add_header,
    add_title,
    line,
    new_document,
    tag,
)

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
__all__ = ["APPENDIX_VARIABLES", "TEXT_WIDTH_CM", "VARIABLES", "build_template"]
DEFAULT_LAYOUT = HeaderLayout()


@functools.lru_cache(maxsize=32)
def build_template(
    *, with_appendix: bool, layout: HeaderLayout = DEFAULT_LAYOUT, letter: bool = False
) -> bytes:
    """The template as .docx bytes; ``with_appendix`` adds the landscape Phụ lục section;
    ``layout`` is the geometry its texts need (one template per issuing body and summary);
    ``letter`` lays it out as an official letter (công văn): the summary is the "V/v …" line under
    the number, and there is no document type line."""
    document = new_document()
    add_header(
        document,
        Header(
            "{{ parent_body }}",
            "{{ issuing_body }}",
            "{{ number_line }}",
            "{{ place_date }}",
            templated=True,
            subject="{{ summary }}" if letter else "",
        ),
        layout,
    )
    if not letter:
        add_title(document, "{{ doc_type }}", "{{ summary }}", layout)
    tag(document, "{%p if demo_notice %}")
    notice = line(
        document.add_paragraph(),
        "{{ demo_notice }}",
        size=12,
        bold=True,
        color=RGBColor(0xC0, 0x00, 0x00),
    )
    notice.paragraph_format.space_before = Pt(6)
    tag(document, "{%p endif %}")
    spacer = line(document.add_paragraph(), "", size=6)
    spacer.paragraph_format.space_after = Pt(6)
    document.add_paragraph("{{p body }}")
    add_closing(
        document,
        Closing(
            ("{{ line }}",),
            "{{ signer_authority }}",
            "{{ signer_title }}",
            "{{ signer_name }}",
            templated=True,
        ),
    )
    if with_appendix:
        appendix = document.add_section(WD_SECTION.NEW_PAGE)
        appendix.orientation = WD_ORIENT.LANDSCAPE
        appendix.page_width, appendix.page_height = Mm(297), Mm(210)
        appendix.left_margin, appendix.right_margin = Mm(20), Mm(15)
        appendix.top_margin, appendix.bottom_margin = Mm(20), Mm(20)
        appendix.different_first_page_header_footer = False
        # the paragraph that ends the report's section: a line of its own would spill onto a
        # blank page when the signature fills the last one
        end = document.paragraphs[-1]
        end.paragraph_format.space_before = end.paragraph_format.space_after = Pt(0)
        end.paragraph_format.line_spacing = Pt(1)
        document.add_paragraph("{{p appendix }}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
