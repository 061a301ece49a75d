"""Any value a workbook can hold is a value or a finding on its cell, never an exception; numbers
are read the way Vietnamese people type them; text from a unit is data on every screen and page."""

from __future__ import annotations

import math
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from click.testing import CliRunner
from docx import Document
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from openpyxl import load_workbook

from cchc_core import Indicator, Limits, Measure, Reporters
from cchc_core.check.cells import parse_cell
from cchc_core.cli import main
from cchc_core.testing import docx_text, sample_campaign
from cchc_core.util import vnformat
from cchc_core.util.untrusted import CELL_LIMIT, for_cell, for_terminal, for_xml

COUNT = Indicator("so_luong", "Số lượng", "I", "d", Reporters(communes=True))
PERCENT = Indicator("ty_le", "Tỷ lệ", "I", "d", Reporters(communes=True), measure=Measure.PERCENT)
FLAG = Indicator("co_khong", "Có/không", "I", "d", Reporters(communes=True), measure=Measure.FLAG)
MONEY = Indicator(
    "kinh_phi", "Kinh phí", "I", "d", Reporters(communes=True), limits=Limits(0, 1e9, "triệu đồng")
)

# everything python-calamine (or a plugin's reader) can hand over for one cell
ANY_CELL = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.sampled_from([10**400, -(10**5000), Decimal("sNaN"), Decimal("-Infinity"), 1e308]),
    st.booleans(),
    st.text(max_size=80),
    st.from_regex(r"\s*[+-]?[0-9.,% \u00a0]{1,60}\s*", fullmatch=True),
    st.sampled_from(["9" * 400, "9" * 5000, "NaN", "inf", "1e5", "١٢٣", "1.234,5%", "-0"]),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
)


@given(ANY_CELL, st.sampled_from([COUNT, PERCENT, FLAG, MONEY]))
def test_any_cell_content_is_a_value_within_limits_or_a_problem(raw, indicator):
    value, problem = parse_cell(raw, indicator)
    if value is None:
        assert problem is not None and problem.message
        return
    assert isinstance(value, int if indicator.measure is not Measure.PERCENT else float)
    limits = indicator.value_limits
    assert math.isfinite(value) and limits.minimum <= value <= limits.maximum


@given(ANY_CELL, st.sampled_from([COUNT, PERCENT, MONEY]))
@example(12.0, COUNT)
@example(7, COUNT)
@example(12.5, COUNT)
@example(-1.0, COUNT)
@example(98.5, PERCENT)
@example(0.985, PERCENT)
@example(1e9, MONEY)
def test_a_number_stored_as_a_number_is_read_as_the_exact_reading_reads_it(raw, indicator):
    # most cells skip the exact (Decimal) reading; what they give must be what it gives
    from unittest import mock

    from cchc_core.check import cells

    quick = parse_cell(raw, indicator)
    with mock.patch.object(cells, "_plain_number", return_value=False):
        exact = parse_cell(raw, indicator)
    assert quick == exact
    assert type(quick[0]) is type(exact[0])


@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**600), max_value=10**600),
    ),
    st.integers(min_value=0, max_value=3),
)
def test_formatting_a_number_never_raises(value, digits):
    for text in (vnformat.number(value, digits), vnformat.amount(value), vnformat.percent(value)):
        assert text and "NaN" not in text and "Infinity" not in text


def test_what_was_an_exception_is_now_a_readable_figure():
    assert vnformat.number(1e29) == "100.000.000.000.000.000.000.000.000.000"
    assert vnformat.amount(float("nan")) == vnformat.NOT_A_NUMBER
    assert vnformat.percent(float("inf")) == vnformat.NOT_A_NUMBER


