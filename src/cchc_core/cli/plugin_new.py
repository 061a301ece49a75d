"""``cchc plugin new``: a new plugin distribution, ready to install and test."""

from __future__ import annotations

from pathlib import Path

import click

from cchc_core.cli.common import (
    campaign_option,
    catalogue_and_config,
    emit_json,
    handles_errors,
    json_option,
)
from cchc_core.cli.group import CchcGroup
from cchc_core.util.shell import for_shell


@click.group("plugin", cls=CchcGroup)
def plugin_group() -> None:
    """Công cụ cho người viết plugin (tạo plugin mới).

    Tools for plugin authors.
    """


@plugin_group.command("new")
@click.argument("name", metavar="TÊN")
@click.option(
    "--office", required=True, metavar="ID_PHÒNG", help="id của phòng chủ trì trong cchc.toml."
)
@click.option("--title", required=True, metavar="TÊN_LĨNH_VỰC", help="Tên lĩnh vực, báo cáo.")
@click.option(
    "--report",
    metavar="SỐ",
    help="Số báo cáo chuyên đề (mặc định: số tiếp theo còn trống, ví dụ 3.8).",
)
@campaign_option("Đợt tổng kết để kiểm tra id phòng")
@click.option(
    "-o",
    "--into",
    "parent",
    metavar="THƯ_MỤC_CHA",
    default=".",
    type=click.Path(file_okay=False, path_type=Path),
    help="Nơi tạo thư mục plugin (mặc định: thư mục hiện tại).",
)
@json_option
@handles_errors
def new_command(
    name: str,
    office: str,
    title: str,
    report: str | None,
    folder: Path | None,
    parent: Path,
    as_json: bool,
) -> None:
    """Tạo một plugin hoàn chỉnh cho báo cáo chuyên đề mới: pyproject.toml, mã nguồn khai báo một
    mục, hai chỉ tiêu, một quy tắc, đề mục, dòng đề xuất và nội dung báo cáo, README và kiểm thử chạy được
    ngay. Số báo cáo, mục Phụ lục 1 và đề mục được chọn trong các số chưa plugin nào dùng.

    \b
    Ví dụ: cchc plugin new dan-van --office noi_vu --title "Công tác dân vận chính quyền"

    Creates a plugin distribution (pyproject, code, tests, README) on free numbers.
    """
    from cchc_core import config as config_module
    from cchc_core.demo.sample_campaign import SAMPLE_CONFIG
    from cchc_core.plugin import scaffold

    catalogue, config = catalogue_and_config(folder)
    sample_offices = tuple(u.id for u in config_module.parse(SAMPLE_CONFIG).offices)
    spec = scaffold.plan(name, office, title, catalogue, config, report, sample_offices)
    made = scaffold.write(spec, parent)
    if as_json:
        emit_json(
            {
                "folder": str(made),
                "distribution": spec.distribution,
                "report": spec.report_number,
                "section": spec.section,
                "heading": spec.heading_key,
            }
        )
        return
    click.echo(f"Đã tạo plugin {spec.distribution} trong {made}:")
    click.echo(
        f"  báo cáo chuyên đề {spec.report_number} “{spec.title}”, phòng chủ trì {spec.office_name}"
    )
    click.echo(
        f"  mục {spec.section} của Phụ lục 1 (hai chỉ tiêu, một quy tắc), đề mục {spec.heading_key}"
    )
    click.echo("Tiếp theo:")
    steps = (
        (f"python -m pip install -e {for_shell(f'{made}[test]')}", "cài vào môi trường của cchc"),
        ("cchc plugins", "plugin mới có trong danh sách"),
        (f"python -m pytest {for_shell(made)}", "chạy kiểm thử của plugin"),
        (f"sửa {made / 'src' / spec.package / '__init__.py'}", "chỉ tiêu, quy tắc, câu chữ"),
    )
    width = max(len(command) for command, _ in steps)
    for command, why in steps:
        click.echo(f"  {command.ljust(width)}  # {why}")
