"""Collect and check: every refusal and every rule, with the right cell; nothing stops the run."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from datetime import date

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from cchc_core import Paragraph, Table
from cchc_core.cli import main
from cchc_core.forms import layout as form_layout
from cchc_core.util.stable import stabilize

YEARS = ("2015", "2016", "2017", "2018", "2019", "2020-den-03-31")


def every_year(code, value):
    return {(code, year): value for year in YEARS}


def codes_of(findings):
    return [f.code for f in findings]


@pytest.fixture
def campaign(cchc_campaign):
    return cchc_campaign()


def test_a_good_form_is_read_by_code_and_period_with_its_cells(campaign):
    campaign.submit(
        "xa_huong_lap",
        {
            **every_year("hs_tiep_nhan_xa", 400),
            **every_year("hs_da_giai_quyet_xa", 390),
            **every_year("hs_dung_han_xa", 385),
            ("cc_giao", "2019"): 21,
            ("cc_co_mat", "2019"): 20,
        },
        filename="Báo cáo xã Hướng Lập năm 2020.xlsx",
    )
    result = campaign.check()
    assert not result.errors
    values = result.values["xa_huong_lap"]
    value = values.get("hs_dung_han_xa", "2019")
    assert value.value == 385
    assert (value.file, value.sheet) == ("Báo cáo xã Hướng Lập năm 2020.xlsx", "III")
    assert value.cell[0] == "I"  # the 2019 column
    assert values.number("cc_giao", "2019") == 21


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("bao cao.xlsx", b"", "file.empty"),
        ("bao cao.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "file.legacy-format"),
        (
            "mat khau.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 100
            + "EncryptionInfo".encode("utf-16-le")
            + b"\0" * 100,
            "file.encrypted",
        ),
        ("scan.xlsx", b"%PDF-1.7 scanned report", "file.pdf"),
        ("ghi chu.txt", b"ghi chu", "file.text"),
        ("so lieu.csv", "Mã;Năm 2019\nhs_tiep_nhan_xa;12\n".encode(), "file.text"),
        ("anh chup.xlsx", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "file.image"),
        ("bieu mau.rar", b"Rar!\x1a\x07\x01\x00" + b"\0" * 50, "file.archive"),
        ("de cuong.doc", b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "file.rtf"),
        ("khong ro.bin", b"\x00\x01\x02binary\x00", "file.unknown"),
        # what accounting and one-stop-shop software exports under an .xls name
        (
            "xuat tu phan mem.xls",
            b"\xef\xbb\xbf  <!DOCTYPE html>\n<HTML><body><table><tr><td>1</td></tr></table>",
            "file.html",
        ),
        (
            "excel 2003.xls",
            b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            "file.xml-spreadsheet",
        ),
    ],
)
def test_files_that_are_not_forms_are_refused_with_a_vietnamese_reason(
    campaign, name, content, code
):
    (campaign.inbox_dir / name).write_bytes(content)
    result = campaign.check()
    [finding] = [f for f in result.findings if f.location.file == name]
    assert finding.code == code
    assert finding.is_error
    assert finding.message and finding.message[0].isupper()


def test_an_opendocument_spreadsheet_is_refused(campaign):
    path = campaign.inbox_dir / "bang tinh.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    assert codes_of(campaign.check().findings) == ["file.opendocument"]


def test_a_truncated_form_is_refused_and_the_others_are_still_read(campaign):
    good = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 10))
    broken = campaign.inbox_dir / "Thị trấn Khe Sanh.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    result = campaign.check()
    assert [f.code for f in result.findings if f.location.file == broken.name] == ["file.corrupt"]
    assert result.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 10


def test_a_form_of_another_unit_than_its_file_name_says(campaign):
    campaign.submit("xa_huong_lap", {}, filename="Báo cáo Thị trấn Khe Sanh.xlsx")
    [finding] = [f for f in campaign.check().findings if f.code == "form.unit-mismatch"]
    assert "Tên tệp ghi thị trấn Khe Sanh nhưng biểu mẫu bên trong là của xã Hướng Lập." in (
        finding.message
    )
    assert finding.unit == "xa_huong_lap"


def test_a_form_of_an_older_catalogue_says_which_version_is_expected(campaign):
    path = campaign.submit("xa_lia", {})
    workbook = load_workbook(path)
    for prop in workbook.custom_doc_props:
        if prop.name == form_layout.PROP_CATALOGUE:
            prop.value = "0123456789"
    del workbook.custom_doc_props[form_layout.PROP_SECTIONS]  # a form from before them
    workbook.save(path)
    [finding] = campaign.check().findings
    assert finding.code == "form.old-catalogue"
    assert campaign.catalogue.version in finding.message
    assert "0123456789" in finding.message


def test_a_workbook_not_made_by_cchc_is_refused(campaign):
    from openpyxl import Workbook

    Workbook().save(campaign.inbox_dir / "tu lam.xlsx")
    assert codes_of(campaign.check().findings) == ["form.not-a-form"]


def test_two_submissions_of_one_unit_keep_the_newest_by_the_date_in_the_file(campaign):
    older = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 1), filename="lia cu.xlsx")
    newer = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 2), filename="lia moi.xlsx")
    stabilize(older, date(2020, 5, 19))
    stabilize(newer, date(2020, 5, 18))  # saved earlier although its name says newer
    result = campaign.check()
    assert result.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 1
    [duplicate] = [f for f in result.findings if f.code == "submission.duplicate"]
    assert "lia cu.xlsx" in duplicate.message and "lia moi.xlsx" in duplicate.message
    assert [s.source.name for s in result.collection.superseded] == ["lia moi.xlsx"]


def test_two_files_nothing_tells_apart_are_not_called_newest_and_older(campaign):
    # a district's roll-ups are all dated with its campaign's day, and files copied into the
    # inbox have no day of receipt: the one used is the first by name, and the check says so
    first = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 1), filename="Lia A.xlsx")
    second = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 2), filename="Lia B.xlsx")
    for path in (first, second):
        stabilize(path, date(2020, 5, 19))
    result = campaign.check()
    [tied] = [f for f in result.findings if f.code.startswith("submission.duplicate")]
    assert tied.code == "submission.duplicate-undated" and "mới nhất" not in tied.message
    assert "không phân biệt được tệp nào mới hơn" in tied.message
    assert "“Lia A.xlsx” (theo thứ tự tên tệp), bỏ qua “Lia B.xlsx”" in tied.message
    assert "cchc receive --on" in tied.hint


def test_a_form_of_another_campaign_is_refused_not_counted(campaign):
    # found in review: a district office's form dropped into the province's inbox was read as
    # the department of the same id's, and its figures counted twice
    path = campaign.submit("tu_phap", every_year("tc_vbqppl_tong", 3), filename="Tư pháp.xlsx")
    workbook = load_workbook(path)
    for prop in workbook.custom_doc_props:
        if prop.name == form_layout.PROP_CAMPAIGN:
            prop.value = "Cam Lộ · 25/KH-UBND"
    workbook.save(path)
    result = campaign.check()
    [finding] = [f for f in result.findings if f.location.file == "Tư pháp.xlsx"]
    assert finding.code == "form.other-campaign" and finding.is_error
    assert "“Cam Lộ · 25/KH-UBND”" in finding.message
    assert f"“{campaign.config.campaign_mark}”" in finding.message
    assert "tu_phap" not in result.values


def test_an_outline_of_another_campaign_is_refused_and_one_whose_subject_was_rewritten_read(
    campaign,
):
    # an outline names its campaign in its Subject: a district office's outline in the
    # province's inbox would be read as the department of the same id's
    import docx

    def outline(unit_id: str, name: str, subject: str) -> None:
        path = campaign.submit_outline(unit_id, {"P1.I.1": ["Đã triển khai."]}, filename=name)
        document = docx.Document(str(path))
        document.core_properties.subject = subject
        document.save(str(path))

    outline("tu_phap", "Tư pháp.docx", "Cam Lộ · 25/KH-UBND")
    outline("noi_vu", "Nội vụ.docx", "Báo cáo tổng kết CCHC")  # rewritten in Word: no mark
    # rewritten with the separator but no plan number, or this place's in other letters
    outline("van_phong", "Văn phòng.docx", "Báo cáo tổng kết · Văn phòng")
    place = campaign.config.district.name.lower()
    outline("kinh_te_ha_tang", "Kinh tế.docx", f"{place}  ·  {campaign.config.plan.number}")
    result = campaign.check()
    [refused] = [f for f in result.findings if f.location.file == "Tư pháp.docx"]
    assert refused.code == "outline.other-campaign" and refused.is_error
    assert "“Cam Lộ · 25/KH-UBND”" in refused.message and "tu_phap" not in result.narratives
    for unit_id in ("noi_vu", "van_phong", "kinh_te_ha_tang"):
        assert "P1.I.1" in result.narratives[unit_id], unit_id


def test_a_form_sent_before_the_plan_number_was_set_is_still_read(campaign):
    # cchc init writes Hướng Hóa's plan number: a district that sets its own after sending the
    # forms must not see them all refused as another campaign's
    path = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 4), filename="Lìa.xlsx")
    workbook = load_workbook(path)
    for prop in workbook.custom_doc_props:
        if prop.name == form_layout.PROP_CAMPAIGN:
            prop.value = f"{campaign.config.district.name} · 7/KH-UBND"
    workbook.save(path)
    result = campaign.check()
    assert result.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 4
    [note] = [f for f in result.findings if f.code == "form.other-plan"]
    assert not note.is_error and "kế hoạch số 7/KH-UBND" in note.message


def test_a_deleted_sheet_is_named(campaign):
    path = campaign.submit("van_phong", {})
    workbook = load_workbook(path)
    del workbook["III"]
    workbook.save(path)
    findings = [f for f in campaign.check().findings if f.code == "form.missing-sheet"]
    assert [f.location.sheet for f in findings] == ["III"]


def test_text_where_a_number_belongs_names_the_cell(campaign):
    campaign.submit(
        "xa_lia",
        {("hs_tiep_nhan_xa", "2019"): "khoảng 300", ("hs_da_giai_quyet_xa", "2019"): "250"},
    )
    result = campaign.check()
    [error] = [f for f in result.findings if f.code == "value.not-a-number"]
    assert error.location.sheet == "III"
    assert error.location.cell.startswith("I")
    assert "khoảng 300" in error.message
    [warning] = [f for f in result.findings if f.code == "value.number-as-text"]
    assert not warning.is_error
    assert result.values["xa_lia"].number("hs_da_giai_quyet_xa", "2019") == 250


def test_a_formula_without_a_cached_value_is_refused_at_its_cell(campaign):
    campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=100+200"})
    [finding] = [f for f in campaign.check().findings if f.code.startswith("value.formula")]
    assert finding.code == "value.formula-no-value"
    assert finding.is_error and finding.location.cell.startswith("I")


def test_a_formula_with_its_saved_value_is_read_with_a_warning(campaign):
    """What Excel and LibreOffice save: the formula and the value it last computed."""
    path = campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=100+200"})
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            target.writestr(
                info, re.sub(rb"(<f>100\+200</f>)(<v></v>|<v/>)?", rb"\1<v>300</v>", data)
            )
    result = campaign.check()
    [finding] = [f for f in result.findings if f.code.startswith("value.formula")]
    assert finding.code == "value.formula" and not finding.is_error
    assert finding.location.cell.startswith("I") and finding.unit == "xa_lia"
    assert result.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 300


def test_the_reader_inflates_each_part_once_and_gives_calamine_the_sheets_stored(
    campaign, monkeypatch
):
    """The formula scan and calamine read the same sheets: they are inflated once, by the
    reader, which checks their size and CRC, and calamine is given them stored. Found in this
    stop's profile: each was inflated twice, once by each."""
    import python_calamine

    from cchc_core.util import package_bytes

    campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=100+200"})
    inflated, given, readers = [], [], []
    inflate, open_bytes = package_bytes.PackageBytes._inflate, python_calamine.CalamineWorkbook
    stored_copy = package_bytes.PackageBytes.stored
    # the packages themselves, kept alive: the inbox guard reads the form through one too
    monkeypatch.setattr(
        package_bytes.PackageBytes,
        "_inflate",
        lambda self, name: inflated.append((self, name)) or inflate(self, name),
    )
    monkeypatch.setattr(
        package_bytes.PackageBytes,
        "stored",
        lambda self, names: readers.append(self) or stored_copy(self, names),
    )

    class Recording:
        @staticmethod
        def from_filelike(stream):
            given.append(stream.getvalue())
            return open_bytes.from_filelike(stream)

    monkeypatch.setattr("cchc_core.forms.workbook_read.python_calamine.CalamineWorkbook", Recording)
    result = campaign.check()
    assert [f.code for f in result.findings if f.code.startswith("value.formula")] == [
        "value.formula-no-value"
    ]
    assert inflated and len(inflated) == len(set(inflated))
    [package] = given
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        stored = {i.filename for i in archive.infolist() if i.compress_type == zipfile.ZIP_STORED}
    [reader] = readers
    by_reader = {name for owner, name in inflated if owner is reader}
    assert by_reader - {"docProps/custom.xml", "docProps/core.xml"} == stored
    assert "xl/worksheets/sheet2.xml" in stored  # sheet I of a commune's form


