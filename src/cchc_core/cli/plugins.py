"""``cchc plugins``."""

from __future__ import annotations

import sys

import click

from cchc_core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    SHOWS_PLUGIN_FAILURES,
    emit_json,
    handles_errors,
    json_option,
)


@click.command("plugins")
@json_option
@handles_errors
def plugins_command(as_json: bool) -> None:
    """Liệt kê các plugin: phiên bản, hook, báo cáo phụ trách; plugin lỗi kèm lý do.

    Mã thoát: 0 mọi plugin dùng được, 1 có plugin lỗi.

    Lists the installed plugins; exit 1 when one failed.
    """
    from cchc_core.plugin.listing import list_plugins
    from cchc_core.present import show_plugins

    click.get_current_context().meta[SHOWS_PLUGIN_FAILURES] = True

    listing = list_plugins()
    if as_json:
        emit_json(listing.to_dict())
    else:
        show_plugins(listing)
    sys.exit(EXIT_FINDINGS if listing.failures else EXIT_OK)
