"""Recognising a unit from a file name a person chose ("Báo cáo xã Hướng Lập 2020.xlsx").

The names are looked up in an index the campaign builds once (:class:`~cchc_core.model.units.NameIndex`),
never by scanning the unit list for each file: that scan made checking 3,000 units quadratic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cchc_core.errors import InputFileError
from cchc_core.model.units import Unit

if TYPE_CHECKING:
    from cchc_core.config import CampaignConfig


def own_name(file_name: str) -> str:
    """The name a file was given by its sender: an e-mail's attachment (``thư.eml › Báo cáo
    xã Húc.xlsx``) by its own name, any other file without its folders."""
    return Path(file_name.rsplit(" › ", 1)[-1]).name


def units_named_in(filename: str, config: CampaignConfig, group: str = "units") -> list[Unit]:
    """Units of ``group`` (``offices``, ``communes`` or ``units``) whose name or id appears in
    ``filename`` as whole words, the longer name winning where one contains another."""
    return config.name_index(group).named_in(filename)


def peers(unit: Unit) -> str:
    """The group a file name could confuse ``unit`` with: units of the same level. A commune's
    file often names the office it is sent to ("gửi Phòng Nội vụ"), which is no mistake."""
    return "communes" if unit.is_commune_level else "offices"


def check_file_name(
    file_name: str, unit: Unit, config: CampaignConfig, *, what: str, code: str
) -> None:
    """Refuse a file whose name names another unit of the same level than the one inside it:
    the classic slip of filling in a neighbour's form. Only the file's own name counts."""
    named = units_named_in(own_name(file_name), config, peers(unit))
    if named and unit not in named:
        raise InputFileError(
            f"Tên tệp ghi {named[0].in_text} nhưng {what} bên trong là của {unit.in_text}.",
            code=code,
            hint=f"Có thể đơn vị đã dùng nhầm {what} của đơn vị khác; kiểm tra và đề nghị gửi lại "
            f"đúng {what}.",
            details={"unit": unit.id, "named_units": [u.id for u in named]},
        )
