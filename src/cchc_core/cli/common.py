"""What every command shares: the error handling (a Vietnamese message and an exit code, never a
traceback), ``--json`` output, the campaign folder argument."""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import click

from cchc_core.cli.terminal import is_terminal
from cchc_core.errors import BuildError, CchcError, stands_for_ctrl_c
from cchc_core.plugin.manager import watched_failures, watching_managers
from cchc_core.util.untrusted import for_terminal, for_terminal_lines
from cchc_start import EXIT_INTERRUPTED, INTERRUPTED

if TYPE_CHECKING:
    from cchc_core.campaign import Campaign
    from cchc_core.config import CampaignConfig
    from cchc_core.plugin.catalogue import Catalogue

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
#: the code a shell gives a process stopped by a closed pipe (SIGPIPE)
EXIT_CLOSED_PIPE = 141

#: ``click.Context.meta`` key set by ``--quiet``
QUIET = "cchc.quiet"


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds like Ctrl-C: a build in progress rolls back at once


def install_signal_handlers() -> None:
    """Make SIGTERM (a service manager stopping cchc, ``kill``) end a command the way Ctrl-C
    does, so outputs being replaced are put back before the process ends."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)


@contextlib.contextmanager
def interrupt_ends_quietly() -> Iterator[None]:
    """Ctrl-C (or SIGTERM) inside ends the process with one line and exit code 130: in a command,
    and while the command line is still being read (:class:`~cchc_core.cli.group.CchcGroup`),
    where click would say it was aborted with code 1."""
    try:
        yield
    except (KeyboardInterrupt, click.exceptions.Abort) as stopped:
        # click.prompt turns Ctrl-C at a question into Abort (so does an end of input, which
        # stays click's "Đã dừng." and code 1)
        if isinstance(stopped, click.exceptions.Abort) and not stands_for_ctrl_c(stopped):
            raise
        # the terminal has echoed ^C without a newline
        newline = "\n" if is_terminal(sys.stderr) else ""
        click.echo(f"{newline}{INTERRUPTED}", err=True)
        sys.exit(EXIT_INTERRUPTED)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command the way a clerk expects: progress shown on a terminal, a CchcError or a file
    that cannot be read or written told in Vietnamese with exit code 2, Ctrl-C ended with one line
    and exit code 130, a closed pipe (``cchc status | head -1``) ended quietly: never a traceback
    for a user's situation."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        as_json = kwargs.get("as_json", False)
        install_signal_handlers()
        try:
            with (
                interrupt_ends_quietly(),
                watching_managers(),
                _plugin_failures_told(as_json),
                _progress_shown(as_json),
            ):
                result = command(*args, **kwargs)
                sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
                return result
        except OSError as error:  # a file open in another program, a folder not writable...
            if is_closed_pipe(error, sys.platform):
                _leave_closed_pipe()
            from cchc_core.util.os_errors import explain_os_error

            report(explain_os_error(error), as_json)
        except CchcError as error:
            report(error, as_json)
        except UnicodeEncodeError as error:
            # a file name with Vietnamese letters on a system whose file names are ASCII (a
            # Linux server in the C locale with PYTHONUTF8=0): cchc cannot name its files
            import codecs

            from cchc_core.util.code_pages import is_unicode

            encoding = sys.getfilesystemencoding()
            if is_unicode(encoding) or (
                codecs.lookup(error.encoding).name != codecs.lookup(encoding).name
            ):
                raise  # not a file name's encoding: a bug to report as such
            report(
                CchcError(
                    f"Máy đang đặt bảng mã {encoding} cho tên tệp: không mở hay tạo được tệp có "
                    f"tên tiếng Việt ({error.object[error.start : error.end]!r}).",
                    hint="Chạy lại với biến môi trường PYTHONUTF8=1 (hoặc LANG=C.UTF-8).",
                ),
                as_json,
            )

    return wrapper


#: ``click.Context.meta`` key of a command that shows plugin failures itself (``cchc plugins``)
SHOWS_PLUGIN_FAILURES = "cchc.shows-plugin-failures"


@contextlib.contextmanager
def _plugin_failures_told(as_json: bool) -> Iterator[None]:
    """After the command (whatever its outcome), one line on stderr per plugin that failed to load,
    was set aside or failed while running, so that a broken plugin is never silent. With
    ``--json`` the failures are in the JSON instead (:func:`emit_json`)."""
    try:
        yield
    finally:
        context = click.get_current_context(silent=True)
        if not as_json and not (context and context.meta.get(SHOWS_PLUGIN_FAILURES)):
            for failure in watched_failures():
                line = (
                    f"Plugin lỗi: {failure.distribution} ({failure.plugin}), khi {failure.stage}: "
                    f"{failure.reason}"
                )
                click.secho(for_terminal(line), fg="yellow", err=True)


@contextlib.contextmanager
def _progress_shown(as_json: bool) -> Iterator[None]:
    """Progress on stderr while the command runs, when stderr is a terminal and neither ``--quiet``
    nor ``--json`` was given (a script reading JSON wants nothing else)."""
    context = click.get_current_context(silent=True)
    quiet = bool(context and context.meta.get(QUIET))
    if as_json or quiet or not is_terminal(sys.stderr):
        yield
        return
    from cchc_core.present import ProgressDisplay
    from cchc_core.util.progress import progress_to

    display = ProgressDisplay()
    try:
        with progress_to(display):
            yield
    finally:
        display.close()  # an interrupted step leaves no live display behind the last message


def is_closed_pipe(error: OSError, platform: str) -> bool:
    """Whether writing our output failed because its reader has gone: ``BrokenPipeError`` on
    POSIX; on Windows the write to a closed pipe fails with EINVAL on no file of ours."""
    if isinstance(error, BrokenPipeError):
        return True
    return platform == "win32" and error.errno == errno.EINVAL and error.filename is None


def _leave_closed_pipe() -> None:
    """The reader of our output has gone (``head`` has its line): stop quietly. Python would
    otherwise complain again when it flushes stdout at exit, so stdout now points to nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file descriptor (a test runner's stream): nothing will flush it
    sys.exit(EXIT_CLOSED_PIPE)


def report(error: CchcError, as_json: bool) -> None:
    """Show a CchcError (message and hint) and exit with the usage code."""
    if as_json:
        emit_json({"error": error.to_dict()})
    else:
        click.secho(f"Lỗi: {for_terminal_lines(error.message)}", fg="red", err=True)
        if error.hint:
            click.echo(f"Cách khắc phục: {for_terminal_lines(error.hint)}", err=True)
    sys.exit(EXIT_USAGE)


@attrs.frozen
class Answered:
    """What a command that only reads wrote for the units afterwards: ``written`` (None when it
    could not write), and why not (``problem``)."""

    written: Any = None
    problem: CchcError | None = None

    def tell(self, what: str) -> None:
        """One line on stderr when ``what`` could not be written."""
        if self.problem is not None:
            message = for_terminal_lines(self.problem.message)
            click.echo(f"Chưa ghi được {what}: {message}", err=True)

    def to_dict(self, key: str) -> dict[str, Any]:
        """``{key: written}`` or ``{key + "_error": the problem}`` for ``--json``."""
        if self.problem is not None:
            return {f"{key}_error": self.problem.to_dict()}
        return {key: self.written}


def answer_units(campaign: Campaign, write: Callable[[], Any]) -> Answered:
    """Write the campaign's answers to units (feedback, reminder letter) after a command that only
    reads: ``write()`` under the campaign's lock. Not being able to write (another command is
    writing, a read-only folder, a file open in Word, a fault in cchc) never spoils what the
    command found: the problem is returned, to be said after the findings."""
    from cchc_core.util.os_errors import explain_os_error

    try:
        with campaign.writing():
            return Answered(write())
    except OSError as error:
        return Answered(problem=explain_os_error(error))
    except CchcError as error:
        return Answered(problem=error)
    except Exception as error:  # a fault in writing: what the command found still stands
        return Answered(
            problem=BuildError(
                f"{type(error).__name__}: {error}",
                hint="Báo cho người quản trị cchc; kết quả đã hiện ở trên vẫn đúng.",
            )
        )


def emit_json(data: Any) -> None:
    """``data`` as JSON on stdout: Vietnamese as is in UTF-8, escaped (``\\u1ed9``) where the
    output's encoding cannot hold it, so a script always reads back exactly what was meant."""
    from cchc_core.util.code_pages import is_unicode

    ascii_only = not is_unicode(getattr(sys.stdout, "encoding", None))
    failures = watched_failures()
    if isinstance(data, dict) and failures and "plugin_failures" not in data:
        data = {**data, "plugin_failures": [failure.to_dict() for failure in failures]}
    click.echo(json.dumps(data, ensure_ascii=ascii_only, indent=2, default=str))


json_option = click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="In kết quả dạng JSON cho các script (JSON output for scripts).",
)


