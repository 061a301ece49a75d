"""``cchc init``."""

from __future__ import annotations

from pathlib import Path

import click

from cchc_core.cli.common import campaign_argument, emit_json, handles_errors, json_option


@click.command("init")
@campaign_argument
@click.option("--force", is_flag=True, help="Ghi đè cchc.toml nếu đã có.")
@json_option
@handles_errors
def init_command(folder: Path, force: bool, as_json: bool) -> None:
    """Tạo thư mục đợt tổng kết: cchc.toml (mặc định của huyện Hướng Hóa), forms/, inbox/, output/.

    Creates a campaign folder with its cchc.toml.
    """
    from cchc_core.campaign import Campaign

    campaign = Campaign.new(folder, force=force)
    config = campaign.config
    if as_json:
        emit_json(
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
