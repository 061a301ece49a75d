"""Synthetic campaigns of any size, for the benchmarks and the scale tests: Hướng Hóa's offices and
plan with N commune-level units, and an inbox of filled forms.

The inbox is made the way units make it, but without paying openpyxl for every commune: each office
fills its own form, one commune fills a form, and every other commune's file is that workbook with
its fingerprint (the unit id in ``docProps/custom.xml``) changed, under a name a person would give it.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path

from cchc_core.campaign import Campaign
from cchc_core.config import default_text, parse
from cchc_core.demo.figures import demo_values
from cchc_core.forms import layout
from cchc_core.forms.filler import fill_form
from cchc_core.forms.workbook_write import write_form
from cchc_core.model.units import Unit

OFFICES = 13
CUSTOM = "docProps/custom.xml"  # the package part holding the fingerprint


def scaled_config(units: int, name: str = "Hướng Hóa", unit_id: str = "huong_hoa") -> str:
    """Hướng Hóa's settings with its 13 offices and ``units - 13`` synthetic communes, for the
    district ``name`` (its ``unit_id`` in the province's campaign)."""
    text = default_text()
    head, _, _ = text.partition('[[units]]\nid = "tt_khe_sanh"')
    head = head.replace('as_of = ""', "as_of = 2020-05-26").replace("demo = false", "demo = true")
    head = re.sub(r'(?m)^name = "Hướng Hóa"', f'name = "{name}"', head, count=1)
    head = re.sub(r'(?m)^place = "Hướng Hóa"', f'place = "{name}"', head, count=1)
    head = re.sub(r'(?m)^id = "huong_hoa"', f'id = "{unit_id}"', head, count=1)
    communes = "".join(
        f'[[units]]\nid = "xa_{i:05d}"\nname = "Xã Thử {i:05d}"\nkind = "commune"\n\n'
        for i in range(units - OFFICES)
    )
    tasks = text[text.index("# ----- Nhiệm vụ") :]
    return head + communes + tasks


def _with_unit(template: Path, target: Path, template_unit: str, unit_id: str) -> None:
    """Copy ``template`` to ``target`` with the fingerprint's unit id replaced."""
    old = f">{template_unit}<".encode()
    new = f">{unit_id}<".encode()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(target, "w") as copy:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == CUSTOM:
                data = data.replace(old, new)
            copy.writestr(entry, data)


def create(
    folder: Path, units: int, name: str = "Hướng Hóa", unit_id: str = "huong_hoa"
) -> Campaign:
    """A new, empty campaign of ``units`` units in ``folder`` (replaced if it exists)."""
    shutil.rmtree(folder, ignore_errors=True)
    return Campaign.new(folder, config_text=scaled_config(units, name, unit_id))


def fill_inbox(
    campaign: Campaign, communes: Sequence[Unit] | None = None, *, offices: bool = True
) -> None:
    """Put the filled forms of ``communes`` (default: all) and of every office (unless
    ``offices`` is false) into the inbox.

    Writes the blank forms it needs that ``cchc forms`` has not written.
    """
    sample = demo_values(parse(default_text()))  # the demo's offices, Hướng Lập for communes
    config = campaign.config
    communes = config.communes if communes is None else communes

    def blank(unit: Unit) -> Path:
        path = campaign.forms_dir / layout.form_filename(unit.id)
        if not path.exists():
            write_form(campaign.catalogue, config, unit, path)
        return path

    for unit in config.offices if offices else ():
        if unit.id in sample:
            target = campaign.inbox_dir / f"{unit.name} - Phụ lục 1.xlsx"
            fill_form(blank(unit), target, sample[unit.id])
    first = communes[0]
    template = campaign.inbox_dir / f"{first.name}.xlsx"
    fill_form(blank(first), template, sample["xa_huong_lap"])
    for unit in communes[1:]:
        _with_unit(template, campaign.inbox_dir / f"{unit.name}.xlsx", first.id, unit.id)
