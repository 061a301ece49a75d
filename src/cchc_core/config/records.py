"""The campaign's settings as frozen records: what ``cchc.toml`` says, checked."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from attrs import field, frozen

from cchc_core.errors import UnknownPeriodError, UnknownTaskError, UnknownUnitError
from cchc_core.model.periods import Period, Phase
from cchc_core.model.tasks import Task
from cchc_core.model.units import PLACE_KINDS, NameIndex, Unit
from cchc_core.util.line_breaks import ProperNames
from cchc_core.util.text import fold, kind_and_name

CONFIG_NAME = "cchc.toml"


@frozen
class Signer:
    """Who signs: ``authority`` (``TM. ỦY BAN NHÂN DÂN`` or ``KT. CHỦ TỊCH``), title and name."""

    authority: str
    title: str
    name: str = ""


@frozen
class LevelWords:
    """How a level's documents name it and its units: ``own`` (``huyện``), the units below it
    (``xã, thị trấn``) and its own offices (``cơ quan, đơn vị``)."""

    own: str
    below: str
    offices: str
    #: the level below as in "cấp xã" (its conferences, its officials)
    below_level: str


#: the levels a campaign can run at, and the words its documents use
LEVELS = {
    "district": LevelWords("huyện", "xã, thị trấn", "cơ quan, đơn vị", "xã"),
    "province": LevelWords("tỉnh", "huyện, thị xã, thành phố", "sở, ban, ngành", "huyện"),
}
LEVEL_WORDS = {level: words.own for level, words in LEVELS.items()}
#: between the place and the plan number in a campaign's mark (:attr:`CampaignConfig.campaign_mark`)
MARK_SEPARATOR = " · "
#: the centrally governed cities, named "thành phố" where a province is "tỉnh" (Huế since 2025)
CENTRAL_CITIES = frozenset(("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"))


@frozen
class District:
    """The body that runs the campaign: its name (``Hướng Hóa``), province, the place written on
    the date line, its ``level`` (``district``, or ``province`` when the units are districts and
    departments) and ``id``, the unit id it has in the campaign of the level above (its roll-up
    file carries it)."""

    name: str
    province: str
    place: str
    level: str = "district"
    id: str = ""

    @property
    def level_word(self) -> str:
        """``huyện`` or ``tỉnh``."""
        return LEVEL_WORDS[self.level]

    @property
    def words(self) -> LevelWords:
        """The words this level's documents use for it and its units."""
        return LEVELS[self.level]

    @property
    def councils_below(self) -> str:
        """``UBND các xã, thị trấn`` (``UBND các huyện, thị xã, thành phố`` at a province)."""
        return f"UBND các {self.words.below}"

    @property
    def own_offices(self) -> str:
        """``các cơ quan, đơn vị thuộc UBND huyện`` (``các sở, ban, ngành thuộc UBND tỉnh``)."""
        return f"các {self.words.offices} thuộc UBND {self.words.own}"

    @property
    def all_units(self) -> str:
        """``cơ quan, đơn vị và UBND xã, thị trấn``: every unit of the campaign, after a count."""
        return f"{self.words.offices} và UBND {self.words.below}"

    @property
    def issuing_body(self) -> str:
        """``ỦY BAN NHÂN DÂN`` and ``HUYỆN HƯỚNG HÓA`` on two lines, as letterheads print it."""
        return f"ỦY BAN NHÂN DÂN\n{self.level_word.upper()} {self.name.upper()}"

    @property
    def short_name(self) -> str:
        """``UBND huyện Hướng Hóa``."""
        return f"UBND {self.level_word} {self.name}"

    @property
    def full_name(self) -> str:
        """``Huyện Hướng Hóa``: the unit's name in the level above."""
        return f"{self.level_word.capitalize()} {self.name}"

    @property
    def province_name(self) -> str:
        """The province's own name (``Quảng Trị``), written in ``province`` with or without its
        kind (``tỉnh Quảng Trị``, ``Thành phố Đà Nẵng``)."""
        return kind_and_name(self.province)[1]

    @property
    def province_body(self) -> str:
        """``UBND tỉnh Quảng Trị``, ``UBND thành phố Đà Nẵng``: the province's People's
        Committee, a centrally governed city named as one."""
        kind = "thành phố" if self.province_name in CENTRAL_CITIES else "tỉnh"
        return f"UBND {kind} {self.province_name}"


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
class OutputSettings:
    """How outputs scale: Phụ lục 1 has one sheet per unit only up to ``unit_sheets_max`` units
    (a district's 34, not a country's 11,000; above it, ``cchc explain`` shows a unit's cells)."""

    unit_sheets_max: int = 200


