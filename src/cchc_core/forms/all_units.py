"""Writes every unit's blank forms: the statistics workbook and the outline document."""

from __future__ import annotations

import functools
from pathlib import Path

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.forms import layout
from cchc_core.forms.earlier_review_read import filename
from cchc_core.forms.earlier_review_write import write_earlier
from cchc_core.forms.outline_write import write_outline
from cchc_core.forms.workbook_write import write_form
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.parallel import SLOW_ITEMS_MIN, ordered_map


@frozen
class UnitForms:
    """The files written for one unit, and how many rows its workbook asks it to fill.

    A unit that reports no Phụ lục 1 row (e.g. Phòng Y tế) gets only the outline document
    (``workbook`` is None), unless the campaign collects nominations for commendation: then its
    workbook holds only the nominations sheet.
    """

    unit: str
    unit_name: str
    workbook: Path | None
    outline: Path
    rows: int


@frozen
class FormsResult:
    """What ``cchc forms`` wrote, unit by unit."""

    folder: Path
    units: tuple[UnitForms, ...]
    earlier: Path | None = None

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file written."""
        forms = tuple(p for u in self.units for p in (u.workbook, u.outline) if p is not None)
        return forms + ((self.earlier,) if self.earlier else ())

    def to_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {
            "folder": str(self.folder),
            "units": [
                {
                    "unit": u.unit,
                    "name": u.unit_name,
                    "workbook": u.workbook.name if u.workbook else None,
                    "outline": u.outline.name,
                    "rows": u.rows,
                }
                for u in self.units
            ],
            "earlier_review": self.earlier.name if self.earlier else None,
        }


def _write_unit(
    unit: Unit, catalogue: Catalogue, config: CampaignConfig, folder: Path
) -> UnitForms:
    rows = len(catalogue.reported_rows(unit))
    workbook = (
        write_form(catalogue, config, unit, folder / layout.form_filename(unit.id))
        if rows or config.commendations
        else None
    )
    outline = write_outline(catalogue, config, unit, folder / layout.outline_filename(unit.id))
    return UnitForms(unit.id, unit.name, workbook, outline, rows)


def write_all(
    catalogue: Catalogue, config: CampaignConfig, folder: Path, *, workers: int | None = None
) -> FormsResult:
    """Write the workbook and the outline document of every unit into ``folder`` (on ``workers``
    processes, default every core, when there are many units), and the district's workbook for
    the figures of a phase the statistics do not cover (2011–2015)."""
    folder.mkdir(parents=True, exist_ok=True)
    task = functools.partial(_write_unit, catalogue=catalogue, config=config, folder=folder)
    written = ordered_map(
        task,
        config.units,
        workers=workers,
        label="Tạo biểu mẫu",
        unit="đơn vị",
        name=lambda u: u.name,
        min_items=SLOW_ITEMS_MIN,
    )
    forms = tuple(written)
    first = config.phases[0]
    earlier = (
        None
        if first.is_complete(config.periods)
        else write_earlier(catalogue, config, first.key, folder / filename(first.key))
    )
    return FormsResult(folder, forms, earlier)