@pytest.mark.parametrize(
    ("raw", "indicator", "expected"),
    [
        ("1.234", COUNT, 1234),
        ("1.000", COUNT, 1000),
        ("12.345.678", COUNT, 12345678),
        ("1 234", COUNT, 1234),
        ("1.234,5", PERCENT, "value.percent-range"),
        ("12,5", PERCENT, 12.5),
        ("98,6%", PERCENT, 98.6),
        ("98.6", PERCENT, 98.6),  # only one reading exists
        ("1.234,5", MONEY, "value.not-whole"),
        ("2,000", COUNT, "value.ambiguous-number"),  # two, or two thousand?
        ("1,234", COUNT, "value.ambiguous-number"),
        ("1,5", COUNT, "value.not-whole"),
        ("1.23.4", COUNT, "value.not-a-number"),
        ("khoảng 300", COUNT, "value.not-a-number"),
        ("9" * 400, COUNT, "value.out-of-range"),
        (1e29, COUNT, "value.out-of-range"),
        (1e308, MONEY, "value.out-of-range"),
        (float("nan"), PERCENT, "value.not-finite"),
        (float("inf"), COUNT, "value.not-finite"),
        (2e9, MONEY, "value.out-of-range"),
        (5e8, MONEY, 500_000_000),
        (-3, COUNT, "value.negative"),
    ],
)
def test_numbers_as_vietnamese_people_type_them(raw, indicator, expected):
    value, problem = parse_cell(raw, indicator)
    if isinstance(expected, str):
        assert value is None and problem.code == expected
    else:
        assert value == expected
        if isinstance(raw, str):
            assert problem.code == "value.number-as-text" and problem.severity.value == "warning"


def test_an_ambiguous_number_says_both_readings_and_how_to_type_it():
    _, problem = parse_cell("2,000", COUNT)
    assert (
        "2 (cách viết Việt Nam" in problem.message
        and "2.000 (cách viết tiếng Anh" in problem.message
    )
    assert "2000" in problem.hint


def test_a_huge_text_is_quoted_short_with_its_length():
    _, problem = parse_cell("9" * 5000, COUNT)
    assert "5.000 ký tự" in problem.message and len(problem.message) < 200


def test_limits_reach_the_form_validation(cchc_catalogue):
    from cchc_core.forms.workbook_write import _bounds

    assert _bounds(MONEY) == {"formula1": "0", "formula2": "1000000000"}
    assert _bounds(COUNT)["formula2"] == "100000000"
    with pytest.raises(ValueError, match="limits"):
        Limits(10, 1)


# ----- text from a unit's file --------------------------------------------------------------

HOSTILE = "Kiểm tra\x1b[2J\x1b[32m xong\u202eabc\ufffe\u200f\x07 \U0010ffff\ud800"


@given(st.text())
def test_terminal_text_holds_nothing_a_terminal_acts_on(text):
    shown = for_terminal(text)
    assert not any(
        ord(c) < 0x20
        or 0x7F <= ord(c) <= 0x9F
        or c in "\u202e\u2066\u2028"
        or 0xD800 <= ord(c) < 0xE000
        for c in shown
    )
    shown.encode("utf-8")  # no lone surrogate left to crash the console


@given(st.text())
def test_xml_text_is_accepted_by_an_xml_part(text):
    etree.Element("t").text = for_xml(text)  # raises on what XML cannot hold
    assert len(for_cell(text * 50)) <= CELL_LIMIT


def test_the_three_functions_on_one_hostile_text():
    assert for_terminal(HOSTILE) == (
        "Kiểm tra\\x1b[2J\\x1b[32m xong\\u202eabc\\ufffe\\u200f\\x07 \\U0010ffff\\ud800"
    )
    assert for_xml(HOSTILE) == "Kiểm tra[2J[32m xongabc "
    long = for_cell("é" * 1_000_000)
    assert len(long) <= CELL_LIMIT and long.startswith("[Đã cắt bớt ")
    assert "ký tự; xem tệp gốc] éé" in long


