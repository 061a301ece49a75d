"""``cchc plugins``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cchc_core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    SHOWS_PLUGIN_FAILURES,
    campaign_option,
    config_or_default,
    emit_json,
    handles_errors,
    json_option,
)


@click.command("plugins")
@campaign_option("Thư mục đợt tổng kết: số còn trống tránh số các nhiệm vụ trong kế hoạch của đợt")
@json_option
@handles_errors
def plugins_command(folder: Path | None, as_json: bool) -> None:
    """Liệt kê các plugin: phiên bản, hook, báo cáo phụ trách; plugin lỗi kèm lý do.

    Mã thoát: 0 mọi plugin dùng được, 1 có plugin lỗi.

    Lists the installed plugins; exit 1 when one failed.
    """
    from cchc_core.plugin.listing import list_plugins
    from cchc_core.present import show_plugins

    click.get_current_context().meta[SHOWS_PLUGIN_FAILURES] = True

    listing = list_plugins(tasks=config_or_default(folder).tasks)
    if as_json:
        emit_json(listing.to_dict())
    else:
        show_plugins(listing)
    sys.exit(EXIT_FINDINGS if listing.failures else EXIT_OK)
