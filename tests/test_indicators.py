"""Finding indicators as a clerk types them: ``cchc indicators`` (``cchc chi-tieu``) and the label
search of ``cchc explain``, with or without diacritics."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

import cchc_tthc
from cchc_core.cli import main
from cchc_core.plugin.indicator_search import search_indicators

DOSSIERS_XA = ["hs_ty_le_xa", "hs_tiep_nhan_xa", "hs_da_giai_quyet_xa", "hs_dung_han_xa"]


@pytest.fixture
def catalogue(cchc_catalogue):
    return cchc_catalogue(cchc_tthc.plugin)


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("ho so cap xa", DOSSIERS_XA),  # typed without diacritics
        ("Hồ sơ cấp xã", DOSSIERS_XA),
        ("HO  SO   CAP XA", DOSSIERS_XA),  # case and spacing
        ("xã hồ sơ tiếp nh", ["hs_tiep_nhan_xa", "hs_ty_le_xa"]),  # any order, cut short
        ("hs_dung_han", ["hs_dung_han_xa", "hs_dung_han_huyen"]),  # a piece of the code
        ("không có chỉ tiêu này", []),
        ("   ", []),
    ],
)
def test_search_finds_what_a_clerk_types(catalogue, query, codes):
    assert sorted(i.code for i in search_indicators(catalogue, query)) == sorted(codes)


def test_diacritics_typed_are_respected_when_they_find_something(catalogue):
    # "số" (number) and "sơ" (in "hồ sơ") are different words once marks are typed
    typed = {i.code for i in search_indicators(catalogue, "sơ xã")}
    plain = {i.code for i in search_indicators(catalogue, "so xa")}
    assert typed == set(DOSSIERS_XA)
    assert typed < plain


def test_the_listing_names_codes_units_and_who_reports():
    result = CliRunner().invoke(main, ["chi-tieu", "ho", "so", "cap", "xa", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["code"]: row for row in json.loads(result.output)}
    assert list(rows) == DOSSIERS_XA
    assert rows["hs_tiep_nhan_xa"]["unit"] == "hồ sơ"
    assert rows["hs_tiep_nhan_xa"]["who"] == "các xã, thị trấn"
    assert rows["hs_tiep_nhan_xa"]["report"] == "3.2"
    assert rows["hs_ty_le_xa"]["who"] == "tự tính từ hs_dung_han_xa / hs_da_giai_quyet_xa"


def test_the_full_listing_and_a_search_that_finds_nothing():
    listed = CliRunner().invoke(main, ["indicators"])
    assert listed.exit_code == 0
    assert "Văn phòng HĐND và UBND huyện" in listed.output  # an office by its name, not its id
    assert "hs_tiep_nhan_huyen" in listed.output
    nothing = CliRunner().invoke(main, ["indicators", "khong", "co", "dau"])
    assert nothing.exit_code == 1
    assert "Không có chỉ tiêu nào khớp với “khong co dau”" in nothing.output


def test_explain_finds_a_label_typed_without_diacritics_and_lists_every_match(demo_like):
    unique = CliRunner().invoke(main, ["explain", str(demo_like), "so ho so cap xa da tiep nhan"])
    assert unique.exit_code == 0, unique.output
    assert unique.output.startswith("hs_tiep_nhan_xa: Số hồ sơ cấp xã đã tiếp nhận")
    many = CliRunner().invoke(main, ["explain", str(demo_like), "ho so"])
    assert many.exit_code == 2
    count = int(many.output.split("khớp với ")[1].split(" ")[0])
    listed = [line for line in many.output.splitlines() if re.match(r"  [a-z0-9_]+  \S", line)]
    assert count == len(listed) > 6  # every match, not the first six


@pytest.fixture
def demo_like(cchc_campaign):
    campaign = cchc_campaign()
    campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): 12})
    return campaign.root


def test_a_percentage_labelled_with_its_sign_is_named_without_it_in_sentences_and_tables():
    # the plan prints "(%)" in the row's label; a sentence says "98,5%" and a table's header adds
    # its own "(%)", so the subject drops it (a plugin author kept it, and got "(%) (%)")
    from cchc_core import Indicator, Measure, Reporters

    row = Indicator(
        "hs_ty_le", "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", "II", "tthc",
        Reporters(communes=True), measure=Measure.PERCENT,
    )  # fmt: skip
    assert row.label == "Tỷ lệ hồ sơ giải quyết đúng hạn (%)"  # the form prints it as the plan
    assert row.subject == "Tỷ lệ hồ sơ giải quyết đúng hạn"
    count = Indicator("hs_so", "Số hồ sơ (%)", "II", "tthc", Reporters(communes=True))
    assert count.subject == "Số hồ sơ (%)"  # only a percentage's sign is its unit
