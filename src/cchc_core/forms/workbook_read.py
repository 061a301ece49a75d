"""Reads a filled statistics form (.xlsx) back into a submission.

Uses python-calamine for the cells (about ten times faster than openpyxl's read-only mode, see
docs/performance.md, and it never evaluates formulas) and reads the fingerprint and the formulas
from the package itself; calamine is given the sheets the reader inflated, stored, in a copy of
the package held in memory. Rows are found by the hidden indicator code in column A and periods by
the hidden keys of the marker row, never by position. The file is opened read-only and never
written.
"""

from __future__ import annotations

import io
from typing import Any

import python_calamine

from cchc_core.collect.damaged import damaged
from cchc_core.collect.unit_names import check_file_name
from cchc_core.errors import InputFileError
from cchc_core.forms import layout, nominations_read
from cchc_core.forms.campaign_marks import is_here, other_addressee, other_campaign, read_mark
from cchc_core.model.collector import ReadContext
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.indicators import AcrossUnits, Measure
from cchc_core.model.submissions import Cell, InboxFile, Origin, Submission, SubmissionKind
from cchc_core.util import vnformat
from cchc_core.util.office_parts import (
    core_properties,
    custom_properties,
    formula_cells,
    saved_time,
    sheet_parts,
)
from cchc_core.util.package_bytes import PackageBytes

#: the parts the reader inflates for itself besides the sheets it scans (for the sheet list),
#: which python-calamine reads too
SHEET_LIST_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")


def _fingerprint(
    properties: dict[str, str], file: InboxFile, context: ReadContext
) -> tuple[str, str]:
    """Check the fingerprint; return the unit id and the plan number the form was made under, or
    refuse the file."""
    config, catalogue = context.config, context.catalogue
    if properties.get(layout.PROP_KIND) != layout.FORM_KIND:
        raise InputFileError(
            "Tệp Excel này không phải biểu thống kê do cchc tạo (thiếu dấu nhận dạng biểu mẫu).",
            code="form.not-a-form",
            hint="Đơn vị cần điền vào đúng tệp biểu mẫu đã được gửi (trong thư mục forms/), không "
            "tự tạo bảng mới hay sao chép sang tệp khác.",
        )
    unit_id = properties.get(layout.PROP_UNIT, "")
    if not config.has_unit(unit_id):
        raise InputFileError(
            f"Biểu mẫu của đơn vị “{unit_id}” không có trong danh sách đơn vị của cchc.toml.",
            code="form.unknown-unit",
            hint="Kiểm tra danh sách [[units]] trong cchc.toml, hoặc tạo lại biểu mẫu.",
        )
    version = properties.get(layout.PROP_CATALOGUE, "")
    if version != catalogue.version and not properties.get(layout.PROP_SECTIONS):
        raise InputFileError(
            f"Biểu mẫu được tạo từ danh mục chỉ tiêu phiên bản {version or '(không rõ)'}, danh mục "
            f"hiện hành là phiên bản {catalogue.version}.",
            code="form.old-catalogue",
            hint="Gửi lại cho đơn vị biểu mẫu mới (cchc forms) và đề nghị chép số liệu sang.",
            details={"found": version, "expected": catalogue.version, "unit": unit_id},
        )
    place, plan, _ = read_mark(properties.get(layout.PROP_CAMPAIGN, config.campaign_mark))
    if not is_here(place, config) and not config.unit(unit_id).is_rollup:
        # a roll-up is the level below's own form, marked with its own campaign
        raise other_campaign("Biểu mẫu", place, plan, config, unit_id, "form.other-campaign")
    addressee = properties.get(layout.PROP_ADDRESSEE)
    if addressee is not None and not is_here(addressee, config):
        raise other_addressee(addressee, config, unit_id, "form.other-campaign")
    periods = ",".join(p.key for p in config.periods)
    if properties.get(layout.PROP_PERIODS, periods) != periods:
        raise InputFileError(
            "Biểu mẫu có các năm thống kê khác với đợt tổng kết này.",
            code="form.other-campaign",
            hint="Biểu mẫu có thể thuộc một đợt khác; đề nghị đơn vị dùng biểu mẫu của đợt này.",
            details={"unit": unit_id},
        )
    check_file_name(
        file.name, config.unit(unit_id), config, what="biểu mẫu", code="form.unit-mismatch"
    )
    return unit_id, plan


