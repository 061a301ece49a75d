"""The demo's inbox: units fill their real forms and send them back, some late, one never.

Every file is written through the blank forms (``form_filler``), named as people name files, and given
the time it "arrived" (its modification time, and the last-saved date inside the file), so that
``cchc status`` sees on-time, late and missing units exactly as it would in a real campaign.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from attrs import frozen

from cchc_core.collect.inbox import VIETNAM
from cchc_core.config import CampaignConfig
from cchc_core.demo.figures import NOTES, Values, demo_values
from cchc_core.demo.tasks import CONFERENCES, NOMINATIONS, proposals
from cchc_core.forms import conference_date, layout
from cchc_core.forms.filler import fill_form, fill_outline
from cchc_core.model.blocks import Paragraph
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.progress import tracked
from cchc_core.util.stable import stabilize

MISSING_UNIT = "xa_xy"
LATE_UNIT = "xa_thanh"
LATE_ARRIVAL = datetime(2020, 5, 22, 15, 40, tzinfo=VIETNAM)
RESUBMITTED_UNIT = "tt_khe_sanh"
OWNER_GAP = ("tu_phap", "P1.II.1.2")  # an owner office leaves one of its parts unwritten

# generic lines a unit writes where it has little to say (the demo's narratives module has the rest)
GENERIC = (
    "Đơn vị đã triển khai thực hiện theo kế hoạch và hướng dẫn của UBND huyện; kết quả cụ thể "
    "được thể hiện tại biểu thống kê kèm theo.",
    "Nội dung này được thực hiện lồng ghép trong kế hoạch công tác hằng năm của đơn vị, bảo đảm "
    "đúng quy định.",
    "Đơn vị đã quán triệt đến toàn thể cán bộ, công chức và tổ chức thực hiện nghiêm túc.",
    "Không phát sinh nội dung mới so với báo cáo các năm trước; đơn vị tiếp tục duy trì thực hiện.",
)


@frozen
class DemoFile:
    """A file the demo put in the inbox, and when it arrived."""

    unit: str
    path: Path
    arrived: datetime


def _file_names(unit: Unit) -> tuple[str, str]:
    if unit.id == "xa_huong_lap":
        return (
            "Báo cáo CCHC xã Hướng Lập (bản cuối).xlsx",
            "Báo cáo CCHC xã Hướng Lập (bản cuối).docx",
        )
    return (
        f"{unit.name} - Phụ lục 1 thống kê CCHC.xlsx",
        f"{unit.name} - Báo cáo tổng kết CCHC.docx",
    )


def _arrival(rng: random.Random, unit: Unit) -> datetime:
    if unit.id == LATE_UNIT:
        return LATE_ARRIVAL
    day = rng.randint(12, 20) if unit.is_commune_level else rng.randint(15, 20)
    return datetime(2020, 5, day, rng.randint(7, 16), rng.choice((5, 20, 35, 50)), tzinfo=VIETNAM)


def _narrative(
    catalogue: Catalogue, unit: Unit, written: dict[str, tuple], rng: random.Random
) -> dict[str, Sequence]:
    parts: dict[str, Sequence] = {}
    for heading, _ in catalogue.walk_outline():
        if not heading.writes_text or (unit.id, heading.key) == OWNER_GAP:
            continue
        if heading.key in written:
            parts[heading.key] = written[heading.key]
        elif (proposed := proposals(heading.key, unit)) is not None:
            parts[heading.key] = proposed
        else:
            parts[heading.key] = (Paragraph(rng.choice(GENERIC)),)
    return parts


def _deliver(path: Path, arrived: datetime) -> None:
    stabilize(path, arrived)
    stamp = arrived.timestamp()
    os.utime(path, (stamp, stamp))


def _installed_only(
    catalogue: Catalogue, config: CampaignConfig, values: dict[str, Values]
) -> dict[str, Values]:
    """The demo's figures for the rows the installed plugins ask each unit, so that the demo runs
    with any subset of the field plugins."""
    kept: dict[str, Values] = {}
    for unit_id, unit_values in values.items():
        unit = config.unit(unit_id)
        asked = {i.code for i in catalogue.rows_for(unit) if catalogue.reports(i, unit)}
        kept[unit_id] = {key: v for key, v in unit_values.items() if key[0] in asked}
    return kept


def fill_inbox(
    catalogue: Catalogue, config: CampaignConfig, forms: Path, inbox: Path
) -> list[DemoFile]:
    """Fill and deliver every unit's files except the missing unit's."""
    from cchc_core.demo.narratives import NARRATIVES

    rng = random.Random(11)
    values = _installed_only(catalogue, config, demo_values(config))
    delivered: list[DemoFile] = []
    for unit in tracked(config.units, "Điền biểu mẫu như các đơn vị", "đơn vị", lambda u: u.name):
        arrived = _arrival(rng, unit)
        if unit.id == MISSING_UNIT:
            continue
        workbook_name, outline_name = _file_names(unit)
        blank = forms / layout.form_filename(unit.id)
        nominations = NOMINATIONS.get(unit.id, ()) if config.commendations else ()
        # a unit with no Phụ lục 1 row sends its workbook only when it proposes someone
        if blank.exists() and (catalogue.rows_for(unit) or nominations):
            if unit.id == RESUBMITTED_UNIT:
                first = values[unit.id].copy()
                if ("cc_co_mat", "2019") in first:  # the first copy forgot one cell
                    first[("cc_co_mat", "2019")] = None
                earlier = arrived.replace(day=arrived.day - 4)
                old = fill_form(blank, inbox / f"{unit.name} - Phụ lục 1 (gửi lần 1).xlsx", first)
                _deliver(old, earlier)
                delivered.append(DemoFile(unit.id, old, earlier))
            path = fill_form(
                blank,
                inbox / workbook_name,
                values.get(unit.id, {}),
                NOTES.get(unit.id),
                nominations,
            )
            _deliver(path, arrived)
            delivered.append(DemoFile(unit.id, path, arrived))
        parts = _narrative(catalogue, unit, NARRATIVES.get(unit.id, {}), rng)
        path = fill_outline(
            forms / layout.outline_filename(unit.id),
            inbox / outline_name,
            parts,
            CONFERENCES.get(unit.id) if conference_date.applies(config, unit) else None,
        )
        _deliver(path, arrived)
        delivered.append(DemoFile(unit.id, path, arrived))
    return delivered
