"""Writes every unit's blank forms: the statistics workbook and the outline document."""

from __future__ import annotations

from pathlib import Path

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.forms import layout
from cchc_core.forms.outline_write import write_outline
from cchc_core.forms.workbook_write import write_form
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.progress import tracked


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

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file written."""
        return tuple(p for u in self.units for p in (u.workbook, u.outline) if p is not None)

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
        }


def write_all(catalogue: Catalogue, config: CampaignConfig, folder: Path) -> FormsResult:
    """Write the workbook and the outline document of every unit into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for unit in tracked(config.units, "Tạo biểu mẫu", "đơn vị", lambda u: u.name):
        rows = sum(1 for i in catalogue.rows_for(unit) if catalogue.reports(i, unit))
        workbook = (
            write_form(catalogue, config, unit, folder / layout.form_filename(unit.id))
            if rows or config.commendations
            else None
        )
        outline = write_outline(catalogue, config, unit, folder / layout.outline_filename(unit.id))
        written.append(UnitForms(unit.id, unit.name, workbook, outline, rows))
    return FormsResult(folder, tuple(written))
