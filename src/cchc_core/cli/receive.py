"""``cchc receive``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from cchc_core.cli.common import (
    DATE,
    campaign_argument,
    emit_json,
    handles_errors,
    json_option,
    open_campaign,
)
from cchc_core.util.untrusted import for_terminal


@click.command("receive")
@campaign_argument
@click.argument(
    "files",
    metavar="TỆP...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--on", type=DATE, help="Ngày nhận (ví dụ 18/5/2020); mặc định: ngày của thư, hoặc hôm nay."
)
@click.option(
    "--via",
    default="",
    metavar="CÁCH_NHẬN",
    help='Nhận qua đâu: "thư điện tử", "văn bản giấy", "trực tiếp"...',
)
@json_option
@handles_errors
def receive_command(
    folder: Path, files: tuple[Path, ...], on: date | None, via: str, as_json: bool
) -> None:
    """Nhận tệp: chép vào inbox/ và ghi vào sổ nhận tệp (so-nhan-tep.csv) ngày nhận, đơn vị gửi.

    Ngày nhận là ngày ghi ở --on; tệp thư điện tử (.eml) lấy ngày của thư; nếu không có, là lúc
    chạy lệnh. Sổ nhận tệp mở được bằng Excel; sửa ngày trong sổ thì cchc dùng ngày đã sửa.

    Copies received files into inbox/ and records the day in the receipt register.
    """
    result = open_campaign(folder).receive(list(files), on=on, via=via)
    if as_json:
        emit_json(result.to_dict())
        return
    for item in result.files:
        receipt = item.receipt
        moment = receipt.received
        day = f"{moment.day}/{moment.month}/{moment.year} {moment.hour:02d}:{moment.minute:02d}"
        if item.already:
            line = f"  {item.source.name}: đã có trong sổ (nhận {day}, tệp “{receipt.file}”), không chép lại"
        else:
            sender = f", {receipt.sender}" if receipt.sender else ""
            line = f"  {receipt.file}: nhận {day}{sender}"
        click.echo(for_terminal(line))
    click.echo(for_terminal(f"Sổ nhận tệp: {result.register}"))
