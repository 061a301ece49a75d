"""The demo's inbox: units fill their real forms and send them back, some late, one blank.

Every file is written through the blank forms (``form_filler``) and named as people name files. Most
units' files reach the clerk by hand or USB stick: she records each in the receipt register with the
day it came (what ``cchc receive --on`` does). Eight communes e-mail theirs: five e-mails saved one by
one as ``.eml`` (one commune forgot its attachments the first time), three in one mbox export; their
day is the e-mail's. Xã Xy sends its form back untouched. The last-saved date inside each file is the
day it was sent, so ``cchc status`` sees on-time, late, blank and missing units exactly as it would in
a real month; the files' modification times (the day the demo ran) count for nothing.
"""

from __future__ import annotations

import email.utils
import hashlib
import random
import re
import shutil
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from attrs import frozen

from cchc_core.collect.inbox import VIETNAM
from cchc_core.collect.receipts import Receipt, append
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

MISSING_UNIT = "xa_xy"  # sends its blank form back, after the deadline
BLANK_ARRIVAL = datetime(2020, 5, 24, 9, 15, tzinfo=VIETNAM)
MAILED = ("xa_huong_viet", "xa_tan_hop", "xa_huc", "xa_thuan", "xa_ba_tang")
FORGOT_ATTACHMENTS = "xa_huc"  # its first e-mail had nothing attached
MBOX_UNITS = ("tt_lao_bao", "xa_a_doi", "xa_lia")
MBOX_NAME = "Hộp thư Phòng Nội vụ - xuất tháng 5.mbox"
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
    stabilize(path, arrived)  # the file says it was last saved the day it was sent


def _address(unit: Unit) -> str:
    return f"ubnd.{unit.id.replace('_', '')}@quangtri.gov.vn"


def _mail(unit: Unit, arrived: datetime, files: Sequence[Path], number: int) -> EmailMessage:
    """The e-mail a commune sends, as a mail client writes it (RFC 2231 names, base64)."""
    message = EmailMessage()
    message["From"] = f"UBND {unit.name} <{_address(unit)}>"
    message["To"] = "Phòng Nội vụ huyện Hướng Hóa <phongnoivu.huonghoa@quangtri.gov.vn>"
    message["Subject"] = f"{unit.name} gửi báo cáo tổng kết CCHC 2011-2020"
    message["Date"] = email.utils.format_datetime(arrived)
    message["Message-ID"] = f"<demo-{unit.id}-{number}@quangtri.gov.vn>"
    message.set_content(
        f"Kính gửi Phòng Nội vụ,\n\n{unit.name} gửi báo cáo tổng kết và biểu thống kê theo Kế "
        "hoạch số 19/KH-UBND (tệp đính kèm).\n\nTrân trọng."
        if files
        else f"Kính gửi Phòng Nội vụ,\n\n{unit.name} gửi báo cáo tổng kết CCHC.\n\nTrân trọng."
    )
    for path in files:
        message.add_attachment(
            path.read_bytes(), maintype="application", subtype="octet-stream", filename=path.name
        )
    if message.is_multipart():
        message.set_boundary(f"cchc-demo-{unit.id}-{number}")  # the same bytes every run
    return message


