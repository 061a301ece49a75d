"""The letterhead and closing of a unit's own documents, from ``cchc.toml``: a commune's report comes
from its UBND ("ỦY BAN NHÂN DÂN / XÃ LÌA", "Số: …/BC-UBND", "Lìa, ngày …", "TM. ỦY BAN NHÂN DÂN /
CHỦ TỊCH"), an office's from the office under the district's UBND ("UBND HUYỆN HƯỚNG HÓA / PHÒNG TƯ
PHÁP", "Số: …/BC-TP", "TRƯỞNG PHÒNG"), a district answering the province from its UBND."""

from __future__ import annotations

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.model.units import PLACE_KINDS, Unit, UnitKind
from cchc_core.util import vnformat
from cchc_core.util.text import ascii_slug


@frozen
class UnitLetterhead:
    """What a unit's document shows above and below its text."""

    parent: str
    issuing: str
    symbol: str
    place: str
    authority: str
    title: str
    name: str
    speaker: str  # who the document speaks for: "UBND xã Lìa", "Phòng Tư pháp"


def symbol(unit: Unit) -> str:
    """The letters after "BC-" in an office's document numbers: ``Phòng Tư pháp`` → ``TP``,
    ``Văn phòng HĐND và UBND huyện`` → ``VP``; a local government's UBND signs ``UBND``."""
    if unit.kind is not UnitKind.OFFICE:
        return "UBND"
    if unit.name.lower().startswith("văn phòng"):
        return "VP"
    words = [
        w for w in unit.name.replace("-", " ").split() if w.lower() not in ("phòng", "và", "huyện")
    ]
    return "".join(ascii_slug(w)[:1].upper() for w in words)


def place(unit: Unit, config: CampaignConfig) -> str:
    """The place on a unit's date line: a local government's own name without its kind
    ("Lìa", "Khe Sanh"), the district's place for an office."""
    if unit.kind is UnitKind.OFFICE:
        return config.district.place
    for prefix in PLACE_KINDS:
        if unit.name.startswith(prefix):
            return unit.name[len(prefix) :]
    return unit.name


def unit_letterhead(unit: Unit, config: CampaignConfig) -> UnitLetterhead:
    """The letterhead and signature block of ``unit``'s documents."""
    if unit.kind is UnitKind.OFFICE:
        return UnitLetterhead(
            parent=config.district.short_name.upper(),
            issuing=unit.issuing_name,
            symbol=symbol(unit),
            place=place(unit, config),
            authority="",
            title=unit.head_title or "THỦ TRƯỞNG ĐƠN VỊ",
            name=unit.head_name,
            speaker=unit.name,
        )
    return UnitLetterhead(
        parent="",
        issuing=f"ỦY BAN NHÂN DÂN\n{unit.issuing_name}",
        symbol="UBND",
        place=place(unit, config),
        authority="TM. ỦY BAN NHÂN DÂN",
        title=unit.head_title or "CHỦ TỊCH",
        name=unit.head_name,
        speaker=unit.addressed_as,
    )


def blank_number(letterhead: UnitLetterhead) -> str:
    """``Số:        /BC-TP``: left for the unit's clerk to fill at signing."""
    return f"Số:        /BC-{letterhead.symbol}"


def blank_place_date(letterhead: UnitLetterhead, month: int | None, year: int) -> str:
    """``Lìa, ngày      tháng 5 năm 2020``."""
    return f"{letterhead.place}, {vnformat.blank_date(month, year)}"
