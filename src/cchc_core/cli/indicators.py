"""``cchc indicators`` (also ``cchc chi-tieu``)."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import click

from cchc_core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit_json,
    handles_errors,
    json_option,
    open_campaign,
)


@click.command("indicators")
@click.argument("words", metavar="[TỪ_KHÓA]...", nargs=-1)
@click.option(
    "-c",
    "--campaign",
    "folder",
    metavar="THƯ_MỤC",
    type=click.Path(file_okay=False, path_type=Path),
    help="Đợt tổng kết để lấy tên các phòng (mặc định: cấu hình của huyện Hướng Hóa).",
)
@json_option
@handles_errors
def indicators_command(words: tuple[str, ...], folder: Path | None, as_json: bool) -> None:
    """Danh sách chỉ tiêu Phụ lục 1: mã, tên, đơn vị tính, mục, báo cáo, ai báo cáo.

    Gõ từ khóa có dấu hoặc không dấu để tìm (ví dụ: cchc indicators ho so cap xa). Mã chỉ tiêu
    dùng với cchc explain. Gọi là cchc chi-tieu cũng được.

    Mã thoát: 0 có chỉ tiêu được liệt kê, 1 không tìm thấy chỉ tiêu nào.

    Lists the indicator codes of the installed plugins, searchable without diacritics.
    """
    from cchc_core.plugin.indicator_search import list_indicators
    from cchc_core.present import show_indicators

    query = " ".join(words)
    if folder is not None:
        campaign = open_campaign(folder)
        catalogue, config = campaign.catalogue, campaign.config
    else:
        from cchc_core import config as config_module
        from cchc_core.plugin.catalogue import build
        from cchc_core.plugin.manager import make_plugin_manager

        catalogue = build(make_plugin_manager())
        config = config_module.parse(config_module.default_text())
    entries = list_indicators(catalogue, config, query)
    if as_json:
        emit_json([{**attrs.asdict(e), "who": e.who()} for e in entries])
    else:
        show_indicators(entries, query)
    sys.exit(EXIT_OK if entries else EXIT_FINDINGS)
