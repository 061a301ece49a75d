"""How wide a line of Times New Roman is on paper, to lay out letterheads and titles before Word or
LibreOffice does.

The advance widths are Times' (Adobe's Times-Roman and Times-Bold metrics, in thousandths of an em;
Liberation Serif, which LibreOffice uses where Times New Roman is missing, has the same metrics). A
Vietnamese letter is as wide as its base letter: the tone and vowel marks sit above or below it.
"""

from __future__ import annotations

import unicodedata

_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -,.:/()Đđ"
_REGULAR = (
    (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889)
    + (722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611)
    + (444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778)
    + (500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444)
    + (500,) * 10
    + (250, 333, 250, 250, 278, 278, 333, 333, 722, 500)
)
_BOLD = (
    (722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944)
    + (722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667)
    + (500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833)
    + (556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444)
    + (500,) * 10
    + (250, 333, 250, 250, 333, 278, 333, 333, 722, 556)
)
#: (regular, bold) advance widths of the letters, digits and common punctuation
_WIDTHS = dict(zip(_CHARS, zip(_REGULAR, _BOLD, strict=True), strict=True))
_DEFAULT = (500, 556)
POINT_CM = 2.54 / 72


def _base(char: str) -> str:
    """The letter a Vietnamese letter is built on: ``Ố`` → ``O``."""
    if char in _WIDTHS:
        return char
    return unicodedata.normalize("NFD", char)[0]


def width_cm(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set in Times New Roman at ``size`` points, in centimetres."""
    column = 1 if bold else 0
    units = sum(_WIDTHS.get(_base(c), _DEFAULT)[column] for c in text)
    return units / 1000 * size * POINT_CM
