"""How every table of every report is laid out: column widths from what the columns hold.

A column of row numbers or years needs little room, a column of labels most of it; fixed widths
gave a five-column table of targets a 7 cm "STT" column and 2 cm for everything else.
"""

from __future__ import annotations

from collections.abc import Sequence

from cchc_core.model.blocks import Table

#: about the width of one character of 11-point Times New Roman, and a cell's side padding (cm);
#: headers are bold, a little wider
CHAR_CM = 0.19
BOLD = 1.15
PADDING_CM = 0.4
#: a cell this short (characters) is kept on one line: "văn bản", "98,5%", "Có lỗi"
ONE_LINE = 12
#: a column's wish for room is capped so one long sentence does not starve the others
LONGEST_NEED = 45


def _least(header: str, cells: Sequence[str]) -> float:
    """The narrowest a column may be (cm): its longest word, a short cell on one line."""
    chars = max(
        [len(w) * BOLD for w in header.split()]
        + [len(c) if len(c) <= ONE_LINE else max(len(w) for w in c.split()) for c in cells if c]
        + [1]
    )
    return chars * CHAR_CM + PADDING_CM


def _wish(cells: Sequence[str]) -> float:
    """How much room a column would like: about its upper-quartile cell length."""
    lengths = sorted(len(c) for c in cells) or [1]
    return float(min(lengths[len(lengths) * 3 // 4], LONGEST_NEED))


def column_widths(table: Table, total_cm: float) -> list[float]:
    """Widths (cm) of ``table``'s columns summing to ``total_cm``: each at least its narrowest, the
    rest of the room shared by what the columns would like beyond that."""
    columns = len(table.header)
    cells = [[row[i] if i < len(row) else "" for row in table.rows] for i in range(columns)]
    least = [_least(table.header[i], cells[i]) for i in range(columns)]
    if sum(least) >= total_cm:
        return [total_cm * w / sum(least) for w in least]
    wishes = [max(_wish(cells[i]) * CHAR_CM + PADDING_CM - least[i], 0.0) for i in range(columns)]
    room = total_cm - sum(least)
    if not sum(wishes):
        return [w + room / columns for w in least]
    return [least[i] + room * wishes[i] / sum(wishes) for i in range(columns)]