def _stale_sections(properties: dict[str, str], catalogue: Any) -> dict[str, str | None]:
    """The sections a form of an earlier catalogue cannot be read for: changed since (their
    fingerprint in the form) or new (``None``). Empty for a form of the current catalogue: an
    installed or updated plugin leaves every sheet whose rows it did not touch valid."""
    if properties.get(layout.PROP_CATALOGUE, "") == catalogue.version:
        return {}
    written = dict(
        entry.split("=", 1)
        for entry in properties.get(layout.PROP_SECTIONS, "").split(",")
        if "=" in entry
    )
    return {
        section.key: written.get(section.key)
        for section in catalogue.sections
        if written.get(section.key) != catalogue.section_version(section.key)
    }


def _section_finding(
    section: str, written: str | None, workbook: Any, wanted: set[str], catalogue: Any
) -> tuple[str, str, str, str, None, Severity]:
    """What to say of a section the form cannot be read for: new (the unit has a part to add) or
    changed (which rows, and which plugin made the change)."""
    title = next((s.title for s in catalogue.sections if s.key == section), section)
    if written is None:
        return (
            "form.new-section",
            f"Biểu mẫu chưa có mục {section} “{title}” (mới thêm sau khi gửi biểu mẫu): phần "
            "này của đơn vị còn thiếu.",
            "Gửi đơn vị biểu mẫu mới (cchc forms --update: điền sẵn số liệu đã gửi) để điền "
            "bổ sung mục này.",
            section,
            None,
            Severity.WARNING,
        )
    rows = _sheet_rows(workbook, section) or []
    had = {r[0] for r in rows if r and isinstance(r[0], str) and r[0] not in ("", layout.MARKER)}
    added, removed = sorted(wanted - had), sorted(had - wanted)
    changes = []
    if added:
        changes.append("thêm " + ", ".join(added[:5]) + ("…" if len(added) > 5 else ""))
    if removed:
        changes.append("bỏ " + ", ".join(removed[:5]) + ("…" if len(removed) > 5 else ""))
    plugins = sorted(
        {catalogue.origins.get(f"indicator:{code}", "") for code in wanted | had} - {""}
    )
    return (
        "form.section-changed",
        f"Mục {section} “{title}” đã thay đổi sau khi gửi biểu mẫu ("
        + ("; ".join(changes) if changes else "đổi cách tính hoặc đơn vị báo cáo của dòng")
        + (f"; do plugin {', '.join(plugins)}" if plugins else "")
        + "): trang này không đọc được.",
        "Gửi đơn vị biểu mẫu mới (cchc forms --update: điền sẵn số liệu các mục không đổi) để "
        "điền lại mục này.",
        section,
        None,
        Severity.ERROR,
    )


def _sheet_rows(workbook: Any, name: str) -> list[list[Any]] | None:
    try:
        sheet = workbook.get_sheet_by_name(name)
    except python_calamine.WorksheetNotFound:
        return None
    return sheet.to_python(skip_empty_area=False)


