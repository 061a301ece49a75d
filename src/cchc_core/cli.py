"""The ``cchc`` command: parses arguments, calls one function of the API, presents the result.

Kept thin and light: heavy libraries (openpyxl, docxtpl, matplotlib, rich) are imported only by the
commands that need them, so ``cchc --help`` starts fast.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from cchc_core import __version__
from cchc_core.errors import CchcError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a CchcError, or a file that cannot be read or written, into a Vietnamese message on
    stderr and exit code 2: never a traceback for a user's situation."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except OSError as error:  # a file open in another program, a folder not writable...
            _report(
                CchcError(
                    f"Không đọc hoặc ghi được {error.filename or 'tệp'}: {error.strerror or error}.",
                    hint="Đóng tệp nếu đang mở trong Word hoặc Excel, kiểm tra quyền ghi thư mục "
                    "rồi chạy lại.",
                    details={"file": error.filename},
                ),
                kwargs.get("as_json", False),
            )
        except CchcError as error:
            _report(error, kwargs.get("as_json", False))

    return wrapper


def _report(error: CchcError, as_json: bool) -> None:
    """Show a CchcError (message and hint) and exit with the usage code."""
    if as_json:
        click.echo(json.dumps({"error": error.to_dict()}, ensure_ascii=False, indent=2))
    else:
        click.secho(f"Lỗi: {error.message}", fg="red", err=True)
        if error.hint:
            click.echo(f"Cách khắc phục: {error.hint}", err=True)
    sys.exit(EXIT_USAGE)


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


json_option = click.option(
    "--json", "as_json", is_flag=True, help="In kết quả dạng JSON (cho các script)."
)


@click.group(
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
      cchc forms THƯ_MỤC    tạo biểu mẫu thống kê (.xlsx) và đề cương (.docx) cho từng đơn vị
      (các đơn vị điền và gửi lại; chép tệp nhận được vào THƯ_MỤC/inbox/)
      cchc check THƯ_MỤC    kiểm tra các tệp đã nhận
      cchc status THƯ_MỤC   tình hình nộp báo cáo so với thời hạn
      cchc build THƯ_MỤC    lập báo cáo tổng kết, báo cáo chuyên đề, Phụ lục 1
      cchc demo             chạy thử toàn bộ với số liệu minh họa của huyện Hướng Hóa

    District administrative-reform (CCHC) review: forms, checks, totals and reports.
    """


campaign_argument = click.argument(
    "folder", metavar="THƯ_MỤC", type=click.Path(file_okay=False, path_type=Path)
)


def _open(folder: Path):
    from cchc_core.campaign import Campaign

    return Campaign.open(folder)


@main.command("init")
@campaign_argument
@click.option("--force", is_flag=True, help="Ghi đè cchc.toml nếu đã có.")
@json_option
@_handles_errors
def init_command(folder: Path, force: bool, as_json: bool) -> None:
    """Tạo thư mục đợt tổng kết: cchc.toml (mặc định của huyện Hướng Hóa), forms/, inbox/, output/."""
    from cchc_core.campaign import Campaign

    campaign = Campaign.new(folder, force=force)
    config = campaign.config
    if as_json:
        _emit_json(
            {
                "folder": str(folder),
                "config": str(folder / "cchc.toml"),
                "units": len(config.units),
                "tasks": len(config.tasks),
            }
        )
        return
    click.echo(f"Đã tạo đợt tổng kết tại {folder}")
    click.echo(
        f"  cchc.toml: huyện {config.district.name}, {len(config.offices)} cơ quan, "
        f"{len(config.communes)} xã, thị trấn, {len(config.tasks)} nhiệm vụ"
    )
    click.echo("  Kiểm tra, sửa cchc.toml nếu cần, rồi chạy: cchc forms " + str(folder))


@main.command("forms")
@campaign_argument
@json_option
@_handles_errors
def forms_command(folder: Path, as_json: bool) -> None:
    """Tạo biểu thống kê (.xlsx) và đề cương báo cáo (.docx) cho từng đơn vị trong forms/."""
    result = _open(folder).forms()
    if as_json:
        _emit_json(result.to_dict())
        return
    click.echo(f"Đã tạo biểu mẫu cho {len(result.units)} đơn vị trong {result.folder}:")
    for unit in result.units:
        workbook = (
            f"{unit.workbook.name} ({unit.rows} chỉ tiêu), "
            if unit.workbook
            else "không có chỉ tiêu Phụ lục 1, chỉ có "
        )
        click.echo(f"  {unit.unit_name}: {workbook}{unit.outline.name}")


