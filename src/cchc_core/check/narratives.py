"""Warnings about a unit's narrative: parts left empty, and an office speaking in its own name.

An office that owns a field gets one warning per empty part of its field (the district report needs
them); any other unit gets one warning listing its empty parts. The parts an office owns are printed
in the district report as the district's own words, so a sentence where the office speaks as author
("Phòng Tư pháp đề xuất …", "chúng tôi") is flagged for Phòng Nội vụ to reword before the build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cchc_core.model.blocks import Paragraph
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.headings import Heading
from cchc_core.model.submissions import Submission
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.text import fold

#: what an author says of itself: "<office> đề xuất / kiến nghị / báo cáo / tổng hợp …"
AUTHOR_VERBS = ("xin đề xuất", "đề xuất", "kiến nghị", "xin báo cáo", "báo cáo", "tổng hợp")
FIRST_PERSON = re.compile(r"\b(chúng tôi|đơn vị chúng tôi|đơn vị tôi|phòng chúng tôi)\b", re.I)


def _owned_domains(catalogue: Catalogue, unit: Unit) -> set[str]:
    return {d.key for d in catalogue.domains if d.owner == unit.id}


def empty_parts(
    catalogue: Catalogue, unit: Unit, submission: Submission, level: str = "huyện"
) -> Iterator[Finding]:
    """Findings for the parts of the outline this unit left empty; ``level`` is the campaign's
    (``huyện``, ``tỉnh``), whose report the parts go into."""
    owned = _owned_domains(catalogue, unit)
    empty: list[Heading] = []
    for heading, _ in catalogue.walk_outline():
        if not heading.writes_text:
            continue
        narrative = submission.narratives.get(heading.key)
        if narrative is not None and not narrative.is_empty:
            continue
        if heading.domain in owned:
            yield Finding(
                "narrative.empty-owned-part",
                Severity.WARNING,
                f"Đề mục {catalogue.heading_label(heading.key)} “{heading.title}” chưa có nội "
                f"dung; đây là phần {unit.in_text} chủ trì trong báo cáo tổng kết của {level}.",
                "Viết nội dung dưới đề mục này trong tệp đề cương (ghi “Không có” nếu không có "
                "nội dung).",
                unit.id,
                unit.name,
                Location(
                    submission.source.name,
                    part=f"{catalogue.heading_label(heading.key)} {heading.title}",
                ),
            )
        else:
            empty.append(heading)
    if empty:
        numbers = ", ".join(catalogue.heading_label(h.key) for h in empty[:12])
        more = f" và {len(empty) - 12} phần khác" if len(empty) > 12 else ""
        yield Finding(
            "narrative.empty-parts",
            Severity.WARNING,
            f"Còn {len(empty)} đề mục chưa có nội dung: {numbers}{more}.",
            "Ghi “Không có” dưới đề mục không có nội dung để người tổng hợp biết đơn vị đã xem xét.",
            unit.id,
            unit.name,
            Location(submission.source.name),
        )


def _voice(unit: Unit, text: str) -> str | None:
    """The words in ``text`` where ``unit`` speaks as the author, or None."""
    name = re.escape(fold(unit.name))
    verbs = "|".join(re.escape(v) for v in AUTHOR_VERBS)
    match = re.search(rf"{name}\s+(?:đã\s+)?(?:{verbs})\b", text, re.IGNORECASE)
    if match is None:
        match = FIRST_PERSON.search(text)
    return match.group(0) if match else None


def office_voice(
    catalogue: Catalogue, unit: Unit, submission: Submission, level: str = "huyện"
) -> Iterator[Finding]:
    """Warnings for sentences of an office's own parts that speak in the office's name, printed
    in the report of the campaign's ``level`` (``huyện``, ``tỉnh``) as its own words."""
    owned = _owned_domains(catalogue, unit)
    if not owned:
        return
    for heading, _ in catalogue.walk_outline():
        narrative = submission.narratives.get(heading.key)
        if heading.domain not in owned or narrative is None:
            continue
        for block in narrative.blocks:
            if not isinstance(block, Paragraph):
                continue
            words = _voice(unit, block.text)
            if words is None:
                continue
            label = catalogue.heading_label(heading.key)
            yield Finding(
                "narrative.office-voice",
                Severity.WARNING,
                f"Đề mục {label}: “{words}…” — phần này được in vào báo cáo của UBND {level} như "
                f"lời của {level}, không phải lời của {unit.in_text}.",
                f"Viết lại theo giọng của {level} hoặc không chủ ngữ, ví dụ “UBND {level} đã …”, "
                "“Giai đoạn 2021-2030, tập trung …”; báo cáo chuyên đề của cơ quan vẫn đứng tên "
                "cơ quan.",
                unit.id,
                unit.name,
                Location(submission.source.name, part=f"{label} {heading.title}"),
            )
