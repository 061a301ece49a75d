"""Blank forms read back as a clerk's spreadsheet program would see them."""

from __future__ import annotations

import re
import unicodedata

import pytest
from docx import Document
from openpyxl import load_workbook

from cchc_core.forms import layout
from cchc_core.forms.layout import bookmark_name
from cchc_core.model.indicators import Measure


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from cchc_core import Campaign
    from cchc_core.testing import SAMPLE_CONFIG

    campaign = Campaign.new(tmp_path_factory.mktemp("forms") / "dot", config_text=SAMPLE_CONFIG)
    result = campaign.forms()
    return campaign, result


def form_codes(path):
    workbook = load_workbook(path)
    codes = {}
    for ws in workbook.worksheets[1:]:
        for row in ws.iter_rows(min_row=layout.FIRST_ROW):
            if row[0].value:
                codes[row[0].value] = (ws.title, row[0].row)
    return codes


def test_one_workbook_and_one_outline_per_unit(sample):
    campaign, result = sample
    assert [u.unit for u in result.units] == [u.id for u in campaign.config.units]
    for unit in result.units:
        assert unit.workbook.name == f"{unit.unit}.xlsx"
        assert unit.outline.name == f"{unit.unit}-de-cuong.docx"
        assert unit.workbook.exists() and unit.outline.exists()


def test_each_unit_gets_exactly_the_rows_it_reports(sample):
    campaign, result = sample
    catalogue = campaign.catalogue
    covered = set()
    for unit_forms in result.units:
        unit = campaign.config.unit(unit_forms.unit)
        codes = form_codes(unit_forms.workbook)
        fillable = {i.code for i in catalogue.indicators if catalogue.reports(i, unit)}
        assert fillable <= set(codes), unit.id
        extra_inputs = {c for c in codes if catalogue.indicator(c).is_input} - fillable
        assert not extra_inputs, (unit.id, extra_inputs)
        covered |= fillable
    assert covered == {i.code for i in catalogue.indicators if i.is_input}


def test_a_commune_form_has_no_district_only_rows(sample):
    campaign, _result = sample
    codes = form_codes(campaign.forms_dir / "xa_huong_lap.xlsx")
    assert "hs_da_giai_quyet_xa" in codes
    assert "cc_giao" in codes  # reported by Phòng Nội vụ and by each commune
    for code in ("tthc_tong", "pakn_tiep_nhan", "hs_dung_han_huyen", "vc_giao", "hdh_iso"):
        assert code not in codes


def test_rows_keep_the_seeds_order_and_numbering(sample):
    campaign, _ = sample
    ws = load_workbook(campaign.forms_dir / "van_phong.xlsx")["III"]
    rows = [
        (r[1].value, r[2].value.strip())
        for r in ws.iter_rows(min_row=layout.FIRST_ROW)
        if r[0].value  # a row of the form carries its code; the signatures below do not
    ]
    assert rows[0] == ("1.", "Tổng số TTHC của huyện")
    assert rows[1] == ("-", "Số lượng TTHC cấp huyện")
    assert [stt for stt, _ in rows if stt not in ("-", "", None)] == [
        "1.",
        "2.",
        "3.",
        "4.",
        "5.",
        "6.",
    ]


def test_labels_are_locked_inputs_open_and_validated(sample):
    campaign, _ = sample
    ws = load_workbook(campaign.forms_dir / "van_phong.xlsx")["III"]
    assert ws.protection.sheet is True
    codes = {row[0].value: row[0].row for row in ws.iter_rows(min_row=layout.FIRST_ROW)}
    label = ws.cell(row=codes["pakn_tiep_nhan"], column=layout.LABEL_COLUMN)
    value = ws.cell(row=codes["pakn_tiep_nhan"], column=layout.FIRST_PERIOD_COLUMN)
    heading_value = ws.cell(row=codes["pakn"], column=layout.FIRST_PERIOD_COLUMN)
    derived = ws.cell(row=codes["hs_ty_le_huyen"], column=layout.FIRST_PERIOD_COLUMN)
    assert label.protection.locked is True
    assert value.protection.locked is False
    assert heading_value.protection.locked is True
    assert derived.protection.locked is True
    assert str(derived.value).startswith("=IF(")
    validations = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for column in range(cell_range.min_col, cell_range.max_col + 1):
                    validations[(row, column)] = dv
    count_rule = validations[(value.row, value.column)]
    assert count_rule.type == "whole" and count_rule.formula1 == "0"
    assert "số nguyên không âm" in count_rule.error
    assert (heading_value.row, heading_value.column) not in validations


def test_percent_and_flag_cells_are_validated_by_their_measure(sample):
    campaign, _ = sample
    catalogue = campaign.catalogue
    for unit_id, code in (("van_phong", "hl_muc_do"), ("van_hoa_thong_tin", "cd_cuoc_thi")):
        workbook = load_workbook(campaign.forms_dir / f"{unit_id}.xlsx")
        sheet, row = form_codes(campaign.forms_dir / f"{unit_id}.xlsx")[code]
        ws = workbook[sheet]
        rules = [dv for dv in ws.data_validations.dataValidation if f"{'E'}{row}" in str(dv.sqref)]
        assert len(rules) == 1
        if catalogue.indicator(code).measure is Measure.PERCENT:
            assert (rules[0].type, rules[0].formula1, rules[0].formula2) == ("decimal", "0", "100")
        else:
            assert (rules[0].type, rules[0].formula1) == ("list", '"1,0"')


