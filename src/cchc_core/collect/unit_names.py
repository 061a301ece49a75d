"""Recognising a unit from a file name a person chose ("Báo cáo xã Hướng Lập 2020.xlsx")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_core.errors import InputFileError
from cchc_core.model.units import Unit
from cchc_core.util.text import ascii_slug

if TYPE_CHECKING:
    from cchc_core.config import CampaignConfig

_PREFIXES = ("xa-", "thi-tran-", "tt-", "phong-", "van-phong-")


def _core(unit: Unit) -> str:
    slug = ascii_slug(unit.name)
    for prefix in _PREFIXES:
        if slug.startswith(prefix):
            return slug[len(prefix) :]
    return slug


def units_named_in(filename: str, units: Iterable[Unit]) -> list[Unit]:
    """Units whose name (or id) appears in ``filename`` as whole words; a name inside a longer one
    that also matches ("Thanh" inside "Tân Thành") is dropped in favour of the longer."""
    slug = "-" + ascii_slug(filename.rsplit(".", 1)[0]) + "-"
    found: list[tuple[int, int, Unit]] = []
    for unit in units:
        for candidate in {_core(unit), ascii_slug(unit.id)}:
            for match in re.finditer(re.escape(f"-{candidate}-"), slug):
                found.append((match.start(), match.end(), unit))
    kept = [
        (start, end, unit)
        for start, end, unit in found
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in found)
    ]
    result: list[Unit] = []
    for _, _, unit in kept:
        if unit not in result:
            result.append(unit)
    return result


def peers(unit: Unit, config: CampaignConfig) -> tuple[Unit, ...]:
    """The units a file name could confuse ``unit`` with: units of the same level. A commune's
    file often names the office it is sent to ("gửi Phòng Nội vụ"), which is no mistake."""
    return config.communes if unit.is_commune_level else config.offices


def check_file_name(
    file_name: str, unit: Unit, config: CampaignConfig, *, what: str, code: str
) -> None:
    """Refuse a file whose name names another unit of the same level than the one inside it:
    the classic slip of filling in a neighbour's form. Only the file's own name counts."""
    named = units_named_in(Path(file_name).name, peers(unit, config))
    if named and unit not in named:
        raise InputFileError(
            f"Tên tệp ghi {named[0].name} nhưng {what} bên trong là của {unit.name}.",
            code=code,
            hint=f"Có thể đơn vị đã dùng nhầm {what} của đơn vị khác; kiểm tra và đề nghị gửi lại "
            f"đúng {what}.",
            details={"unit": unit.id, "named_units": [u.id for u in named]},
        )
