"""Warnings about a unit's narrative: parts left empty.

An office that owns a field gets one warning per empty part of its field (the district report needs
them); any other unit gets one warning listing its empty parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.headings import Heading
from cchc_core.model.submissions import Submission
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue


def _owned_domains(catalogue: Catalogue, unit: Unit) -> set[str]:
    return {d.key for d in catalogue.domains if d.owner == unit.id}


def empty_parts(catalogue: Catalogue, unit: Unit, submission: Submission) -> Iterator[Finding]:
    """Findings for the parts of the outline this unit left empty."""
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
                f"dung; đây là phần {unit.name} chủ trì trong báo cáo tổng kết của huyện.",
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
