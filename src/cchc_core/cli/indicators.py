"""``cchc indicators`` (also ``cchc chi-tieu``)."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import click

from cchc_core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    campaign_option,
    catalogue_and_config,
    emit_json,
    handles_errors,
    json_option,
)


@click.command("indicators")
@click.argument("words", metavar="[TỪ_KHÓA]...", nargs=-1)
@campaign_option("Đợt tổng kết để lấy tên các phòng")
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
    catalogue, config = catalogue_and_config(folder)
    entries = list_indicators(catalogue, config, query)
    if as_json:
        emit_json([{**attrs.asdict(e), "who": e.who()} for e in entries])
    else:
        show_indicators(entries, query)
    sys.exit(EXIT_OK if entries else EXIT_FINDINGS)