def _quiet(context: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        context.meta[QUIET] = True


def _no_color(context: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        context.color = False


def terminal_options() -> list[click.Parameter]:
    """``--quiet`` and ``--no-color``, which every command takes (``NO_COLOR`` is honoured too)."""
    return [
        click.Option(
            ["-q", "--quiet"],
            is_flag=True,
            expose_value=False,
            callback=_quiet,
            help="Không hiện tiến độ; chỉ in kết quả.",
        ),
        click.Option(
            ["--no-color"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=_no_color,
            help="Không tô màu (như biến môi trường NO_COLOR).",
        ),
    ]


campaign_argument = click.argument(
    "folder", metavar="THƯ_MỤC", type=click.Path(file_okay=False, path_type=Path)
)


def campaign_option(purpose: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``-c/--campaign THƯ_MỤC`` of a command that answers without a campaign too (with the
    default ``cchc.toml``): ``purpose`` says what the campaign's own settings change."""
    return click.option(
        "-c",
        "--campaign",
        "folder",
        metavar="THƯ_MỤC",
        type=click.Path(file_okay=False, path_type=Path),
        help=f"{purpose} (mặc định: cấu hình của huyện Hướng Hóa).",
    )


def open_campaign(folder: Path) -> Campaign:
    """The campaign in ``folder`` (a Vietnamese error when it is not one)."""
    from cchc_core.campaign import Campaign

    campaign = Campaign.open(folder)
    for note in campaign.recovered:
        click.echo(for_terminal(note), err=True)
    return campaign


def catalogue_and_config(folder: Path | None) -> tuple[Catalogue, CampaignConfig]:
    """The catalogue and settings of the campaign in ``folder``, or without one those of the
    installed plugins and the default ``cchc.toml`` (commands that answer before any campaign
    exists: ``cchc indicators``, ``cchc plugin new``)."""
    if folder is not None:
        campaign = open_campaign(folder)
        return campaign.catalogue, campaign.config
    from cchc_core.plugin.catalogue import build
    from cchc_core.plugin.manager import make_plugin_manager

    return build(make_plugin_manager()), config_or_default(None)


def config_or_default(folder: Path | None) -> CampaignConfig:
    """The settings of the campaign in ``folder``, or the default ``cchc.toml``'s."""
    if folder is not None:
        return open_campaign(folder).config
    from cchc_core import config as config_module

    return config_module.parse(config_module.default_text())


class DateType(click.ParamType):
    """A date as a Vietnamese clerk writes it (26/5/2020) or as ISO (2020-05-26)."""

    name = "ngày"
    FORMATS = ("%d/%m/%Y", "%Y-%m-%d")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The ``datetime.date`` of ``value``, or a Vietnamese usage error."""
        if isinstance(value, date):
            return value
        for pattern in self.FORMATS:
            try:
                return datetime.strptime(str(value).strip(), pattern).date()
            except ValueError:
                continue
        self.fail(
            f"“{value}” không phải một ngày; viết dạng 26/5/2020 hoặc 2020-05-26.", param, ctx
        )


DATE = DateType()