def test_a_formula_is_found_on_a_sheet_whose_target_differs_in_case(campaign):
    """Found in review: calamine reads a sheet whose target in the workbook's relationships
    differs from the part's name in case only; the formula scan found no such part, and a
    formula saved without its value read as an empty cell, with no word of the formula."""
    path = campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=100+200"})
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = re.sub(rb"worksheets/sheet", rb"worksheets/Sheet", data)
                assert b"worksheets/Sheet" in data
            target.writestr(info, data)
    codes = [f.code for f in campaign.check().findings if f.unit == "xa_lia"]
    assert "value.formula-no-value" in codes


@pytest.mark.parametrize("rewrite", ["no address", "value first"])
def test_a_formula_in_a_cell_written_otherwise_is_still_found(campaign, rewrite):
    """Found in review: a formula in a cell written without its address (calamine places it by
    counting), or after the cell's value, was missed by the scan."""
    path = campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=100+200"})
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    cell = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*)>(<f>100\+200</f>)(<v></v>|<v/>)?</c>')
    replaced = {
        "no address": rb"<c\2>\3</c>",
        "value first": rb'<c r="\1"\2><v>300</v>\3</c>',
    }[rewrite]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            changed = cell.sub(replaced, data)
            assert changed == data or info.filename.startswith("xl/worksheets/")
            target.writestr(info, changed)
    [finding] = [f for f in campaign.check().findings if f.code.startswith("value.formula")]
    assert finding.code == (
        "value.formula-no-value" if rewrite == "no address" else "value.formula"
    )
    assert finding.location.cell.startswith("I")


