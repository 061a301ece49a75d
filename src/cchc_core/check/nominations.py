"""Checks of the nominations for commendation: each row (required fields, values from the lists of
``cchc.toml``), then across units (the same person or collective proposed twice).

A row with an error is left out of the consolidated list; it never keeps the unit's statistics out
of the district totals (finding codes ``nomination.*``, see ``checking.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cchc_core.config import CampaignConfig
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.nominations import REQUIRED, Nomination, NominationRow, NomineeKind
from cchc_core.model.submissions import Submission
from cchc_core.model.units import Unit
from cchc_core.util.text import fold, match_key, name_in_text

#: the column headers the messages name
_NAMES = {
    "kind": "Tập thể/ Cá nhân",
    "name": "Tên tập thể/ Họ và tên",
    "position": "Chức vụ, đơn vị công tác",
    "achievement": "Thành tích",
    "form": "Hình thức khen thưởng đề nghị",
}
PREFIX = "nomination."


def _text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return fold(str(raw))


def _pick(value: str, allowed: Iterable[str]) -> str | None:
    """The allowed value ``value`` stands for, ignoring case, spacing and normalisation."""
    wanted = match_key(value)
    return next((a for a in allowed if match_key(a) == wanted), None)


def check_rows(
    submission: Submission, unit: Unit, config: CampaignConfig
) -> tuple[list[Nomination], list[Finding]]:
    """The usable nominations of one workbook and the findings about its rows."""
    settings = config.commendations
    if settings is None:
        return [], []
    nominations: list[Nomination] = []
    findings: list[Finding] = []
    file = submission.source.name

    def finding(code: str, row: NominationRow, key: str, message: str, hint: str) -> None:
        cell = row.cells[key] if key in row.cells else next(iter(row.cells.values()))
        findings.append(
            Finding(
                PREFIX + code,
                Severity.ERROR,
                f"Đề nghị khen thưởng dòng {row.row}: {message}",
                hint,
                unit.id,
                unit.name,
                Location(file, cell.sheet, cell.address),
                value=cell.raw,
            )
        )

    for row in submission.nominations:
        values = {key: _text(cell.raw) for key, cell in row.cells.items()}
        kind_text = _pick(values.get("kind", ""), [k.value for k in NomineeKind])
        form = _pick(values.get("form", ""), settings.forms)
        required = [*REQUIRED]
        if kind_text == NomineeKind.INDIVIDUAL.value:
            required.insert(2, "position")
        empty = [key for key in required if not values.get(key)]
        for key in empty:
            finding(
                "missing",
                row,
                key,
                f"chưa ghi “{_NAMES[key]}”.",
                "Ghi đủ các cột của dòng đề nghị, hoặc xóa cả dòng nếu không đề nghị.",
            )
        if values.get("kind") and kind_text is None:
            finding(
                "kind",
                row,
                "kind",
                f"“{values['kind']}” không phải Tập thể hay Cá nhân.",
                "Chọn “Tập thể” hoặc “Cá nhân” trong danh sách của ô.",
            )
        if values.get("form") and form is None:
            finding(
                "form",
                row,
                "form",
                f"hình thức “{values['form']}” không có trong danh sách của đợt tổng kết.",
                "Chọn một trong: " + "; ".join(settings.forms) + ".",
            )
        if empty or kind_text is None or form is None:
            continue
        nominations.append(
            Nomination(
                unit=unit.id,
                unit_name=unit.name,
                kind=NomineeKind(kind_text),
                name=values["name"],
                position=values.get("position", ""),
                achievement=values["achievement"],
                form=form,
                note=values.get("note", ""),
                file=file,
                sheet=row.cells["name"].sheet,
                row=row.row,
                cell=row.cells["name"].address,
            )
        )
    return nominations, findings


def identity(nomination: Nomination) -> tuple[NomineeKind, str]:
    """Who a nomination is about: two nominations with the same identity name the same person or
    collective (same kind, same name once case, spacing and normalisation are set aside)."""
    return nomination.kind, match_key(nomination.name)


def duplicates(nominations: Iterable[Nomination]) -> Iterator[Finding]:
    """A warning on every nomination whose person or collective another row also proposes."""
    groups: dict[tuple[NomineeKind, str], list[Nomination]] = {}
    for nomination in nominations:
        groups.setdefault(identity(nomination), []).append(nomination)
    for group in groups.values():
        if len(group) < 2:
            continue
        for nomination in group:
            others = [n for n in group if n is not nomination]
            described = "; ".join(
                f"{name_in_text(n.unit_name)} ({'cùng đơn vị, ' if n.unit == nomination.unit else ''}"
                f"dòng {n.row}: {n.position or 'không ghi chức vụ'}, đề nghị {n.form})"
                for n in others
            )
            yield Finding(
                PREFIX + "duplicate",
                Severity.WARNING,
                f"{nomination.kind.value} “{nomination.name}” cũng được đề nghị khen thưởng bởi "
                f"{described}.",
                "Phòng Nội vụ thống nhất với các đơn vị để mỗi tập thể, cá nhân chỉ được đề nghị "
                "một lần (trùng tên nhưng khác người thì ghi rõ ở cột Ghi chú).",
                nomination.unit,
                nomination.unit_name,
                Location(nomination.file, nomination.sheet, nomination.cell),
            )