@frozen
class ReceivedOverride:
    """The real date a file was received, when it reached the inbox later (e-mail, paper)."""

    file: str
    date: date


@frozen
class Criterion:
    """One result the emulation council weighs, with its points (a row of the ranking method).

    ``source`` is ``indicator`` (the unit's own value of ``indicator`` for ``period``),
    ``on_time`` (the unit's report delivered on time and complete), ``no_errors`` (its statistics
    form has no error) or ``conference`` (a commune held its conference by the plan's date).
    ``scoring`` turns the value into points: ``percent`` (points × value / 100), ``relative``
    (points × value / the best value of the group), ``yes_no`` (all points for yes), ``at_least``
    (all points when the value reaches ``threshold``). ``groups`` are ``communes`` and/or
    ``offices``.
    """

    label: str = field(converter=fold)
    groups: tuple[str, ...]
    points: float
    scoring: str
    source: str = "indicator"
    indicator: str | None = None
    period: str | None = None
    threshold: float | None = None


@frozen
class Commendations:
    """Task 4: the nominations sheet of every unit's workbook and the Tờ trình to the council.

    ``lead`` is the unit id of the office that drafts the Tờ trình; ``forms`` the fixed list of
    commendation forms a unit may propose, in the order the consolidated list prints them;
    ``criteria`` the ranking method; ``district_indicators`` the district-wide results shown beside
    the ranking (they have no value per unit).
    """

    lead: str
    council: str
    number_suffix: str
    forms: tuple[str, ...]
    rows: int
    achievement_period: str
    grounds: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    district_indicators: tuple[str, ...]


@frozen
class ProgrammeItem:
    """A line of the conference programme: when, what, who."""

    time: str
    item: str
    by: str = ""


@frozen
class Conference:
    """Task 5: the district conference (summary report, programme, invitation) and task 2.1's
    communes' own conferences (``communes_by``: the day by which each commune holds its own)."""

    title: str
    date: date | None
    time: str
    venue: str
    communes_by: date | None
    participants: tuple[str, ...]
    programme: tuple[ProgrammeItem, ...]
    indicators: tuple[str, ...]
    invitation_suffix: str
    programme_suffix: str
    signer: Signer


@frozen
class PlanTarget:
    """A target of the 2021–2030 plan: the indicator giving its 2016–2020 baseline and the figures
    for 2025 and 2030 (empty: left for the district to fill), with their source."""

    indicator: str
    by_2025: str = ""
    by_2030: str = ""
    source: str = ""


@frozen
class Plan2030:
    """Task 6: the draft "Kế hoạch cải cách hành chính … giai đoạn 2021-2030"."""

    number_suffix: str
    province_programme: str
    grounds: tuple[str, ...]
    targets: tuple[PlanTarget, ...]


@frozen
class TargetSetting:
    """A ``[[targets]]`` table of ``cchc.toml``: a target of the district's own plan, or a correction
    of a target a plugin declares (same ``key``); ``fields`` holds only the keys the table gives.
    ``line`` is where the table starts, for messages."""

    key: str
    fields: tuple[tuple[str, object], ...]
    line: int | None = None

    def get(self, name: str, default: object = None) -> object:
        """The value given for ``name``, or ``default``."""
        return dict(self.fields).get(name, default)


@frozen
class EarlierReview:
    """The district's own figures for an earlier phase (``[earlier_review]``): the workbook ``file``
    (relative to the campaign folder) filled from the review of that phase (báo cáo sơ kết
    2011-2015), the ``phase`` it covers and the ``source`` document, named wherever its figures are
    used."""

    file: str
    phase: str
    source: str