def test_a_value_far_outside_the_form_is_refused_before_calamine_reads_it(campaign):
    """Found in review: a value in XFD1048576 (the last cell Excel has) made calamine ask for
    549 GB and abort the whole check. The inbox guard refuses the form at that cell, before
    calamine reads the sheet, and the other files are read."""
    path = campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): 5})
    campaign.submit("xa_huong_lap", {("hs_tiep_nhan_xa", "2019"): 7})
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "xl/worksheets/sheet3.xml":
                data = data.replace(b"</sheetData>", far)
            target.writestr(info, data)
    result = campaign.check()
    [refused] = [f for f in result.findings if f.unit == "xa_lia" and f.is_error]
    assert refused.code == "form.far-cell" and refused.location.cell == "XFD1048576"
    assert "XFD1048576" in refused.message and "Ctrl+End" in refused.hint
    assert result.values["xa_huong_lap"].number("hs_tiep_nhan_xa", "2019") == 7


def test_a_stray_value_within_reach_is_read():
    """A value typed far down the sheet (Z50000: 1.3 million cells, 40 MB for calamine) is not
    refused; the limit is for what would not fit in memory."""
    from cchc_core.collect.parts import MAX_SHEET_CELLS
    from cchc_core.util.office_parts import farthest_cell

    near = b'<row r="1"><c r="A1"><v>1</v></c></row>'
    stray = b'<row r="50000"><c r="Z50000"><v>1</v></c></row>'
    far = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    sheet = b"<worksheet><sheetData>%s%s</sheetData></worksheet>"
    assert farthest_cell(sheet % (near, stray), MAX_SHEET_CELLS) is None
    assert farthest_cell(sheet % (near, far), MAX_SHEET_CELLS) == "XFD1048576"


def test_formula_scan_sees_cached_values():
    from cchc_core.util.office_parts import _FORMULA_CELL

    xml = (
        b'<c r="E7" s="1"><f>1+1</f><v>2</v></c><c r="F7"><f>A1</f></c>'
        b'<c r="G7" t="str"><f t="shared" si="0"/><v>x</v></c><c r="H7"><f>1</f><v></v></c>'
    )
    assert {a.decode(): bool(v) for a, v in _FORMULA_CELL.findall(xml)} == {
        "E7": True,
        "F7": False,
        "G7": True,
        "H7": False,
    }


@pytest.mark.parametrize("prefix", ["", "x:"])
def test_formula_scan_reads_the_cells_not_the_data_validations(tmp_path, prefix):
    import zipfile

    from cchc_core.util.office_parts import formula_cells, sheet_parts

    ns = ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' if prefix else ""
    sheet = (
        f'<{prefix}worksheet{ns}><{prefix}sheetData><{prefix}row r="7"><{prefix}c r="E7">'
        f"<{prefix}f>1+1</{prefix}f><{prefix}v>2</{prefix}v></{prefix}c></{prefix}row>"
        f'</{prefix}sheetData><{prefix}dataValidations count="1"><{prefix}dataValidation '
        f'sqref="E8"><{prefix}formula1>0</{prefix}formula1></{prefix}dataValidation>'
        f"</{prefix}dataValidations></{prefix}worksheet>"
    )
    path = tmp_path / "f.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "xl/workbook.xml", '<workbook><sheets><sheet name="III" r:id="r1"/></sheets></workbook>'
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships><Relationship Id="r1" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        package.writestr("xl/worksheets/sheet1.xml", sheet)
    with zipfile.ZipFile(path) as package:
        assert sheet_parts(package) == {"III": "xl/worksheets/sheet1.xml"}
        assert formula_cells(package, "xl/worksheets/sheet1.xml") == {"E7": True}
        assert formula_cells(package, "xl/worksheets/sheet1.xml", rows=[7, 8]) == {"E7": True}
        assert formula_cells(package, "xl/worksheets/sheet2.xml") == {}


