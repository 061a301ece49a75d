"""The exceptions cchc raises: each carries the Vietnamese message a user sees and details for scripts.

Problems in a unit's submission are not raised to the caller: they become `Finding`s, collected so that
one bad file never stops the others. These exceptions are for problems that stop an operation: a
campaign folder that does not exist, a wrong ``cchc.toml``, a plugin that fails in strict mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class CchcError(Exception):
    """Base of every cchc error.

    ``message`` is the Vietnamese sentence shown to the user, ``hint`` how to fix it, ``code`` a stable
    identifier for scripts, ``details`` any structured data a script may want (file, key, line...).
    """

    code = "cchc"

    def __init__(
        self, message: str, *, hint: str = "", details: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details: dict[str, Any] = dict(details or {})

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        """The error as plain data (for ``--json``)."""
        return {"code": self.code, "message": self.message, "hint": self.hint, **self.details}


class CampaignNotFoundError(CchcError):
    """The folder given is not a campaign (no ``cchc.toml``)."""

    code = "campaign-not-found"


class ConfigError(CchcError):
    """``cchc.toml`` cannot be read or holds a wrong value; names the key and the line."""

    code = "config"


class PluginError(CchcError):
    """A plugin failed to load or to run and strict mode is on, or the catalogue is inconsistent."""

    code = "plugin"


class InputFileError(CchcError):
    """A submitted file is refused (not a form, another unit's form, an old catalogue...).

    Raised by collectors; the collector stage turns it into an error finding and goes on.
    """

    code = "input-file"

    def __init__(
        self,
        message: str,
        *,
        code: str = "input-file",
        hint: str = "",
        sheet: str | None = None,
        cell: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, hint=hint, details=details)
        self.code = code
        self.sheet = sheet
        self.cell = cell


class UnknownIndicatorError(CchcError, KeyError):
    """A script or the command line asked for an indicator code the catalogue does not have."""

    code = "unknown-indicator"


class UnknownUnitError(CchcError, KeyError):
    """A unit id that ``cchc.toml`` does not list."""

    code = "unknown-unit"


class UnknownTaskError(CchcError, KeyError):
    """A task number the plan's table does not have."""

    code = "unknown-task"


class UnknownPeriodError(CchcError, KeyError):
    """A period (year) the campaign does not collect."""

    code = "unknown-period"


class BuildError(CchcError):
    """Outputs could not be written; the previous outputs are left as they were."""

    code = "build"


class BusyError(CchcError):
    """Another cchc command is writing into the same campaign folder; nothing was written."""

    code = "busy"


class WorkerLostError(CchcError):
    """A process working for cchc (reading the inbox, writing forms or documents on another core)
    ended without finishing; nothing it was doing was kept."""

    code = "worker-lost"


def stands_for_ctrl_c(error: BaseException) -> bool:
    """Whether ``error`` is a Ctrl-C or stands for one: a library that was loading when it came
    reports it as its own error ("ImportError: initialization failed"), and click turns it into
    ``Abort`` at a question, each with the KeyboardInterrupt behind it."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False
