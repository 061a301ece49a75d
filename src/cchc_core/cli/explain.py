"""``cchc explain``."""

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


@click.command("explain")
@campaign_argument
@click.argument("code", metavar="MÃ_CHỈ_TIÊU")
@click.option(
    "--year",
    type=int,
    metavar="NĂM",
    help="Chỉ xem một năm (ví dụ 2019; 2020 là số liệu đến 31/3).",
)
@json_option
@handles_errors
def explain_command(folder: Path, code: str, year: int | None, as_json: bool) -> None:
    """Giải thích một số liệu của huyện: cách tính và từng đơn vị, tệp, ô đóng góp.

    MÃ_CHỈ_TIÊU là mã (xem: cchc indicators) hoặc vài từ của tên chỉ tiêu, có dấu hay không dấu
    đều được (ví dụ "ho so cap xa dung han"); nhiều chỉ tiêu khớp thì tất cả được liệt kê.

    Explains one district figure: method, units, files and cells behind it.
    """
    from cchc_core.present import show_explanation

    explanation = open_campaign(folder).explain(code, year)
    if as_json:
        emit_json(explanation.to_dict())
    else:
        show_explanation(explanation)