_CELLS = st.lists(
    st.tuples(
        st.sampled_from(["A1", "E7", "F20", "XFD1048576"]),
        st.sampled_from(["", ' s="3"', ' t="str"', ' t="inlineStr"']),
        st.sampled_from(
            ["", "<f>1+1</f>", "<f/>", '<f t="shared" si="0"/>', "<f>IF(A1&gt;0,1,2)</f>"]
        ),
        st.sampled_from(["", "<v>2</v>", "<v></v>", "<v> </v>", "<is><t>f&lt;f</t></is>"]),
        st.sampled_from(["", " ", "\n"]),
    ),
    max_size=12,
)


@given(cells=_CELLS, prefix=st.sampled_from(["", "x:"]))
def test_the_formula_scan_finds_what_the_cell_pattern_finds_at_every_tag(cells, prefix):
    """The scan starts from each formula tag; trying the cell pattern at every tag of the sheet
    (what it did before, and slowly) finds the same cells."""
    from cchc_core.util.office_parts import _FORMULA_CELL, _formula_scan

    def tagged(xml: str) -> str:
        return re.sub(r"<(/?)(?=[a-z])", rf"<\1{prefix}", xml)

    body = "".join(
        f'<c r="{address}"{attributes}>{space}{formula}{value}</c>'
        for address, attributes, formula, value, space in cells
    )
    xml = tagged(f'<worksheet><sheetData><row r="1">{body}</row></sheetData></worksheet>').encode()
    expected = {a.decode(): bool(v.strip()) for a, v in _FORMULA_CELL.findall(xml)}
    assert _formula_scan(xml) == expected


_ROWS = st.lists(
    st.tuples(st.integers(1, 40), _CELLS, st.sampled_from(['r="{}"', 'r="{}" spans="1:5"', ""])),
    max_size=8,
)


@given(rows=_ROWS, in_order=st.booleans(), data=st.data(), prefix=st.sampled_from(["", "x:"]))
def test_the_scan_of_some_rows_finds_every_formula_of_those_rows(rows, in_order, data, prefix):
    """The reader asks for the rows a unit fills. Whatever the rows look like (in order or not, a
    row tag without its number or with another attribute first, a row written twice, a row asked
    for that is not there), the scan of those rows finds each formula the whole scan finds in them: it looks
    only where each row lies when every one is where it should be, else everywhere."""
    from cchc_core.util.office_parts import _formula_scan

    def tagged(xml: str) -> str:
        return re.sub(r"<(/?)(?=[a-z])", rf"<\1{prefix}", xml)

    if in_order:
        rows = sorted(rows)
    numbers = [number for number, _, _ in rows]
    wanted = data.draw(st.sets(st.sampled_from(numbers))) if numbers else set()
    wanted |= data.draw(st.sets(st.integers(1, 40), max_size=1))
    body = "".join(
        f"<row {number_attribute.format(number)}>"
        + "".join(
            f'<c r="{re.sub("[0-9]+", str(number), address)}"{attributes}>{space}{formula}{value}</c>'
            for address, attributes, formula, value, space in cells
        )
        + "</row>"
        for number, cells, number_attribute in rows
    )
    xml = tagged(f"<worksheet><sheetData>{body}</sheetData></worksheet>").encode()
    every = _formula_scan(xml)
    some = _formula_scan(xml, wanted)
    in_wanted = {a: v for a, v in every.items() if int(re.sub("[A-Z]", "", a)) in wanted}
    assert {a: v for a, v in some.items() if a in in_wanted} == in_wanted
    assert set(some) <= set(every)


@pytest.mark.parametrize(
    ("cells", "rows"),
    [
        (
            '<row r="2"><!-- </row> --><c r="A2"><f>1+1</f><v>2</v></c></row><row r="1"></row>',
            [1, 2],
        ),
        (
            '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[</row>]]></t></is></c>'
            '<c r="B2"><f>1+1</f><v>2</v></c></row>',
            [2],
        ),
    ],
    ids=["comment", "cdata"],
)
def test_a_row_end_inside_a_comment_does_not_end_the_row(cells, rows):
    """Found in review: a "</row>" in a comment or CDATA section ended the row's span, and the
    formula after it went unreported. No program writes either there: the whole sheet is
    scanned instead."""
    from cchc_core.util.office_parts import _formula_scan

    xml = f"<worksheet><sheetData>{cells}</sheetData></worksheet>".encode()
    assert _formula_scan(xml, rows) == _formula_scan(xml) != {}


def _calamine_cells(sheet_data: str) -> dict[str, object]:
    """Where calamine puts each value of ``sheet_data`` (the cells of a one-sheet workbook)."""
    import io

    import python_calamine
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    with zipfile.ZipFile(buffer) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = re.sub(rb"<sheetData\s*/>|<sheetData>.*</sheetData>", b"<sheetData/>", sheet)
    sheet = re.sub(rb"<dimension[^>]*/>", b"", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        b"<sheetData/>", f"<sheetData>{sheet_data}</sheetData>".encode()
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    with python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(out.getvalue())) as workbook:
        rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    return {
        f"{form_layout.column_letter(column + 1)}{number + 1}": value
        for number, row in enumerate(rows)
        for column, value in enumerate(row)
        if value != ""
    }


