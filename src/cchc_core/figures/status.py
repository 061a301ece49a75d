"""Submission status: for every unit and every task of the plan that concerns it, whether it was
delivered on time, late (by how many days), incompletely, or not at all, as of a given day.

A delivery's time is the time the district received its file (the receipt register, the e-mail it
came in, or ``cchc.toml``'s ``[[received]]``; never the file's modification time), compared by
calendar day in Vietnam's time zone: a file received on the deadline day is on time. Files received
after the as-of day are not counted yet; a file whose day nobody recorded is "chưa rõ ngày nhận",
neither on time nor late, until the clerk records it; a form or outline sent back blank is not a
delivery.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from attrs import frozen

from cchc_core.check.checking import CheckResult
from cchc_core.collect.inbox import VIETNAM
from cchc_core.config import CampaignConfig
from cchc_core.config.records import LEVELS, LevelWords
from cchc_core.figures.conferences import CommuneConference, commune_conferences
from cchc_core.figures.coverage import Coverage, coverage
from cchc_core.model.submissions import Submission, SubmissionKind
from cchc_core.model.tasks import Task, Tracking
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue


class State(enum.Enum):
    """Where a unit stands on one task."""

    ON_TIME = "on_time"
    LATE = "late"
    INCOMPLETE = "incomplete"
    UNDATED = "undated"
    BLANK = "blank"
    MISSING = "missing"
    NOT_DUE = "not_due"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            "on_time": "Đúng hạn",
            "late": "Muộn",
            "incomplete": "Nộp thiếu",
            "undated": "Đã nộp, chưa rõ ngày nhận",
            "blank": "Gửi biểu mẫu trống, chưa điền",
            "missing": "Chưa nộp, quá hạn",
            "not_due": "Chưa nộp, chưa đến hạn",
        }[self.value]

    @property
    def delivered(self) -> bool:
        """True when the unit sent something that counts (complete or not, dated or not)."""
        return self in (State.ON_TIME, State.LATE, State.INCOMPLETE, State.UNDATED)


@frozen
class UnitStatus:
    """One unit on one task."""

    task: str
    unit: str
    unit_name: str
    group: str
    deadline: date
    state: State
    received: datetime | None = None
    days_late: int = 0
    files: tuple[str, ...] = ()
    missing_parts: tuple[str, ...] = ()
    has_errors: bool = False
    lead: str = ""
    follow_up: str = ""
    received_from: tuple[str, ...] = ()
    stated: datetime | None = None

    @property
    def label(self) -> str:
        """The state in words, e.g. ``Muộn 2 ngày, có lỗi``."""
        text = self.state.label
        if self.days_late and self.state in (State.LATE, State.INCOMPLETE, State.MISSING):
            text += f" {self.days_late} ngày"
        elif self.days_late and self.state is State.BLANK:
            text += f" (quá hạn {self.days_late} ngày)"
        if self.missing_parts:
            text += f" (thiếu {', '.join(self.missing_parts)})"
        if self.has_errors:
            text += ", có lỗi"
        return text


@frozen
class GroupRate:
    """Reporting rate and on-time rate of a group (DHIS2's reporting rate summary)."""

    task: str
    group: str
    expected: int
    submitted: int
    on_time: int

    @property
    def reporting_rate(self) -> float:
        """Submitted (complete or not) per expected, in percent."""
        return 100 * self.submitted / self.expected if self.expected else 0.0

    @property
    def on_time_rate(self) -> float:
        """Submitted complete and on time per expected, in percent."""
        return 100 * self.on_time / self.expected if self.expected else 0.0


@frozen
class StatusReport:
    """``cchc status``: every tracked unit and task, the rates, the untracked tasks, and which
    communes held their own conference (task 2.1, when ``cchc.toml`` asks for it)."""

    as_of: date
    rows: tuple[UnitStatus, ...]
    rates: tuple[GroupRate, ...]
    tasks: tuple[Task, ...]
    notes: tuple[str, ...] = ()
    conferences: tuple[CommuneConference, ...] = ()
    coverage: Coverage | None = None
    group_labels: tuple[tuple[str, str], ...] = (
        ("offices", "Các cơ quan, đơn vị thuộc UBND huyện"),
        ("communes", "UBND các xã, thị trấn"),
    )
    #: the words of the campaign's level, for the conferences of the level below
    words: LevelWords = LEVELS["district"]

    def group_label(self, group: str) -> str:
        """How the tables title a group of units (``UBND các xã, thị trấn`` …)."""
        return dict(self.group_labels)[group]

    @property
    def reminders(self) -> tuple[UnitStatus, ...]:
        """The units to remind: late and incomplete, missing past the deadline, or whose data were
        refused for errors (they must send a corrected file)."""
        return tuple(
            r
            for r in self.rows
            if r.state in (State.LATE, State.INCOMPLETE, State.BLANK, State.MISSING) or r.has_errors
        )

    @property
    def undated(self) -> tuple[UnitStatus, ...]:
        """The deliveries whose day is not known yet: the clerk records it (``cchc receive``)."""
        return tuple(r for r in self.rows if r.state is State.UNDATED)

    def to_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {
            "as_of": self.as_of.isoformat(),
            "rows": [
                {
                    "task": r.task,
                    "unit": r.unit,
                    "name": r.unit_name,
                    "group": r.group,
                    "deadline": r.deadline.isoformat(),
                    "state": r.state.value,
                    "label": r.label,
                    "received": r.received.isoformat() if r.received else None,
                    "received_from": list(r.received_from),
                    "stated": r.stated.isoformat() if r.stated else None,
                    "days_late": r.days_late,
                    "files": list(r.files),
                    "missing_parts": list(r.missing_parts),
                    "has_errors": r.has_errors,
                }
                for r in self.rows
            ],
            "notes": list(self.notes),
            "conferences": [
                {
                    "unit": c.unit,
                    "name": c.unit_name,
                    "state": c.state.value,
                    "label": c.label,
                    "held_on": c.held_on.isoformat() if c.held_on else None,
                    "deadline": c.deadline.isoformat(),
                    "text": c.text,
                    "file": c.file,
                }
                for c in self.conferences
            ],
            "rates": [
                {
                    "task": g.task,
                    "group": g.group,
                    "expected": g.expected,
                    "submitted": g.submitted,
                    "on_time": g.on_time,
                    "reporting_rate": round(g.reporting_rate, 1),
                    "on_time_rate": round(g.on_time_rate, 1),
                }
                for g in self.rates
            ],
        }


def group_label(group: str, config: CampaignConfig) -> str:
    """``Cơ quan, đơn vị thuộc UBND huyện`` or ``UBND các xã, thị trấn`` (at a province: its
    departments, its districts), as the status tables title a group."""
    label = config.district.own_offices if group == "offices" else config.district.councils_below
    return label[0].upper() + label[1:]


def _concerned(task: Task, config: CampaignConfig) -> list[Unit]:
    return [u for u in config.units if task in config.tasks_concerning(u)]


def _day(moment: datetime) -> date:
    return moment.astimezone(VIETNAM).date()


class _Judge:
    def __init__(
        self, catalogue: Catalogue, config: CampaignConfig, check: CheckResult, as_of: date
    ) -> None:
        self.catalogue = catalogue
        self.config = config
        self.check = check
        self.as_of = as_of
        self.by_unit: dict[str, list[Submission]] = {}
        self.blank: dict[str, list[Submission]] = {}
        for submission in check.collection.submissions:
            received = submission.source.received
            if received is not None and _day(received) > as_of:
                continue  # not received yet on that day; an undated file is counted
            group = self.blank if submission.is_blank else self.by_unit
            group.setdefault(submission.unit, []).append(submission)
        self.refused: dict[str, list[str]] = {}
        for finding in check.collection.findings:
            if (
                finding.unit
                and finding.location.file
                and finding.code.startswith(("form.", "file.", "outline."))
            ):
                self.refused.setdefault(finding.unit, []).append(finding.location.file)

    @property
    def received_by_unit(self) -> dict[str, list[Submission]]:
        """Every file received by the day of the status, blank or not, by unit."""
        merged = {unit: list(found) for unit, found in self.by_unit.items()}
        for unit, blank in self.blank.items():
            merged.setdefault(unit, []).extend(blank)
        return merged

    def expected_parts(self, task: Task, unit: Unit) -> dict[str, SubmissionKind]:
        if task.tracking is Tracking.NARRATIVE:
            return {"phần báo cáo chuyên đề": SubmissionKind.NARRATIVE}
        parts = {"báo cáo theo đề cương": SubmissionKind.NARRATIVE}
        if any(self.catalogue.reports(i, unit) for i in self.catalogue.indicators):
            parts = {"biểu thống kê": SubmissionKind.FORM, **parts}
        return parts

    def delivered(self, task: Task, unit: Unit, kind: SubmissionKind) -> Submission | None:
        for submission in self.by_unit.get(unit.id, ()):
            if submission.kind is not kind:
                continue
            if task.tracking is Tracking.NARRATIVE and task.domain:
                keys = {h.key for h in self.catalogue.headings if h.domain == task.domain}
                if not any(not n.is_empty for k, n in submission.narratives.items() if k in keys):
                    continue
            return submission
        return None

    def empty_parts(self, task: Task, submission: Submission) -> tuple[str, ...]:
        """The headings of a narrative task's field left empty in the file delivered."""
        if task.tracking is not Tracking.NARRATIVE or not task.domain:
            return ()
        return tuple(
            f"đề mục {self.catalogue.heading_label(h.key)}"
            for h, _ in self.catalogue.walk_outline()
            if h.domain == task.domain
            and h.writes_text
            and (h.key not in submission.narratives or submission.narratives[h.key].is_empty)
        )

    def status(self, task: Task, unit: Unit) -> UnitStatus:
        deadline = task.deadline
        assert deadline is not None
        parts = self.expected_parts(task, unit)
        found = {name: self.delivered(task, unit, kind) for name, kind in parts.items()}
        present = [s for s in found.values() if s is not None]
        missing_parts = tuple(name for name, s in found.items() if s is None) + tuple(
            part for s in present for part in self.empty_parts(task, s)
        )
        dated = [s.source.received for s in present if s.source.received is not None]
        received = max(dated, default=None)
        undated = len(dated) < len(present)
        blank = self.blank.get(unit.id, [])
        files = tuple(s.source.name for s in (*present, *blank)) + tuple(
            self.refused.get(unit.id, ())
        )
        group = "communes" if unit.is_commune_level else "offices"
        last_day = self.config.last_day(deadline)
        overdue = (self.as_of - last_day).days
        days_late = max((_day(received) - last_day).days, 0) if received else 0
        if not present:
            state = State.BLANK if blank else State.MISSING if overdue > 0 else State.NOT_DUE
            days_late = max(overdue, 0)
            missing_parts = ()
        elif missing_parts:
            state = State.INCOMPLETE
        elif days_late:
            state = State.LATE
        else:
            state = State.UNDATED if undated else State.ON_TIME
        sources = tuple(
            dict.fromkeys(s.source.received_from or "chưa rõ ngày nhận" for s in present)
        )
        stated = max((s.file_date for s in (*present, *blank) if s.file_date), default=None)
        return UnitStatus(
            task=task.id,
            unit=unit.id,
            unit_name=unit.name,
            group=group,
            deadline=deadline,
            state=state,
            received=received,
            days_late=days_late,
            files=files,
            missing_parts=missing_parts if present else (),
            received_from=sources,
            stated=stated,
            has_errors=unit.id in self.check.invalid_units,
            lead=task.lead,
            follow_up=self.config.plan.follow_up,
        )


def status(
    catalogue: Catalogue, config: CampaignConfig, check: CheckResult, as_of: date
) -> StatusReport:
    """The status of every tracked task for every unit it concerns, as of ``as_of``."""
    judge = _Judge(catalogue, config, check, as_of)
    rows: list[UnitStatus] = []
    rates: list[GroupRate] = []
    notes: list[str] = []
    domains = {d.key for d in catalogue.domains}
    for task in config.tasks:
        if task.tracking is Tracking.NONE or task.deadline is None:
            continue
        if task.tracking is Tracking.NARRATIVE and task.domain not in domains:
            notes.append(
                f"Nhiệm vụ {task.id}: lĩnh vực “{task.domain}” không có (plugin chưa cài, "
                "đang tắt, hoặc cchc.toml ghi sai mã domain); không theo dõi được."
            )
            continue
        task_rows = [judge.status(task, unit) for unit in _concerned(task, config)]
        rows.extend(task_rows)
        for group in ("offices", "communes"):
            members = [r for r in task_rows if r.group == group]
            if members:
                rates.append(
                    GroupRate(
                        task.id,
                        group,
                        len(members),
                        sum(r.state.delivered for r in members),
                        # "đúng hạn, đủ": on time, every part written and no data refused
                        sum(r.state is State.ON_TIME and not r.has_errors for r in members),
                    )
                )
    return StatusReport(
        as_of,
        tuple(rows),
        tuple(rates),
        config.tasks,
        tuple(notes),
        # a report blank but for its conference date still says when the conference was held
        conferences=commune_conferences(config, judge.received_by_unit),
        coverage=coverage(catalogue, config, check),
        group_labels=tuple(
            (group, group_label(group, config)) for group in ("offices", "communes")
        ),
        words=config.district.words,
    )
