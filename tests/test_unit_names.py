"""Recognising units in the names people give files, and Vietnamese without its marks."""

from __future__ import annotations

import unicodedata

import pytest

from cchc_core.model.units import NameIndex, Unit, UnitKind
from cchc_core.util.text import ascii_slug, without_marks

UNITS = [
    Unit("xa_tan_thanh", "Xã Tân Thành", UnitKind.COMMUNE),
    Unit("xa_thanh", "Xã Thanh", UnitKind.COMMUNE),
    Unit("xa_huong_lap", "Xã Hướng Lập", UnitKind.COMMUNE),
    Unit("xa_huong_linh", "Xã Hướng Linh", UnitKind.COMMUNE),
    Unit("lao_dong_tbxh", "Phòng Lao động - Thương binh và Xã hội", UnitKind.OFFICE),
    Unit("noi_vu", "Phòng Nội vụ", UnitKind.OFFICE),
]


@pytest.mark.parametrize(
    ("file_name", "named"),
    [
        ("Báo cáo xã Hướng Lập 2020.xlsx", ["xa_huong_lap"]),
        ("Báo cáo CCHC xã Tân Thành.xlsx", ["xa_tan_thanh"]),  # not Thanh inside it
        ("Thanh - Phụ lục 1.xlsx", ["xa_thanh"]),
        ("Huong Linh gui Phong Noi vu.xlsx", ["xa_huong_linh", "noi_vu"]),
        ("Phòng Lao động - Thương binh và Xã hội - Phụ lục 1 thống kê.xlsx", ["lao_dong_tbxh"]),
        ("Lao động Thương binh.xlsx", []),  # the start of a name is not the name
        ("Hướng.xlsx", []),
        ("xa_huong_lap.xlsx", ["xa_huong_lap"]),  # by its id
        ("Bao cao.xlsx", []),
        (".xlsx", []),
    ],
)
def test_a_file_name_names_the_units_written_in_it_whole(file_name, named):
    assert [unit.id for unit in NameIndex(UNITS).named_in(file_name)] == named


def test_units_are_named_in_the_order_of_the_list_whatever_the_order_in_the_name():
    found = NameIndex(UNITS).named_in("Hướng Linh và Hướng Lập.xlsx")
    assert [unit.id for unit in found] == ["xa_huong_lap", "xa_huong_linh"]


def _marks_removed_one_by_one(value: str) -> str:
    """The rule itself: every character that combines with the one before it goes."""
    text = unicodedata.normalize("NFKD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@pytest.mark.parametrize(
    "value",
    [
        "Phòng Lao động - Thương binh và Xã hội",
        "HƯỚNG HÓA Đakrông",
        "Hu\u031bo\u031b\u0301ng",  # typed decomposed (macOS)
        "Ce\u0301dric",
        "a\u034fb",  # the grapheme joiner combines with nothing: kept
        "д\u0483а",  # a mark outside the block Vietnamese uses
        "ｆｕｌｌ ｗｉｄｔｈ",
        "",
    ],
)
def test_marks_are_removed_as_the_rule_says_for_any_text(value):
    assert without_marks(value) == _marks_removed_one_by_one(value)


def test_a_name_becomes_its_slug():
    assert ascii_slug("Xã Hướng Lập") == "xa-huong-lap"
    assert (
        ascii_slug("Phòng Lao động - Thương binh và Xã hội")
        == "phong-lao-dong-thuong-binh-va-xa-hoi"
    )
