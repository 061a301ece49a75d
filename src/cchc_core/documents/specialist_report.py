"""A specialist report (``output/chuyen-de/3.1-the-che.docx`` …), written as the owner office would
write it: issued by the office, numbered on its own (I, II, III, IV with 1, 2, 3 and a, b inside),
each table printed once.

I. KẾT QUẢ ĐẠT ĐƯỢC — the field's "results" parts of the outline, renumbered; II. KẾT QUẢ THỰC HIỆN
CÁC CHỈ TIÊU, MỤC TIÊU — what the body's tables do not already show: the other indicators by year, both
phases, each commune, the field's targets; III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN; IV. ĐỀ XUẤT NHIỆM VỤ
GIAI ĐOẠN 2021-2030.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cchc_core.documents.body import BodyWriter
from cchc_core.documents.district_report import data_note, narrative_blocks
from cchc_core.documents.narrator import Narrator
from cchc_core.documents.references import StatedOnce
from cchc_core.documents.render import (
    Letterhead,
    demo_notice,
    place_date,
    recipient_lines,
    render,
)
from cchc_core.figures.aggregate import Dataset
from cchc_core.forms.unit_letterhead import blank_number, unit_letterhead
from cchc_core.model.blocks import Block, Paragraph, Table
from cchc_core.model.domains import Domain
from cchc_core.model.headings import Heading
from cchc_core.model.indicators import Measure
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.phrases import lower_first

LETTERS = "abcdefghiklmnopqrstuvxy"


def is_shortcomings(heading: Heading) -> bool:
    """A "tồn tại, hạn chế" part of the outline (the seed titles them so)."""
    return heading.title.lower().startswith(("những tồn tại", "tồn tại"))


def _is_results(heading: Heading) -> bool:
    """The outline's "Kết quả đạt được" part: the specialist report's part I itself."""
    return heading.title.lower() == "kết quả đạt được"


def _sort_parts(
    catalogue: Catalogue, root: Heading, domain: str
) -> tuple[list[Heading], list[Heading], list[Heading]]:
    """The field's parts of the outline: written straight under I, numbered items of I, and the
    "tồn tại, hạn chế" parts (III)."""
    direct: list[Heading] = [root] if root.domain == domain else []
    items: list[Heading] = []
    shortcomings: list[Heading] = []
    for child in catalogue.heading_children(root.key):
        if child.domain != domain:
            continue
        if is_shortcomings(child):
            shortcomings.append(child)
        elif _is_results(child):
            direct.append(child)
            items.extend(h for h in catalogue.heading_children(child.key) if not is_shortcomings(h))
            shortcomings.extend(
                h for h in catalogue.heading_children(child.key) if is_shortcomings(h)
            )
        else:
            items.append(child)
    return direct, items, shortcomings


class _Writer:
    """Writes the parts of one specialist report."""

    def __init__(
        self,
        writer: BodyWriter,
        dataset: Dataset,
        domain: Domain,
        computed: Mapping[str, Sequence[Block]],
    ) -> None:
        self.writer = writer
        self.dataset = dataset
        self.domain = domain
        self.computed = computed
        self.catalogue = dataset.catalogue
        self.stated = StatedOnce()

    def content(self, heading: Heading, label: str) -> None:
        """A heading's narrative (its owner's text) and computed blocks."""
        if heading.writes_text:
            self.writer.blocks(narrative_blocks(self.dataset, heading))
        self.writer.blocks(self.stated.blocks(self.computed.get(heading.key, ()), label))

    def item(self, heading: Heading, number: str, label: str, level: int) -> None:
        """A numbered part with its sub-parts lettered a), b) …."""
        self.writer.heading(f"{number} {heading.title}", level)
        self.content(heading, label)
        children = [
            h for h in self.catalogue.heading_children(heading.key) if h.domain == self.domain.key
        ]
        for letter, child in zip(LETTERS, children, strict=False):
            self.item(child, f"{letter})", f"{label}.{letter}", level + 1)


def _shown(blocks: Sequence[Block], kind: str) -> set[str]:
    return {c for b in blocks if isinstance(b, Table) and b.kind == kind for c in b.codes}


def statistics_items(
    dataset: Dataset,
    domain: Domain,
    body: Sequence[Block],
    detail: Sequence[Block],
) -> list[tuple[str, list[Block]]]:
    """Part II's numbered items (title, blocks): only what the body's tables do not already show."""
    narrator = Narrator(dataset)
    rows = [
        i
        for i in dataset.catalogue.domain_indicators(domain.key)
        if not i.is_heading and i.measure is not Measure.TEXT
    ]
    codes = [i.code for i in rows]
    shown = [*body, *detail]
    by_year = [
        b for b in detail if not (isinstance(b, Table) and b.kind in ("units", "unit_phases"))
    ]
    rest = [c for c in codes if c not in _shown(shown, "years")]
    if rest:
        by_year.append(
            narrator.table(
                rest,
                title="Các chỉ tiêu khác của lĩnh vực qua các năm"
                if _shown(shown, "years")
                else "Các chỉ tiêu của lĩnh vực qua các năm",
            )
        )
    items: list[tuple[str, list[Block]]] = [("Các chỉ tiêu qua các năm", by_year)]
    phase_codes = [c for c in codes if c not in _shown(shown, "phases")]
    if phase_codes:
        items.append(
            (
                "So sánh hai giai đoạn",
                [narrator.phase_table(phase_codes, title="Các chỉ tiêu theo giai đoạn")],
            )
        )
    per_unit = [b for b in detail if isinstance(b, Table) and b.kind in ("units", "unit_phases")]
    communes = [i.code for i in rows if i.reporters.communes and not i.added]
    fresh = [c for c in communes if c not in _shown(shown, "units")][:4]
    each = f"Kết quả của từng {narrator.config.district.words.below}"
    if fresh:
        per_unit.append(narrator.units_table(fresh, title=f"{each} {narrator.last.phrase}"))
    if per_unit:
        items.append((each, per_unit))
    targets = narrator.targets_table([domain.key])
    if targets is not None:
        items.append(("Kết quả thực hiện các mục tiêu", [targets]))
    return [(title, blocks) for title, blocks in items if blocks]


def write_specialist_report(
    dataset: Dataset,
    domain: Domain,
    computed: Mapping[str, Sequence[Block]],
    detail: Sequence[Block],
    target: Path,
) -> Path:
    """Render ``domain``'s specialist report to ``target`` atomically."""
    config = dataset.config
    office = config.unit(domain.owner)
    catalogue = dataset.catalogue
    own = unit_letterhead(office, config)
    letterhead = Letterhead(
        parent_body=own.parent,
        issuing_body=own.issuing,
        number_line=blank_number(own),
        place_date=place_date(config),
        doc_type="BÁO CÁO",
        summary=f"{domain.report_title} giai đoạn 2011-2020",
        demo_notice=demo_notice(config),
        recipients=recipient_lines(
            (config.district.short_name + " (báo cáo)", "Phòng Nội vụ (tổng hợp)"), "VT"
        ),
        signer_authority=own.authority,
        signer_title=own.title,
        signer_name=own.name,
        names=config.place_names,
    )
    root = (
        catalogue.heading(domain.outline)
        if domain.outline and catalogue.has_heading(domain.outline)
        else None
    )

    def body(writer: BodyWriter) -> None:
        writer.paragraph(
            Paragraph(
                f"Thực hiện {config.plan.reference} của {config.district.short_name} về "
                f"{lower_first(config.plan.title)}, {office.name} báo cáo "
                f"{lower_first(domain.report_title)} như sau:"
            )
        )
        writer.paragraph(Paragraph(data_note(dataset), "note"))
        parts = _Writer(writer, dataset, domain, computed)
        direct, items, shortcomings = (
            _sort_parts(catalogue, root, domain.key) if root else ([], [], [])
        )
        writer.heading("I. KẾT QUẢ ĐẠT ĐƯỢC", 2)
        for heading in direct:
            parts.content(heading, "I")
        for number, heading in enumerate(items, start=1):
            parts.item(heading, f"{number}.", f"I.{number}", 3)
        writer.heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, MỤC TIÊU", 2)
        body_blocks = [b for h in (*direct, *items) for b in computed.get(h.key, ())]
        for number, (title, blocks) in enumerate(
            statistics_items(dataset, domain, body_blocks, detail), start=1
        ):
            writer.heading(f"{number}. {title}", 3)
            writer.blocks(parts.stated.blocks(blocks, f"II.{number}"))
        writer.heading("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 2)
        if not shortcomings:
            writer.paragraph(
                Paragraph(
                    f"[Chưa có nội dung — đề cương không có phần này cho lĩnh vực {domain.title}]",
                    "missing",
                )
            )
        for heading in shortcomings:
            parts.content(heading, "III")
        writer.heading("IV. ĐỀ XUẤT NHIỆM VỤ GIAI ĐOẠN 2021-2030", 2)
        _proposal(writer, dataset, domain, office.id, office.name)
        writer.paragraph(
            Paragraph(
                f"Trên đây là báo cáo {lower_first(domain.report_title)} của {office.name}./."
            )
        )

    return render(letterhead, body, target, config.reference_date)


def _proposal(
    writer: BodyWriter, dataset: Dataset, domain: Domain, office_id: str, office_name: str
) -> None:
    """The office's own proposals for 2021–2030 (its text under its line of Part 2 I)."""
    catalogue = dataset.catalogue
    written = None
    if domain.proposal and catalogue.has_heading(domain.proposal):
        written = dataset.narratives.get(office_id, {}).get(domain.proposal)
    if written is not None and not written.is_empty:
        writer.blocks(written.blocks)
    else:
        writer.paragraph(Paragraph(f"[Chưa có nội dung — đơn vị: {office_name}]", "missing"))
