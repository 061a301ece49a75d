"""Vietnamese text hygiene: everything stored NFC, compared after NFC and whitespace folding.

Files from different tools mix NFC and NFD (macOS, some Word versions), and labels typed by hand carry
double spaces and non-breaking spaces. Every comparison of labels, headings or names goes through here.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from cchc_core.util.untrusted import for_xml

_SPACE = re.compile(r"\s+")
_NUMBERING = re.compile(
    r"^\s*(?:(?:phần\s+thứ\s+\w+)|(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:]|[-–•+*])\s*",
    re.IGNORECASE,
)


def nfc(value: str) -> str:
    """The NFC form of ``value``: the one cchc stores."""
    return unicodedata.normalize("NFC", value)


#: texts shorter than this are folded once and remembered: labels, headings and guidance lines
#: recur in every form and outline, and reading one paragraph asks for its folded text several
#: times (a third of reading an outline). Longer texts are rare and folded each time, so a
#: hostile file cannot fill the memory with them (at most 4,096 × 2 short texts are kept).
_REMEMBERED_LENGTH = 512


def fold(value: str) -> str:
    """NFC, whitespace folded to single spaces, trimmed, and without the characters a .docx or
    .xlsx cannot hold or that reorder a line (controls, non-characters, bidi controls; see
    :func:`~cchc_core.util.untrusted.for_xml`): the form to store any text in."""
    if len(value) < _REMEMBERED_LENGTH:
        return _fold_short(value)
    return _fold(value)


def _fold(value: str) -> str:
    return _SPACE.sub(" ", for_xml(value)).strip()


_fold_short = functools.lru_cache(maxsize=4096)(_fold)


def match_key(value: str) -> str:
    """A key for matching two texts that may differ in case, spacing or normalisation."""
    return fold(value).casefold()


def strip_numbering(value: str) -> str:
    """A heading without its leading number or bullet: ``"2.1. Kết quả"`` → ``"Kết quả"``.

    Lets an outline heading be recognised after a unit renumbers it.
    """
    text = fold(value)
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text, count=1)
    return text


#: the marks of the Combining Diacritical Marks block (U+0300–U+036F), every one Vietnamese uses
#: among them; not its one character that combines with nothing (U+034F), which
#: :func:`unicodedata.combining` keeps
_COMBINING_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def without_marks(value: str) -> str:
    """Vietnamese as typed without diacritics: ``"Hồ sơ cấp xã"`` → ``"Ho so cap xa"``."""
    text = nfc(value).replace("đ", "d").replace("Đ", "D")
    text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    if text.isascii():
        return text  # all that is left of Vietnamese, in a third of the time of the test below
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def plain_key(value: str) -> str:
    """A key for matching texts typed with or without diacritics (``"ho so cap xa"`` finds
    ``"Hồ sơ cấp xã"``), in any case, spacing or normalisation."""
    return match_key(without_marks(value))


def ascii_slug(value: str) -> str:
    """A lowercase ASCII slug of a Vietnamese name: ``"Hướng Lập"`` → ``"huong-lap"``."""
    return re.sub(r"[^a-z0-9]+", "-", without_marks(value).lower()).strip("-")


#: the words a local government's name starts with (``Xã Lìa``, ``Thành phố Đông Hà``)
LOCAL_GOVERNMENT_KINDS = (
    "xã ",
    "thị trấn ",
    "phường ",
    "huyện ",
    "thị xã ",
    "thành phố ",
    "quận ",
    "tỉnh ",
)


def name_in_text(name: str) -> str:
    """A unit's name as written inside a sentence: a local government's kind in lower case before
    its proper name (``Xã Lìa`` → ``xã Lìa``, ``Thị Trấn Lao Bảo`` → ``thị trấn Lao Bảo``,
    ``Phường 1`` → ``phường 1``, ``Tỉnh Quảng Trị`` → ``tỉnh Quảng Trị``), as Decree 30/2020
    writes ``huyện Gia Lâm``; any other name as it is (``Phòng Tư pháp``, ``Thanh tra huyện``).
    A name alone cannot tell an office named like a place (``Huyện Đoàn``) from one: where the
    unit is known, :attr:`~cchc_core.model.units.Unit.in_text` leaves offices alone."""
    kind, proper = kind_and_name(name)
    return f"{kind} {proper}" if kind else name


def kind_and_name(name: str) -> tuple[str, str]:
    """A local government's kind in lower case and its proper name (``Thị Trấn Lao Bảo`` →
    ``thị trấn``, ``Lao Bảo``), whatever the kind's case; ``("", name)`` when no kind of
    :data:`LOCAL_GOVERNMENT_KINDS` starts it before a proper name."""
    for kind in LOCAL_GOVERNMENT_KINDS:
        rest = name[len(kind) :]
        if name[: len(kind)].lower() == kind and (rest[:1].isupper() or rest[:1].isdigit()):
            return kind.strip(), rest
    return "", name
