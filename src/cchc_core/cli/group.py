"""The ``cchc`` group: what every command gets without asking (Vietnamese usage lines, ``--quiet`` and
``--no-color``, ``NO_COLOR``, streams safe for Vietnamese) and the Vietnamese names of commands."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, ClassVar

import click

from cchc_core.cli.common import interrupt_ends_quietly, terminal_options
from cchc_core.cli.terminal import prepare_streams

OPTIONS_METAVAR = "[TÙY_CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [THAM_SỐ]..."


class CchcGroup(click.Group):
    """A click group whose commands share the terminal options and may be called by an alias."""

    #: another name a command answers to → the command's own name
    aliases: ClassVar[dict[str, str]] = {"chi-tieu": "indicators"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)
        self.params.extend(terminal_options())

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Add a command with the options every command shares (a group of ours has them)."""
        if not any(param.name == "quiet" for param in cmd.params):
            cmd.params.extend(terminal_options())
        if cmd.options_metavar == "[OPTIONS]":
            cmd.options_metavar = OPTIONS_METAVAR
        super().add_command(cmd, name)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command called ``cmd_name`` or by that alias."""
        return super().get_command(ctx, self.aliases.get(cmd_name, cmd_name))

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """The context of the command line being read (Ctrl-C meanwhile ends as in a command)."""
        with interrupt_ends_quietly():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command named (Ctrl-C before its own handling starts ends as in a command)."""
        with interrupt_ends_quietly():
            return super().invoke(ctx)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        """Run the command line with streams that hold Vietnamese and ``NO_COLOR`` honoured."""
        prepare_streams()
        if os.environ.get("NO_COLOR"):  # https://no-color.org: set and not empty
            extra.setdefault("color", False)
        return super().main(args, *rest, **extra)
