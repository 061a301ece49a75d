"""The province demo: Quảng Trị reads three districts' roll-up files, as a real province does.

Hướng Hóa runs the full district demo; Gio Linh and Cam Lộ are synthetic district campaigns (the
demo's offices, every commune with Hướng Lập's figures). Each district runs ``cchc build``, which
writes its answer to the province into ``output/gui-cap-tren/``; the province's clerk copies those
files into the province's inbox beside the departments' own forms, and the province checks and
builds like any campaign. All figures are synthetic.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from importlib import resources
from pathlib import Path

from attrs import frozen

from cchc_core.campaign import Campaign
from cchc_core.config import default_text, parse
from cchc_core.demo.figures import demo_values
from cchc_core.demo.run import DemoResult, clear_demo_folder, run_demo
from cchc_core.demo.synthetic import create, fill_inbox
from cchc_core.documents.build import BuildResult
from cchc_core.documents.rollup import FOLDER
from cchc_core.forms import layout
from cchc_core.forms.filler import fill_form, fill_outline
from cchc_core.util.stable import stabilize

#: how many days before its deadline a department's files were last saved
SAVED_BEFORE = 3
#: the synthetic districts: folder, name, id, number of commune-level units
SYNTHETIC = (("gio-linh", "Gio Linh", "gio_linh", 19), ("cam-lo", "Cam Lộ", "cam_lo", 9))


@frozen
class ProvinceDemo:
    """The three district campaigns and the province's, each built."""

    folder: Path
    district: DemoResult
    districts: tuple[Path, ...]
    province: Path
    build: BuildResult


def province_config_text(districts: list[tuple[str, str]]) -> str:
    """The province's ``cchc.toml``: its departments and ``districts`` as (id, name) units."""
    text = resources.files("cchc_core.demo").joinpath("quang-tri.toml").read_text("utf-8")
    units = "".join(
        f'[[units]]\nid = "{unit_id}"\nname = "{name}"\nkind = "district"\n\n'
        for unit_id, name in districts
    )
    return text.replace("# ----- DISTRICTS -----\n", units)


def deliver_rollups(district: Campaign, province: Campaign) -> list[Path]:
    """Copy a district's roll-up files into the province's inbox (what the clerk does)."""
    delivered = []
    for file in sorted((district.output_dir / FOLDER).iterdir()):
        target = province.inbox_dir / file.name
        shutil.copy2(file, target)
        delivered.append(target)
    return delivered


def fill_departments(province: Campaign) -> None:
    """The departments fill their forms and outlines with the demo offices' figures and text,
    each saved a few days before its deadline (not on the day the demo runs)."""
    from cchc_core.demo.narratives import NARRATIVES

    sample = demo_values(parse(default_text()))
    config = province.config
    for unit in config.offices:
        deadlines = [t.deadline for t in config.tasks_concerning(unit) if t.deadline]
        saved = min(deadlines) - timedelta(days=SAVED_BEFORE) if deadlines else config.plan.date
        blank = province.forms_dir / layout.form_filename(unit.id)
        if unit.id in sample and blank.exists():
            form = province.inbox_dir / f"{unit.name} - Phụ lục 1.xlsx"
            stabilize(fill_form(blank, form, sample[unit.id]), saved)
        outline = fill_outline(
            province.forms_dir / layout.outline_filename(unit.id),
            province.inbox_dir / f"{unit.name} - Báo cáo tổng kết.docx",
            NARRATIVES.get(unit.id, {}),
        )
        stabilize(outline, saved)


def run_province_demo(folder: Path) -> ProvinceDemo:
    """Build the three district campaigns and the province's in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    district = run_demo(folder / "huong-hoa")
    campaigns = [Campaign.open(district.folder)]
    for name, title, unit_id, communes in SYNTHETIC:
        clear_demo_folder(folder / name)  # refuses a folder holding a real campaign
        campaign = create(folder / name, 13 + communes, title, unit_id)
        campaign.forms()
        fill_inbox(campaign)
        campaign.build()
        campaigns.append(campaign)
    units = [(c.config.district.id, c.config.district.full_name) for c in campaigns]
    clear_demo_folder(folder / "tinh-quang-tri")
    province = Campaign.new(
        folder / "tinh-quang-tri", config_text=province_config_text(units), force=True
    )
    province.forms()
    for campaign in campaigns:
        deliver_rollups(campaign, province)
    fill_departments(province)
    build = province.build()
    return ProvinceDemo(
        folder, district, tuple(c.root for c in campaigns[1:]), province.root, build
    )