_PLACED_ROWS = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(1, 6)),  # the row's number, or none written
        st.lists(
            st.tuples(
                st.one_of(st.none(), st.integers(1, 5)),  # the cell's column, or none written
                st.sampled_from([0, 0, 0, 1, -1]),  # a cell given another row's address
                st.sampled_from(["number", "formula", "empty", "no content"]),
            ),
            max_size=4,
        ),
    ),
    min_size=1,
    max_size=5,
)


@given(rows=_PLACED_ROWS)
def test_cells_without_their_address_are_placed_where_calamine_places_them(rows):
    """A formula in a cell written without its address, or not first in its cell, was missed by
    the scan (found in review): the sheet is then read tag by tag, each cell placed as calamine
    places it, which this compares with calamine itself on sheets of any shape."""
    from cchc_core.util.office_parts import _cells_by_position, _formulas_by_position

    body, value, formulas, previous = "", 0, set(), 0
    for number, cells in rows:
        current = number if number is not None else previous + 1
        body += f'<row r="{number}">' if number is not None else "<row>"
        for column, other_row, kind in cells:
            value += 1
            address = f' r="{"ABCDE"[column - 1]}{max(1, current + other_row)}"' if column else ""
            body += {
                "number": f'<c{address} t="n"><v>{value}</v></c>',
                "formula": f'<c{address} t="n"><f>{value}+0</f><v>{value}</v></c>',
                "empty": f"<c{address}/>",
                "no content": f'<c{address} s="1"></c>',
            }[kind]
            formulas.add(value) if kind == "formula" else None
        body += "</row>"
        previous = current
    xml = f"<sheetData>{body}</sheetData>".encode()
    placed = {}
    for address, start, end in _cells_by_position(xml, 0, len(xml), b""):
        if found := re.search(rb"<v>([0-9]+)</v>", xml[start:end]):
            placed[address] = float(found[1])
    assert placed == _calamine_cells(body)
    by_value = {v: a for a, v in placed.items()}
    expected = {by_value[float(v)]: True for v in formulas if float(v) in by_value}
    assert _formulas_by_position(xml, 0, len(xml), b"") == expected


def test_a_formula_the_fast_scan_cannot_place_is_found_by_the_slow_one():
    """A cell without its address, a value before its formula, a long text before it."""
    from cchc_core.util.office_parts import _formula_scan

    long_text = "x" * 600
    xml = (
        '<worksheet><sheetData><row r="2"><c r="A2"><v>1</v></c><c><f>1+1</f></c>'
        '<c r="C2"><v>3</v><f>1+2</f></c>'
        f'<c r="D2" t="inlineStr"><is><t>{long_text}</t></is><f>1+3</f><v>4</v></c>'
        "</row></sheetData></worksheet>"
    ).encode()
    assert _formula_scan(xml, [2]) == {"B2": False, "C2": True, "D2": True}


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # a row number of 5,002 digits (Python's int() refuses over 4,300): calamine reads 20
        (f'<row r="{"0" * 5000}20"><c><f>1</f><v>1</v></c></row>', {"A20": True}),
        # end tags written "</c >": a cell's content ends at the next tag, not at "</c>"
        ('<row r="9"><c r="I9"><v>1</v></c ><c><f>1</f><v>1</v></c ></row>', {"J9": True}),
        # an empty cell later in the same place: calamine keeps the formula's value
        (
            '<row r="9"><c><v>1</v></c><c r="I9"><f>1</f><v>2</v></c><c r="I9"><v></v></c></row>',
            {"I9": True},
        ),
        # addresses calamine reads otherwise: a zero first, 32-bit wrapping, lowercase, quotes
        ('<row r="9"><c r="I09"><f>1</f><v>1</v></c></row>', {"I9": True}),
        ('<row r="9"><c r="I4294967305"><f>1</f><v>1</v></c></row>', {"I9": True}),
        ("<row r='9'><c r = 'i9' x='>'><f>1</f><v>1</v></c></row>", {"I9": True}),
        ('<row r="9"><c r="Z9" r="I9"><f>1</f><v>1</v></c></row>', {"I9": True}),
    ],
    ids=[
        "huge-row-number",
        "end-tag-with-space",
        "later-empty-cell",
        "zero-first",
        "wrapping",
        "odd-attributes",
        "two-addresses",
    ],
)
def test_hand_written_cells_are_placed_as_calamine_places_them(cells, expected):
    """Found in review of the slow reading: each of these raised, took minutes on a large sheet,
    or put a formula elsewhere than calamine puts its value."""
    from cchc_core.util.office_parts import _formula_scan

    xml = f"<worksheet><sheetData>{cells}</sheetData></worksheet>".encode()
    assert _formula_scan(xml, [9, 20]) == expected


def test_the_slow_reading_is_linear_in_the_cells():
    """Review found 20,000 cells after one address of 5,000 letters took 240 s, and end tags
    written "</c >" made each cell's content run to the end of the sheet: the slow reading
    now looks at each tag once (counted, not timed)."""
    from cchc_core.util import office_parts

    cells = "<c><v>1</v></c >" * 20000
    xml = f'<sheetData><row r="1"><c r="{"A" * 5000}1"/>{cells}</row></sheetData>'.encode()
    found = list(office_parts._cells_by_position(xml, 0, len(xml), b""))
    assert len(found) == 20000 and all(end - start < 40 for _, start, end in found)


def test_the_scan_of_some_rows_looks_only_at_them():
    """A form's percentage rows hold most of its formulas; the rows a unit fills, few."""
    from cchc_core.util.office_parts import _formula_scan

    rows = "".join(f'<row r="{n}"><c r="E{n}"><f>1</f><v>1</v></c></row>' for n in range(1, 30))
    xml = f"<worksheet><sheetData>{rows}</sheetData></worksheet>".encode()
    assert _formula_scan(xml, [3, 12]) == {"E3": True, "E12": True}
    assert _formula_scan(xml, []) == {}