@frozen
class CampaignConfig:
    """Everything ``cchc.toml`` says, checked. Immutable.

    ``commendations``, ``conference`` and ``plan_2030`` (tasks 4, 5 and 6 of the plan) are None
    when their table is absent: the campaign then has no nominations sheet, no commune conference
    date and none of those outputs.
    """

    district: District
    plan: Plan
    report: ReportSettings
    units: tuple[Unit, ...]
    periods: tuple[Period, ...]
    phases: tuple[Phase, ...]
    tasks: tuple[Task, ...]
    check: CheckSettings = CheckSettings()
    output: OutputSettings = OutputSettings()
    received: tuple[ReceivedOverride, ...] = ()
    status_as_of: date | None = None
    deadline_inclusive: bool = True
    commendations: Commendations | None = None
    conference: Conference | None = None
    plan_2030: Plan2030 | None = None
    demo: bool = False
    targets: tuple[TargetSetting, ...] = ()
    earlier_review: EarlierReview | None = None
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

    @cached_property
    def _name_indexes(self) -> dict[str, NameIndex]:
        return {
            "offices": NameIndex(self.offices),
            "communes": NameIndex(self.communes),
            "units": NameIndex(self.units),
        }

    def name_index(self, group: str) -> NameIndex:
        """The index of unit names of a ``group`` (``offices``, ``communes`` or ``units``), built
        once: recognising units in file names then costs the same with 34 units or 11,000."""
        return self._name_indexes[group]

    def unit_by_email(self, address: str) -> Unit | None:
        """The unit that sends from ``address`` (``[[units]] email``), if one does."""
        address = address.strip().lower()
        return next((u for u in self.units if address and address in u.emails), None)

    @property
    def campaign_mark(self) -> str:
        """What names this campaign inside the forms and outlines it sends (``Hướng Hóa ·
        19/KH-UBND``): a form of another campaign, or of another level, is told by it."""
        return f"{self.district.name}{MARK_SEPARATOR}{self.plan.number}"

    def has_unit(self, unit_id: str) -> bool:
        """True when a unit has this id."""
        return unit_id in self._units_by_id

    @cached_property
    def place_names(self) -> ProperNames:
        """Place names a line of a letterhead or a title must not break: the district's and its
        communes' ("Hướng Hóa", "Khe Sanh"), indexed once; an office's name breaks between its
        word groups."""
        names = [self.district.name]
        for unit in self.communes:
            names.append(unit.name)
            names.extend(unit.name[len(p) :] for p in PLACE_KINDS if unit.name.startswith(p))
        return ProperNames(names)

    @cached_property
    def offices(self) -> tuple[Unit, ...]:
        """The district's offices, in the order of ``cchc.toml``."""
        return tuple(u for u in self.units if not u.is_commune_level)

    @cached_property
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
        key = (period.end, offices, communes)
        if key not in self._unit_counts:  # asked for each unit's rules: count once, not per unit
            count = len(self.offices) if offices else 0
            if communes:
                count += sum(u.predecessor_count(period.end) for u in self.communes)
            self._unit_counts[key] = count
        return self._unit_counts[key]

    @cached_property
    def _unit_counts(self) -> dict[tuple[date, bool, bool], int]:
        return {}

    def indicator_references(self) -> tuple[tuple[str, str], ...]:
        """Every indicator code ``cchc.toml`` names, with the key that names it, so that the
        campaign can refuse a misspelt code before anything is built."""
        found: list[tuple[str, str]] = []
        if self.commendations:
            found.extend(
                (f"commendations.criteria[{i}].indicator", c.indicator)
                for i, c in enumerate(self.commendations.criteria)
                if c.indicator
            )
            found.extend(
                (f"commendations.district_indicators[{i}]", code)
                for i, code in enumerate(self.commendations.district_indicators)
            )
        if self.conference:
            found.extend(
                (f"conference.indicators[{i}]", code)
                for i, code in enumerate(self.conference.indicators)
            )
        if self.plan_2030:
            found.extend(
                (f"plan_2030.targets[{i}].indicator", t.indicator)
                for i, t in enumerate(self.plan_2030.targets)
            )
        for i, setting in enumerate(self.targets):
            for name in ("indicator", "per"):
                value = setting.get(name)
                codes = [value] if isinstance(value, str) else list(value or ())  # type: ignore[call-overload]
                found.extend(
                    (f"targets[{i}].{name}", str(code))
                    for code in codes
                    if not str(code).startswith("@")  # a count of units, not an indicator
                )
        return tuple(found)

    def tasks_concerning(self, unit: Unit) -> tuple[Task, ...]:
        """The tasks that ask ``unit`` to deliver something, in the plan's order."""
        group = "communes" if unit.is_commune_level else "offices"
        return tuple(t for t in self.tasks if group in t.concerns or unit.id in t.concerns)

    def last_day(self, deadline: date) -> date:
        """The last day a file still counts as on time for ``deadline`` ("trước 20/5/2020"): the
        deadline itself when ``[status] deadline_inclusive`` is true, otherwise the day before."""
        return deadline if self.deadline_inclusive else deadline - timedelta(days=1)

    @property
    def deadline_rule(self) -> str:
        """The rule in words, printed wherever a deadline is judged."""
        if self.deadline_inclusive:
            return (
                "Hạn nộp là ngày cuối cùng còn được tính đúng hạn: tệp nhận trong ngày ghi ở cột "
                "Hạn nộp là đúng hạn, nhận từ ngày hôm sau là muộn."
            )
        return (
            "Hạn nộp “trước ngày …” không kể ngày đó: tệp phải nhận trước ngày ghi ở cột Hạn "
            "nộp; nhận trong ngày đó là muộn."
        )

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
