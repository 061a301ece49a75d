"""A domain's computed part of the reports, as plain data: blocks per outline heading."""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from cchc_core.model.blocks import Block


@frozen
class ReportContext:
    """A domain's computed content: ``blocks`` maps an outline heading key to the blocks shown under
    it (after the office's narrative) in the district report and the specialist report; ``detail``
    holds extra blocks for the specialist report only."""

    domain: str
    blocks: Mapping[str, tuple[Block, ...]] = field(factory=dict)
    detail: tuple[Block, ...] = ()
