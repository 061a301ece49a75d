"""The campaign's settings (``cchc.toml``): read, checked, and turned into frozen records.

A wrong or incomplete file gets a Vietnamese message naming the key and the line it is on.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from datetime import date
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from attrs import field, frozen

from cchc_core.errors import ConfigError, UnknownPeriodError, UnknownTaskError, UnknownUnitError
from cchc_core.model.periods import Period, Phase
from cchc_core.model.tasks import Task, Tracking
from cchc_core.model.units import Unit, UnitKind
from cchc_core.util.text import fold

CONFIG_NAME = "cchc.toml"
T = TypeVar("T")


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


# ----- reading ----------------------------------------------------------------------------------
class _LineIndex:
    """Where each key of a TOML text is: maps ``units[3].name`` to its line number (1-based).

    tomllib reports lines only for syntax errors; this light scan lets value errors name a line too.
    """

    _TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
    _ARRAY = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"]+)\s*=")

    def __init__(self, text: str) -> None:
        self.lines: dict[str, int] = {}
        counters: dict[str, int] = {}
        prefix = ""
        for number, line in enumerate(text.splitlines(), start=1):
            if match := self._ARRAY.match(line):
                name = match.group(1)
                counters[name] = counters.get(name, -1) + 1
                prefix = f"{name}[{counters[name]}]"
                self.lines.setdefault(prefix, number)
            elif match := self._TABLE.match(line):
                prefix = match.group(1)
                self.lines.setdefault(prefix, number)
            elif match := self._KEY.match(line):
                key = match.group(1).strip('"')
                self.lines.setdefault(f"{prefix}.{key}" if prefix else key, number)

    def line_of(self, path: str) -> int | None:
        """The line of ``path``, or of the nearest enclosing table when the key is absent."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path.rsplit(".", 1)[0] if "." in path else ""
        return None


_VN_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


class _Reader:
    """Typed access to the parsed TOML with Vietnamese errors that name the key and its line."""

    def __init__(self, data: dict[str, Any], text: str, path: Path | None) -> None:
        self.data = data
        self.index = _LineIndex(text)
        self.path = path

    def error(self, key: str, message: str, hint: str = "") -> ConfigError:
        line = self.index.line_of(key)
        where = f"{self.path.name if self.path else CONFIG_NAME}"
        where += f", dòng {line}" if line else ""
        return ConfigError(
            f"{where}: khóa “{key}”: {message}",
            hint=hint,
            details={"file": str(self.path) if self.path else None, "key": key, "line": line},
        )

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
            if part.startswith("["):
                node = node[int(part[1:-1])]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return None
        return node

    def get(self, key: str, convert: Callable[[Any], T], what: str, default: Any = ...) -> T:
        value = self.raw(key)
        if value is None or value == "":
            if default is ...:
                raise self.error(key, f"thiếu giá trị ({what})", "Thêm khóa này vào cchc.toml.")
            return default
        try:
            return convert(value)
        except (TypeError, ValueError):
            raise self.error(
                key,
                f"giá trị {value!r} không hợp lệ: cần {what}",
                "Sửa giá trị này theo ví dụ trong phần chú thích của cchc.toml.",
            ) from None

    def text(self, key: str, default: Any = ...) -> str:
        return self.get(key, _as_text, "một chuỗi chữ trong dấu nháy", default)

    def texts(self, key: str, default: Any = ...) -> tuple[str, ...]:
        return self.get(key, _as_texts, 'một danh sách chuỗi chữ ["...", "..."]', default)

    def day(self, key: str, default: Any = ...) -> date:
        return self.get(key, _as_date, 'một ngày, ví dụ 2020-05-20 hoặc "20/5/2020"', default)

    def integer(self, key: str, default: Any = ...) -> int:
        return self.get(key, _as_int, "một số nguyên", default)

    def number(self, key: str, default: Any = ...) -> float:
        return self.get(key, _as_float, "một số", default)

    def table_list(self, key: str) -> list[dict[str, Any]]:
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(key, f"cần các bảng [[{key}]]")
        return value


def _as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("không phải chuỗi chữ")
    return fold(value)


def _as_texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise TypeError("không phải danh sách")
    return tuple(_as_text(v) for v in value)


def _as_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if match := _VN_DATE.match(value):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(value.strip())
    raise TypeError("không phải ngày")


def _as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("không phải số nguyên")
    return value


