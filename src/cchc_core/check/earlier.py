"""Check the district's earlier-review workbook (``[earlier_review]`` of ``cchc.toml``): each cell
against its indicator's measure, and the district total against the communes' figures it should add
up to. Findings carry no unit: the file is the district's own, and no unit is left out for it."""

from __future__ import annotations

from pathlib import Path

from cchc_core.check.cells import is_empty, parse_cell
from cchc_core.config import CampaignConfig
from cchc_core.forms.earlier_review_read import DISTRICT_KEY, read_earlier
from cchc_core.model.checked import EarlierValues, Value
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.indicators import AcrossUnits
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat


def earlier_path(config: CampaignConfig) -> Path | None:
    """Where the earlier-review workbook is (relative paths from the campaign folder)."""
    if config.earlier_review is None:
        return None
    path = Path(config.earlier_review.file)
    if not path.is_absolute() and config.source is not None:
        path = config.source.parent / path
    return path


def check_earlier(
    catalogue: Catalogue, config: CampaignConfig
) -> tuple[EarlierValues | None, list[Finding]]:
    """The checked figures of the earlier review and what is wrong with them."""
    path = earlier_path(config)
    review = config.earlier_review
    if path is None or review is None:
        return None, []
    findings: list[Finding] = []

    def finding(code: str, severity: Severity, message: str, hint: str = "", **where) -> None:
        findings.append(
            Finding(code, severity, message, hint, None, None, Location(path.name, **where))
        )

    if not path.is_file():
        finding(
            "earlier.missing",
            Severity.ERROR,
            f"Không có tệp số liệu sơ kết {review.file} (khai báo tại [earlier_review] của cchc.toml).",
            "Chép tệp forms/so-ket-….xlsx đã điền vào thư mục đợt tổng kết, hoặc sửa tên tệp trong "
            "cchc.toml.",
        )
        return None, findings
    cells, problem = read_earlier(path)
    if problem is not None:
        finding("earlier.unreadable", Severity.ERROR, f"Tệp số liệu sơ kết: {problem}.")
        return None, findings
    district: dict[str, Value] = {}
    units: dict[tuple[str, str], Value] = {}
    communes = {u.id for u in config.communes}
    for (code, key), cell in sorted(cells.items()):
        if not catalogue.has_indicator(code) or is_empty(cell.raw):
            continue
        if key != DISTRICT_KEY and key not in communes:
            continue
        indicator = catalogue.indicator(code)
        value, issue = parse_cell(cell.raw, indicator)
        if issue is not None:
            finding(
                issue.code,
                issue.severity,
                f"{indicator.label}: {issue.message}",
                issue.hint,
                sheet=cell.sheet,
                cell=cell.address,
            )
        if value is None:
            continue
        checked = Value(
            value, "" if key == DISTRICT_KEY else key, path.name, cell.sheet, cell.address
        )
        if key == DISTRICT_KEY:
            district[code] = checked
        else:
            units[(key, code)] = checked
    for code, total in district.items():
        indicator = catalogue.indicator(code)
        parts = [units.get((u, code)) for u in communes]
        if indicator.reporters.offices or indicator.unit_method is not AcrossUnits.SUM:
            continue
        if all(p is not None for p in parts) and parts:
            added = sum(p.value for p in parts)  # type: ignore[union-attr]
            if added != total.value:
                finding(
                    "earlier.total",
                    Severity.WARNING,
                    f"{indicator.label}: số toàn huyện ({vnformat.amount(total.value)}) khác tổng "
                    f"các xã, thị trấn ({vnformat.amount(added)}).",
                    "Kiểm tra lại số liệu chép từ báo cáo sơ kết; báo cáo dùng số toàn huyện.",
                    sheet=total.sheet,
                    cell=total.cell,
                )
    values = EarlierValues(review.phase, review.source, path.name, district, units)
    return values, findings
