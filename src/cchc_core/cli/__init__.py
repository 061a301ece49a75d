"""The ``cchc`` command: parses arguments, calls one function of the API, presents the result.

One module per command; ``common`` holds what they share. Kept thin and light: heavy libraries
(openpyxl, docxtpl, matplotlib, rich) are imported only by the commands that need them, so
``cchc --help`` starts fast.
"""

from __future__ import annotations

import click

from cchc_core.cli import (
    build,
    check,
    click_texts,
    demo,
    explain,
    forms,
    indicators,
    init,
    plugin_new,
    plugins,
    receive,
    status,
)
from cchc_core.cli.group import CchcGroup
from cchc_core.version import __version__

click_texts.install()  # before the group below is declared: version_option translates its help


@click.group(
    "cchc",
    cls=CchcGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(
    __version__, "--version", "-V", prog_name="cchc", message="%(prog)s %(version)s"
)
def main() -> None:
    """cchc — tổng kết cải cách hành chính cấp huyện, từ biểu mẫu trống đến báo cáo tổng kết.

    \b
    Trình tự một đợt tổng kết:
      cchc init THƯ_MỤC     tạo thư mục đợt tổng kết và tệp cấu hình cchc.toml
      cchc forms THƯ_MỤC    tạo biểu mẫu (.xlsx), đề cương (.docx) cho các đơn vị
      cchc receive THƯ_MỤC TỆP...
                            nhận tệp (cả thư .eml) vào inbox/, ghi sổ nhận tệp
      cchc check THƯ_MỤC    kiểm tra các tệp đã nhận
      cchc status THƯ_MỤC   tình hình nộp báo cáo so với thời hạn
      cchc build THƯ_MỤC    lập báo cáo tổng kết, báo cáo chuyên đề, Phụ lục 1
      cchc demo             chạy thử với số liệu minh họa của huyện Hướng Hóa
      cchc indicators       danh sách chỉ tiêu (mã, tên, đơn vị tính, ai báo cáo)

    Máy không tìm thấy lệnh cchc: gọi python -m cchc_core LỆNH ... (Windows: py -m cchc_core).

    \b
    Mã thoát: 0 xong, không có lỗi; 1 có lỗi số liệu hoặc đơn vị chậm, thiếu;
    2 không chạy được (cấu hình, tệp, cách gọi lệnh); 130 dừng bằng Ctrl-C;
    141 chương trình nhận kết quả (ví dụ head) đã đóng.

    \b
    District administrative-reform (CCHC) review: forms, checks, totals, reports.
    Exit codes: 0 clean, 1 findings, 2 cannot run, 130 stopped, 141 pipe closed.
    """


main.add_command(init.init_command)
main.add_command(forms.forms_command)
main.add_command(check.check_command)
main.add_command(status.status_command)
main.add_command(receive.receive_command)
main.add_command(explain.explain_command)
main.add_command(build.build_command)
main.add_command(demo.demo_command)
main.add_command(plugins.plugins_command)
main.add_command(indicators.indicators_command)
main.add_command(plugin_new.plugin_group)
