"""Warnings about the date a commune says it held its own review conference (task 2.1): not given,
not readable, later than the plan's date, or before the plan existed."""

from __future__ import annotations

from collections.abc import Iterator

from cchc_core.config import CampaignConfig
from cchc_core.forms.conference_date import PART, Held, applies, read
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.submissions import Submission
from cchc_core.model.units import Unit
from cchc_core.util import vnformat

HINT = "Ghi ngày tổ chức hội nghị ở đầu tệp đề cương, ví dụ 12/5/{year}, hoặc “Chưa tổ chức”."


def conference_findings(
    submission: Submission, unit: Unit, config: CampaignConfig
) -> Iterator[Finding]:
    """The warnings about one commune's conference-date line (none for other units)."""
    if not applies(config, unit):
        return
    assert config.conference is not None and config.conference.communes_by is not None
    by = config.conference.communes_by
    answer = read(submission.conference, by.year)
    message = {
        Held.BLANK: "Chưa ghi ngày tổ chức hội nghị tổng kết của đơn vị.",
        Held.UNREADABLE: f"Không đọc được ngày tổ chức hội nghị tổng kết: “{answer.text}”.",
        Held.NOT_HELD: (
            f"Đơn vị báo chưa tổ chức hội nghị tổng kết (Kế hoạch: trước ngày "
            f"{vnformat.short_date(by)})."
        ),
    }.get(answer.held)
    if answer.day is not None and answer.day > by:
        message = (
            f"Hội nghị tổng kết tổ chức ngày {vnformat.short_date(answer.day)}, sau ngày "
            f"{vnformat.short_date(by)} Kế hoạch yêu cầu."
        )
    elif answer.day is not None and answer.day < config.plan.date:
        message = (
            f"Ngày tổ chức hội nghị ({vnformat.short_date(answer.day)}) trước ngày ban hành "
            f"{config.plan.reference}: kiểm tra lại."
        )
    if message:
        yield Finding(
            "conference.date",
            Severity.WARNING,
            message,
            HINT.format(year=by.year),
            unit.id,
            unit.name,
            Location(submission.source.name, part=PART),
            value=answer.text or None,
        )