def test_a_sheet_of_thousands_of_formulas_is_scanned_in_one_pass_with_the_same_cells():
    """Above a thousand formula tags the cell pattern runs once over the part instead of a step
    of Python per tag (8 MB of "<f " took 3.4 s that way): same cells either way."""
    from cchc_core.util.office_parts import _FORMULA_CELL, _MANY_FORMULAS, _formula_scan

    cells = "".join(
        f'<c r="E{row}"><f>1</f>' + ("<v>1</v>" if row % 3 else "") + "</c>"
        for row in range(1, _MANY_FORMULAS + 500)
    )
    xml = f"<worksheet><sheetData>{cells}</sheetData></worksheet>".encode()
    expected = {a.decode(): bool(v.strip()) for a, v in _FORMULA_CELL.findall(xml)}
    assert len(expected) > _MANY_FORMULAS
    assert _formula_scan(xml) == expected


def test_number_checks_per_measure(campaign):
    campaign.submit(
        "van_phong",
        {
            ("pakn_tiep_nhan", "2019"): -3,
            ("pakn_da_giai_quyet", "2019"): 2.5,
            ("hl_muc_do", "2019"): 120,
            ("hl_muc_do", "2018"): 0.9,
        },
    )
    campaign.submit("van_hoa_thong_tin", {("cd_cuoc_thi", "2019"): 2})
    codes = codes_of(campaign.check().findings)
    for code in (
        "value.negative",
        "value.not-whole",
        "value.percent-range",
        "value.percent-fraction",
        "value.not-a-flag",
    ):
        assert code in codes


@pytest.mark.parametrize(
    ("unit", "values", "rule", "anchor"),
    [
        (
            "van_phong",
            {("pakn_tiep_nhan", "2018"): 5, ("pakn_da_giai_quyet", "2018"): 6},
            "rule.pakn_giai_quyet_le_tiep_nhan",
            ("pakn_da_giai_quyet", "2018"),
        ),
        (
            "van_phong",
            {
                ("tthc_tong", "2019"): 300,
                ("tthc_cap_huyen", "2019"): 200,
                ("tthc_cap_xa", "2019"): 120,
            },
            "rule.tthc_tong_bang_huyen_cong_xa",
            ("tthc_tong", "2019"),
        ),
        (
            "tu_phap",
            {
                ("tc_vbqppl_tong", "2017"): 5,
                ("tc_nq_hdnd_huyen", "2017"): 1,
                ("tc_qd_ubnd_huyen", "2017"): 3,
            },
            "rule.tc_tong_bang_nq_cong_qd",
            ("tc_vbqppl_tong", "2017"),
        ),
        (
            "noi_vu",
            {("cc_giao", "2016"): 100, ("cc_co_mat", "2016"): 104},
            "rule.cc_co_mat_le_giao",
            ("cc_co_mat", "2016"),
        ),
        (
            "tai_chinh_ke_hoach",
            {("tcc_dvsn_ubnd", "2019"): 3, ("tcc_dvsn_ubnd_chi_tx", "2019"): 4},
            "rule.tcc_dvsn_ubnd_chi_tx_le_tong",
            ("tcc_dvsn_ubnd_chi_tx", "2019"),
        ),
        (
            "van_phong",
            {("hdh_dvctt", "2019"): 10, ("hdh_dvctt_co_ho_so", "2019"): 12},
            "rule.hdh_dvctt_co_ho_so_le_dvctt",
            ("hdh_dvctt_co_ho_so", "2019"),
        ),
        (
            "van_phong",
            {("hdh_ket_noi_truc", "2019"): 11},
            "rule.hdh_ket_noi_truc_le_so_don_vi",
            ("hdh_ket_noi_truc", "2019"),
        ),
    ],
)
def test_declared_rules_fire_at_the_right_cell(campaign, unit, values, rule, anchor):
    path = campaign.submit(unit, values)
    result = campaign.check()
    [finding] = [f for f in result.findings if f.code == rule]
    assert finding.is_error
    assert finding.indicator == anchor[0]
    assert finding.period == anchor[1]
    sheet = load_workbook(path)[finding.location.sheet]
    row = sheet[finding.location.cell].row
    assert sheet.cell(row=row, column=1).value == anchor[0]
    assert sheet[finding.location.cell].value == values[anchor]


def test_units_connected_bound_follows_the_merger(campaign):
    # 6 offices + Khe Sanh + Hướng Lập + Lìa: 10 units in 2019 (A Túc and A Xing), 9 in 2020
    campaign.submit(
        "van_phong", {("hdh_ket_noi_truc", "2019"): 10, ("hdh_ket_noi_truc", "2020-den-03-31"): 10}
    )
    [finding] = [f for f in campaign.check().findings if f.code.startswith("rule.hdh_ket_noi")]
    assert finding.period == "2020-den-03-31"
    assert "(9)" in finding.message


def test_the_2020_part_year_is_never_compared_with_a_full_year(campaign):
    values = {("tc_da_kiem_tra", year): 20 for year in ("2015", "2016", "2017", "2018")}
    values[("tc_da_kiem_tra", "2019")] = 200
    values[("tc_da_kiem_tra", "2020-den-03-31")] = 2
    campaign.submit("tu_phap", values)
    jumps = [f for f in campaign.check().findings if f.code == "trend.jump"]
    assert [f.period for f in jumps] == ["2019"]
    assert not jumps[0].is_error


def test_a_spike_between_two_ordinary_years_is_warned_but_a_roll_out_is_not(campaign):
    series = {
        "pakn_tiep_nhan": (20, 22, 95, 24, 21),
        "hdh_dvctt": (0, 12, 25, 48, 96),
        "hdh_mot_cua_dt": (1, 1, 23, 23, 23),
    }
    campaign.submit(
        "van_phong",
        {
            (code, year): value
            for code, values in series.items()
            for year, value in zip(YEARS, values, strict=False)
        },
    )
    jumps = [(f.indicator, f.period) for f in campaign.check().findings if f.code == "trend.jump"]
    assert jumps == [("pakn_tiep_nhan", "2017")]


