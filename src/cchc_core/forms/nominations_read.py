"""Reading the nominations sheet ("Khen thưởng") of a unit's workbook back, row by row, and what
its writer (``nominations_write``) and this reader agree on. Columns are found by the keys of a hidden
marker row, never by position. No openpyxl here: a check reads with python-calamine.
"""

from __future__ import annotations

from typing import Any

from cchc_core.forms import layout
from cchc_core.model.nominations import COLUMNS, NominationRow, NomineeKind
from cchc_core.model.submissions import Cell

SHEET = "Khen thưởng"
HEADER_ROW = 6
FIRST_ROW = 7
FIRST_COLUMN = layout.STT_COLUMN + 1  # C: the first input column, after STT in B
LIST_COLUMN = FIRST_COLUMN + len(COLUMNS) + 1  # hidden: the forms of commendation
KIND_LIST = ",".join(kind.value for kind in NomineeKind)


def _columns(rows: list[list[Any]]) -> dict[str, int] | None:
    """Column index (0-based) of each field, from the hidden marker row."""
    marker = layout.marker_row(rows)
    if marker is None:
        return None
    keys = {key for key, _, _ in COLUMNS}
    return {value: index for index, value in enumerate(marker) if value in keys}


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_rows(rows: list[list[Any]] | None) -> tuple[NominationRow, ...] | None:
    """The filled rows of a nominations sheet given as a grid of values (calamine's
    ``to_python``); None when the sheet lost its marker row (its structure was changed)."""
    if rows is None:
        return ()
    columns = _columns(rows)
    if columns is None:
        return None
    found = []
    keys, indexes = tuple(columns), tuple(columns.values())
    for index, row in enumerate(rows[FIRST_ROW - 1 :], start=FIRST_ROW):
        picked = [row[column] if column < len(row) else "" for column in indexes]
        # most rows of the sheet are left for nominations nobody made: calamine gives "" for them
        if picked.count("") == len(picked) or all(_is_blank(value) for value in picked):
            continue
        values = dict(zip(keys, picked, strict=True))
        cells = {
            key: Cell(value, SHEET, f"{layout.column_letter(columns[key] + 1)}{index}")
            for key, value in values.items()
        }
        found.append(NominationRow(index, cells))
    return tuple(found)
