"""The campaign's settings as frozen records: what ``cchc.toml`` says, checked."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path

from attrs import field, frozen

from cchc_core.errors import UnknownPeriodError, UnknownTaskError, UnknownUnitError
from cchc_core.model.periods import Period, Phase
from cchc_core.model.tasks import Task
from cchc_core.model.units import Unit

CONFIG_NAME = "cchc.toml"


@frozen
class Signer:
    """Who signs: ``authority`` (``TM. ỦY BAN NHÂN DÂN`` or ``KT. CHỦ TỊCH``), title and name."""

    authority: str
    title: str
    name: str = ""


@frozen
class District:
    """The district: its name (``Hướng Hóa``), province, and the place written on the date line."""

    name: str
    province: str
    place: str

    @property
    def issuing_body(self) -> str:
        """``ỦY BAN NHÂN DÂN`` and ``HUYỆN HƯỚNG HÓA`` on two lines, as letterheads print it."""
        return f"ỦY BAN NHÂN DÂN\nHUYỆN {self.name.upper()}"

    @property
    def short_name(self) -> str:
        """``UBND huyện Hướng Hóa``."""
        return f"UBND huyện {self.name}"


@frozen
class Plan:
    """The district plan that launched the review (number, date, title) and where units send
    their reports (``send_to``)."""

    number: str
    date: date
    title: str
    send_to: str = "UBND huyện (qua Phòng Nội vụ)"
    follow_up: str = "Phòng Nội vụ"

    @property
    def reference(self) -> str:
        """``Kế hoạch số 19/KH-UBND ngày 22/4/2020``."""
        return f"Kế hoạch số {self.number} ngày {self.date.day}/{self.date.month}/{self.date.year}"


@frozen
class ReportSettings:
    """Number, date, grounds, recipients and signer of the district report.

    ``number`` and ``date`` may be left empty for a draft: the header then shows blanks to fill at
    signing, with ``month`` and ``year`` printed when known.
    """

    number: str
    number_suffix: str
    date: date | None
    month: int | None
    year: int
    title: str
    grounds: tuple[str, ...]
    recipients: tuple[str, ...]
    archive: str
    signer: Signer


@frozen
class CheckSettings:
    """Thresholds of the warnings: year-over-year jumps and merged communes' earlier years."""

    jump_ratio: float = 3.0
    jump_min: float = 10
    merged_ratio: float = 0.65


@frozen
class ReceivedOverride:
    """The real date a file was received, when it reached the inbox later (e-mail, paper)."""

    file: str
    date: date


@frozen
class CampaignConfig:
    """Everything ``cchc.toml`` says, checked. Immutable."""

    district: District
    plan: Plan
    report: ReportSettings
    units: tuple[Unit, ...]
    periods: tuple[Period, ...]
    phases: tuple[Phase, ...]
    tasks: tuple[Task, ...]
    check: CheckSettings = CheckSettings()
    received: tuple[ReceivedOverride, ...] = ()
    status_as_of: date | None = None
    demo: bool = False
    source: Path | None = field(default=None, eq=False)

    @cached_property
    def _units_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def unit(self, unit_id: str) -> Unit:
        """The unit with this id; :class:`~cchc_core.errors.UnknownUnitError` if none."""
        try:
            return self._units_by_id[unit_id]
        except (KeyError, TypeError):
            raise UnknownUnitError(
                f"Không có đơn vị mã “{unit_id}” trong cchc.toml.",
                hint="Các mã đơn vị nằm ở khóa id của các bảng [[units]].",
                details={"unit": unit_id},
            ) from None

    def has_unit(self, unit_id: str) -> bool:
        """True when a unit has this id."""
        return unit_id in self._units_by_id

    @property
    def offices(self) -> tuple[Unit, ...]:
        """The district's offices, in the order of ``cchc.toml``."""
        return tuple(u for u in self.units if not u.is_commune_level)

    @property
    def communes(self) -> tuple[Unit, ...]:
        """The commune-level units (communes and towns), in the order of ``cchc.toml``."""
        return tuple(u for u in self.units if u.is_commune_level)

    def period(self, key: str | int) -> Period:
        """The period with this key (``"2019"``, ``2019``, ``"2020-den-03-31"``);
        :class:`~cchc_core.errors.UnknownPeriodError` if none."""
        for period in self.periods:
            if period.key == str(key):
                return period
        raise UnknownPeriodError(
            f"Đợt tổng kết không có kỳ số liệu “{key}”.",
            hint="Các kỳ có: " + ", ".join(p.key for p in self.periods) + ".",
            details={"period": key},
        )

    def unit_count(self, period: Period, *, offices: bool = True, communes: bool = True) -> int:
        """How many units existed at the end of a period (a merged commune counts as its former
        communes before the merger)."""
        count = len(self.offices) if offices else 0
        if communes:
            count += sum(u.predecessor_count(period.end) for u in self.communes)
        return count

    def tasks_concerning(self, unit: Unit) -> tuple[Task, ...]:
        """The tasks that ask ``unit`` to deliver something, in the plan's order."""
        group = "communes" if unit.is_commune_level else "offices"
        return tuple(t for t in self.tasks if group in t.concerns or unit.id in t.concerns)

    @property
    def reference_date(self) -> date:
        """The date stamped into generated files: the report's date when set, otherwise the day
        status is taken, otherwise the plan's date. Never the clock."""
        return self.report.date or self.status_as_of or self.plan.date

    def task(self, task_id: str) -> Task:
        """The task with this id; :class:`~cchc_core.errors.CchcError` (a ``KeyError``) if none."""
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise UnknownTaskError(
            f"Kế hoạch không có nhiệm vụ số “{task_id}”.",
            hint="Các nhiệm vụ có: " + ", ".join(t.id for t in self.tasks) + ".",
            details={"task": task_id},
        )
