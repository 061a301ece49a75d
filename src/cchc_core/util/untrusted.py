"""Text that came from a unit's file (or a file name) made safe for the place it is shown.

Three places, three functions, used by every output path:

- :func:`for_terminal`: control, bidirectional and other invisible characters are shown escaped
  (``\\x1b``, ``\\u202e``), so no text can clear the clerk's screen, move the cursor, recolour a
  line or reorder it; rich's markup brackets are left to the caller (present.py prints ``Text``).
- :func:`for_xml`: characters an XML part cannot hold (controls, U+FFFE, U+FFFF, surrogates, other
  non-characters) and the bidirectional controls that would reorder a line of a signed report are
  removed. :func:`hidden_characters` names them, so the check can warn about the cell they were in.
- :func:`for_cell`: :func:`for_xml`, then cut to :data:`CELL_LIMIT` characters with a note saying
  so (a workbook cell holds at most 32,767 characters; a row that tall cannot be printed).
"""

from __future__ import annotations

import re
import unicodedata

#: characters that reorder text (Unicode bidirectional formatting controls)
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
)
# not allowed in XML 1.0, or meaningless in text (C1 controls, non-characters), or reordering
_NOT_FOR_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS + BIDI_CONTROLS + "]"
)
# what a terminal would act on or hide: every control (tabs and line breaks too: a file name
# with a line break could print a line of its own), separators, bidi controls, non-characters
_NOT_FOR_TERMINAL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff" + _NONCHARACTERS + BIDI_CONTROLS + "]"
)

#: longest text written into one workbook cell (Excel's own limit is 32,767)
CELL_LIMIT = 2000
_NOTE_ROOM = 60  # the note that says a text was cut


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def for_terminal(text: str) -> str:
    """``text`` with every character a terminal would act on, or that would reorder or hide
    what follows, shown escaped: ``"a\\x1b[2Jb"`` prints as ``a\\x1b[2Jb``."""
    return _NOT_FOR_TERMINAL.sub(_escape, text)


def for_terminal_lines(text: str) -> str:
    """:func:`for_terminal` line by line: the line breaks of a message cchc composed stay."""
    return "\n".join(for_terminal(line) for line in text.split("\n"))


def hidden_characters(text: str) -> tuple[str, ...]:
    """The characters :func:`for_xml` removes from ``text``, as ``U+202E`` codes, each once."""
    found = dict.fromkeys(f"U+{ord(c):04X}" for c in _NOT_FOR_XML.findall(text))
    return tuple(found)


def for_xml(text: str) -> str:
    """``text`` without the characters an Office document cannot hold or that would reorder it.

    Tabs and line breaks stay (the caller decides what they mean); the text is NFC.
    """
    return unicodedata.normalize("NFC", _NOT_FOR_XML.sub("", text))


def for_cell(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` fit for one workbook cell: :func:`for_xml`, at most ``limit`` characters, and when
    cut, a note at its start saying how much was left out and where to find it."""
    clean = for_xml(text)
    if len(clean) <= limit:
        return clean
    kept = clean[: max(limit - _NOTE_ROOM, 0)].rstrip()
    left_out = f"{len(clean) - len(kept):,}".replace(",", ".")  # 1.234: no Babel on this path
    # the note first: a printed row of 409 pt shows the start of a cell, never its end
    return f"[Đã cắt bớt {left_out} ký tự; xem tệp gốc] {kept} …"
