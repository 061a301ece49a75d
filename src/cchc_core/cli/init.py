"""``cchc init``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import attrs
import click

from cchc_core.cli.common import (
    DATE,
    campaign_argument,
    emit_json,
    handles_errors,
    json_option,
)
from cchc_core.util.shell import for_shell


def _ask(label: str, default: date) -> date:
    answer = click.prompt(label, default=f"{default.day}/{default.month}/{default.year}", type=DATE)
    return answer if isinstance(answer, date) else DATE.convert(answer, None, None)


@click.command("init")
@campaign_argument
@click.option("--force", is_flag=True, help="Ghi đè cchc.toml nếu đã có.")
@click.option(
    "--plan-date",
    type=DATE,
    help="Ngày ban hành kế hoạch tổng kết của huyện (ví dụ 5/5/2020).",
)
@click.option(
    "--deadline",
    type=DATE,
    help="Hạn các đơn vị gửi báo cáo (ví dụ 25/5/2020); các ngày khác của đợt dời theo.",
)
@json_option
@handles_errors
def init_command(
    folder: Path, force: bool, plan_date: date | None, deadline: date | None, as_json: bool
) -> None:
    """Tạo thư mục đợt tổng kết: cchc.toml (mặc định của huyện Hướng Hóa), forms/, inbox/, output/.

    Các ngày mặc định là của Kế hoạch 19/KH-UBND năm 2020: trên cửa sổ lệnh, cchc hỏi ngày kế
    hoạch và hạn nộp của đợt mới (hoặc dùng --plan-date, --deadline), rồi liệt kê mọi ngày cần
    kiểm tra trong cchc.toml.

    Creates a campaign folder with its cchc.toml; asks for the plan's date and the units' deadline.
    """
    from cchc_core import config as config_module
    from cchc_core.campaign import Campaign
    from cchc_core.config.dates import (
        dates_before_the_plan,
        dates_to_check,
        shown,
        stale_periods,
        units_deadline,
        with_dates,
    )
    from cchc_core.errors import CchcError
    from cchc_core.util.vnformat import short_date as shown_date

    text = config_module.default_text()
    default = config_module.parse(text)
    asked = sys.stdin.isatty() and not as_json and plan_date is None and deadline is None
    if asked:
        click.echo("Các ngày mặc định là của Kế hoạch 19/KH-UBND năm 2020 của huyện Hướng Hóa.")
        plan_date = _ask("Ngày ban hành kế hoạch tổng kết", default.plan.date)
        moved = plan_date - default.plan.date  # the deadline offered keeps its distance to the plan
        deadline = _ask(
            "Hạn các đơn vị gửi báo cáo", (units_deadline(default) or default.plan.date) + moved
        )
    planned = plan_date or default.plan.date
    if deadline is not None and deadline < planned:
        raise CchcError(
            f"Hạn các đơn vị gửi báo cáo ({shown_date(deadline)}) trước ngày ban hành kế hoạch "
            f"({shown_date(planned)}).",
            hint="Kiểm tra lại hai ngày (--plan-date, --deadline): hạn gửi báo cáo đến sau ngày "
            "kế hoạch.",
        )
    text = with_dates(text, default, plan_date, deadline)
    campaign = Campaign.new(folder, config_text=text, force=force)
    config = campaign.config
    kept = plan_date is None and deadline is None
    checks = dates_to_check(text, config)
    periods_note = None if kept else stale_periods(text, config)
    early = dates_before_the_plan(config, checks)
    if as_json:
        emit_json(
            {
                "folder": str(folder),
                "config": str(folder / "cchc.toml"),
                "units": len(config.units),
                "tasks": len(config.tasks),
                "dates_from_2020_plan": kept,
                "dates_before_the_plan": early,
                "periods_to_check": periods_note and attrs.asdict(periods_note),
                "dates": [
                    {"what": c.what, "date": c.day.isoformat(), "line": c.line} for c in checks
                ],
            }
        )
        return
    click.echo(f"Đã tạo đợt tổng kết tại {folder}")
    click.echo(
        f"  cchc.toml: huyện {config.district.name}, {len(config.offices)} cơ quan, "
        f"{len(config.communes)} xã, thị trấn, {len(config.tasks)} nhiệm vụ"
    )
    if kept:
        click.echo(
            "Chú ý: các ngày dưới đây vẫn là của Kế hoạch 19/KH-UBND năm 2020; sửa trong "
            "cchc.toml cho đợt của huyện mình (hoặc tạo lại với --plan-date và --deadline):"
        )
    else:
        click.echo("Các ngày của đợt tổng kết (kiểm tra lại trong cchc.toml):")
    for check in checks:
        click.echo(shown(check))
    for warning in early:
        click.echo(warning)
    if periods_note:
        click.echo(periods_note.message)
    click.echo("  Kiểm tra, sửa cchc.toml nếu cần, rồi chạy: cchc forms " + for_shell(folder))
