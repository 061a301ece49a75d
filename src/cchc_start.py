"""Where the ``cchc`` console script starts.

Ctrl-C pressed while Python is still loading cchc and its libraries (the first tenth of a second,
longer on a slow office PC) ends with the same single line as Ctrl-C during a command, and exit
code 130, not a traceback. This module is outside the ``cchc_core`` package, whose own import
loads the model, and imports nothing until it is inside that guard. (``python -m cchc_core``, the
fallback where the script is not on PATH, loads the package before any code of it runs: there
the guard starts once the package is loaded.)
"""

from __future__ import annotations

import sys

#: what a command stopped by Ctrl-C says, and the code a shell gives a process stopped by SIGINT
INTERRUPTED = "Đã dừng theo yêu cầu (Ctrl-C)."
EXIT_INTERRUPTED = 130


def run() -> None:
    """Run the ``cchc`` command line."""
    try:
        from cchc_core.cli import main

        main(prog_name="cchc")
    except KeyboardInterrupt:
        # the terminal has echoed ^C without a newline
        newline = "\n" if sys.stderr.isatty() else ""
        sys.stderr.write(f"{newline}{INTERRUPTED}\n")
        sys.exit(EXIT_INTERRUPTED)