def read(file: InboxFile, context: ReadContext) -> Submission:
    """Read one form; :class:`InputFileError` if the file is not a usable form of this campaign."""
    # read once (the inbox refuses files over 100 MB): the package's parts and calamine's cells
    # come from the same bytes, which is faster than two readers each opening the file
    # unbuffered: the whole file is read at once, and a buffered reader cost a third of the read
    with open(file.path, "rb", buffering=0) as handle:
        archive = PackageBytes(handle.readall())
    properties = custom_properties(archive)
    file_date = saved_time(core_properties(archive))
    unit_id, earlier_plan = _fingerprint(properties, file, context)
    unit = context.config.unit(unit_id)
    catalogue = context.catalogue
    sections = catalogue.reported_sections(unit)
    sheet_list = sheet_parts(archive)
    # the part calamine reads for each section: a target differing in case only is one too
    part_of_section = {s: archive.part_named(sheet_list[s]) for s in sections if s in sheet_list}
    # the sheet list and the sheets the formula scan reads are inflated here, once: calamine is
    # given them stored (not deflated) so as not to inflate them a second time, and reads only
    # parts whose size and CRC were checked. The other parts it inflates itself
    inflated = [*SHEET_LIST_PARTS, *filter(None, part_of_section.values())]
    try:
        # from the content, not the path: calamine picks its reader by the file's extension, and
        # a real .xlsx named .xls would be read as an old binary workbook
        workbook = python_calamine.CalamineWorkbook.from_filelike(
            io.BytesIO(archive.stored(inflated))
        )
    except python_calamine.CalamineError as error:
        raise damaged(f"{type(error).__name__}: {error}") from None
    cells: dict[tuple[str, str], Cell] = {}
    notes: dict[str, Cell] = {}
    findings: list[Finding] = []

    def finding(
        code: str,
        message: str,
        hint: str = "",
        sheet: str | None = None,
        cell: str | None = None,
        severity: Severity = Severity.ERROR,
        indicator: str | None = None,
    ) -> None:
        label = catalogue.indicator(indicator).label if indicator else None
        findings.append(
            Finding(
                code,
                severity,
                message,
                hint,
                unit.id,
                unit.name,
                Location(file.name, sheet, cell),
                indicator,
                label,
            )
        )

    if earlier_plan != context.config.plan.number and not unit.is_rollup:
        finding(
            "form.other-plan",
            f"Biểu mẫu được tạo theo kế hoạch số {earlier_plan}, đợt này là kế hoạch số "
            f"{context.config.plan.number}: số liệu vẫn được đọc.",
            "Số kế hoạch in trên biểu mẫu đã gửi khác số trong cchc.toml; nếu đúng là đợt này, "
            "không cần làm gì.",
            severity=Severity.WARNING,
        )
    stale = _stale_sections(properties, catalogue)
    with workbook:
        origins = _origins(workbook) if unit.is_rollup else {}
        for section, wanted in sections.items():
            if section in stale:
                laid_out = {i.code for i in catalogue.rows_for(unit) if i.section == section}
                finding(*_section_finding(section, stale[section], workbook, laid_out, catalogue))
                continue
            rows = _sheet_rows(workbook, section)
            if rows is None:
                finding(
                    "form.missing-sheet",
                    f"Thiếu trang “{section}” trong biểu mẫu.",
                    "Không xóa hay đổi tên các trang của biểu mẫu; chép số liệu vào biểu mẫu "
                    "gốc và gửi lại.",
                    sheet=section,
                )
                continue
            columns = layout.marker_columns(rows)
            if columns is None:
                finding(
                    "form.missing-marker",
                    f"Trang “{section}” đã bị sửa cấu trúc (mất dòng ẩn chứa mã cột).",
                    "Chép số liệu vào biểu mẫu gốc và gửi lại.",
                    sheet=section,
                )
                continue
            period_columns, note_column = columns
            lettered = [
                (column, period, layout.column_letter(column + 1))
                for column, period in period_columns.items()
            ]
            found = _wanted_rows(rows, wanted)
            numbers = [number for number, _, _ in found]
            sheet_formulas = (
                formula_cells(archive, part_of_section.get(section), numbers) if found else {}
            )
            for number, code, row in found:
                width = len(row)
                for column, period, letter in lettered:
                    address = f"{letter}{number}"
                    raw = row[column] if column < width else ""
                    if address in sheet_formulas:
                        if not sheet_formulas[address]:
                            finding(
                                "value.formula-no-value",
                                f"Ô {address} chứa công thức nhưng không có giá trị đã tính.",
                                "Nhập số trực tiếp thay cho công thức (hoặc mở tệp bằng Excel, "
                                "lưu lại rồi gửi).",
                                section,
                                address,
                                indicator=code,
                            )
                            continue
                        finding(
                            "value.formula",
                            f"Ô {address} chứa công thức; dùng giá trị Excel "
                            "đã tính và lưu trong tệp.",
                            "Nên nhập số trực tiếp.",
                            section,
                            address,
                            Severity.WARNING,
                            code,
                        )
                    parts = origins.get((code, period), ()) if origins else ()
                    cells[(code, period)] = Cell(raw, section, address, parts)
                if note_column is not None and note_column < width and row[note_column] != "":
                    address = f"{layout.column_letter(note_column + 1)}{number}"
                    notes[code] = Cell(row[note_column], section, address)
            for code in sorted(wanted - {code for _, code, _ in found}):
                finding(
                    "form.missing-row",
                    f"Thiếu dòng chỉ tiêu “{catalogue.indicator(code).label}”"
                    f" trên trang {section}.",
                    "Không xóa dòng của biểu mẫu; chép số liệu vào biểu mẫu gốc và gửi lại.",
                    sheet=section,
                    indicator=code,
                )
        nomination_rows = (
            nominations_read.read_rows(_sheet_rows(workbook, nominations_read.SHEET))
            if context.config.commendations
            else ()
        )
        if nomination_rows is None:
            finding(
                "nomination.missing-marker",
                f"Trang “{nominations_read.SHEET}” đã bị sửa cấu trúc (mất dòng ẩn chứa mã cột); "
                "chưa đọc được các đề nghị khen thưởng.",
                "Chép các đề nghị vào trang Khen thưởng của biểu mẫu gốc và gửi lại.",
                sheet=nominations_read.SHEET,
            )
    if origins:
        for code, cell, total in _edited_totals(cells, catalogue):
            finding(
                "rollup.edited",
                f"Số liệu {vnformat.number(cell.raw)} ở ô {cell.address} khác tổng các số liệu "
                f"cấp dưới ghi trong tệp ({vnformat.number(total)}): tệp có thể đã bị sửa tay "
                "sau khi lập.",
                "Đề nghị đơn vị sửa số liệu tại nơi lập tệp (tệp của đơn vị cấp dưới), lập lại "
                "(cchc build) rồi gửi lại tệp; không sửa trực tiếp trên tệp đã gửi.",
                cell.sheet,
                cell.address,
                Severity.WARNING,
                code,
            )
    return Submission(
        unit=unit.id,
        kind=SubmissionKind.FORM,
        source=file,
        collector="bieu-thong-ke",
        catalogue_version=properties.get(layout.PROP_CATALOGUE, ""),
        file_date=file_date,
        cells=cells,
        notes=notes,
        findings=tuple(findings),
        nominations=nomination_rows or (),
    )


