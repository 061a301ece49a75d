"""Spreadsheet column letters, for readers that must not load openpyxl (a check does not)."""

from __future__ import annotations


def column_letters(number: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA``: a cell's column as spreadsheets name it."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
