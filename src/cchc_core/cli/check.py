"""``cchc check``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cchc_core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    answer_units,
    campaign_argument,
    emit_json,
    handles_errors,
    json_option,
    open_campaign,
)


@click.command("check")
@campaign_argument
@json_option
@click.option("--strict", is_flag=True, help="Coi cảnh báo như lỗi (mã thoát 1 khi có cảnh báo).")
@click.option(
    "--no-feedback",
    "no_feedback",
    is_flag=True,
    help="Không ghi phiếu phản hồi cho các đơn vị (output/phan-hoi/).",
)
@handles_errors
def check_command(folder: Path, as_json: bool, strict: bool, no_feedback: bool) -> None:
    """Kiểm tra các tệp trong inbox/: lỗi và cảnh báo theo đơn vị, tệp, trang, ô; ghi phiếu
    phản hồi cho từng đơn vị có lỗi hoặc điểm cần xem lại (output/phan-hoi/).

    Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc có cảnh báo khi dùng --strict), 2 lỗi sử dụng.

    Checks the submitted files and writes each unit's feedback; exit 1 on errors (or warnings
    with --strict).
    """
    from cchc_core.documents.feedback import FOLDER
    from cchc_core.documents.follow_up import refresh_feedback
    from cchc_core.present import show_check

    campaign = open_campaign(folder)
    result = campaign.check()

    if not as_json:
        show_check(result, campaign.config)  # the findings first, whatever happens next
    answered = (
        None
        if no_feedback
        else answer_units(
            campaign,
            lambda: [
                str(p) for p in refresh_feedback(result, campaign.config, campaign.output_dir)
            ],
        )
    )
    if as_json:
        emit_json({**result.to_dict(), **(answered.to_dict("feedback") if answered else {})})
    elif answered is not None:
        answered.tell("phiếu phản hồi")
        if answered.written:
            from cchc_core.util.vnformat import number

            click.echo(
                f"Phiếu phản hồi cho {number(len(answered.written))} đơn vị (gửi kèm thư trả lời): "
                f"{campaign.output_dir / FOLDER}"
            )
    failed = bool(result.errors) or (strict and bool(result.warnings))
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)
