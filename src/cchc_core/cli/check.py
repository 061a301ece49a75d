"""``cchc check``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cchc_core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
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
@handles_errors
def check_command(folder: Path, as_json: bool, strict: bool) -> None:
    """Kiểm tra các tệp trong inbox/: lỗi và cảnh báo theo đơn vị, tệp, trang, ô.

    Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc có cảnh báo khi dùng --strict), 2 lỗi sử dụng.

    Checks the submitted files; exit 1 on errors (or warnings with --strict).
    """
    from cchc_core.present import show_check

    campaign = open_campaign(folder)
    result = campaign.check()
    if as_json:
        emit_json(result.to_dict())
    else:
        show_check(result, campaign.config)
    failed = bool(result.errors) or (strict and bool(result.warnings))
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)
