"""``cchc forms``."""

from __future__ import annotations

from pathlib import Path

import click

from cchc_core.cli.common import (
    campaign_argument,
    emit_json,
    handles_errors,
    json_option,
    open_campaign,
)
from cchc_core.util.untrusted import for_terminal


@click.command("forms")
@campaign_argument
@click.option(
    "--update",
    is_flag=True,
    help="Sau khi cài, cập nhật plugin: biểu mẫu, đề cương mới cho các đơn vị đã gửi bản cũ, điền "
    "sẵn số liệu, nội dung đơn vị đã gửi (the units' new forms, prefilled).",
)
@json_option
@handles_errors
def forms_command(folder: Path, update: bool, as_json: bool) -> None:
    """Tạo biểu thống kê (.xlsx) và đề cương báo cáo (.docx) cho từng đơn vị trong forms/.

    Với --update: chỉ tạo lại biểu mẫu, đề cương của các đơn vị đã gửi bản theo danh mục cũ (một
    plugin mới được cài hoặc cập nhật), điền sẵn số liệu, nội dung đã gửi để đơn vị chỉ điền phần
    mới.

    Writes each unit's blank workbook and outline document into forms/.
    """
    campaign = open_campaign(folder)
    if update:
        _show_updated(campaign.update_forms(), as_json)
        return
    result = campaign.forms()
    if as_json:
        emit_json(result.to_dict())
        return
    from cchc_core.util.vnformat import number

    click.echo(f"Đã tạo biểu mẫu cho {number(len(result.units))} đơn vị trong {result.folder}:")
    for unit in result.units:
        if unit.workbook is None:
            workbook = "không có chỉ tiêu Phụ lục 1, chỉ có "
        elif unit.rows:
            workbook = f"{unit.workbook.name} ({unit.rows} chỉ tiêu), "
        else:
            workbook = f"{unit.workbook.name} (chỉ có trang đề nghị khen thưởng), "
        click.echo(for_terminal(f"  {unit.unit_name}: {workbook}{unit.outline.name}"))


def _show_updated(updated: tuple, as_json: bool) -> None:
    if as_json:
        emit_json(
            {
                "updated": [
                    {
                        "unit": u.unit,
                        "name": u.unit_name,
                        "form": str(u.path),
                        "from": u.source,
                        "prefilled": u.prefilled,
                        "to_fill": list(u.to_fill),
                        "nominations_left_out": u.nominations_left_out,
                        "kind": u.kind,
                    }
                    for u in updated
                ]
            }
        )
        return
    if not updated:
        click.echo("Mọi biểu mẫu, đề cương đã nhận đều theo danh mục hiện hành; không cần tạo lại.")
        return
    units = len({u.unit for u in updated})
    click.echo(
        f"Đã tạo lại biểu mẫu, đề cương cho {units} đơn vị (gửi lại cho đơn vị để điền bổ sung):"
    )
    for u in updated:
        sections = f"; cần điền mục {', '.join(u.to_fill)}" if u.to_fill else ""
        left_out = (
            f"; {u.nominations_left_out} đề nghị khen thưởng không còn dòng trong biểu mới, "
            "đơn vị cần gửi lại"
            if u.nominations_left_out
            else ""
        )
        carried = f"{u.prefilled} phần đã viết" if u.kind == "outline" else f"{u.prefilled} ô"
        click.echo(
            for_terminal(
                f"  {u.unit_name}: {u.path.name}, điền sẵn {carried} từ “{u.source}”"
                f"{sections}{left_out}"
            )
        )