def test_fingerprint_in_properties_and_hidden_codes(sample):
    campaign, _ = sample
    workbook = load_workbook(campaign.forms_dir / "xa_lia.xlsx")
    props = {p.name: p.value for p in workbook.custom_doc_props}
    assert props[layout.PROP_KIND] == layout.FORM_KIND
    assert props[layout.PROP_UNIT] == "xa_lia"
    assert props[layout.PROP_CATALOGUE] == campaign.catalogue.version
    assert props[layout.PROP_PERIODS].split(",") == [p.key for p in campaign.config.periods]
    ws = workbook["III"]
    assert ws.column_dimensions["A"].hidden is True
    assert ws.row_dimensions[1].hidden is True
    assert ws["A1"].value == layout.MARKER


def test_instructions_name_the_deadline_the_office_and_the_merger(sample):
    campaign, _ = sample
    ws = load_workbook(campaign.forms_dir / "xa_lia.xlsx")[layout.INSTRUCTIONS_SHEET]
    text = "\n".join(str(c.value) for c in ws["B"] if c.value)
    assert "Đơn vị báo cáo: Xã Lìa" in text
    assert "20/5/2020" in text
    assert "Phòng Nội vụ" in text
    assert "Xã Lìa được sáp nhập từ xã A Túc và xã A Xing" in text


def test_all_text_is_nfc_with_diacritics_intact(sample):
    campaign, _ = sample
    workbook = load_workbook(campaign.forms_dir / "van_phong.xlsx")
    texts = [
        c.value
        for ws in workbook
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert "Tổng số TTHC của huyện" in [t.strip() for t in texts]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_printing_is_a4_fitted_to_the_page_width_in_times_new_roman(sample):
    campaign, _ = sample
    ws = load_workbook(campaign.forms_dir / "van_phong.xlsx")["III"]
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1
    assert ws.cell(row=layout.FIRST_ROW, column=layout.LABEL_COLUMN).font.name == "Times New Roman"


def test_forms_are_byte_stable(sample, tmp_path):
    campaign, _ = sample
    from cchc_core.forms.workbook_write import write_form

    unit = campaign.config.unit("xa_lia")
    first = write_form(campaign.catalogue, campaign.config, unit, tmp_path / "a.xlsx")
    second = write_form(campaign.catalogue, campaign.config, unit, tmp_path / "b.xlsx")
    assert first.read_bytes() == second.read_bytes()


def test_outline_has_every_heading_of_phu_luc_2_in_order_with_bookmarks(sample):
    campaign, _ = sample
    document = Document(str(campaign.forms_dir / "xa_lia-de-cuong.docx"))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    expected = [h for h, _ in campaign.catalogue.walk_outline()]
    assert len(headings) == len(expected)
    for paragraph, heading in zip(headings, expected, strict=True):
        assert heading.title in paragraph.text
        names = [
            b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
            for b in paragraph._p.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bookmarkStart"
            )
        ]
        assert names == [bookmark_name(heading.key)]
    properties = document.core_properties
    assert properties.category == layout.OUTLINE_CATEGORY
    assert properties.identifier == "xa_lia"
    guidance = [p.text for p in document.paragraphs if p.style.name == layout.GUIDANCE_STYLE]
    assert any("Trục liên thông văn bản quốc gia" in g for g in guidance)


def _default_with_units(*keep: str) -> str:
    """The default cchc.toml with only the units named (every other [[units]] table dropped)."""
    from cchc_core.config import default_text

    head, *tables = default_text().split("[[units]]")
    kept = []
    for table in tables:
        body, _, rest = table.partition("\n# -----")  # the last unit is followed by the tasks
        if re.search(r'^id = "(' + "|".join(keep) + r')"$', body, re.MULTILINE):
            kept.append(body)
        if rest:
            tail = "\n# -----" + rest
    return head + "".join(f"[[units]]{body}" for body in kept) + tail


OWNERS = ("van_phong", "noi_vu", "tu_phap", "tai_chinh_ke_hoach", "kinh_te_ha_tang")


def test_forms_command_lists_what_it_wrote(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main

    runner = CliRunner()
    runner.invoke(main, ["init", str(tmp_path / "dot")])
    # the default campaign's offices that own a field, an office with no row, a commune
    config = _default_with_units(*OWNERS, "van_hoa_thong_tin", "y_te", "xa_lia")
    (tmp_path / "dot" / "cchc.toml").write_text(config, encoding="utf-8")
    result = runner.invoke(main, ["forms", str(tmp_path / "dot")])
    assert result.exit_code == 0, result.output
    assert "Xã Lìa: xa_lia.xlsx" in result.output
    assert "Phòng Y tế" in result.output
    assert (tmp_path / "dot" / "forms" / "y_te-de-cuong.docx").exists()
    # no Phụ lục 1 row: its workbook only holds the nominations for commendation
    assert "Phòng Y tế: y_te.xlsx (chỉ có trang đề nghị khen thưởng)" in result.output


def test_no_indicator_code_looks_like_a_spreadsheet_escape(sample):
    from cchc_core.model.indicators import SPREADSHEET_ESCAPE, Indicator, Reporters

    campaign, _ = sample
    assert not [i.code for i in campaign.catalogue.indicators if SPREADSHEET_ESCAPE.search(i.code)]
    with pytest.raises(ValueError, match="Excel và LibreOffice đọc thành một ký tự mã hóa"):
        Indicator(
            "hs_xa_tiep", "x", section="III", domain="tthc", reporters=Reporters(communes=True)
        )