def test_jump_threshold_is_configurable(cchc_campaign):
    from cchc_core.testing import SAMPLE_CONFIG

    spike = {
        ("tc_da_kiem_tra", "2017"): 10,
        ("tc_da_kiem_tra", "2018"): 100,
        ("tc_da_kiem_tra", "2019"): 10,
    }
    default = cchc_campaign()
    default.submit("tu_phap", spike)
    assert "trend.jump" in codes_of(default.check().findings)
    relaxed = cchc_campaign(SAMPLE_CONFIG + "\n[check]\njump_ratio = 20.0\njump_min = 10\n")
    relaxed.submit("tu_phap", spike)
    assert "trend.jump" not in codes_of(relaxed.check().findings)


def test_a_merged_commune_reporting_one_former_commune_is_warned(campaign):
    campaign.submit(
        "xa_lia",
        {
            ("cc_giao", "2019"): 11,
            ("cc_giao", "2020-den-03-31"): 22,
            ("cc_co_mat", "2019"): 21,
            ("cc_co_mat", "2020-den-03-31"): 22,
        },
    )
    findings = [f for f in campaign.check().findings if f.code == "trend.merged-history"]
    assert [f.indicator for f in findings] == ["cc_giao"]
    assert "Xã Lìa được sáp nhập từ xã A Túc và xã A Xing:" in findings[0].message
    assert findings[0].period == "2019"


def test_empty_narrative_parts_are_warned_owner_parts_one_by_one(campaign):
    campaign.submit_outline(
        "van_phong",
        {
            "P1.II.2.1.a": [
                Paragraph("Đã rà soát 215 thủ tục."),
                Table(("Năm", "Số"), [("2019", "5")]),
            ],
        },
    )
    findings = campaign.check().for_unit("van_phong")
    owned = [f for f in findings if f.code == "narrative.empty-owned-part"]
    assert any("II.2.1.b" in f.message for f in owned)
    assert not any("II.2.1.a" in f.message for f in owned)
    [summary] = [f for f in findings if f.code == "narrative.empty-parts"]
    assert "I.1" in summary.message


def test_plugins_add_code_checks_through_the_validate_hook(cchc_campaign):
    from cchc_core import Finding, Severity, hookimpl
    from cchc_core.plugin.manager import make_plugin_manager

    class ExtraCheck:
        @hookimpl
        def cchc_validate(self, submission):
            if submission.unit == "xa_lia":
                return [Finding("plugin.demo", Severity.WARNING, "Kiểm tra riêng của plugin.")]
            return None

    pm = make_plugin_manager(plugins=[("extra", ExtraCheck())])
    campaign = cchc_campaign(plugin_manager=pm)
    campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): 10})  # a blank form is not checked
    [finding] = [f for f in campaign.check().findings if f.code == "plugin.demo"]
    assert finding.unit == "xa_lia"


def test_inbox_files_are_never_modified(campaign):
    campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=1/0"})
    campaign.submit_outline("van_phong", {"P1.I.1": [Paragraph("<b>{{ 7*7 }}</b>")]})
    (campaign.inbox_dir / "rỗng.xlsx").write_bytes(b"")
    before = {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in campaign.inbox_dir.iterdir()
    }
    campaign.check()
    after = {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in campaign.inbox_dir.iterdir()
    }
    assert before == after


def test_lock_and_hidden_files_are_skipped(campaign):
    (campaign.inbox_dir / "~$xa_lia.xlsx").write_bytes(b"lock")
    (campaign.inbox_dir / ".DS_Store").write_bytes(b"x")
    hidden = campaign.inbox_dir / ".git"
    hidden.mkdir()
    (hidden / "config").write_text("x")
    result = campaign.check()
    assert result.findings == ()
    assert set(result.collection.skipped) == {"~$xa_lia.xlsx", ".DS_Store"}


def test_check_command_exit_codes_json_and_strict(campaign):
    runner = CliRunner()
    campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 5))
    folder = str(campaign.root)
    warnings_only = runner.invoke(main, ["check", folder])
    assert warnings_only.exit_code == 0, warnings_only.output
    assert "Xã Lìa" in warnings_only.output
    assert runner.invoke(main, ["check", folder, "--strict"]).exit_code == 1
    (campaign.inbox_dir / "hỏng.xlsx").write_bytes(b"PK\x03\x04 broken")
    result = runner.invoke(main, ["check", folder, "--json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    [refusal] = [f for f in data["findings"] if f["file"] == "hỏng.xlsx"]
    assert refusal["severity"] == "error"
    assert runner.invoke(main, ["check", str(campaign.root / "khong-co")]).exit_code == 2


def test_a_form_saved_again_by_libreoffice_reads_the_same(campaign, libreoffice):
    values = {
        **every_year("hs_tiep_nhan_xa", 400),
        **every_year("hs_da_giai_quyet_xa", 390),
        **every_year("hs_dung_han_xa", 385),
        ("cc_giao", "2019"): 21,
    }
    original = campaign.submit("xa_lia", values, filename="lia.xlsx")
    converted = libreoffice(original, "xlsx")
    original.unlink()
    shutil.copy(converted, campaign.inbox_dir / "Xã Lìa (LibreOffice).xlsx")
    result = campaign.check()
    assert not result.errors, [f.message for f in result.errors]
    assert result.values["xa_lia"].number("hs_dung_han_xa", "2019") == 385


def test_a_replaced_files_errors_no_longer_count(campaign):
    draft = campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): "=1+1"}, filename="nháp.xlsx")
    final = campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 10), filename="chính thức.xlsx")
    stabilize(draft, date(2020, 5, 10))
    stabilize(final, date(2020, 5, 15))
    result = campaign.check()
    assert "xa_lia" not in result.invalid_units
    assert not result.errors


def test_a_refused_file_beside_a_good_one_is_only_a_warning(campaign):
    campaign.submit("xa_lia", every_year("hs_tiep_nhan_xa", 10))
    path = campaign.submit("xa_lia", {}, filename="Xã Lìa cũ.xlsx")
    workbook = load_workbook(path)
    for prop in workbook.custom_doc_props:
        if prop.name == form_layout.PROP_CATALOGUE:
            prop.value = "0123456789"
    del workbook.custom_doc_props[form_layout.PROP_SECTIONS]  # a form from before them
    workbook.save(path)
    result = campaign.check()
    [old] = [f for f in result.findings if f.code == "form.old-catalogue"]
    assert not old.is_error and "xa_lia.xlsx" in old.message
    assert "xa_lia" not in result.invalid_units


