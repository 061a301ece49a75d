"""The dates a new campaign must set: the default ``cchc.toml`` is Hướng Hóa's plan of April 2020, and
a district starting a new review must not keep its deadlines without knowing.

:func:`with_dates` moves the default's plan date and every task deadline (all by the same number of
days as the units' deadline moves, so their order stays); :func:`dates_to_check` lists the dates a
file holds, with their lines, for ``cchc init`` to show.
"""

from __future__ import annotations

import re
from datetime import date

from attrs import frozen

from cchc_core.config.reader import LineIndex
from cchc_core.config.records import CampaignConfig
from cchc_core.util import vnformat

_PLAN_DATE = re.compile(r"(?m)^(\[plan\][^\[]*?^date\s*=\s*)(\d{4}-\d{2}-\d{2})")
_DEADLINE = re.compile(r"(?m)^(deadline\s*=\s*)(\d{4}-\d{2}-\d{2})")


@frozen
class DateToCheck:
    """A date of the campaign, what it is, and the line of ``cchc.toml`` it is on."""

    what: str
    day: date
    line: int | None


def units_deadline(config: CampaignConfig) -> date | None:
    """The deadline of the tasks that units deliver through the inbox (the earliest)."""
    tracked = [t.deadline for t in config.tasks if t.deadline and t.concerns]
    return min(tracked, default=None)


def with_dates(
    text: str, config: CampaignConfig, plan_date: date | None, deadline: date | None
) -> str:
    """``text`` (a ``cchc.toml`` read into ``config``) with the plan's date and the deadlines set."""
    if plan_date is not None:
        text = _PLAN_DATE.sub(lambda m: m.group(1) + plan_date.isoformat(), text, count=1)
    old = units_deadline(config)
    if deadline is not None and old is not None:
        shift = deadline - old

        def moved(match: re.Match[str]) -> str:
            day = date.fromisoformat(match.group(2)) + shift
            return match.group(1) + day.isoformat()

        text = _DEADLINE.sub(moved, text)
    return text


def dates_to_check(text: str, config: CampaignConfig) -> list[DateToCheck]:
    """Every date a campaign runs on, with its line: the plan, the tasks' deadlines, the years."""
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
    if config.report.month:
        dates.append(
            DateToCheck(
                "Tháng lập báo cáo tổng kết",
                date(config.report.year, config.report.month, 1),
                index.line_of("report.month"),
            )
        )
    last = config.periods[-1]
    dates.append(
        DateToCheck(
            f"Số liệu đến ngày (các năm {config.periods[0].key}–{last.year})",
            last.end,
            index.line_of("periods.partial_until" if last.partial else "periods.years"),
        )
    )
    return dates


def shown(check: DateToCheck) -> str:
    """One line of the list ``cchc init`` prints."""
    where = f" (dòng {check.line})" if check.line else ""
    day = check.day
    text = f"{day.month}/{day.year}" if check.what.startswith("Tháng") else vnformat.short_date(day)
    return f"  {check.what}: {text}{where}"
