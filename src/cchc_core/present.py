"""Presenting results on a terminal: rich tables on a TTY, plain lines when piped.

Only the CLI imports this module; the API never prints.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .plugin_listing import PluginListing


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=not sys.stdout.isatty())


def _table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A table: boxed with rich on a terminal, tab-separated lines when piped."""
    if not sys.stdout.isatty():
        print(title)
        print("\t".join(columns))
        for row in rows:
            print("\t".join(row))
        return
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    _console().print(table)


def show_plugins(listing: PluginListing) -> None:
    """Print the plugin listing and, apart, the failures."""
    rows = []
    for p in listing.plugins:
        contributes = []
        if p.reports:
            contributes.append("báo cáo " + "; ".join(p.reports))
        if p.indicators:
            contributes.append(f"{p.indicators} chỉ tiêu")
        if p.rules:
            contributes.append(f"{p.rules} quy tắc")
        if p.headings:
            contributes.append(f"{p.headings} đề mục")
        if p.collectors:
            contributes.append("đọc tệp: " + ", ".join(p.collectors))
        source = "có sẵn" if p.builtin else p.distribution
        rows.append(
            (
                p.name,
                source,
                p.version,
                "\n".join(p.hooks) if sys.stdout.isatty() else ",".join(p.hooks),
                "; ".join(contributes),
            )
        )
    _table("Plugin đã nạp", ("Plugin", "Gói", "Phiên bản", "Hook", "Đóng góp"), rows)
    if listing.failures:
        print()
        _table(
            "Plugin lỗi",
            ("Plugin", "Gói", "Khi", "Lý do"),
            [(f.plugin, f.distribution, f.stage, f.reason) for f in listing.failures],
        )