def test_a_file_named_after_the_office_it_is_sent_to_is_accepted(campaign):
    folder = campaign.inbox_dir / "Văn phòng"
    campaign.submit(
        "xa_lia",
        {("hs_tiep_nhan_xa", "2019"): 10},
        filename="Văn phòng/Biểu thống kê gửi Phòng Nội vụ.xlsx",
    )
    assert folder.is_dir()
    result = campaign.check()
    assert not result.errors
    assert "xa_lia" in result.values


def test_a_table_with_merged_cells_in_a_report_is_read_once_per_cell(campaign):
    from docx import Document

    path = campaign.submit_outline(
        "van_phong", {"P1.II.2.1.a": [Table(("A", "B", "C", "D"), [("1", "2", "3", "4")])]}
    )
    document = Document(str(path))
    table = document.tables[-2]  # the last is the closing block ("Nơi nhận", signature)
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    document.save(str(path))
    narrative = campaign.check().narratives["van_phong"]["P1.II.2.1.a"]
    [read] = [b for b in narrative.blocks if isinstance(b, Table)]
    assert read.header == ("A B", "C D", "", "")  # padded to the widest row, no repeats
    assert read.rows == (("1", "2", "3", "4"),)


def test_text_typed_with_track_changes_on_is_read_and_deleted_text_is_not(campaign):
    from docx import Document
    from docx.oxml import parse_xml

    path = campaign.submit_outline("van_phong", {"P1.II.2.1.a": [Paragraph("Đã rà soát")]})
    document = Document(str(path))
    [paragraph] = [p for p in document.paragraphs if p.text == "Đã rà soát"]
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for xml in (
        f'<w:ins {w} w:id="1" w:author="Xã" w:date="2020-05-12T00:00:00Z">'
        '<w:r><w:t xml:space="preserve"> 215 thủ tục</w:t></w:r></w:ins>',
        f'<w:del {w} w:id="2" w:author="Xã" w:date="2020-05-12T00:00:00Z">'
        "<w:r><w:delText> 300 thủ tục</w:delText></w:r></w:del>",
        f'<w:hyperlink {w}><w:r><w:t xml:space="preserve"> (xem cổng</w:t></w:r></w:hyperlink>',
        f"<w:r {w}><w:tab/><w:t>thông tin).</w:t></w:r>",
    ):
        paragraph._p.append(parse_xml(xml))
    document.save(str(path))
    narrative = campaign.check().narratives["van_phong"]["P1.II.2.1.a"]
    assert [b.text for b in narrative.blocks] == ["Đã rà soát 215 thủ tục (xem cổng thông tin)."]


def test_guidance_lines_are_skipped_however_the_styles_part_writes_their_style_name(campaign):
    path = campaign.submit_outline("van_phong", {"P1.II.2.1.a": [Paragraph("Đã rà soát.")]})
    plain = campaign.check().narratives["van_phong"]
    referenced = b"CCHC H&#432;&#7899;ng d&#7851;n"  # the same name, as character references
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == "word/styles.xml":
                assert "CCHC Hướng dẫn".encode() in data
                data = data.replace("CCHC Hướng dẫn".encode(), referenced)
            target.writestr(info, data)
    assert campaign.check().narratives["van_phong"] == plain


def test_an_empty_content_controls_placeholder_is_not_read_as_text(campaign):
    from docx import Document
    from docx.oxml import parse_xml

    path = campaign.submit_outline("van_phong", {"P1.II.2.1.a": [Paragraph("Đã rà soát.")]})
    document = Document(str(path))
    [paragraph] = [p for p in document.paragraphs if p.text == "Đã rà soát."]
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {w}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>"
            "<w:t>Bấm hoặc gõ nhẹ vào đây để nhập văn bản.</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    document.save(str(path))
    narrative = campaign.check().narratives["van_phong"]["P1.II.2.1.a"]
    assert [b.text for b in narrative.blocks] == ["Đã rà soát."]


def test_a_blank_form_filled_twice_starts_blank_each_time(campaign):
    """The filler keeps each blank workbook open between fills: what one fill typed, its value
    and the date format openpyxl gives a typed date, is gone for the next."""
    from datetime import datetime

    from openpyxl import load_workbook

    campaign.submit(
        "xa_lia", {("hs_tiep_nhan_xa", "2019"): datetime(2020, 1, 5)}, filename="a.xlsx"
    )
    second = campaign.submit("xa_lia", {("hs_da_giai_quyet_xa", "2019"): 7}, filename="b.xlsx")
    cells = [c for ws in load_workbook(second).worksheets for row in ws.iter_rows() for c in row]
    assert 7 in [c.value for c in cells]
    assert not [c for c in cells if isinstance(c.value, datetime) or getattr(c, "is_date", False)]


def test_a_zip_bomb_is_refused_before_any_parser_opens_it(campaign):
    path = campaign.inbox_dir / "bom.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    [finding] = campaign.check().findings
    assert finding.code == "file.zip-bomb" and finding.is_error


def test_text_written_under_a_title_that_takes_none_is_named_not_dropped(cchc_campaign):
    """A unit types under a heading that only titles its sub-headings (or under one that became
    so when a plugin split it after the outlines went out): the report cannot place that text,
    and the check says so instead of leaving it out silently."""
    campaign = cchc_campaign()
    campaign.submit_outline(
        "xa_lia",
        {"P1.I.4": ["Đánh giá chung viết ngay dưới tiêu đề."], "P1.I.1": ["Đã ban hành."]},
    )
    [warning] = [f for f in campaign.check().warnings if f.code == "outline.text-under-title"]
    assert warning.unit == "xa_lia" and warning.location.part == "I.4"
    assert "“Đánh giá chung về công tác triển khai” không được đưa vào báo cáo" in warning.message
    assert "Chép đoạn văn vào đề mục con" in warning.hint
