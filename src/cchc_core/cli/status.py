"""``cchc status``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from cchc_core.cli.common import (
    DATE,
    EXIT_FINDINGS,
    EXIT_OK,
    answer_units,
    campaign_argument,
    emit_json,
    handles_errors,
    json_option,
    open_campaign,
)


@click.command("status")
@campaign_argument
@click.option(
    "--as-of",
    "as_of",
    type=DATE,
    help="Ngày xét (mặc định: [status] as_of trong cchc.toml, nếu trống là hôm nay).",
)
@json_option
@handles_errors
def status_command(folder: Path, as_of: date | None, as_json: bool) -> None:
    """Tình hình nộp báo cáo: đúng hạn, muộn, nộp thiếu, chưa nộp; ghi tinh-hinh-nop-bao-cao.xlsx
    và dự thảo công văn đôn đốc các đơn vị còn nợ báo cáo (cong-van-don-doc.docx).

    Mã thoát: 0 khi mọi đơn vị đã nộp đủ, 1 khi còn đơn vị chậm, thiếu hoặc chưa nộp.

    Submission status against the deadlines, and the reminder letter; exit 1 while units are late
    or missing.
    """
    from cchc_core.documents.follow_up import refresh_reminder
    from cchc_core.documents.status_workbook import FILENAME, write_status
    from cchc_core.present import show_status

    campaign = open_campaign(folder)
    report = campaign.status(as_of)
    if not as_json:
        show_status(report)  # first: a campaign on a read-only share still shows where it stands
    with campaign.writing():
        written = write_status(report, campaign.config, campaign.output_dir / FILENAME)
    if not as_json:
        click.echo(f"Đã ghi {written}")

    def write_letter() -> str | None:
        letter = refresh_reminder(report, campaign.config, campaign.output_dir)
        return str(letter) if letter else None

    answered = answer_units(campaign, write_letter)
    if as_json:
        emit_json({**report.to_dict(), "written": str(written), **answered.to_dict("reminder")})
    else:
        answered.tell("công văn đôn đốc")
        if answered.written:
            from cchc_core.util.vnformat import number

            owing = len({row.unit for row in report.reminders})
            click.echo(
                f"Dự thảo công văn đôn đốc {number(owing)} đơn vị còn nợ báo cáo: "
                f"{answered.written}"
            )
    sys.exit(EXIT_FINDINGS if report.reminders else EXIT_OK)
