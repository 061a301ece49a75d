"""Reading ``cchc.toml`` into a :class:`~cchc_core.config.records.CampaignConfig`.

A wrong or incomplete file gets a Vietnamese message naming the key and the line it is on; a key
cchc does not know is refused with the nearest known one (``keys.py``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from cchc_core.config.keys import check_keys
from cchc_core.config.reader import Reader, as_int
from cchc_core.config.records import (
    CONFIG_NAME,
    LEVEL_WORDS,
    CampaignConfig,
    CheckSettings,
    Commendations,
    Conference,
    Criterion,
    District,
    EarlierReview,
    OutputSettings,
    Plan,
    Plan2030,
    PlanTarget,
    ProgrammeItem,
    ReceivedOverride,
    ReportSettings,
    Signer,
    TargetSetting,
)
from cchc_core.errors import ConfigError
from cchc_core.model.periods import Period, Phase
from cchc_core.model.targets import SPELLINGS
from cchc_core.model.tasks import Task, Tracking
from cchc_core.model.units import Unit, UnitKind
from cchc_core.util.text import ascii_slug

#: tomllib's syntax messages, in Vietnamese (the English one is kept when none matches)
_SYNTAX = (
    (
        "Invalid value",
        "giá trị không hợp lệ (chữ phải nằm trong dấu nháy kép, ngày viết 2020-05-20)",
    ),
    ("Expected '=' after a key", "thiếu dấu = sau tên khóa"),
    ("Expected ']]' at the end", "thiếu ]] ở cuối dòng [[...]]"),
    ("Expected ']' at the end", "thiếu ] ở cuối dòng [...]"),
    ("Unclosed array", "danh sách chưa đóng dấu ]"),
    ("Unclosed inline table", "bảng viết trên một dòng chưa đóng dấu }"),
    ("Unterminated string", "chuỗi chữ chưa đóng dấu nháy"),
    ("Unescaped '\\'", "dấu \\ trong chuỗi chữ phải viết hai lần (\\\\) hoặc dùng dấu nháy đơn"),
    ("Cannot declare", "một bảng được khai báo hai lần"),
    ("Cannot overwrite a value", "một khóa được ghi hai lần"),
    ("Cannot redefine namespace", "một bảng được khai báo lại"),
    ("Cannot mutate immutable namespace", "không được thêm khóa vào bảng đã viết trên một dòng"),
    ("Duplicate inline table key", "một khóa được ghi hai lần trong cùng bảng"),
    ("Illegal character", "có ký tự không hợp lệ"),
    ("Found invalid character", "có ký tự không hợp lệ"),
    ("Invalid date or datetime", "ngày tháng không hợp lệ"),
    ("Expected newline or end of document", "sau giá trị còn chữ thừa trên cùng dòng"),
    ("Invalid statement", "dòng không đúng dạng khóa = giá trị"),
    ("Invalid initial character for a key part", "tên khóa bắt đầu bằng ký tự không hợp lệ"),
    ("Invalid hex value", "mã \\u trong chuỗi chữ không hợp lệ"),
    ("Escaped character is not a Unicode scalar value", "mã \\u trong chuỗi chữ không hợp lệ"),
)
_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")


def syntax_error(exc: tomllib.TOMLDecodeError, where: str, path: Path | None) -> ConfigError:
    """A TOML syntax error in Vietnamese, with its line and column."""
    english = str(exc)
    match = _WHERE.search(english)
    line = int(match.group(1)) if match and match.group(1) else None
    column = int(match.group(2)) if match and match.group(2) else None
    what = next((vi for en, vi in _SYNTAX if english.startswith(en)), None)
    what = what or _WHERE.sub("", english).strip()
    place = f", dòng {line}, cột {column}" if line else (", cuối tệp" if match else "")
    return ConfigError(
        f"{where}{place}: sai cú pháp TOML: {what}.",
        hint="Kiểm tra dấu nháy, dấu bằng và dấu ngoặc ở chỗ được nêu (và dòng ngay trên nó).",
        details={"file": str(path) if path else None, "line": line, "column": column},
    )


def _unique(reader: Reader, key: str, values: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for position, value in enumerate(values):
        if value in seen:
            raise reader.error(f"{key}[{position}]", f"{what} “{value}” bị trùng")
        seen.add(value)


def _emails(reader: Reader, key: str) -> tuple[str, ...]:
    """``email = "xa.huc@quangtri.gov.vn"`` or a list of addresses."""
    value = reader.raw(key)
    addresses = (value,) if isinstance(value, str) else reader.texts(key, ())
    for address in addresses:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
            raise reader.error(key, f"“{address}” không phải địa chỉ thư điện tử")
    return tuple(addresses)


def _units(reader: Reader) -> tuple[Unit, ...]:
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
                f"{key}.kind", f"“{kind}” không hợp lệ", "Dùng office, commune, town hoặc district."
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
                emails=_emails(reader, f"{key}.email"),
            )
        )
    _unique(reader, "units", [u.id for u in units], "mã đơn vị")
    return tuple(units)


def _periods(reader: Reader) -> tuple[tuple[Period, ...], tuple[Phase, ...]]:
    years = reader.get("periods.years", lambda v: tuple(as_int(x) for x in v), "danh sách năm")
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


def _tasks(reader: Reader, units: tuple[Unit, ...]) -> tuple[Task, ...]:
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
                new_reports=_flag(reader, f"{key}.new_reports", False),
            )
        )
    _unique(reader, "tasks", [t.id for t in tasks], "nhiệm vụ")
    return tuple(tasks)


#: how a criterion's value becomes points, and where the value comes from (``Criterion``)
SCORINGS = ("percent", "relative", "yes_no", "at_least")
SOURCES = ("indicator", "on_time", "no_errors", "conference")
GROUPS = ("communes", "offices")


def _criteria(reader: Reader, periods: tuple[Period, ...]) -> tuple[Criterion, ...]:
    criteria = []
    period_keys = [p.key for p in periods]
    for position, _ in enumerate(reader.table_list("commendations.criteria")):
        key = f"commendations.criteria[{position}]"
        groups = reader.texts(f"{key}.groups", GROUPS)
        if not groups or any(g not in GROUPS for g in groups):
            raise reader.error(f"{key}.groups", "chỉ gồm “communes” và/hoặc “offices”")
        scoring = reader.text(f"{key}.scoring")
        if scoring not in SCORINGS:
            raise reader.error(
                f"{key}.scoring", f"“{scoring}” không hợp lệ", "Dùng " + ", ".join(SCORINGS) + "."
            )
        indicator = reader.text(f"{key}.indicator", None)
        source = reader.text(f"{key}.source", "indicator" if indicator else None)
        if source not in SOURCES:
            raise reader.error(
                f"{key}.source", f"“{source}” không hợp lệ", "Dùng " + ", ".join(SOURCES) + "."
            )
        if source == "indicator" and not indicator:
            raise reader.error(f"{key}.indicator", "tiêu chí lấy số liệu cần mã chỉ tiêu")
        if source == "conference" and "offices" in groups:
            raise reader.error(f"{key}.groups", "hội nghị tổng kết cấp xã chỉ áp dụng cho communes")
        period = reader.raw(f"{key}.period")
        period = None if period in (None, "") else str(period)
        if source == "indicator" and period not in period_keys:
            raise reader.error(
                f"{key}.period",
                f"cần một kỳ số liệu của đợt tổng kết (có: {', '.join(period_keys)})",
            )
        threshold = reader.number(f"{key}.threshold", None)
        if scoring == "at_least" and threshold is None:
            raise reader.error(f"{key}.threshold", "cách tính at_least cần ngưỡng (threshold)")
        criteria.append(
            Criterion(
                label=reader.text(f"{key}.label"),
                groups=groups,
                points=reader.number(f"{key}.points", minimum=0.01, maximum=1000.0),
                scoring=scoring,
                source=source,
                indicator=indicator if source == "indicator" else None,
                period=period if source == "indicator" else None,
                threshold=threshold,
            )
        )
    return tuple(criteria)


def _commendations(
    reader: Reader, units: tuple[Unit, ...], periods: tuple[Period, ...]
) -> Commendations | None:
    if reader.raw("commendations") is None:
        return None
    lead = reader.text("commendations.lead", "noi_vu")
    if lead not in {u.id for u in units}:
        raise reader.error("commendations.lead", f"không có đơn vị id = “{lead}” trong [[units]]")
    forms = reader.texts("commendations.forms")
    if not forms:
        raise reader.error("commendations.forms", "cần ít nhất một hình thức khen thưởng")
    _unique(reader, "commendations.forms", forms, "hình thức khen thưởng")
    rows = reader.integer("commendations.rows", 15)
    if not 1 <= rows <= 200:
        raise reader.error("commendations.rows", "số dòng phải từ 1 đến 200")
    return Commendations(
        lead=lead,
        council=reader.text("commendations.council"),
        number_suffix=reader.text("commendations.number_suffix", "TTr-NV"),
        forms=forms,
        rows=rows,
        achievement_period=reader.text("commendations.achievement_period", "2011-2020"),
        grounds=reader.texts("commendations.grounds", ()),
        criteria=_criteria(reader, periods),
        district_indicators=reader.texts("commendations.district_indicators", ()),
    )


def _signer(reader: Reader, key: str, authority: str, title: str) -> Signer:
    return Signer(
        authority=reader.text(f"{key}.authority", authority),
        title=reader.text(f"{key}.title", title),
        name=reader.text(f"{key}.name", ""),
    )


def _conference(reader: Reader) -> Conference | None:
    if reader.raw("conference") is None:
        return None
    programme = tuple(
        ProgrammeItem(
            time=reader.text(f"conference.programme[{i}].time"),
            item=reader.text(f"conference.programme[{i}].item"),
            by=reader.text(f"conference.programme[{i}].by", ""),
        )
        for i, _ in enumerate(reader.table_list("conference.programme"))
    )
    return Conference(
        title=reader.text("conference.title"),
        date=reader.day("conference.date", None),
        time=reader.text("conference.time", ""),
        venue=reader.text("conference.venue", ""),
        communes_by=reader.day("conference.communes_by", None),
        participants=reader.texts("conference.participants", ()),
        programme=programme,
        indicators=reader.texts("conference.indicators", ()),
        invitation_suffix=reader.text("conference.invitation_suffix", "GM-UBND"),
        programme_suffix=reader.text("conference.programme_suffix", "CTr-UBND"),
        signer=_signer(reader, "conference.signer", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
    )


def _plan_2030(reader: Reader) -> Plan2030 | None:
    if reader.raw("plan_2030") is None:
        return None
    targets = tuple(
        PlanTarget(
            indicator=reader.text(f"plan_2030.targets[{i}].indicator"),
            by_2025=reader.text(f"plan_2030.targets[{i}].by_2025", ""),
            by_2030=reader.text(f"plan_2030.targets[{i}].by_2030", ""),
            source=reader.text(f"plan_2030.targets[{i}].source", ""),
        )
        for i, _ in enumerate(reader.table_list("plan_2030.targets"))
    )
    return Plan2030(
        number_suffix=reader.text("plan_2030.number_suffix", "KH-UBND"),
        province_programme=reader.text("plan_2030.province_programme", ""),
        grounds=reader.texts("plan_2030.grounds", ()),
        targets=targets,
    )


def _district(reader: Reader) -> District:
    name = reader.text("district.name")
    level = reader.text("district.level", "district")
    if level not in LEVEL_WORDS:
        raise reader.error(
            "district.level",
            f"“{level}” không hợp lệ",
            "Dùng district (huyện) hoặc province (tỉnh).",
        )
    unit_id = reader.text("district.id", None) or ascii_slug(name).replace("-", "_")
    if not re.match(r"^[a-z][a-z0-9_]*$", unit_id):
        raise reader.error(
            "district.id", f"mã “{unit_id}” chỉ được gồm chữ thường không dấu, số và _"
        )
    return District(
        name=name,
        province=reader.text("district.province"),
        place=reader.text("district.place", None) or name,
        level=level,
        id=unit_id,
    )


def _output(reader: Reader) -> OutputSettings:
    sheets = reader.integer("output.unit_sheets_max", OutputSettings().unit_sheets_max)
    if sheets < 0:
        raise reader.error("output.unit_sheets_max", "cần một số nguyên không âm")
    return OutputSettings(unit_sheets_max=sheets)


def _code_list(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value)
    raise TypeError("không phải mã chỉ tiêu")


#: the Reader method that reads each plain key of a [[targets]] table
_TARGET_FIELDS = {
    "label": "text",
    "domain": "text",
    "source": "text",
    "threshold": "number",
    "year": "integer",
    "reduction_since": "integer",
}


def _targets(reader: Reader) -> tuple[TargetSetting, ...]:
    settings = []
    for position, table in enumerate(reader.table_list("targets")):
        key = f"targets[{position}]"
        target_key = reader.text(f"{key}.key")
        if not re.match(r"^[a-z][a-z0-9_]*$", target_key):
            raise reader.error(
                f"{key}.key", f"mã “{target_key}” chỉ được gồm chữ thường không dấu, số và _"
            )
        fields: dict[str, object] = {}
        for name in table:
            if name == "key":
                continue
            path = f"{key}.{name}"
            if name in _TARGET_FIELDS:
                fields[name] = getattr(reader, _TARGET_FIELDS[name])(path)
            elif name in ("indicator", "per"):
                fields[name] = reader.get(
                    path, _code_list, 'một mã chỉ tiêu hoặc danh sách ["...", "..."]'
                )
            elif name == "operator":
                operator = reader.text(path)
                if operator.strip() not in SPELLINGS:
                    raise reader.error(
                        path, f"“{operator}” không hợp lệ", "Dùng >, >= (hay ≥), < hoặc <= (hay ≤)."
                    )
                fields[name] = operator
            elif name == "over":
                over = reader.text(path)
                if over not in ("year", "phase"):
                    raise reader.error(path, f"“{over}” không hợp lệ", "Dùng year hoặc phase.")
                fields[name] = over
            elif name == "scope":
                scope = reader.text(path)
                if scope not in ("offices", "communes"):
                    raise reader.error(
                        path, f"“{scope}” không hợp lệ", "Dùng offices hoặc communes."
                    )
                fields[name] = scope
        settings.append(
            TargetSetting(target_key, tuple(sorted(fields.items())), reader.index.line_of(key))
        )
    _unique(reader, "targets", [s.key for s in settings], "mục tiêu")
    return tuple(settings)


def _earlier_review(reader: Reader, phases: tuple[Phase, ...]) -> EarlierReview | None:
    if reader.raw("earlier_review") is None:
        return None
    phase = reader.text("earlier_review.phase", phases[0].key)
    if phase not in {p.key for p in phases}:
        raise reader.error(
            "earlier_review.phase",
            f"“{phase}” không phải một giai đoạn của [periods] phases",
            "Các giai đoạn có: " + ", ".join(p.key for p in phases) + ".",
        )
    return EarlierReview(
        file=reader.text("earlier_review.file"),
        phase=phase,
        source=reader.text("earlier_review.source"),
    )


def _flag(reader: Reader, key: str, default: bool) -> bool:
    value = reader.raw(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise reader.error(key, "cần true hoặc false")
    return value


def parse(text: str, path: Path | None = None) -> CampaignConfig:
    """Read the text of a ``cchc.toml``; :class:`~cchc_core.errors.ConfigError` if anything is wrong."""
    where = path.name if path else CONFIG_NAME
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise syntax_error(exc, where, path) from None
    except RecursionError:
        raise ConfigError(
            f"{where}: các dấu ngoặc lồng nhau quá sâu, không đọc được.",
            hint="cchc.toml chỉ cần danh sách một tầng, ví dụ years = [2015, 2016].",
            details={"file": str(path) if path else None},
        ) from None
    reader = Reader(data, text, path)
    check_keys(reader)
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
        district=_district(reader),
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
            jump_ratio=reader.number("check.jump_ratio", 3.0, minimum=1.0, maximum=1000.0),
            jump_min=reader.number("check.jump_min", 10.0, minimum=0.0, maximum=1e9),
            merged_ratio=reader.number("check.merged_ratio", 0.65, minimum=0.0, maximum=1.0),
        ),
        output=_output(reader),
        received=received,
        status_as_of=reader.day("status.as_of", None),
        deadline_inclusive=_flag(reader, "status.deadline_inclusive", True),
        commendations=_commendations(reader, units, periods),
        conference=_conference(reader),
        plan_2030=_plan_2030(reader),
        demo=bool(demo),
        targets=_targets(reader),
        earlier_review=_earlier_review(reader, phases),
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
