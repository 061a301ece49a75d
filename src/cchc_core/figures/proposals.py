"""Part 2 of the review: the units' proposals for 2021–2030, gathered field by field.

Every unit writes its proposals under the outline's Part 2 headings ("1. Về thể chế" …). Here each
paragraph (or table row) under such a heading becomes one proposal; the same proposal written by
several units (after NFC, case, spacing, bullets and closing punctuation are set aside) is kept once
with every unit that made it. Lines that only introduce a list (ending with ":") and "Không có" are
not proposals.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.model.blocks import Paragraph, Table
from cchc_core.model.headings import Heading
from cchc_core.model.submissions import Narrative
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.text import fold, match_key

_BULLET = re.compile(r"^\s*(?:[-–—+•*·]|\d{1,2}[.)]|[a-zđ]\))\s*", re.IGNORECASE)
_CLOSING = " ;.,"
#: what a unit writes under a heading it has nothing for (the outline asks for "Không có")
NOTHING = frozenset({"không", "không có", "không có đề xuất", "không có kiến nghị", "chưa có"})


@frozen
class Proposal:
    """One proposal and every unit that made it (unit ids and names, in ``cchc.toml`` order, the
    field's owner office first)."""

    text: str
    units: tuple[str, ...]
    unit_names: tuple[str, ...]


@frozen
class FieldProposals:
    """The proposals under one Part 2 heading, with the office that owns the field and every
    office that owns a domain writing under it (``leads``: ISO and e-government share one)."""

    heading: Heading
    owner: str
    proposals: tuple[Proposal, ...]
    leads: tuple[str, ...] = ()

    def lead_of(self, proposal: Proposal) -> str:
        """The office that leads a proposal: the first lead office that made it, else the
        field's owner."""
        return next((u for u in proposal.units if u in self.leads), self.owner)


def proposal_text(text: str) -> str:
    """A written line as a proposal: bullet or list number and closing punctuation removed, or
    ``""`` when the line is not a proposal (empty, "Không có", a lead-in ending with ":")."""
    text = fold(text)
    if text.endswith(":"):
        return ""
    text = _BULLET.sub("", text, count=1).strip().rstrip(_CLOSING).strip()
    if match_key(text) in NOTHING:
        return ""
    return text[:1].upper() + text[1:]


def _lines(narrative: Narrative) -> list[str]:
    lines = []
    for block in narrative.blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            # a proposal table ("STT | Nội dung | …"): the longest cell of each row is the proposal
            lines.extend(max(row, key=len) for row in block.rows if any(row))
    return lines


def proposal_headings(catalogue: Catalogue) -> tuple[Heading, ...]:
    """The Part 2 headings fields write their proposals under, in outline order."""
    keys = {d.proposal for d in catalogue.domains if d.proposal}
    return tuple(
        heading
        for heading, _ in catalogue.walk_outline()
        if heading.key in keys and heading.writes_text
    )


def _owner(catalogue: Catalogue, heading: Heading) -> str:
    return catalogue.domain(heading.domain).owner


def _leads(catalogue: Catalogue, heading: Heading) -> tuple[str, ...]:
    owners = [_owner(catalogue, heading)]
    owners += [d.owner for d in catalogue.domains if d.proposal == heading.key]
    return tuple(dict.fromkeys(owners))


def gather_field(
    heading: Heading,
    owner: str,
    units: tuple[Unit, ...],
    narratives: Mapping[str, Mapping[str, Narrative]],
    leads: tuple[str, ...] = (),
) -> FieldProposals:
    """The proposals written under ``heading`` by ``units``, identical ones merged."""
    ordered = sorted(units, key=lambda u: u.id != owner)  # the owner office first, then in order
    merged: dict[str, tuple[str, list[Unit]]] = {}
    for unit in ordered:
        narrative = narratives.get(unit.id, {}).get(heading.key)
        if narrative is None:
            continue
        for line in _lines(narrative):
            text = proposal_text(line)
            if not text:
                continue
            key = match_key(text)
            proposers = merged.setdefault(key, (text, []))[1]
            if unit not in proposers:
                proposers.append(unit)
    return FieldProposals(
        heading,
        owner,
        tuple(
            Proposal(text, tuple(u.id for u in made_by), tuple(u.name for u in made_by))
            for text, made_by in merged.values()
        ),
        leads or (owner,),
    )


def gather(
    catalogue: Catalogue,
    config: CampaignConfig,
    narratives: Mapping[str, Mapping[str, Narrative]],
) -> tuple[FieldProposals, ...]:
    """Every field's proposals, in the order of Part 2."""
    return tuple(
        gather_field(
            heading,
            _owner(catalogue, heading),
            config.units,
            narratives,
            _leads(catalogue, heading),
        )
        for heading in proposal_headings(catalogue)
    )