def _inject(path, placeholder: str, text: str) -> None:
    """Put ``text`` where ``placeholder`` is in every part of the package: what a hostile tool
    can write and openpyxl itself would refuse."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            target.writestr(info, data.replace(placeholder.encode(), text.encode()))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A campaign whose units typed every value and text this file is about."""
    campaign = sample_campaign(
        tmp_path_factory.mktemp("hostile") / "dot", lambda: tmp_path_factory.mktemp("cchc-forms")
    )
    campaign.submit(
        "xa_huong_lap",
        {
            ("hs_tiep_nhan_xa", "2019"): 1e29,
            ("hs_da_giai_quyet_xa", "2019"): "9" * 400,
            ("hs_dung_han_xa", "2019"): "1.234",
        },
        filename="Xã Hướng Lập \x1b[2J\x1b[32mKiểm tra xong 0 lỗi.xlsx",
    )
    path = campaign.submit(
        "tt_khe_sanh",
        {("hs_tiep_nhan_xa", "2019"): 100, ("hs_da_giai_quyet_xa", "2019"): 90},
        notes={"hs_tiep_nhan_xa": "NOTE_A", "hs_da_giai_quyet_xa": "é" * 40_000},
    )
    _inject(path, "NOTE_A", "Ghi chú\u202e đảo chiều\ufffe\uffff")
    result = CliRunner().invoke(main, ["build", str(campaign.root)])
    return campaign, result


def test_one_impossible_number_does_not_stop_the_build(hostile):
    campaign, result = hostile
    assert result.exit_code == 1, result.output  # findings, not a crash
    assert "Traceback" not in result.output
    check = campaign.check()
    codes = {(f.code, f.location.cell[:1]) for f in check.findings if f.unit == "xa_huong_lap"}
    assert ("value.out-of-range", "I") in codes
    assert "xa_huong_lap" in check.invalid_units
    assert not any(f.unit == "tt_khe_sanh" and f.is_error for f in check.findings)
    for command in (["check"], ["status"], ["explain", "hs_tiep_nhan_xa", "--year", "2019"]):
        outcome = CliRunner().invoke(main, [command[0], str(campaign.root), *command[1:]])
        assert (outcome.exit_code in (0, 1) and outcome.exception is None) or isinstance(
            outcome.exception, SystemExit
        ), outcome.output


def test_escape_sequences_in_a_file_name_are_shown_not_obeyed(hostile):
    campaign, _ = hostile
    output = CliRunner().invoke(main, ["check", str(campaign.root)]).output
    assert "\x1b" not in output
    assert "\\x1b[2J\\x1b[32mKiểm tra xong 0 lỗi" in output


def test_characters_a_report_cannot_hold_are_dropped_with_a_warning(hostile):
    campaign, _ = hostile
    [warning] = [f for f in campaign.check().findings if f.code == "text.hidden-characters"]
    assert warning.unit == "tt_khe_sanh" and warning.location.cell.startswith("K")
    assert "U+202E" in warning.message and "U+FFFE" in warning.message
    appendix = load_workbook(campaign.output_dir / "phu-luc-1-thong-ke.xlsx")
    texts = [
        c.value
        for ws in appendix
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert any("Ghi chú đảo chiều" in t for t in texts)
    assert not any("\u202e" in t or "\ufffe" in t for t in texts)
    assert max(len(t) for t in texts) <= CELL_LIMIT
    for ws in appendix:
        assert all((d.height or 0) <= 409 for d in ws.row_dimensions.values())
    for report in campaign.output_dir.rglob("*.docx"):
        text = "\n".join(docx_text(report))
        assert "\u202e" not in text and "\x1b" not in text
    Document(str(campaign.output_dir / "bao-cao-tong-ket-cchc.docx"))  # opens


@pytest.mark.parametrize(
    "value", [date(2020, 5, 1), datetime(2020, 5, 1, 8), time(8, 30), timedelta(hours=3), True]
)
def test_dates_and_booleans_in_a_number_cell_are_named(value):
    _, problem = parse_cell(value, COUNT)
    assert problem.code in ("value.date", "value.boolean")


def test_a_number_out_of_its_indicator_s_range_gives_the_range_and_its_unit():
    _, problem = parse_cell(2e9, MONEY)
    assert problem.message.startswith("Số 2.000.000.000 nằm ngoài khoảng giá trị có thể có")
    assert problem.message.endswith("(0–1.000.000.000 triệu đồng).")
