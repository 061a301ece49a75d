"""From commune to province: three district campaigns answer through their roll-up files, and the
province reads them like any unit's forms."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cchc_core.campaign import Campaign
from cchc_core.cli import main
from cchc_core.demo.province import deliver_rollups, province_config_text
from cchc_core.demo.synthetic import create, fill_inbox
from cchc_core.documents.rollup import FOLDER, write_rollup
from cchc_core.forms import layout
from cchc_core.testing import docx_text
from cchc_core.util import vnformat

DISTRICTS = (("Hướng Hóa", "huong_hoa", 3), ("Gio Linh", "gio_linh", 4), ("Cam Lộ", "cam_lo", 5))


@pytest.fixture(scope="module")
def levels(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Campaign], Campaign]:
    """Three small district campaigns with their roll-up files, and the province reading them."""
    root = tmp_path_factory.mktemp("levels")
    districts = []
    for name, unit_id, communes in DISTRICTS:
        district = create(root / unit_id, 13 + communes, name, unit_id)
        fill_inbox(district, offices=False)
        if unit_id == "cam_lo":  # a file name a spreadsheet would take for a formula
            first = sorted(district.inbox_dir.iterdir())[0]
            first.rename(first.with_name("=HYPERLINK(1)" + first.name))
        write_rollup(district.aggregate(), district.output_dir / FOLDER)
        districts.append(district)
    units = [(d.config.district.id, d.config.district.full_name) for d in districts]
    province = Campaign.new(root / "tinh", config_text=province_config_text(units))
    for district in districts:
        deliver_rollups(district, province)
    return districts, province


def test_the_roll_up_is_the_provinces_form_filled_with_the_districts_totals(levels):
    districts, _ = levels
    district = districts[0]
    workbook = load_workbook(district.output_dir / FOLDER / "huong_hoa.xlsx")
    properties = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert properties[layout.PROP_UNIT] == "huong_hoa"
    assert properties[layout.PROP_CATALOGUE] == district.catalogue.version
    assert workbook[layout.SOURCES_SHEET].sheet_state == "veryHidden"
    sheet = workbook["III"]
    row = next(r for r in sheet.iter_rows() if r[0].value == "hs_tiep_nhan_xa")
    column = next(c.column for c in sheet[1] if c.value == "2019")
    assert row[column - 1].value == district.aggregate().total("hs_tiep_nhan_xa", "2019").value
    assert (district.output_dir / FOLDER / "huong_hoa-de-cuong.docx").is_file()
    # the district sends the file: its instructions are not the blank form's, due to itself
    instructions = [c.value for r in workbook[layout.INSTRUCTIONS_SHEET].iter_rows() for c in r]
    text = "\n".join(v for v in instructions if isinstance(v, str))
    assert "Gửi về: UBND tỉnh Quảng Trị, kèm báo cáo theo đề cương" in text
    assert "Đơn vị báo cáo: UBND huyện Hướng Hóa" in text
    assert "Thời hạn gửi" not in text and "UBND huyện (qua" not in text
    assert sheet.cell(layout.REPORTER_ROW, layout.STT_COLUMN).value.startswith(
        "Đơn vị báo cáo: UBND huyện Hướng Hóa  —  (Số liệu tổng hợp theo Kế hoạch số 19/KH-UBND"
    )
    outline = "\n".join(docx_text(district.output_dir / FOLDER / "huong_hoa-de-cuong.docx"))
    assert "Gửi tệp này cùng biểu thống kê (huong_hoa.xlsx) về UBND tỉnh Quảng Trị." in outline
    assert "Nơi nhận:\n- UBND tỉnh Quảng Trị;" in outline and "(qua Phòng Nội vụ)" not in outline
    # the district's own conference, from its [conference]: 25/5, the file made on 26/5
    assert district.config.reference_date > district.config.conference.date  # type: ignore[union-attr]
    assert "\nNgày tổ chức hội nghị tổng kết của đơn vị: 25/5/2020\n" in outline


def test_the_provinces_totals_are_the_sums_of_the_districts(levels):
    districts, province = levels
    result = province.check()
    assert not result.errors, [f.message for f in result.errors][:3]
    totals = province.aggregate(result)
    below = [d.aggregate() for d in districts]
    compared = 0
    for indicator in province.catalogue.indicators:
        if indicator.is_heading or indicator.ratio or indicator.measure.value != "count":
            continue
        for period in province.config.periods:
            parts = [d.total(indicator.code, period.key).value for d in below]
            figure = totals.total(indicator.code, period.key)
            if all(p is not None for p in parts):
                assert figure.value == sum(parts), (indicator.code, period.key)
                compared += 1
            else:
                assert figure.missing or figure.value is None
    assert compared > 40
    rate = totals.total("hs_ty_le_xa", "2019")
    numerators = [d.total("hs_dung_han_xa", "2019").value for d in below]
    denominators = [d.total("hs_da_giai_quyet_xa", "2019").value for d in below]
    assert rate.value == pytest.approx(sum(numerators) / sum(denominators) * 100)


def test_the_province_names_its_units_as_a_province_does(levels):
    from cchc_core.documents.narrator import Narrator
    from cchc_core.figures.notes import reporters_label

    _, province = levels
    result = province.check()
    dataset = province.aggregate(result)
    assert dataset.coverage.sentence.startswith(
        "Số liệu được tổng hợp từ biểu thống kê của 3/9 sở, ban, ngành và UBND huyện, thị xã, "
        "thành phố"
    )
    row = province.catalogue.indicator("hs_tiep_nhan_xa")
    assert reporters_label(row.reporters, dataset) == "UBND các huyện, thị xã, thành phố"
    labels = dict(province.status(check=result).group_labels)
    assert labels["communes"] == "UBND các huyện, thị xã, thành phố"
    table = Narrator(dataset).units_table(["hs_tiep_nhan_xa"])
    assert table.title.startswith("Kết quả của từng huyện, thị xã, thành phố")
    assert "xã, thị trấn" not in table.title


def test_the_provinces_documents_speak_of_the_province_not_a_district(levels, tmp_path):
    # found in review: "CỦA UBND HUYỆN QUẢNG TRỊ" on Phụ lục 1, "các PCT UBND huyện" among the
    # reminder's recipients, the districts' conferences counted as "xã, thị trấn"
    from cchc_core.documents.appendix_workbook import write_appendix
    from cchc_core.documents.feedback import write_unit_feedback
    from cchc_core.documents.reminder import write_reminder
    from cchc_core.documents.status_workbook import conference_sheet, write_status
    from cchc_core.testing import xlsx_rows

    _, province = levels
    result = province.check()
    name = province.config.district.name.upper()
    appendix = write_appendix(province.aggregate(result), tmp_path / "pl1.xlsx")
    titles = [row[0] for row in xlsx_rows(appendix, "Phụ lục 1")[:3]]
    assert any(f"CỦA UBND TỈNH {name} QUA CÁC NĂM" in str(title) for title in titles)
    status = province.status(check=result)
    assert conference_sheet(status) == "Hội nghị cấp huyện"
    assert status.words.below == "huyện, thị xã, thành phố"
    written = write_status(status, province.config, tmp_path / "status.xlsx")
    text = " ".join(
        str(v) for sheet in ("Tình hình nộp",) for r in xlsx_rows(written, sheet) for v in r
    )
    assert "UBND huyện" not in text.replace("UBND huyện, thị xã", "")
    letter = write_reminder(status, province.config, tmp_path / "nhac.docx")
    letter_text = "\n".join(docx_text(letter))
    assert "- CT, các PCT UBND tỉnh;" in letter_text and "UBND huyện;" not in letter_text
    district = next(unit for unit in province.config.units if unit.is_rollup)
    feedback = write_unit_feedback(
        result, province.config, district, tmp_path / "phan-hoi.docx", (), status.as_of
    )
    place = district.name.removeprefix("Huyện ")
    feedback_text = "\n".join(docx_text(feedback))
    assert f"Kính gửi: UBND huyện {place}." in feedback_text  # not "Huyện Gio Linh"
    # the summary under the title and the table's title name the district as its committee
    assert f"của UBND huyện {place}" in feedback_text and "của Huyện" not in feedback_text
    # the district remakes its roll-up: a figure typed over in the file would no longer add up
    assert f"Đề nghị UBND huyện {place} bổ sung, sửa tại huyện rồi lập lại tệp gửi cấp trên" in (
        feedback_text
    )
    assert "sửa ngay trên tệp đã gửi" not in feedback_text


def test_a_gap_in_a_roll_up_is_explained_as_the_districts_not_a_form_fillers(levels):
    # "không phát sinh thì ghi 0" is advice for a unit typing its form, not for a file cchc made
    _, province = levels
    findings = province.check().findings
    missing = [f for f in findings if f.code == "value.missing"]
    rollups = {u.id for u in province.config.units if u.is_rollup}
    assert {f.unit for f in missing} & rollups, "the districts' roll-ups have empty rows"
    for finding in (f for f in missing if f.unit in rollups):
        assert finding.message.startswith("Chưa có số liệu “")  # not "Chưa nhập": cchc added it
        assert "đề nghị huyện bổ sung, lập lại tệp (cchc build)" in finding.hint
        assert "ghi 0" not in finding.hint


def test_explain_at_the_province_reaches_the_communes_cell(levels):
    districts, province = levels
    figure = province.explain("hs_tiep_nhan_xa", 2019).figures[0][1]
    gio_linh = next(c for c in figure.contributions if c.unit == "gio_linh")
    assert gio_linh.file == "gio_linh.xlsx" and len(gio_linh.parts) == 4
    part = gio_linh.parts[-1]
    assert part.unit_name.startswith("Xã Thử")
    # the named cell of the named file in Gio Linh's inbox holds the value
    sheet = load_workbook(Path(districts[1].inbox_dir) / part.file)[part.sheet]
    assert sheet[part.cell].value == part.value
    assert sum(p.value for p in gio_linh.parts) == gio_linh.value

    shown = CliRunner().invoke(
        main, ["explain", str(province.root), "hs_tiep_nhan_xa", "--year", "2019"]
    )
    assert shown.exit_code == 0
    assert f"↳ {part.unit_name}" in shown.output and part.file in shown.output


def test_a_district_of_another_campaign_is_refused_by_name(levels, tmp_path):
    districts, _ = levels
    other = Campaign.new(
        tmp_path / "khac", config_text=province_config_text([("gio_linh", "Huyện Gio Linh")])
    )
    for name in ("huong_hoa.xlsx",):  # Hướng Hóa is not a unit of this province
        (other.inbox_dir / name).write_bytes((districts[0].output_dir / FOLDER / name).read_bytes())
    findings = other.check().errors
    assert [f.code for f in findings] == ["form.unknown-unit"]
    assert "huong_hoa" in findings[0].message and findings[0].location.file == "huong_hoa.xlsx"


def test_a_name_that_looks_like_a_formula_stays_text_in_the_roll_up(levels):
    districts, province = levels
    sheet = load_workbook(districts[2].output_dir / FOLDER / "cam_lo.xlsx")[layout.SOURCES_SHEET]
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
    figure = province.explain("hs_tiep_nhan_xa", 2019).figures[0][1]
    files = {p.file for c in figure.contributions for p in c.parts}
    assert any(f.startswith("=HYPERLINK(1)") for f in files)


def test_a_roll_up_total_typed_over_by_hand_is_pointed_out(levels, tmp_path):
    # found in review: Gio Linh's total changed by hand at the province read as sent, 14.000
    # over communes adding up to 13.224, and nothing said
    import shutil

    _, province = levels
    copy = Campaign.open(shutil.copytree(province.root, tmp_path / "tinh"))
    path = copy.inbox_dir / "gio_linh.xlsx"
    workbook = load_workbook(path)
    row = next(
        r for sheet in workbook for r in sheet.iter_rows() if r[0].value == "hs_tiep_nhan_xa"
    )
    cell = next(c for c in row if isinstance(c.value, (int, float)) and c.value)
    sent, cell.value = cell.value, cell.value + 1000
    workbook.save(path)
    findings = copy.check().findings
    [edited] = [f for f in findings if f.code == "rollup.edited"]
    assert edited.location.cell == cell.coordinate and edited.indicator == "hs_tiep_nhan_xa"
    assert f"khác tổng các số liệu cấp dưới ghi trong tệp ({vnformat.number(sent)})" in (
        edited.message
    )
    assert not [f for f in province.check().findings if f.code == "rollup.edited"]


def test_a_roll_up_made_for_another_province_is_refused(levels, tmp_path):
    # found in review: a roll-up is marked with its own district's campaign, so Gio Linh's file
    # made for another province (a district of that name elsewhere, or a province set wrong in
    # its cchc.toml) was read as this province's Gio Linh
    import shutil

    _, province = levels
    district = create(tmp_path / "gio_linh", 13 + 2, "Gio Linh", "gio_linh")
    toml = district.root / "cchc.toml"
    toml.write_text(
        toml.read_text("utf-8").replace('province = "Quảng Trị"', 'province = "Quảng Bình"'),
        "utf-8",
    )
    district = Campaign.open(district.root)
    fill_inbox(district, offices=False)
    write_rollup(district.aggregate(), district.output_dir / FOLDER)
    copy = Campaign.open(shutil.copytree(province.root, tmp_path / "tinh"))
    for name in ("gio_linh.xlsx", "gio_linh-de-cuong.docx"):
        shutil.copy(district.output_dir / FOLDER / name, copy.inbox_dir / name)
    errors = copy.check().errors
    assert [(f.code, f.location.file) for f in errors] == [
        ("outline.other-campaign", "gio_linh-de-cuong.docx"),
        ("form.other-campaign", "gio_linh.xlsx"),
    ]
    assert all("gửi tỉnh “Quảng Bình”, không phải tỉnh Quảng Trị" in f.message for f in errors)
    properties = {
        p.name: p.value
        for p in load_workbook(province.inbox_dir / "huong_hoa.xlsx").custom_doc_props.props
    }
    assert properties[layout.PROP_ADDRESSEE] == "Quảng Trị"  # what the province's own carry


def test_the_provinces_own_roll_up_goes_to_the_ministry(levels, tmp_path):
    _, province = levels
    workbook, outline = write_rollup(province.aggregate(), tmp_path)
    sheet = load_workbook(workbook)[layout.INSTRUCTIONS_SHEET]
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Đơn vị báo cáo: UBND tỉnh Quảng Trị" in text and "Gửi về: Bộ Nội vụ" in text
    assert "Nơi nhận:\n- Bộ Nội vụ;" in "\n".join(docx_text(outline))


def test_a_roll_up_says_its_conference_was_not_held_before_its_day_and_nothing_undated(
    levels, tmp_path
):
    # the province reads the line as the district's answer, so a guess would be worse than none
    import attrs

    from cchc_core.forms import outline_read
    from cchc_core.model.collector import ReadContext
    from cchc_core.model.submissions import InboxFile

    districts, province = levels
    dataset = districts[0].aggregate()
    config = dataset.config

    def conference_line(report_day: date | None, status_day: date | None) -> str | None:
        dated = attrs.evolve(
            config,
            report=attrs.evolve(config.report, date=report_day),
            status_as_of=status_day,
        )
        folder = tmp_path / f"{report_day}-{status_day}"
        _, outline = write_rollup(attrs.evolve(dataset, config=dated), folder)
        file = InboxFile(outline, outline.name, 0, "", datetime(2020, 6, 1), None, kind="docx")
        read = outline_read.read(file, ReadContext(province.catalogue, province.config))
        return read.conference.raw if read.conference else None

    assert conference_line(date(2020, 5, 20), None) == "Chưa tổ chức"
    assert conference_line(None, date(2020, 6, 1)) == "25/5/2020"
    assert conference_line(None, None) is None  # a draft dated only by its plan: not said


def test_the_demo_provinces_departments_send_their_files_before_the_deadline(levels, tmp_path):
    # found looking at the province demo: the departments' files said they were saved on the
    # day the demo ran, years after the campaign
    import shutil

    from cchc_core.demo.province import SAVED_BEFORE, fill_departments
    from cchc_core.util.office_parts import core_properties, saved_time
    from cchc_core.util.package_bytes import PackageBytes

    _, province = levels
    copy = Campaign.open(shutil.copytree(province.root, tmp_path / "tinh"))
    copy.forms()
    fill_departments(copy)
    deadline = min(
        t.deadline for t in copy.config.tasks_concerning(copy.config.offices[0]) if t.deadline
    )
    sent = sorted(copy.inbox_dir.glob("Sở *"))
    assert sent
    for path in sent:
        saved = saved_time(core_properties(PackageBytes(path.read_bytes())))
        assert saved is not None and (deadline - saved.date()).days == SAVED_BEFORE, path.name
