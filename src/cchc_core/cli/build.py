"""``cchc build``."""

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


@click.command("build")
@campaign_argument
@json_option
@click.option(
    "--allow-plugin-failures",
    is_flag=True,
    help="Mã thoát 0 dù có plugin lỗi (phần của plugin đó vẫn thiếu trong báo cáo).",
)
@handles_errors
def build_command(folder: Path, as_json: bool, allow_plugin_failures: bool) -> None:
    """Lập báo cáo tổng kết, báo cáo chuyên đề của từng lĩnh vực, Phụ lục 1, bảng tình hình nộp.

    Mỗi plugin lĩnh vực đã cài có một báo cáo chuyên đề (xem: cchc plugins). Mọi tệp được ghi
    cùng lúc: nếu có lỗi khi lập, các tệp cũ trong output/ được giữ nguyên.
    Mã thoát: 0 khi số liệu không có lỗi, 1 khi có đơn vị bị loại khỏi tổng hợp vì lỗi hoặc
    khi thiếu phần của một plugin lỗi (trừ khi dùng --allow-plugin-failures).

    Writes every report into output/; exit 1 when units were left out for errors or a plugin's
    part is missing.
    """
    from cchc_core.present import show_build

    campaign = open_campaign(folder)
    result = campaign.build()
    if as_json:
        emit_json(result.to_dict())
    else:
        show_build(result, campaign.output_dir)
    lost_parts = bool(result.plugin_failures) and not allow_plugin_failures
    sys.exit(EXIT_FINDINGS if result.errors or lost_parts else EXIT_OK)