@main.command("check")
@campaign_argument
@json_option
@click.option("--strict", is_flag=True, help="Coi cảnh báo như lỗi (mã thoát 1 khi có cảnh báo).")
@_handles_errors
def check_command(folder: Path, as_json: bool, strict: bool) -> None:
    """Kiểm tra các tệp trong inbox/: lỗi và cảnh báo theo đơn vị, tệp, trang, ô.

    Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc có cảnh báo khi dùng --strict), 2 lỗi sử dụng.
    """
    from cchc_core.present import show_check

    campaign = _open(folder)
    result = campaign.check()
    if as_json:
        _emit_json(result.to_dict())
    else:
        show_check(result, campaign.config)
    failed = bool(result.errors) or (strict and bool(result.warnings))
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


@main.command("status")
@campaign_argument
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"]),
    help="Ngày xét (mặc định: [status] as_of trong cchc.toml, nếu trống là hôm nay).",
)
@json_option
@_handles_errors
def status_command(folder: Path, as_of, as_json: bool) -> None:
    """Tình hình nộp báo cáo: đúng hạn, muộn, nộp thiếu, chưa nộp; ghi tinh-hinh-nop-bao-cao.xlsx.

    Mã thoát: 0 khi mọi đơn vị đã nộp đủ, 1 khi còn đơn vị chậm, thiếu hoặc chưa nộp.
    """
    from cchc_core.documents.status_workbook import FILENAME, write_status
    from cchc_core.present import show_status

    campaign = _open(folder)
    report = campaign.status(as_of.date() if as_of else None)
    written = write_status(report, campaign.config, campaign.output_dir / FILENAME)
    if as_json:
        _emit_json({**report.to_dict(), "written": str(written)})
    else:
        show_status(report)
        click.echo(f"Đã ghi {written}")
    sys.exit(EXIT_FINDINGS if report.reminders else EXIT_OK)


@main.command("explain")
@campaign_argument
@click.argument("code", metavar="MÃ_CHỈ_TIÊU")
@click.option("--year", type=int, help="Chỉ xem một năm (ví dụ 2019; 2020 là số liệu đến 31/3).")
@json_option
@_handles_errors
def explain_command(folder: Path, code: str, year: int | None, as_json: bool) -> None:
    """Giải thích một số liệu của huyện: cách tính và từng đơn vị, tệp, ô đóng góp.

    MÃ_CHỈ_TIÊU là mã (ví dụ hs_ty_le_xa) hoặc một phần tên chỉ tiêu.
    """
    from cchc_core.present import show_explanation

    explanation = _open(folder).explain(code, year)
    if as_json:
        _emit_json(explanation.to_dict())
    else:
        show_explanation(explanation)


@main.command("build")
@campaign_argument
@json_option
@_handles_errors
def build_command(folder: Path, as_json: bool) -> None:
    """Lập báo cáo tổng kết, các báo cáo chuyên đề 3.1-3.7, Phụ lục 1 và bảng tình hình nộp.

    Mọi tệp được ghi cùng lúc: nếu có lỗi khi lập, các tệp cũ trong output/ được giữ nguyên.
    Mã thoát: 0 khi số liệu không có lỗi, 1 khi có đơn vị bị loại khỏi tổng hợp vì lỗi.
    """
    from cchc_core.present import show_build

    campaign = _open(folder)
    result = campaign.build()
    if as_json:
        _emit_json(result.to_dict())
    else:
        show_build(result, campaign.output_dir)
    sys.exit(EXIT_FINDINGS if result.errors else EXIT_OK)


@main.command("demo")
@click.argument(
    "folder",
    metavar="[THƯ_MỤC]",
    required=False,
    default="cchc-demo",
    type=click.Path(file_okay=False, path_type=Path),
)
@_handles_errors
def demo_command(folder: Path) -> None:
    """Chạy thử toàn bộ đợt tổng kết với số liệu minh họa của huyện Hướng Hóa (mặc định ./cchc-demo).

    Tạo đợt tổng kết, biểu mẫu, điền biểu mẫu như các đơn vị (có đơn vị nộp muộn, chưa nộp, có
    lỗi), rồi kiểm tra, xem tình hình nộp và lập báo cáo.
    """
    from cchc_core.demo.run import run_demo
    from cchc_core.present import show_demo

    show_demo(run_demo(folder))


@main.command("plugins")
@json_option
@_handles_errors
def plugins_command(as_json: bool) -> None:
    """Liệt kê các plugin: phiên bản, hook, báo cáo phụ trách; plugin lỗi kèm lý do."""
    from cchc_core.plugin.listing import list_plugins
    from cchc_core.present import show_plugins

    listing = list_plugins()
    if as_json:
        _emit_json(listing.to_dict())
    else:
        show_plugins(listing)
    sys.exit(EXIT_FINDINGS if listing.failures else EXIT_OK)
