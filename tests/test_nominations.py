"""Task 4: the nominations sheet of every unit's workbook, written with its lists, filled as a unit
would (openpyxl, LibreOffice), read back and checked like the rest."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

from cchc_core.forms import nominations_read as sheet

NGUYEN = {
    "kind": "Cá nhân",
    "name": "Nguyễn Văn Hùng",
    "position": "Chủ tịch UBND xã Lìa",
    "achievement": "Chỉ đạo sáp nhập hai xã A Túc, A Xing; Bộ phận một cửa hoạt động ổn định.",
    "form": "Giấy khen của Chủ tịch UBND huyện",
}
ONE_STOP = {
    "kind": "tập thể",  # typed by hand, in lower case: still the list's "Tập thể"
    "name": "Bộ phận tiếp nhận và trả kết quả UBND thị trấn Khe Sanh",
    "achievement": "Giải quyết đúng hạn trên 98% hồ sơ TTHC các năm 2016-2019.",
    "form": "Bằng khen của Chủ tịch UBND tỉnh",
}


@pytest.fixture(scope="module")
def campaign(new_tasks_campaign):
    return new_tasks_campaign()


def test_every_unit_gets_a_nominations_sheet_with_its_lists(campaign):
    workbook = load_workbook(campaign.forms_dir / "xa_lia.xlsx")
    ws = workbook[sheet.SHEET]
    assert ws.protection.sheet
    headers = [ws.cell(row=sheet.HEADER_ROW, column=c).value for c in range(2, 9)]
    assert headers == [
        "STT",
        "Tập thể/ Cá nhân",
        "Tên tập thể/ Họ và tên",
        "Chức vụ, đơn vị công tác",
        "Thành tích trong cải cách hành chính (tóm tắt)",
        "Hình thức khen thưởng đề nghị",
        "Ghi chú",
    ]
    assert "Đơn vị đề nghị: Xã Lìa" in ws["B3"].value
    first = sheet.FIRST_ROW
    assert not ws.cell(row=first, column=3).protection.locked
    assert ws.cell(row=first, column=2).protection.locked  # STT
    rules = ws.data_validations.dataValidation

    def rule(cell):
        return next(v for v in rules if cell in v.sqref)

    assert rule(f"C{first}").formula1 == '"Tập thể,Cá nhân"'
    assert rule(f"C{first}").showErrorMessage
    form_list = rule(f"G{first}").formula1  # a range of the hidden column holding the forms
    column = form_list.split("$")[1]
    assert ws.column_dimensions[column].hidden
    assert [ws[f"{column}{first + i}"].value for i in range(3)] == list(
        campaign.config.commendations.forms
    )
    assert "Trang Khen thưởng" in " ".join(
        str(c.value) for c in workbook["Hướng dẫn"]["B"] if c.value
    )


def test_an_office_with_no_statistics_gets_a_workbook_to_nominate(campaign):
    workbook = load_workbook(campaign.forms_dir / "y_te.xlsx")
    assert workbook.sheetnames == ["Hướng dẫn", sheet.SHEET]


@pytest.fixture(scope="module")
def checked(campaign):
    campaign.submit("xa_lia", {}, nominations=[NGUYEN, {**NGUYEN, "name": "", "form": ""}])
    campaign.submit(
        "tt_khe_sanh",
        {},
        nominations=[
            ONE_STOP,
            {**NGUYEN, "position": "Phó Chủ tịch UBND thị trấn", "form": "Bằng khen"},
            {**NGUYEN, "kind": "Cá  nhân", "position": "", "name": "Hồ Thị Lan"},
            {**ONE_STOP, "kind": "Đoàn thể"},
        ],
    )
    campaign.submit("y_te", {}, nominations=[{**ONE_STOP, "name": "Trạm Y tế xã Lìa"}])
    return campaign.check()


def nomination_findings(check, unit):
    return [
        (f.code, f.location.cell, f.message) for f in check.for_unit(unit) if "nomination" in f.code
    ]


def test_missing_fields_and_values_not_in_the_lists_are_errors_naming_the_cell(checked):
    row = sheet.FIRST_ROW
    lia = nomination_findings(checked, "xa_lia")
    assert ("nomination.missing", f"D{row + 1}") in [(c, cell) for c, cell, _ in lia]
    assert ("nomination.missing", f"G{row + 1}") in [(c, cell) for c, cell, _ in lia]
    khe_sanh = {(c, cell): m for c, cell, m in nomination_findings(checked, "tt_khe_sanh")}
    assert "“Bằng khen” không có trong danh sách" in khe_sanh[("nomination.form", f"G{row + 1}")]
    assert "chưa ghi “Chức vụ, đơn vị công tác”" in khe_sanh[("nomination.missing", f"E{row + 2}")]
    assert "“Đoàn thể” không phải" in khe_sanh[("nomination.kind", f"C{row + 3}")]


def test_a_bad_nomination_is_left_out_but_the_units_figures_still_count(checked):
    assert not checked.invalid_units & {"xa_lia", "tt_khe_sanh"}
    assert checked.errors  # cchc check still says there is something to fix
    kept = [(n.unit, n.name, n.kind.value, n.form) for n in checked.nominations]
    assert kept == [
        ("tt_khe_sanh", ONE_STOP["name"], "Tập thể", ONE_STOP["form"]),
        ("xa_lia", NGUYEN["name"], "Cá nhân", NGUYEN["form"]),
        ("y_te", "Trạm Y tế xã Lìa", "Tập thể", ONE_STOP["form"]),
    ]
    assert checked.nominations[1].cell == f"D{sheet.FIRST_ROW}"


def test_the_same_person_proposed_by_two_units_is_named_on_both(new_tasks_campaign):
    campaign = new_tasks_campaign()
    campaign.submit("xa_lia", {}, nominations=[NGUYEN])
    campaign.submit(
        "noi_vu",
        {},
        nominations=[
            {**NGUYEN, "name": "nguyễn  văn hùng", "form": "Bằng khen của Chủ tịch UBND tỉnh"}
        ],
    )
    warnings = {
        f.unit: f.message for f in campaign.check().warnings if f.code.endswith("duplicate")
    }
    assert set(warnings) == {"xa_lia", "noi_vu"}
    assert "cũng được đề nghị khen thưởng bởi Phòng Nội vụ" in warnings["xa_lia"]
    assert "đề nghị Bằng khen của Chủ tịch UBND tỉnh" in warnings["xa_lia"]
    assert "bởi xã Lìa" in warnings["noi_vu"]


def test_a_form_saved_by_libreoffice_reads_the_same(campaign, libreoffice):
    filled = campaign.submit(
        "xa_huong_lap", {}, nominations=[ONE_STOP], filename="../huong-lap-truoc.xlsx"
    )
    saved = libreoffice(filled, "xlsx")
    assert load_workbook(saved)[sheet.SHEET].data_validations.dataValidation  # lists kept
    target = campaign.inbox_dir / "Hướng Lập - LibreOffice.xlsx"
    shutil.copy(saved, target)
    try:
        check = campaign.check()
    finally:
        target.unlink()
    mine = [n for n in check.nominations if n.unit == "xa_huong_lap"]
    assert [(n.kind.value, n.name, n.form) for n in mine] == [
        ("Tập thể", ONE_STOP["name"], ONE_STOP["form"])
    ]
