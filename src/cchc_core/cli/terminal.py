"""The streams a command writes to: Vietnamese that never crashes an encoding, on any console.

A Windows office PC writes redirected output (``cchc check … > ketqua.txt``) in its ANSI code page:
cp1258 on a Vietnamese Windows, cp1252 on an English one. Neither holds every precomposed Vietnamese
letter, and Python's default is to stop with ``UnicodeEncodeError``. So:

- on Windows, output that goes to a file or a pipe is written as UTF-8 (what Notepad and every
  current editor read), unless the user chose an encoding with ``PYTHONIOENCODING``;
- wherever the chosen encoding still cannot hold a letter, the ``cchc-vietnamese`` error handler
  (``util/code_pages.py``) writes the closest thing it can hold.

Consoles themselves are fine: Python writes to a Windows console in UTF-16, whatever the code page.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from cchc_core.util.code_pages import error_handler, is_unicode


def chosen_encoding(platform: str, is_console: bool, user_chose: bool, encoding: str) -> str:
    """The encoding a stream should use: UTF-8 for a Windows redirection the user did not set,
    otherwise the one Python chose."""
    if platform == "win32" and not is_console and not user_chose and not is_unicode(encoding):
        return "utf-8"
    return encoding


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal (False for a file, a pipe, or a stream already closed)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def prepare_streams() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` safe for Vietnamese (see the module's docstring)."""
    user_chose = bool(os.environ.get("PYTHONIOENCODING")) or sys.flags.utf8_mode
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or is_unicode(getattr(stream, "encoding", None)):
            continue
        encoding = chosen_encoding(sys.platform, is_terminal(stream), user_chose, stream.encoding)
        reconfigure(encoding=encoding, errors=error_handler(encoding))
