"""The dates a new campaign must set: the default ``cchc.toml`` is Hướng Hóa's plan of April 2020, and
a district starting a new review must not keep its deadlines without knowing.

:func:`with_dates` sets the plan's date and the units' deadline and moves every other date of the
campaign by the same number of days (the tasks' deadlines, the conference, the report's month), so
that their order and spacing stay the plan's; the texts that state one of those dates in words
(``deadline_text = "Trước 20/5/2020"``) follow it. :func:`dates_to_check` lists the dates a file
holds, with their lines, and :func:`stale_periods` says when the statistics years are left behind,
for ``cchc init`` to show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from attrs import frozen

from cchc_core.config.reader import LineIndex
from cchc_core.config.records import CampaignConfig
from cchc_core.util import vnformat

#: a date as a TOML value (2020-05-20) or as a clerk writes it ("20/5/2020")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_VN_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
#: a month as a text writes it ("tháng 4/2020")
_VN_MONTH = re.compile(r"\b(tháng\s+)(\d{1,2})/(\d{4})\b", re.IGNORECASE)
_KEY_VALUE = re.compile(r"^(\s*[A-Za-z0-9_\-\"]+\s*=\s*)(.*?)(\s*(?:#.*)?)$", re.DOTALL)


@frozen
class DateToCheck:
    """A date of the campaign, what it is, and the line of ``cchc.toml`` it is on. ``month``: a
    month (the report's), shown and compared by its month; ``past``: a date that comes before
    the plan by nature (the statistics' end), never a slip."""

    what: str
    day: date
    line: int | None
    month: bool = False
    past: bool = False


@frozen
class StalePeriods:
    """The statistics years a new campaign kept from the 2020 plan: what ``cchc init`` says, and
    the same as data for ``--json``."""

    message: str
    line: int | None
    years: tuple[str, ...]
    phases: tuple[str, ...]


def units_deadline(config: CampaignConfig) -> date | None:
    """The deadline of the tasks that units deliver through the inbox (the earliest)."""
    tracked = [t.deadline for t in config.tasks if t.deadline and t.concerns]
    return min(tracked, default=None)


def _moving(config: CampaignConfig) -> list[tuple[str, date]]:
    """The keys whose date moves with the units' deadline, with their dates."""
    conference = config.conference
    keyed = [(f"tasks[{i}].deadline", t.deadline) for i, t in enumerate(config.tasks)]
    keyed += [
        ("report.date", config.report.date),
        ("conference.date", conference.date if conference else None),
        ("conference.communes_by", conference.communes_by if conference else None),
    ]
    return [(key, day) for key, day in keyed if day]


def _wording_keys(config: CampaignConfig) -> Iterator[str]:
    """The texts that may state a moved date in words."""
    for position in range(len(config.tasks)):
        yield f"tasks[{position}].deadline_text"
    for position in range(len(config.commendations.criteria) if config.commendations else 0):
        yield f"commendations.criteria[{position}].label"


def _rewrite_value(line: str, change: Callable[[str], str]) -> str:
    """``line`` (``key = value  # comment``) with its value passed through ``change``."""
    found = _KEY_VALUE.match(line)
    if not found:
        return line
    return found.group(1) + change(found.group(2)) + found.group(3)


def _moved_in(value: str, moved: dict[date, date]) -> str:
    """A value with each date of ``moved`` in it (ISO or d/m/yyyy) replaced by its new place."""

    def iso(match: re.Match[str]) -> str:
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return moved[day].isoformat() if day in moved else match[0]

    def written(match: re.Match[str]) -> str:
        try:
            day = date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return match[0]
        new = moved.get(day)
        return vnformat.short_date(new) if new else match[0]

    return _VN_DATE.sub(written, _ISO_DATE.sub(iso, value))


def _months_in(value: str, moved: dict[date, date]) -> str:
    """A text with each month of a moved date ("Trong tháng 4/2020" beside a deadline of 30/4)
    replaced by the month that date moves to, so that the words and the date judged stay one:
    moved by whole months instead, a deadline moved back 16 days (14/4) read "tháng 3". A month
    holding moved dates that go to different months is left as written."""
    months: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for old, new in moved.items():
        months.setdefault((old.month, old.year), set()).add((new.month, new.year))

    def month(match: re.Match[str]) -> str:
        targets = months.get((int(match[2]), int(match[3])), set())
        if len(targets) != 1:
            return match[0]
        [(new_month, new_year)] = targets
        return f"{match[1]}{new_month}/{new_year}"

    return _VN_MONTH.sub(month, value)


def _plan_cited(text: str, config: CampaignConfig, plan_date: date) -> str:
    """``text`` with the plan's own citation ("Kế hoạch số 19/KH-UBND ngày 22/4/2020", among the
    grounds of the report and of the commendations) dated ``plan_date``, as the plan's reference
    is everywhere else. Other plans cited keep their dates."""
    old = config.plan.date
    cited = re.compile(
        rf"(?<![\w/])({re.escape(config.plan.number)}\s+ngày\s+)"
        rf"0?{old.day}/0?{old.month}/{old.year}\b"
    )
    return cited.sub(lambda m: f"{m[1]}{vnformat.short_date(plan_date)}", text)


def with_dates(
    text: str, config: CampaignConfig, plan_date: date | None, deadline: date | None
) -> str:
    """The default ``cchc.toml`` that ``cchc init`` writes (``text``, read into ``config``) with
    the plan's date and the units' deadline set. Every other date but the plan's moves by as many
    days as the one given (the deadline when both are): the tasks' deadlines, the conference and
    the communes' conferences, the report's month, and those dates where a task's deadline or a
    criterion's label states them in words; the plan's own citation takes its new date. The
    dates a file states as history (a merger, the other plans it cites) stay. Keys are found by
    their lines (:class:`~cchc_core.config.reader.LineIndex`): one value a line, as that file
    writes them."""
    old_deadline = units_deadline(config)
    if deadline is not None and old_deadline is not None:
        shift = deadline - old_deadline
    elif plan_date is not None:
        shift = plan_date - config.plan.date
    else:
        shift = timedelta(0)
    moving = _moving(config)
    moved = {day: day + shift for _, day in moving}
    index = LineIndex(text)
    lines = text.splitlines(keepends=True)

    def change(key: str, how: Callable[[str], str]) -> None:
        number = index.lines.get(key)
        if number is not None:
            lines[number - 1] = _rewrite_value(lines[number - 1], how)

    if plan_date is not None:
        change("plan.date", lambda value: _moved_in(value, {config.plan.date: plan_date}))
    if shift:
        for key, _ in moving:
            change(key, lambda value: _moved_in(value, moved))
        for key in _wording_keys(config):
            change(key, lambda value: _months_in(_moved_in(value, moved), moved))
        report = config.report
        if report.month:
            month = date(report.year, report.month, 15) + shift
            change("report.month", lambda _: str(month.month))
            change("report.year", lambda _: str(month.year))
        elif "report.year" in index.lines:
            change("report.year", lambda _: str((date(report.year, 6, 15) + shift).year))
    written = "".join(lines)
    if plan_date is not None and plan_date != config.plan.date:
        written = _plan_cited(written, config, plan_date)
    return written


def dates_before_the_plan(config: CampaignConfig, checks: list[DateToCheck]) -> list[str]:
    """What ``cchc init`` warns of: a date of the campaign that falls before its plan's (a
    deadline moved with a shorter run-up than the plan of 2020 had)."""
    plan = config.plan.date
    early = [
        check
        for check in checks[1:]
        if not check.past
        and (
            (check.day.year, check.day.month) < (plan.year, plan.month)
            if check.month
            else check.day < plan
        )
    ]
    return [
        f"Chú ý: {check.what[0].lower() + check.what[1:]} ({shown_day(check)}) trước ngày ban "
        f"hành kế hoạch ({vnformat.short_date(plan)}): sửa trong cchc.toml"
        + (f" (dòng {check.line})." if check.line else ".")
        for check in early
    ]


def dates_to_check(text: str, config: CampaignConfig) -> list[DateToCheck]:
    """Every date a campaign runs on, with its line: the plan, the tasks' deadlines, the
    conferences, the report's month and the years."""
    index = LineIndex(text)
    plan = config.plan.reference.split(" ngày")[0]
    dates = [DateToCheck(f"Ngày ban hành {plan}", config.plan.date, index.line_of("plan.date"))]
    for position, task in enumerate(config.tasks):
        if task.deadline:
            dates.append(
                DateToCheck(
                    f"Hạn nhiệm vụ {task.id}",
                    task.deadline,
                    index.line_of(f"tasks[{position}].deadline"),
                )
            )
    conference = config.conference
    for what, day, key in (
        ("Hội nghị tổng kết cấp huyện", conference and conference.date, "conference.date"),
        (
            "Hạn các xã, thị trấn tổ chức hội nghị",
            conference and conference.communes_by,
            "conference.communes_by",
        ),
    ):
        if day:
            dates.append(DateToCheck(what, day, index.line_of(key)))
    if config.report.month:
        dates.append(
            DateToCheck(
                "Tháng lập báo cáo tổng kết",
                date(config.report.year, config.report.month, 1),
                index.line_of("report.month"),
                month=True,
            )
        )
    last = config.periods[-1]
    dates.append(
        DateToCheck(
            f"Số liệu đến ngày (các năm {config.periods[0].key}–{last.year})",
            last.end,
            index.line_of("periods.partial_until" if last.partial else "periods.years"),
            past=True,
        )
    )
    return dates


def stale_periods(text: str, config: CampaignConfig) -> StalePeriods | None:
    """What to say when the statistics end more than a year before the plan (a new review kept
    the 2020 plan's years and phases, which ``cchc init`` cannot choose for it), else ``None``."""
    last = config.periods[-1]
    if config.plan.date - last.end <= timedelta(days=366):
        return None
    line = LineIndex(text).line_of("periods")
    phases = tuple(p.key for p in config.phases)
    return StalePeriods(
        f"Chú ý: số liệu thống kê vẫn là các năm {config.periods[0].key}–{last.year} (đến "
        f"{vnformat.short_date(last.end)}), giai đoạn {', '.join(phases)}, trong khi kế hoạch ban "
        f"hành ngày {vnformat.short_date(config.plan.date)}.\n  Sửa mục [periods] (dòng {line}) "
        "và các tiêu đề nêu giai đoạn trong cchc.toml cho đợt này; đề cương, báo cáo chuyên đề "
        "và tài liệu hội nghị do cchc lập vẫn viết cho tổng kết Chương trình tổng thể giai đoạn "
        "2011-2020.",
        line,
        tuple(p.key for p in config.periods),
        phases,
    )


def shown_day(check: DateToCheck) -> str:
    """The date of ``check`` as written: a day, or a month for a month of the campaign."""
    day = check.day
    return f"{day.month}/{day.year}" if check.month else vnformat.short_date(day)


def shown(check: DateToCheck) -> str:
    """One line of the list ``cchc init`` prints."""
    where = f" (dòng {check.line})" if check.line else ""
    return f"  {check.what}: {shown_day(check)}{where}"