def _wanted_rows(rows: list[list[Any]], wanted: frozenset[str]) -> list[tuple[int, str, list[Any]]]:
    """The rows of a sheet whose code (column A) is wanted, with their numbers from 1: the first
    of each code (a row copied further down is not read twice)."""
    found: dict[str, tuple[int, str, list[Any]]] = {}
    for number, row in enumerate(rows, start=1):
        code = row[0] if row else None  # any cell value: only a wanted code is in `wanted`
        if code in wanted and code not in found:
            found[code] = (number, code, row)
    return list(found.values())


def _origins(workbook: Any) -> dict[tuple[str, str], tuple[Origin, ...]]:
    """The hidden sheet of a roll-up file: the values of the level below behind each cell (none
    when the sheet is absent or not laid out as cchc writes it)."""
    rows = _sheet_rows(workbook, layout.SOURCES_SHEET)
    if not rows or tuple(rows[0][: len(layout.SOURCES_HEADER)]) != layout.SOURCES_HEADER:
        return {}
    found: dict[tuple[str, str], list[Origin]] = {}
    for row in rows[1:]:
        if len(row) < len(layout.SOURCES_HEADER):
            continue
        code, period, role, unit, name, value, file, sheet, cell = row[: len(layout.SOURCES_HEADER)]
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # calamine gives every number as a float
        origin = Origin(str(unit), str(name), value, str(file), str(sheet), str(cell), str(role))
        found.setdefault((str(code), str(period)), []).append(origin)
    return {key: tuple(origins) for key, origins in found.items()}


def _edited_totals(
    cells: dict[tuple[str, str], Cell], catalogue: Any
) -> list[tuple[str, Cell, float]]:
    """The cells of a roll-up file whose count is not the sum of the values behind it (its
    hidden sources sheet): a figure of the level below is the sum of its units' for a count
    added up, so a difference is a hand edit after the file was made (review: a district total
    typed over at the province went unseen). Rates, means and flags are left alone."""
    edited = []
    for (code, _), cell in cells.items():
        if not cell.parts or not catalogue.has_indicator(code):
            continue
        indicator = catalogue.indicator(code)
        if indicator.measure is not Measure.COUNT or indicator.unit_method is not AcrossUnits.SUM:
            continue
        values = [origin.value for origin in cell.parts]
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        raw = cell.raw
        if numbers and isinstance(raw, (int, float)) and raw != sum(values):
            edited.append((code, cell, sum(values)))
    return edited