def _record(
    inbox: Path, receipts: list[Receipt], path: Path, unit: Unit, arrived: datetime
) -> None:
    """What the clerk writes in the register for a file brought by hand (``cchc receive --on``)."""
    receipts.append(
        Receipt(
            arrived,
            path.relative_to(inbox).as_posix(),
            unit.name,
            "trực tiếp",
            "",
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
    )


def _installed_only(
    catalogue: Catalogue, config: CampaignConfig, values: dict[str, Values]
) -> dict[str, Values]:
    """The demo's figures for the rows the installed plugins ask each unit, so that the demo runs
    with any subset of the field plugins."""
    kept: dict[str, Values] = {}
    for unit_id, unit_values in values.items():
        unit = config.unit(unit_id)
        asked = catalogue.reported_codes(unit)
        kept[unit_id] = {key: v for key, v in unit_values.items() if key[0] in asked}
    return kept


def fill_inbox(
    catalogue: Catalogue, config: CampaignConfig, forms: Path, inbox: Path
) -> list[DemoFile]:
    """Fill and deliver every unit's files (by hand into the register, or by e-mail)."""
    from cchc_core.demo.narratives import NARRATIVES

    rng = random.Random(11)
    values = _installed_only(catalogue, config, demo_values(config))
    delivered: list[DemoFile] = []
    receipts: list[Receipt] = []
    mbox: list[bytes] = []
    with tempfile.TemporaryDirectory(prefix="cchc-demo-thu-") as outbox:
        for unit in tracked(
            config.units, "Điền biểu mẫu như các đơn vị", "đơn vị", lambda u: u.name
        ):
            arrived = _arrival(rng, unit)
            by_mail = unit.id in MAILED or unit.id in MBOX_UNITS or unit.id == MISSING_UNIT
            folder = Path(outbox) / unit.id if by_mail else inbox
            folder.mkdir(exist_ok=True)
            workbook_name, outline_name = _file_names(unit)
            blank = forms / layout.form_filename(unit.id)
            sent: list[Path] = []
            nominations = NOMINATIONS.get(unit.id, ()) if config.commendations else ()
            if unit.id == MISSING_UNIT:  # the untouched form, attached by mistake
                arrived = BLANK_ARRIVAL
                path = folder / workbook_name
                shutil.copyfile(blank, path)
                sent.append(path)
            # a unit with no Phụ lục 1 row sends its workbook only when it proposes someone
            elif blank.exists() and (catalogue.rows_for(unit) or nominations):
                if unit.id == RESUBMITTED_UNIT:
                    first = values[unit.id].copy()
                    if ("cc_co_mat", "2019") in first:  # the first copy forgot one cell
                        first[("cc_co_mat", "2019")] = None
                    earlier = arrived.replace(day=arrived.day - 4)
                    old = fill_form(
                        blank, folder / f"{unit.name} - Phụ lục 1 (gửi lần 1).xlsx", first
                    )
                    _deliver(old, earlier)
                    _record(inbox, receipts, old, unit, earlier)
                    delivered.append(DemoFile(unit.id, old, earlier))
                path = fill_form(
                    blank,
                    folder / workbook_name,
                    values.get(unit.id, {}),
                    NOTES.get(unit.id),
                    nominations,
                )
                sent.append(path)
            if unit.id != MISSING_UNIT:
                parts = _narrative(catalogue, unit, NARRATIVES.get(unit.id, {}), rng)
                outline = forms / layout.outline_filename(unit.id)
                conference = (
                    CONFERENCES.get(unit.id) if conference_date.applies(config, unit) else None
                )
                sent.append(fill_outline(outline, folder / outline_name, parts, conference))
            for path in sent:
                _deliver(path, arrived)
            if not by_mail:
                for path in sent:
                    _record(inbox, receipts, path, unit, arrived)
                    delivered.append(DemoFile(unit.id, path, arrived))
                continue
            if unit.id == FORGOT_ATTACHMENTS:
                first = _mail(unit, arrived - timedelta(hours=2), [], 1)
                (inbox / f"{unit.name} - thư gửi lần 1 (quên đính kèm).eml").write_bytes(
                    bytes(first)
                )
            message = bytes(_mail(unit, arrived, sent, 2))
            if unit.id in MBOX_UNITS:
                stamp = arrived.astimezone(VIETNAM).strftime("%a %b %d %H:%M:%S %Y")
                escaped = re.sub(rb"(?m)^(>*From )", rb">\1", message)
                mbox.append(f"From {_address(unit)} {stamp}\n".encode() + escaped + b"\n")
                target = inbox / MBOX_NAME
            else:
                target = inbox / f"{unit.name} - Báo cáo tổng kết CCHC.eml"
                target.write_bytes(message)
            delivered.extend(DemoFile(unit.id, target, arrived) for _ in sent)
    if mbox:
        (inbox / MBOX_NAME).write_bytes(b"".join(mbox))
    append(inbox.parent, sorted(receipts, key=lambda r: (r.received, r.file)))
    return delivered
