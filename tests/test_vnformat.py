"""Vietnamese numbers, Decree 30 dates and names in sentences."""

from __future__ import annotations

from datetime import date

import pytest

from cchc_core.util import vnformat


@pytest.mark.parametrize(
    ("value", "digits", "text"),
    [
        (1234.5, 1, "1.234,5"),
        (1234567, 0, "1.234.567"),
        (0.05, 1, "0,1"),
        (2.25, 1, "2,3"),
        (98.45, 1, "98,5"),
        (-3.25, 1, "-3,3"),
    ],
)
def test_numbers_round_half_up_with_vietnamese_separators(value, digits, text):
    assert vnformat.number(value, digits) == text


def test_percent_and_points():
    assert vnformat.percent(12.5) == "12,5%"
    assert vnformat.percent(98.45) == "98,5%"
    assert vnformat.points(-3.14) == "3,1 điểm phần trăm"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2020, 2, 5), "ngày 05 tháng 02 năm 2020"),
        (date(2020, 4, 22), "ngày 22 tháng 4 năm 2020"),
        (date(2020, 12, 9), "ngày 09 tháng 12 năm 2020"),
        (date(2020, 1, 31), "ngày 31 tháng 01 năm 2020"),
    ],
)
def test_decree_30_dates(day, text):
    assert vnformat.long_date(day) == text


def test_a_draft_date_leaves_the_day_blank():
    assert vnformat.blank_date(5, 2020) == "ngày      tháng 5 năm 2020"
    assert vnformat.blank_date(None, 2020).startswith("ngày      tháng      năm 2020")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Xã Lìa", "xã Lìa"),
        ("Thị trấn Lao Bảo", "thị trấn Lao Bảo"),
        ("Thị Trấn Lao Bảo", "thị trấn Lao Bảo"),  # capitalised as typed in cchc.toml
        ("Tỉnh Quảng Trị", "tỉnh Quảng Trị"),
        ("Huyện Gio Linh", "huyện Gio Linh"),
        ("Thị xã Quảng Trị", "thị xã Quảng Trị"),
        ("Thành phố Đông Hà", "thành phố Đông Hà"),
        ("Phường 1", "phường 1"),
        ("Phòng Tư pháp", "Phòng Tư pháp"),  # an office's name is its own
        ("Thanh tra huyện", "Thanh tra huyện"),
        ("Huyện đoàn", "Huyện đoàn"),  # no proper name after the kind: not a place
        ("Lìa", "Lìa"),  # a name written without its kind stays as written
        ("Xã", "Xã"),
    ],
)
def test_a_name_inside_a_sentence_writes_the_kind_of_place_in_lower_case(name, text):
    assert vnformat.name_in_text(name) == text


@pytest.mark.parametrize(
    ("name", "kind", "in_text", "addressed_as"),
    [
        ("Xã Lìa", "commune", "xã Lìa", "UBND xã Lìa"),
        ("Lìa", "commune", "xã Lìa", "UBND xã Lìa"),  # configured without its kind
        ("Khe Sanh", "town", "thị trấn Khe Sanh", "UBND thị trấn Khe Sanh"),
        ("Tỉnh Quảng Trị", "district", "tỉnh Quảng Trị", "UBND tỉnh Quảng Trị"),  # a roll-up
        ("Huyện Đoàn", "office", "Huyện Đoàn", "Huyện Đoàn"),  # an office named like a place
        ("Phòng Tư pháp", "office", "Phòng Tư pháp", "Phòng Tư pháp"),
    ],
)
def test_a_unit_is_named_in_a_sentence_and_addressed_by_its_kind(name, kind, in_text, addressed_as):
    from cchc_core.model.units import Unit, UnitKind

    unit = Unit(id="x", name=name, kind=UnitKind(kind))
    assert (unit.in_text, unit.addressed_as) == (in_text, addressed_as)


@pytest.mark.parametrize(
    ("province", "body"),
    [
        ("Quảng Trị", "UBND tỉnh Quảng Trị"),
        ("tỉnh Quảng Trị", "UBND tỉnh Quảng Trị"),  # written with its kind in cchc.toml
        ("Đà Nẵng", "UBND thành phố Đà Nẵng"),  # a centrally governed city
        ("Thành phố Cần Thơ", "UBND thành phố Cần Thơ"),
    ],
)
def test_the_province_is_named_as_a_province_or_a_central_city(province, body):
    from cchc_core.config.records import District

    assert District(name="Hướng Hóa", province=province, place="Khe Sanh").province_body == body
