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
@click.option(
    "--tinh",
    "province",
    is_flag=True,
    help="Chạy thử cấp tỉnh: ba huyện (Hướng Hóa và hai huyện giả định) lập tệp gửi cấp trên, "
    "tỉnh Quảng Trị tổng hợp từ các tệp đó.",
)
@handles_errors
def demo_command(folder: Path, province: bool) -> None:
    """Chạy thử toàn bộ đợt tổng kết với số liệu minh họa của huyện Hướng Hóa (mặc định ./cchc-demo).

    Tạo đợt tổng kết, biểu mẫu, điền biểu mẫu như các đơn vị (có đơn vị nộp muộn, chưa nộp, có
    lỗi), rồi kiểm tra, xem tình hình nộp và lập báo cáo. Với --tinh: thêm hai huyện và đợt tổng
    kết của tỉnh đọc tệp gửi cấp trên của ba huyện. Chạy với các plugin đang cài.

    Runs the whole review on synthetic data of a real district (Huong Hoa).
    """
    from cchc_core.present import show_demo

    if province:
        from cchc_core.demo.province import run_province_demo
        from cchc_core.present import show_province_demo

        show_province_demo(run_province_demo(folder))
        return
    from cchc_core.demo.run import run_demo

    show_demo(run_demo(folder))
