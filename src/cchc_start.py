"""Where the ``cchc`` console script starts.

Ctrl-C pressed while Python is still loading cchc and its libraries (the first tenth of a second,
longer on a slow office PC) ends with the same single line as Ctrl-C during a command, and exit
code 130, not a traceback. This module is outside the ``cchc_core`` package, whose own import
loads nothing until it is inside that guard. (``python -m cchc_core``, the fallback where the
script is not on PATH, imports the package before any code of it runs: the package loads only its
errors and version, everything else on first use, so the guard starts about 20 ms after Python.)
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
        newline = "\n" if _stderr_is_terminal() else ""
        _say(f"{newline}{INTERRUPTED}\n")
        sys.exit(EXIT_INTERRUPTED)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _say(text: str) -> None:
    """Write ``text`` on stderr the way the commands write once their streams are prepared
    (``cchc_core.cli.terminal``), with the standard library only (this module loads nothing
    before its guard, not even ``typing``): as UTF-8 to a Windows redirection; elsewhere, where
    the stream's code page cannot hold a letter, the letter without its marks ("Da dung"), never
    an escape sequence."""
    stream = sys.stderr
    try:
        text.encode(stream.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        buffer = getattr(stream, "buffer", None)
        if sys.platform == "win32" and not _stderr_is_terminal() and buffer is not None:
            stream.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
            return
        import unicodedata  # only here: a C module, loaded in a moment

        decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    stream.write(text)
    stream.flush()
