"""What each unit must fix (``output/phan-hoi/<unit>.docx``): one short document per unit with
findings, from the office that follows up the units (Phòng Nội vụ), ready to attach to a reply.

Every problem says where it is (file, sheet, cell), what was found (the message, with the value the
unit typed) and how to fix it (the hint), errors first: those keep the unit's figures out of the
district's totals. A unit with nothing to fix gets no file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path

from cchc_core.check.checking import CheckResult
from cchc_core.config import CampaignConfig
from cchc_core.documents.body import BodyWriter
from cchc_core.documents.render import Letterhead, demo_notice, recipient_lines, render
from cchc_core.model.blocks import Paragraph, Table
from cchc_core.model.findings import Finding
from cchc_core.model.submissions import InboxFile
from cchc_core.model.units import Unit
from cchc_core.util import vnformat
from cchc_core.util.parallel import SLOW_ITEMS_MIN, ordered_map

FOLDER = "phan-hoi"


def follow_up_office(config: CampaignConfig) -> Unit | None:
    """The office that follows up the units (``[plan] follow_up``, Phòng Nội vụ), if a unit."""
    wanted = config.plan.follow_up.casefold()
    return next((u for u in config.offices if u.name.casefold() == wanted), None)


def day_of(config: CampaignConfig) -> date:
    """The day a unit's feedback is dated and speaks of: ``[status] as_of`` when set (a
    campaign replayed, the demo), else today, the day ``cchc status`` takes too. The plan's date,
    which it was before, dated letters about files received weeks after it."""
    return config.status_as_of or date.today()


def _where(finding: Finding) -> str:
    location = finding.location
    parts = [location.file or ""]
    if location.address:
        parts.append(f"ô {location.address}" if location.cell else f"trang {location.address}")
    if location.part:
        parts.append(location.part)
    return ", ".join(p for p in parts if p)


def _found(finding: Finding) -> str:
    text = finding.message
    if finding.indicator_label:
        text = f"{finding.indicator_label}: {text}"
    return text


def _rows(findings: Sequence[Finding]) -> list[tuple[str, ...]]:
    ordered = sorted(findings, key=lambda f: not f.is_error)  # errors first, in check order
    return [
        (
            str(number),
            finding.severity.label,
            _where(finding),
            _found(finding),
            finding.hint or "Kiểm tra lại và sửa trong tệp.",
        )
        for number, finding in enumerate(ordered, 1)
    ]


def files_checked(check: CheckResult) -> dict[str, list[InboxFile]]:
    """The files each unit sent that the check looked at, in the inbox's order: those it read
    (an older file a newer one replaced too), and those it refused (a damaged or foreign file
    named in one of the unit's findings), which the unit sent as much as the others and must
    hear were received. One pass over the inbox for every unit: a country has 11,000."""
    names: dict[str, set[str]] = defaultdict(set)
    for submission in (*check.collection.submissions, *check.collection.superseded):
        names[submission.unit].add(submission.source.name)
    for finding in check.findings:
        if finding.unit and finding.location.file:
            names[finding.unit].add(finding.location.file)
    units_of: dict[str, list[str]] = defaultdict(list)
    for unit_id, files in names.items():
        for name in files:
            units_of[name].append(unit_id)
    sent: dict[str, list[InboxFile]] = defaultdict(list)
    for file in check.collection.files:
        for unit_id in units_of.get(file.name, ()):
            sent[unit_id].append(file)
    return dict(sent)


def write_unit_feedback(
    check: CheckResult,
    config: CampaignConfig,
    unit: Unit,
    target: Path,
    received: Sequence[InboxFile],
    day: date,
) -> Path:
    """The feedback document of ``unit`` at ``target``, dated ``day``; ``received``, the unit's
    files among :func:`files_checked`."""
    findings = check.for_unit(unit.id)
    office = follow_up_office(config)
    errors = sum(f.is_error for f in findings)
    letterhead = Letterhead(
        parent_body=config.district.short_name.upper(),
        issuing_body=office.issuing_name if office else config.plan.follow_up.upper(),
        number_line="",
        place_date=f"{config.district.place}, {vnformat.long_date(day)}",
        doc_type="PHIẾU PHẢN HỒI",
        summary=f"Kết quả kiểm tra báo cáo tổng kết CCHC của {unit.addressed_as}",
        demo_notice=demo_notice(config),
        recipients=recipient_lines((unit.addressed_as,), "NV"),
        signer_authority="",
        signer_title=(office.head_title if office else "") or "TRƯỞNG PHÒNG",
        signer_name=office.head_name if office else "",
    )

    def body(writer: BodyWriter) -> None:
        writer.paragraph(Paragraph(f"Kính gửi: {unit.addressed_as}."))
        files = "; ".join(
            f"“{f.name}”"
            + (f" (nhận ngày {vnformat.short_date(f.received)})" if f.received else "")
            for f in received
        )
        opening = (
            f"Thực hiện {config.plan.reference} của {config.district.short_name}, "
            f"{config.plan.follow_up} đã kiểm tra "
            + (f"các tệp đơn vị gửi: {files}." if files else "các tệp đơn vị gửi.")
        )
        writer.paragraph(Paragraph(opening))
        if errors:
            summary = (
                f"Có {vnformat.number(errors)} lỗi phải sửa: số liệu của đơn vị chưa được đưa "
                f"vào tổng hợp của {config.district.level_word} cho đến khi nhận được tệp đã sửa"
                + (
                    f"; và {vnformat.number(len(findings) - errors)} điểm cần xem lại."
                    if len(findings) > errors
                    else "."
                )
            )
        else:
            summary = (
                f"Không có lỗi; có {vnformat.number(len(findings))} điểm đề nghị đơn vị xem lại."
            )
        writer.paragraph(Paragraph(summary))
        writer.table(
            Table(
                ("STT", "Mức", "Vị trí (tệp, trang, ô)", "Nội dung", "Cách sửa"),
                _rows(findings),
                title=f"Các điểm cần sửa, xem lại của {unit.addressed_as}",
                numeric_from=5,
            ),
            size=10,
            widths=[1.2, 1.6, 4.1, 5.5, 4.1],
        )
        how = (
            # a roll-up is made by cchc from the district's units' files: edited by hand, it no
            # longer adds up (rollup.edited)
            f"bổ sung, sửa tại {config.district.words.below_level} rồi lập lại tệp gửi cấp trên "
            "(cchc build)"
            if unit.is_rollup
            else "sửa ngay trên tệp đã gửi (giữ nguyên tên trang, dòng, cột của biểu mẫu)"
        )
        writer.paragraph(
            Paragraph(f"Đề nghị {unit.addressed_as} {how} và gửi lại {config.plan.send_to}./.")
        )

    return render(letterhead, body, target, day)


def write_feedback(
    check: CheckResult, config: CampaignConfig, folder: Path, day: date | None = None
) -> list[Path]:
    """One document per unit with findings in ``folder`` (``output/phan-hoi/``, made only when
    some unit has findings), dated ``day`` (a build's status day; :func:`day_of` when not
    given)."""
    units = [unit for unit in config.units if check.for_unit(unit.id)]
    if units:
        folder.mkdir(parents=True, exist_ok=True)
    sent = files_checked(check)
    day = day or day_of(config)  # once: letters written across midnight bear one date
    # on every core: a document takes 50 ms, and a large campaign has thousands of units to answer
    return list(
        ordered_map(
            lambda unit: write_unit_feedback(
                check, config, unit, folder / f"{unit.id}.docx", sent.get(unit.id, []), day
            ),
            units,
            label="Ghi phiếu phản hồi",
            unit="đơn vị",
            name=lambda unit: unit.name,
            min_items=SLOW_ITEMS_MIN,
        )
    )


def stale_feedback(config: CampaignConfig, folder: Path, written: Collection[Path]) -> list[Path]:
    """The documents an earlier run wrote in ``folder`` for units that now have nothing to fix.
    Only cchc's own names (``<unit id>.docx``): a signed copy or a note the clerk keeps in the
    folder, and Word's ``~$`` owner file of an open document, are never touched."""
    kept = set(written)
    candidates = (folder / f"{unit.id}.docx" for unit in config.units)
    return [path for path in candidates if path not in kept and path.exists()]
