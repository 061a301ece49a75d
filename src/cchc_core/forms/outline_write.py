"""Writes a unit's outline document (Phụ lục 2, ``<unit>-de-cuong.docx``): the unit's own report in
Decree 30 layout, ready to fill in and send as it is: its letterhead from ``cchc.toml`` (issuing body,
"Số: …/BC-…", place and date left for the clerk), the title, the outline's headings with the seed's
guidance under each, and the closing ("Nơi nhận", the signature title with room to sign).

Each heading carries a bookmark named after its key, and the document's core properties carry the
fingerprint (kind, unit, outline version), so the reader recognises parts even after a unit renumbers
or retitles them.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

from cchc_core.config import CampaignConfig
from cchc_core.forms import conference_date, layout
from cchc_core.forms.campaign_marks import outline_subject
from cchc_core.forms.unit_letterhead import (
    blank_number,
    blank_place_date,
    unit_letterhead,
)
from cchc_core.model.headings import Heading
from cchc_core.model.tasks import Task
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat
from cchc_core.util.decree30 import (
    Closing,
    Header,
    add_closing,
    add_header,
    add_title,
    header_layout,
    issuing_lines,
    line,
    new_document,
    summary_lines,
)
from cchc_core.util.docx_style import add_bookmark, add_styled
from cchc_core.util.stable import save_stable


def _letterhead(document: object, config: CampaignConfig, unit: Unit, month: int | None) -> None:
    own = unit_letterhead(unit, config)
    names = config.place_names
    issuing, size = issuing_lines(own.issuing, names)
    summary = summary_lines(config.report.title, names)
    layout_ = header_layout(issuing, size, summary)
    add_header(
        document,
        Header(
            own.parent,
            "\n".join(issuing),
            blank_number(own),
            blank_place_date(own, month, config.report.year),
        ),
        layout_,
    )
    add_title(document, "BÁO CÁO", "\n".join(summary), layout_)
    note = line(
        document.add_paragraph(),  # type: ignore[attr-defined]
        f"(Theo đề cương kèm theo {config.plan.reference} của {config.district.short_name})",
        size=13,
        italic=True,
    )
    note.paragraph_format.space_before = Pt(6)
    note.paragraph_format.space_after = Pt(12)


def _closing(document: object, config: CampaignConfig, unit: Unit, recipient: str) -> None:
    """The end of the report: the closing sentence (bookmarked, where reading stops), "Nơi nhận"
    (``recipient``) and the signature."""
    own = unit_letterhead(unit, config)
    end = document.add_paragraph(  # type: ignore[attr-defined]
        f"Trên đây là báo cáo tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai "
        f"đoạn 2011-2020 của {own.speaker}./."
    )
    add_bookmark(end, layout.END_BOOKMARK, 9999)
    add_closing(
        document,
        Closing(
            (f"- {recipient[:1].upper()}{recipient[1:]};", "- Lưu: VT."),
            own.authority,
            own.title,
            own.name,
        ),
    )


@functools.lru_cache(maxsize=4)
def _outline_paragraphs(
    outline: tuple[tuple[Heading, int], ...], guidance: str
) -> tuple[object, ...]:
    """The outline's paragraphs, the same in every unit's document: each heading with its bookmark,
    the seed's guidance under it, an empty line to write in. Built once, copied into each."""
    scratch = Document()
    paragraphs = []
    for bookmark_id, (heading, depth) in enumerate(outline):
        paragraph = add_styled(scratch, f"Heading{min(depth + 1, 6)}")
        if depth == 0:
            paragraph.add_run(heading.number.upper())
            paragraph.add_run().add_break()
            paragraph.add_run(heading.title)
        else:
            paragraph.add_run(heading.display)
        add_bookmark(paragraph, layout.bookmark_name(heading.key), bookmark_id)
        paragraphs.append(paragraph._p)
        paragraphs.extend(
            add_styled(scratch, guidance, f"- {hint}")._p for hint in heading.guidance
        )
        if heading.writes_text:
            paragraphs.append(scratch.add_paragraph("")._p)
    return tuple(paragraphs)


def write_outline(catalogue: Catalogue, config: CampaignConfig, unit: Unit, target: Path) -> Path:
    """Write ``unit``'s outline document to ``target`` atomically and return the path."""
    return save_stable(outline_document(catalogue, config, unit), target, config.plan.date)


def outline_document(
    catalogue: Catalogue,
    config: CampaignConfig,
    unit: Unit,
    *,
    notes: Sequence[str] | None = None,
    send_to: str | None = None,
    conference: str | None = None,
) -> Any:
    """``unit``'s blank outline document, in memory (``forms --update`` writes into one before
    saving it). ``notes`` and ``send_to`` replace the lines that tell a unit how to fill it in
    and where it sends it (the campaign's office), and ``conference`` the blank line asking a
    commune for its conference date: a roll-up, which the campaign itself sends up, says what it
    is and when its own conference was held (no line when ``conference`` is empty)."""
    document = new_document()
    tasks = [t for t in config.tasks_concerning(unit) if t.deadline]
    due = min((t.deadline for t in tasks if t.deadline), default=None)
    _letterhead(document, config, unit, due.month if due else config.report.month)
    guidance = document.styles[layout.GUIDANCE_STYLE].style_id
    for text in _instructions(config, unit, tasks) if notes is None else notes:
        add_styled(document, guidance, text)
    if notes is None:
        conference_date.write_line(document, config, unit)
    elif conference:
        conference_date.write_said(document, conference)
    end = document.element.body.sectPr
    for paragraph in _outline_paragraphs(tuple(catalogue.walk_outline()), guidance):
        end.addprevious(copy.deepcopy(paragraph))
    _closing(document, config, unit, send_to or config.plan.send_to)
    properties = document.core_properties
    properties.title = f"Báo cáo tổng kết CCHC — {unit.name}"
    properties.category = layout.OUTLINE_CATEGORY
    properties.identifier = unit.id
    properties.version = catalogue.outline_version
    properties.subject = outline_subject(config)
    properties.author = "cchc"
    properties.language = "vi-VN"
    return document


def _instructions(config: CampaignConfig, unit: Unit, tasks: Sequence[Task]) -> list[str]:
    """How a unit fills its outline in, and where and by when it sends it."""
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

    deadlines = [t.deadline for t in tasks if t.deadline]
    if deadlines:
        instructions.append(
            f"Gửi tệp này cùng biểu thống kê ({layout.form_filename(unit.id)}) về "
            f"{config.plan.send_to} chậm nhất ngày {vnformat.short_date(min(deadlines))}."
        )
    return instructions
