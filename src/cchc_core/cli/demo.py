"""``cchc demo``."""

from __future__ import annotations

from pathlib import Path

import click

from cchc_core.cli.common import handles_errors


@click.command("demo")
@click.argument(
    "folder",
    metavar="[THƯ_MỤC]",
    required=False,
    default="cchc-demo",
    type=click.Path(file_okay=False, path_type=Path),
)
@handles_errors
def demo_command(folder: Path) -> None:
    """Chạy thử toàn bộ đợt tổng kết với số liệu minh họa của huyện Hướng Hóa (mặc định ./cchc-demo).

    Tạo đợt tổng kết, biểu mẫu, điền biểu mẫu như các đơn vị (có đơn vị nộp muộn, chưa nộp, có
    lỗi), rồi kiểm tra, xem tình hình nộp và lập báo cáo.
    """
    from cchc_core.demo.run import run_demo
    from cchc_core.present import show_demo

    show_demo(run_demo(folder))
