"""Writes a unit's outline document (Phụ lục 2, ``<unit>-de-cuong.docx``): the headings of the report
every unit writes, with the seed's guidance under each, ready for the narrative.

Each heading carries a bookmark named after its key, and the document's core properties carry the
fingerprint (kind, unit, outline version), so the reader recognises parts even after a unit renumbers
or retitles them.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from cchc_core.config import CampaignConfig
from cchc_core.forms import conference_date, layout
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat
from cchc_core.util.atomic import atomic_path
from cchc_core.util.docx_style import add_bookmark, add_styled, setup_page, setup_styles
from cchc_core.util.stable import stabilize


def bookmark_name(heading_key: str) -> str:
    """``P1.II.1.1`` → ``cchc_P1_II_1_1`` (Word bookmark names allow letters, digits and _)."""
    return layout.BOOKMARK_PREFIX + heading_key.replace(".", "_")


def _centered(
    document, text: str, *, bold: bool = False, italic: bool = False, size: int = 14
) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)


def write_outline(catalogue: Catalogue, config: CampaignConfig, unit: Unit, target: Path) -> Path:
    """Write ``unit``'s outline document to ``target`` atomically and return the path."""
    document = Document()
    setup_page(document)
    setup_styles(document)
    _centered(document, unit.issuing_name, bold=True, size=13)
    _centered(document, "BÁO CÁO", bold=True)
    _centered(document, f"{config.report.title}", bold=True)
    _centered(
        document,
        f"(Theo đề cương kèm theo {config.plan.reference} của {config.district.short_name})",
        italic=True,
        size=13,
    )
    tasks = [t for t in config.tasks_concerning(unit) if t.deadline]
    instructions = [
        "Viết nội dung của đơn vị dưới từng đề mục; có thể thêm đoạn văn, gạch đầu dòng và bảng.",
        "Không xóa, không gộp các đề mục; được sửa lại số thứ tự nếu cần.",
        "Các dòng chữ nghiêng màu xám là gợi ý nội dung của Kế hoạch; có thể để nguyên hoặc xóa, "
        "phần mềm tổng hợp sẽ bỏ qua.",
        "Đề mục không có nội dung thì ghi “Không có” để người tổng hợp biết đơn vị đã xem xét.",
        "Phần thứ hai, mục I: mỗi đề xuất viết thành một dòng (gạch đầu dòng) dưới đúng lĩnh vực; "
        "đề xuất của các đơn vị được tổng hợp theo lĩnh vực, ghi rõ đơn vị đề xuất.",
    ]
    if config.commendations:
        instructions.append(
            "Đề nghị khen thưởng tập thể, cá nhân (nếu có) ghi ở trang “Khen thưởng” của biểu "
            "thống kê."
        )

    if tasks:
        deadline = min(t.deadline for t in tasks)
        instructions.append(
            f"Gửi tệp này cùng biểu thống kê ({layout.form_filename(unit.id)}) về "
            f"{config.plan.send_to} chậm nhất ngày {vnformat.short_date(deadline)}."
        )
    guidance = document.styles[layout.GUIDANCE_STYLE].style_id
    for text in instructions:
        add_styled(document, guidance, text)
    conference_date.write_line(document, config, unit)
    for bookmark_id, (heading, depth) in enumerate(catalogue.walk_outline()):
        paragraph = add_styled(document, f"Heading{min(depth + 1, 6)}")
        if depth == 0:
            paragraph.add_run(heading.number.upper())
            paragraph.add_run().add_break()
            paragraph.add_run(heading.title)
        else:
            paragraph.add_run(heading.display)
        add_bookmark(paragraph, bookmark_name(heading.key), bookmark_id)
        for line in heading.guidance:
            add_styled(document, guidance, f"- {line}")
        if heading.writes_text:
            document.add_paragraph("")
    properties = document.core_properties
    properties.title = f"Báo cáo tổng kết CCHC — {unit.name}"
    properties.category = layout.OUTLINE_CATEGORY
    properties.identifier = unit.id
    properties.version = catalogue.outline_version
    properties.subject = f"{config.district.name} · {config.plan.number}"
    properties.author = "cchc"
    properties.language = "vi-VN"
    with atomic_path(target) as temporary:
        document.save(str(temporary))
        stabilize(temporary, config.plan.date)
    return target
