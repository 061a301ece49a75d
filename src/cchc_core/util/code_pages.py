"""Writing Vietnamese into a code page that lacks some of its letters, without losing it.

Windows' code pages (cp1258 on a Vietnamese Windows, cp1252 on an English one) hold no precomposed
letter such as ``ờ``; Python's default is to stop with ``UnicodeEncodeError``. The
``cchc-vietnamese`` error handler writes the closest thing the code page holds: in cp1258 the base
letter and its tone mark as a combining character (lossless: ``ờ`` becomes ``ơ`` + U+0300),
elsewhere the bare letter (``ộ`` → ``o``, ``đ`` → ``d``) and plain punctuation. Used for the
terminal and for files the clerk keeps in their own encoding (the receipt register).
"""

from __future__ import annotations

import codecs
import itertools
import unicodedata

ERROR_HANDLER = "cchc-vietnamese"

#: letters and marks with no decomposition, and what to write when the code page lacks them
_PLAIN = {
    "đ": "d",
    "Đ": "D",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "–": "-",
    "—": "-",
    "…": "...",
    "→": "->",
    "›": ">",
    "•": "*",
    "✓": "v",
    "━": "-",
    "─": "-",
    "│": "|",
    "×": "x",
    "↳": "-",
    "≤": "<=",
    "≥": ">=",
    "╸": "-",
    "╺": "-",
    # the frames of the progress spinner
    **dict.fromkeys("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏", "*"),
}


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def closest(char: str, encoding: str) -> str:
    """What to write for ``char`` in ``encoding``: the letter itself, or it split into a letter and
    combining marks the encoding holds, or the bare letter, or a plain stand-in, or ``?``."""
    if _encodable(char, encoding):
        return char
    if unicodedata.combining(char):
        return ""  # a lone combining mark the code page lacks: the base letter already stands
    base, *marks = unicodedata.normalize("NFD", char)
    # most marks composed into the letter first; marks left over follow as combining characters
    splits = [
        (combined, [m for m in marks if m not in combined])
        for size in range(len(marks), -1, -1)
        for combined in itertools.combinations(marks, size)
    ]
    for combined, rest in splits:
        candidate = unicodedata.normalize("NFC", base + "".join(combined)) + "".join(rest)
        if _encodable(candidate, encoding):
            return candidate
    # lossy: the bare letter, as Vietnamese is written without marks ("khong dau"), rather than a
    # letter with some of its marks, which reads as another word
    for plain in (base if marks else "", _PLAIN.get(char, ""), _PLAIN.get(base, "")):
        if plain and _encodable(plain, encoding):
            return plain
    return "?"


def error_handler(encoding: str) -> str:
    """The name of the ``cchc-vietnamese`` error handler for ``encoding``, registered on first use.

    One per encoding, because a code-page codec reports itself as "charmap" to an error handler,
    which could not tell which characters the replacement may use.
    """
    name = f"{ERROR_HANDLER}-{codecs.lookup(encoding).name}"
    try:
        codecs.lookup_error(name)
    except LookupError:

        def fallback(error: UnicodeError) -> tuple[str, int]:
            if not isinstance(error, UnicodeEncodeError):
                raise error
            text = error.object[error.start : error.end]
            return "".join(closest(char, encoding) for char in text), error.end

        codecs.register_error(name, fallback)
    return name


def is_unicode(encoding: str | None) -> bool:
    """Whether ``encoding`` holds every character (UTF-8, UTF-16, UTF-32)."""
    if not encoding:
        return False
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False
