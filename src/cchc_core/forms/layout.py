"""The layout both the form writer and the form reader rely on: property names, marker cells,
columns. Reading a form never depends on row positions: rows are found by the hidden code in column A,
periods by the hidden keys in the marker row."""

from __future__ import annotations

import functools
from typing import Any

from cchc_core.util.columns import column_letters

FORM_KIND = "cchc-phu-luc-1"
OUTLINE_KIND = "cchc-de-cuong"

# custom document properties of a form workbook (the fingerprint)
PROP_KIND = "cchc_bieu_mau"
PROP_UNIT = "cchc_don_vi"
PROP_CATALOGUE = "cchc_danh_muc"
PROP_CAMPAIGN = "cchc_dot"
PROP_PERIODS = "cchc_ky_bao_cao"
PROP_SECTIONS = "cchc_cac_muc"  # "II=3f2a…,III=9c01…": each sheet's own fingerprint
#: of a roll-up file only: the place of the level above it answers ("Quảng Trị")
PROP_ADDRESSEE = "cchc_gui_cap_tren"

INSTRUCTIONS_SHEET = "Hướng dẫn"
MARKER = "cchc:ma"  # column A of the hidden marker row; the cells to its right hold period keys
NOTE_KEY = "ghi_chu"

# a roll-up file's hidden sheet: for each value, the values of the level below it came from
SOURCES_SHEET = "cchc_nguon"
SOURCES_HEADER = (
    "cchc:nguon",
    "kỳ",
    "vai trò",
    "mã đơn vị",
    "đơn vị",
    "giá trị",
    "tệp",
    "trang",
    "ô",
)

CODE_COLUMN = 1  # A, hidden
STT_COLUMN = 2  # B
LABEL_COLUMN = 3  # C
UNIT_COLUMN = 4  # D
FIRST_PERIOD_COLUMN = 5  # E
REPORTER_ROW = 4  # "Đơn vị báo cáo: …", under the sheet's title
HEADER_ROW = 6
FIRST_ROW = 7

# outline documents: the fingerprint lives in the core properties (python-docx has no custom ones)
OUTLINE_CATEGORY = OUTLINE_KIND
BOOKMARK_PREFIX = "cchc_"
END_BOOKMARK = BOOKMARK_PREFIX + "het"  # the closing sentence: reading stops there
GUIDANCE_STYLE = "CCHC Hướng dẫn"


def form_filename(unit_id: str) -> str:
    """``xa_huong_lap.xlsx``."""
    return f"{unit_id}.xlsx"


def outline_filename(unit_id: str) -> str:
    """``xa_huong_lap-de-cuong.docx``."""
    return f"{unit_id}-de-cuong.docx"


@functools.lru_cache(maxsize=1024)
def column_letter(number: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA``: a cell's column as spreadsheets name it (the readers need it
    for addresses and must not import openpyxl, which a check does not otherwise load). Kept for
    the next call: a check asks for the same few columns of every form."""
    return column_letters(number)


def marker_row(rows: list[list[Any]]) -> list[Any] | None:
    """The hidden row of column keys (``MARKER`` in column A) among a sheet's first rows, as
    python-calamine gives them; None when the sheet lost it (its structure was changed)."""
    return next((row for row in rows[:10] if row and row[0] == MARKER), None)


def marker_columns(rows: list[list[Any]]) -> tuple[dict[int, str], int | None] | None:
    """From the marker row: the column (0-based) of each key (a period on a form, a unit on the
    earlier-review workbook), and the notes column."""
    marker = marker_row(rows)
    if marker is None:
        return None
    periods, note = {}, None
    for column, value in enumerate(marker[1:], start=1):
        if value == NOTE_KEY:
            note = column
        elif isinstance(value, str) and value:
            periods[column] = value
    return periods, note


def bookmark_name(heading_key: str) -> str:
    """The bookmark an outline puts on a heading: ``P1.II.1.1`` → ``cchc_P1_II_1_1`` (Word
    bookmark names allow letters, digits and _)."""
    return BOOKMARK_PREFIX + heading_key.replace(".", "_")
