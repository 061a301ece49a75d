"""What every command shares: the error handling (a Vietnamese message and an exit code, never a
traceback), ``--json`` output, the campaign folder argument."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cchc_core.errors import CchcError

if TYPE_CHECKING:
    from cchc_core.campaign import Campaign

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a CchcError, or a file that cannot be read or written, into a Vietnamese message on
    stderr and exit code 2: never a traceback for a user's situation."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except OSError as error:  # a file open in another program, a folder not writable...
            report(
                CchcError(
                    f"Không đọc hoặc ghi được {error.filename or 'tệp'}: {error.strerror or error}.",
                    hint="Đóng tệp nếu đang mở trong Word hoặc Excel, kiểm tra quyền ghi thư mục "
                    "rồi chạy lại.",
                    details={"file": error.filename},
                ),
                kwargs.get("as_json", False),
            )
        except CchcError as error:
            report(error, kwargs.get("as_json", False))

    return wrapper


def report(error: CchcError, as_json: bool) -> None:
    """Show a CchcError (message and hint) and exit with the usage code."""
    if as_json:
        click.echo(json.dumps({"error": error.to_dict()}, ensure_ascii=False, indent=2))
    else:
        click.secho(f"Lỗi: {error.message}", fg="red", err=True)
        if error.hint:
            click.echo(f"Cách khắc phục: {error.hint}", err=True)
    sys.exit(EXIT_USAGE)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


json_option = click.option(
    "--json", "as_json", is_flag=True, help="In kết quả dạng JSON (cho các script)."
)


campaign_argument = click.argument(
    "folder", metavar="THƯ_MỤC", type=click.Path(file_okay=False, path_type=Path)
)


def open_campaign(folder: Path) -> Campaign:
    """The campaign in ``folder`` (a Vietnamese error when it is not one), with a progress bar
    on stderr when it is a terminal."""
    from cchc_core.campaign import Campaign

    campaign = Campaign.open(folder)
    if sys.stderr.isatty():
        from cchc_core.present import TerminalProgress

        campaign.progress = TerminalProgress()
    return campaign
