"""Check: every collected submission is checked; the result holds the findings, the checked values
of each unit, the narratives, and which units have errors (those are left out of the totals).

Order of checks for a form: the reader's own findings (missing sheets, formulas), each cell against its
measure (``values.py``), the declared rules (``rule_engine.py``), year-over-year and merged-commune
warnings (``trend_checks.py``), then the plugins' ``cchc_validate`` hook. For a report document: empty
parts (``narrative_checks.py``) and the hook.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property

import attrs
from attrs import frozen

from cchc_core.check.cells import Problem, hidden_text, is_empty, parse_cell
from cchc_core.check.conferences import conference_findings
from cchc_core.check.config_refs import config_findings
from cchc_core.check.earlier import check_earlier
from cchc_core.check.narratives import empty_parts, office_voice
from cchc_core.check.nominations import PREFIX as NOMINATION
from cchc_core.check.nominations import check_rows, duplicates
from cchc_core.check.rollup_hints import reworded
from cchc_core.check.rules import evaluate_rules
from cchc_core.check.trends import merged_history, year_jumps
from cchc_core.collect.collection import Collection
from cchc_core.config import CampaignConfig
from cchc_core.model.checked import EarlierValues, UnitValues, Value
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.indicators import Measure
from cchc_core.model.nominations import Nomination
from cchc_core.model.submissions import Cell, Narrative, Submission, SubmissionKind
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.plugin.manager import CchcPluginManager
from cchc_core.util.text import fold


@frozen
class CheckResult:
    """The outcome of ``cchc check``.

    ``values`` and ``narratives`` are keyed by unit id; ``invalid_units`` are the units with at least
    one error (in any of their files), left out of the district totals; an error in a nomination
    only leaves that nomination out of ``nominations`` (the usable ones, in unit order).
    ``earlier`` holds the district's own figures for an earlier phase (``[earlier_review]``),
    when it has them.
    """

    collection: Collection
    findings: tuple[Finding, ...]
    values: Mapping[str, UnitValues]
    narratives: Mapping[str, Mapping[str, Narrative]]
    invalid_units: frozenset[str]
    nominations: tuple[Nomination, ...] = ()
    earlier: EarlierValues | None = None

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    def for_unit(self, unit_id: str | None) -> tuple[Finding, ...]:
        """The findings about one unit (``None``: files no unit could be recognised for)."""
        return self._by_unit.get(unit_id, ())

    @cached_property
    def _by_unit(self) -> dict[str | None, tuple[Finding, ...]]:
        # grouped once: asked for every unit, a scan of every finding was units × findings
        grouped: dict[str | None, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.unit, []).append(finding)
        return {unit: tuple(found) for unit, found in grouped.items()}

    def to_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "invalid_units": sorted(self.invalid_units),
            "files": [f.name for f in self.collection.files],
            "skipped": list(self.collection.skipped),
            "unreadable": list(self.collection.unreadable),
            "findings": [f.to_dict() for f in self.findings],
        }


def _cell_findings(
    catalogue: Catalogue, config: CampaignConfig, submission: Submission, unit_name: str
) -> tuple[dict[tuple[str, str], Value], list[Finding]]:
    values: dict[tuple[str, str], Value] = {}
    findings: list[Finding] = []
    missing: dict[str, list[tuple[str, object]]] = {}
    file = submission.source.name

    def report(problem: Problem, cell: Cell, code: str, period: str | None) -> None:
        findings.append(
            Finding(
                problem.code,
                problem.severity,
                problem.message,
                problem.hint,
                submission.unit,
                unit_name,
                Location(file, cell.sheet, cell.address),
                code,
                catalogue.indicator(code).label,
                period,
                cell.raw,
            )
        )

    for (code, period), cell in submission.cells.items():
        indicator = catalogue.indicator(code)
        if is_empty(cell.raw):
            if indicator.required:
                missing.setdefault(code, []).append((period, cell))
            continue
        value, problem = parse_cell(cell.raw, indicator)
        hidden = hidden_text(cell.raw) if indicator.measure is Measure.TEXT else None
        for found in (problem, hidden):
            if found is not None:
                report(found, cell, code, period)
        if value is not None:
            values[(code, period)] = Value(
                value, submission.unit, file, cell.sheet, cell.address, cell.parts
            )
    for code, cell in submission.notes.items():
        hidden = hidden_text(cell.raw)
        if hidden is not None:
            report(hidden, cell, code, None)
    # a roll-up's figures were added up by cchc, not typed: its gaps are figures it lacks
    lacking = "Chưa có số liệu" if config.unit(submission.unit).is_rollup else "Chưa nhập số liệu"
    for code, cells in missing.items():
        indicator = catalogue.indicator(code)
        first = cells[0][1]
        years = ", ".join(config.period(p).short_label for p, _ in cells)
        findings.append(
            Finding(
                "value.missing",
                Severity.WARNING,
                f"{lacking} “{indicator.label}” ({years}).",
                "Không phát sinh thì ghi 0; chưa có số liệu thì ghi lý do ở cột Ghi chú.",
                submission.unit,
                unit_name,
                Location(file, first.sheet, first.address),
                code,
                indicator.label,
                cells[0][0],
            )
        )
    return values, findings


def _hook_findings(
    pm: CchcPluginManager | None,
    submission: Submission,
    catalogue: Catalogue,
    config: CampaignConfig,
    unit_name: str,
) -> Iterable[Finding]:
    if pm is None:
        return
    for _, result in pm.call_each(
        "cchc_validate", submission=submission, catalogue=catalogue, config=config
    ):
        for finding in result or ():
            if finding.unit is None:
                yield attrs.evolve(finding, unit=submission.unit, unit_name=unit_name)
            else:
                yield finding


def _sort_key(finding: Finding) -> tuple[str, str, str, int, str]:
    cell = finding.location.cell or ""
    row = int("".join(ch for ch in cell if ch.isdigit()) or 0)
    return (
        finding.unit or "~",
        finding.location.file or "",
        finding.location.sheet or "",
        row,
        cell,
    )


def _blank(submission: Submission, unit_name: str) -> Finding:
    """A form or outline sent back as it was received: not a delivery, the unit must fill it."""
    what = (
        "Biểu thống kê gửi về còn trống: chưa điền số liệu nào"
        if submission.kind is SubmissionKind.FORM
        else "Báo cáo theo đề cương gửi về còn trống: chưa viết nội dung dưới đề mục nào"
    )
    return Finding(
        "submission.blank",
        Severity.WARNING,
        f"{what}; chưa tính là đã nộp.",
        "Có thể đơn vị đính kèm nhầm tệp biểu mẫu gốc; đề nghị gửi lại tệp đã điền.",
        submission.unit,
        unit_name,
        Location(submission.source.name),
    )


def check(
    collection: Collection,
    catalogue: Catalogue,
    config: CampaignConfig,
    pm: CchcPluginManager | None = None,
) -> CheckResult:
    """Check every submission of ``collection``."""
    findings: list[Finding] = list(collection.findings)
    values: dict[str, UnitValues] = {}
    narratives: dict[str, Mapping[str, Narrative]] = {}
    nominations: list[Nomination] = []
    for submission in collection.submissions:
        unit = config.unit(submission.unit)
        file = submission.source.name
        if submission.is_blank:  # one finding, not a warning for every empty cell or heading
            findings.append(_blank(submission, unit.name))
            if submission.kind is SubmissionKind.NARRATIVE:
                findings.extend(conference_findings(submission, unit, config))
            continue
        if submission.kind is SubmissionKind.FORM:
            checked, cell_findings = _cell_findings(catalogue, config, submission, unit.name)
            findings.extend(cell_findings)
            unit_values = UnitValues(
                unit.id,
                checked,
                {code: fold(str(cell.raw)) for code, cell in submission.notes.items()},
            )
            values[unit.id] = unit_values
            findings.extend(evaluate_rules(catalogue, config, unit, unit_values, file))
            findings.extend(year_jumps(catalogue, config, unit, unit_values, file))
            findings.extend(merged_history(catalogue, config, unit, unit_values, file))
            usable, row_findings = check_rows(submission, unit, config)
            nominations.extend(usable)
            findings.extend(row_findings)
        else:
            narratives[unit.id] = submission.narratives
            findings.extend(empty_parts(catalogue, unit, submission, config.district.level_word))
            findings.extend(conference_findings(submission, unit, config))
            findings.extend(office_voice(catalogue, unit, submission, config.district.level_word))
        findings.extend(_hook_findings(pm, submission, catalogue, config, unit.name))
    findings.extend(duplicates(nominations))
    earlier, earlier_findings = check_earlier(catalogue, config)
    findings.extend(earlier_findings)
    findings.extend(config_findings(config, catalogue))
    findings = reworded(findings, config)
    findings.sort(key=_sort_key)
    invalid = frozenset(
        f.unit for f in findings if f.is_error and f.unit and not f.code.startswith(NOMINATION)
    )
    order = {u.id: i for i, u in enumerate(config.units)}
    nominations.sort(key=lambda n: (order[n.unit], n.row))
    return CheckResult(
        collection,
        tuple(findings),
        values,
        narratives,
        invalid,
        nominations=tuple(nominations),
        earlier=earlier,
    )
