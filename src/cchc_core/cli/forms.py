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
@json_option
@handles_errors
def forms_command(folder: Path, as_json: bool) -> None:
    """Tạo biểu thống kê (.xlsx) và đề cương báo cáo (.docx) cho từng đơn vị trong forms/.

    Writes each unit's blank workbook and outline document into forms/.
    """
    result = open_campaign(folder).forms()
    if as_json:
        emit_json(result.to_dict())
        return
    click.echo(f"Đã tạo biểu mẫu cho {len(result.units)} đơn vị trong {result.folder}:")
    for unit in result.units:
        if unit.workbook is None:
            workbook = "không có chỉ tiêu Phụ lục 1, chỉ có "
        elif unit.rows:
            workbook = f"{unit.workbook.name} ({unit.rows} chỉ tiêu), "
        else:
            workbook = f"{unit.workbook.name} (chỉ có trang đề nghị khen thưởng), "
        click.echo(for_terminal(f"  {unit.unit_name}: {workbook}{unit.outline.name}"))
