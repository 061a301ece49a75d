"""Part 2 of the district report ("Kiến nghị, đề xuất nhiệm vụ … giai đoạn 2021-2030"): under each
field's heading, every unit's proposals for that field, identical ones merged and each followed by
the units that made it."""

from __future__ import annotations

from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.proposals import FieldProposals, gather_field, proposal_headings
from cchc_core.model.blocks import Block, Paragraph
from cchc_core.model.headings import Heading
from cchc_core.util.text import name_in_text


def proposers(names: tuple[str, ...]) -> str:
    """``(đề xuất của Phòng Nội vụ, xã Lìa)``."""
    return f"(đề xuất của {', '.join(map(name_in_text, names))})"


def field_proposals(dataset: Dataset, heading: Heading) -> FieldProposals | None:
    """The gathered proposals of a Part 2 field heading; None for any other heading."""
    catalogue = dataset.catalogue
    if heading not in proposal_headings(catalogue):
        return None
    owner = catalogue.domain(heading.domain).owner
    return gather_field(heading, owner, dataset.config.units, dataset.narratives)


def proposal_blocks(dataset: Dataset, heading: Heading) -> tuple[Block, ...] | None:
    """The blocks printed under a Part 2 field heading, or None when ``heading`` is not one."""
    gathered = field_proposals(dataset, heading)
    if gathered is None:
        return None
    if not gathered.proposals:
        return (
            Paragraph(
                "[Chưa có đề xuất của cơ quan, đơn vị nào về lĩnh vực này]",
                "missing",
            ),
        )
    return tuple(
        Paragraph(f"- {p.text} {proposers(p.unit_names)}.", "bullet") for p in gathered.proposals
    )