def _as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("không phải số")
    return float(value)


def _unique(reader: _Reader, key: str, values: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for position, value in enumerate(values):
        if value in seen:
            raise reader.error(f"{key}[{position}]", f"{what} “{value}” bị trùng")
        seen.add(value)


def _units(reader: _Reader) -> tuple[Unit, ...]:
    units = []
    kinds = {k.value: k for k in UnitKind}
    tables = reader.table_list("units")
    if not tables:
        raise reader.error("units", "chưa khai báo đơn vị nào", "Thêm các bảng [[units]].")
    for position, _ in enumerate(tables):
        key = f"units[{position}]"
        unit_id = reader.text(f"{key}.id")
        if not re.match(r"^[a-z][a-z0-9_]*$", unit_id):
            raise reader.error(
                f"{key}.id", f"mã “{unit_id}” chỉ được gồm chữ thường không dấu, số và _"
            )
        kind = reader.text(f"{key}.kind")
        if kind not in kinds:
            raise reader.error(
                f"{key}.kind", f"“{kind}” không hợp lệ", "Dùng office, commune hoặc town."
            )
        merged_from = reader.texts(f"{key}.merged_from", ())
        merged_on = reader.day(f"{key}.merged_on", None)
        if merged_from and merged_on is None:
            raise reader.error(f"{key}.merged_on", "đơn vị sáp nhập cần ngày sáp nhập có hiệu lực")
        units.append(
            Unit(
                id=unit_id,
                name=reader.text(f"{key}.name"),
                kind=kinds[kind],
                merged_from=merged_from,
                merged_on=merged_on,
                head_title=reader.text(f"{key}.head_title", ""),
                head_name=reader.text(f"{key}.head_name", ""),
                letterhead=reader.text(f"{key}.letterhead", ""),
            )
        )
    _unique(reader, "units", [u.id for u in units], "mã đơn vị")
    return tuple(units)


def _periods(reader: _Reader) -> tuple[tuple[Period, ...], tuple[Phase, ...]]:
    years = reader.get("periods.years", lambda v: tuple(_as_int(x) for x in v), "danh sách năm")
    if not years:
        raise reader.error(
            "periods.years",
            "cần ít nhất một năm thống kê đủ năm",
            "Ví dụ: years = [2015, 2016, 2017, 2018, 2019]",
        )
    if list(years) != sorted(set(years)):
        raise reader.error("periods.years", "các năm phải tăng dần và không trùng")
    if not all(1990 <= y <= 2100 for y in years):
        raise reader.error(
            "periods.years",
            f"năm {next(y for y in years if not 1990 <= y <= 2100)} không hợp lệ",
            "Ghi năm đủ bốn chữ số, ví dụ 2019.",
        )
    periods = [Period.full_year(y) for y in years]
    until = reader.day("periods.partial_until", None)
    if until is not None:
        if years and until.year <= years[-1]:
            raise reader.error("periods.partial_until", "phải sau năm thống kê cuối cùng")
        periods.append(Period.year_to(until))
    phases = []
    for position, text in enumerate(reader.texts("periods.phases", ())):
        match = re.match(r"^\s*(\d{4})\s*-\s*(\d{4})\s*$", text)
        if not match or int(match.group(1)) > int(match.group(2)):
            raise reader.error(f"periods.phases[{position}]", f"“{text}” phải có dạng 2016-2020")
        phases.append(Phase(int(match.group(1)), int(match.group(2))))
    if not phases:
        raise reader.error(
            "periods.phases",
            "cần ít nhất một giai đoạn để so sánh",
            'Ví dụ: phases = ["2011-2015", "2016-2020"]',
        )
    return tuple(periods), tuple(phases)


def _tasks(reader: _Reader, units: tuple[Unit, ...]) -> tuple[Task, ...]:
    tracking = {t.value: t for t in Tracking}
    unit_ids = {u.id for u in units}
    tasks = []
    for position, _ in enumerate(reader.table_list("tasks")):
        key = f"tasks[{position}]"
        concerns = reader.texts(f"{key}.concerns", ())
        for item in concerns:
            if item not in ("communes", "offices") and item not in unit_ids:
                raise reader.error(
                    f"{key}.concerns", f"“{item}” không phải communes, offices hay mã đơn vị"
                )
        mode = reader.text(f"{key}.tracking", "none")
        if mode not in tracking:
            raise reader.error(
                f"{key}.tracking", f"“{mode}” không hợp lệ", "Dùng forms, narrative hoặc none."
            )
        if mode != "none" and not concerns:
            raise reader.error(
                f"{key}.concerns", "nhiệm vụ được theo dõi cần ghi rõ đơn vị phải nộp"
            )
        if mode != "none" and reader.raw(f"{key}.deadline") in (None, ""):
            raise reader.error(f"{key}.deadline", "nhiệm vụ được theo dõi cần hạn nộp")
        tasks.append(
            Task(
                id=reader.text(f"{key}.id"),
                title=reader.text(f"{key}.title"),
                lead=reader.text(f"{key}.lead", ""),
                coordinating=reader.text(f"{key}.coordinating", ""),
                deadline=reader.day(f"{key}.deadline", None),
                deadline_text=reader.text(f"{key}.deadline_text", ""),
                concerns=concerns,
                tracking=tracking[mode],
                domain=reader.text(f"{key}.domain", None),
            )
        )
    _unique(reader, "tasks", [t.id for t in tasks], "nhiệm vụ")
    return tuple(tasks)


def parse(text: str, path: Path | None = None) -> CampaignConfig:
    """Read the text of a ``cchc.toml``; :class:`~cchc_core.errors.ConfigError` if anything is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = path.name if path else CONFIG_NAME
        raise ConfigError(
            f"{where}: sai cú pháp TOML: {exc}",
            hint="Kiểm tra dấu nháy, dấu bằng và dấu ngoặc ở dòng được nêu.",
            details={"file": str(path) if path else None},
        ) from None
    reader = _Reader(data, text, path)
    units = _units(reader)
    periods, phases = _periods(reader)
    month = reader.integer("report.month", None)
    if month is not None and not 1 <= month <= 12:
        raise reader.error("report.month", "tháng phải từ 1 đến 12")
    received = tuple(
        ReceivedOverride(reader.text(f"received[{i}].file"), reader.day(f"received[{i}].date"))
        for i, _ in enumerate(reader.table_list("received"))
    )
    demo = reader.raw("demo")
    if demo is not None and not isinstance(demo, bool):
        raise reader.error("demo", "cần true hoặc false")
    return CampaignConfig(
        district=District(
            name=reader.text("district.name"),
            province=reader.text("district.province"),
            place=reader.text("district.place", None) or reader.text("district.name"),
        ),
        plan=Plan(
            number=reader.text("plan.number"),
            date=reader.day("plan.date"),
            title=reader.text("plan.title"),
            send_to=reader.text("plan.send_to", "UBND huyện (qua Phòng Nội vụ)"),
            follow_up=reader.text("plan.follow_up", "Phòng Nội vụ"),
        ),
        report=ReportSettings(
            number=reader.text("report.number", ""),
            number_suffix=reader.text("report.number_suffix", "BC-UBND"),
            date=reader.day("report.date", None),
            month=month,
            year=reader.integer("report.year", None) or (periods[-1].year if periods else 0),
            title=reader.text("report.title"),
            grounds=reader.texts("report.grounds", ()),
            recipients=reader.texts("report.recipients", ()),
            archive=reader.text("report.archive", "VT"),
            signer=Signer(
                authority=reader.text("report.signer.authority"),
                title=reader.text("report.signer.title"),
                name=reader.text("report.signer.name", ""),
            ),
        ),
        units=units,
        periods=periods,
        phases=phases,
        tasks=_tasks(reader, units),
        check=CheckSettings(
            jump_ratio=reader.number("check.jump_ratio", 3.0),
            jump_min=reader.number("check.jump_min", 10.0),
            merged_ratio=reader.number("check.merged_ratio", 0.65),
        ),
        received=received,
        status_as_of=reader.day("status.as_of", None),
        demo=bool(demo),
        source=path,
    )


def load(path: Path) -> CampaignConfig:
    """Read and check ``path`` (a ``cchc.toml``)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(
            f"{path.name}: không đọc được (tệp phải lưu theo bảng mã UTF-8).",
            details={"file": str(path)},
        ) from None
    return parse(text, path)


def default_text() -> str:
    """The commented ``cchc.toml`` that ``cchc init`` writes (Hướng Hóa's settings)."""
    return resources.files("cchc_core.defaults").joinpath("huong-hoa.toml").read_text("utf-8")
