"""Paths in the commands cchc suggests ("Xem chi tiết: cchc check …"), written so that pasting
the line into the user's shell gives the command back."""

from __future__ import annotations

import shlex
import sys

#: what a Windows command line splits or reads otherwise in an unquoted argument
_WINDOWS_SPECIAL = set(" \t&()[]{}^=;!'+,`~%\"")
#: characters a POSIX shell takes literally (shlex quotes anything else, letters with marks too)
_POSIX_PLAIN = set("@%+=:,./-_")


def for_shell(argument: object, platform: str = sys.platform) -> str:
    """``argument`` (a path) as it is typed after a command, quoted when the shell would
    otherwise split or change it ("Tổng kết CCHC 2020" has spaces): in double quotes on Windows
    (cmd and PowerShell), in single quotes elsewhere. A plain path is left as it is."""
    text = str(argument)
    if platform == "win32":
        if text and not _WINDOWS_SPECIAL & set(text):
            return text
        # a backslash before the closing quote would escape it (a share's root, "\\pc\\a b\\")
        trailing = len(text) - len(text.rstrip("\\"))
        return '"' + text + "\\" * trailing + '"'
    plain = bool(text) and all(c.isalnum() or c in _POSIX_PLAIN for c in text)
    return text if plain else shlex.quote(text)
