"""Aggregate, explain, the Phụ lục 1 workbook and submission status, on a small campaign with
figures computed by hand."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cchc_core import Paragraph
from cchc_core.cli import main
from cchc_core.collect.inbox import VIETNAM
from cchc_core.documents.appendix_workbook import write_appendix
from cchc_core.figures.status import State

Y2019, Q2020 = "2019", "2020-den-03-31"


@pytest.fixture
def campaign(cchc_campaign):
    campaign = cchc_campaign()
    # Khe Sanh: 1000 resolved, 990 on time (99%); Hướng Lập: 100 resolved, 80 on time (80%)
    campaign.submit(
        "tt_khe_sanh",
        {
            ("hs_tiep_nhan_xa", Y2019): 1010,
            ("hs_da_giai_quyet_xa", Y2019): 1000,
            ("hs_dung_han_xa", Y2019): 990,
            ("cc_giao", Y2019): 23,
            ("cc_co_mat", Y2019): 22,
        },
    )
    campaign.submit(
        "xa_huong_lap",
        {
            ("hs_tiep_nhan_xa", Y2019): 100,
            ("hs_da_giai_quyet_xa", Y2019): 100,
            ("hs_dung_han_xa", Y2019): 80,
            ("cc_giao", Y2019): 21,
            ("cc_co_mat", Y2019): 21,
        },
    )
    campaign.submit("noi_vu", {("cc_giao", Y2019): 110, ("cc_co_mat", Y2019): 104})
    return campaign


def test_district_rate_is_the_ratio_of_sums_not_the_mean_of_rates(campaign):
    figure = campaign.aggregate().total("hs_ty_le_xa", Y2019)
    assert figure.numerator == 1070 and figure.denominator == 1100
    assert figure.value == pytest.approx(1070 / 1100 * 100)  # 97.27, not (99 + 80) / 2
    assert {c.role for c in figure.contributions} == {"tử số", "mẫu số"}


def test_sums_across_levels_and_who_is_left_out(campaign):
    figure = campaign.aggregate().total("cc_giao", Y2019)
    assert figure.value == 23 + 21 + 110
    assert figure.not_submitted == ("Xã Lìa",)
    assert sorted(c.unit for c in figure.contributions) == ["noi_vu", "tt_khe_sanh", "xa_huong_lap"]


def test_a_percentage_typed_by_several_units_is_never_added_up(cchc_campaign, cchc_manager):
    from cchc_core import (
        AcrossUnits,
        Domain,
        FieldPlugin,
        Indicator,
        Measure,
        Reporters,
        Section,
    )

    rate = Indicator(
        "ty_le_mot_cua_dt",
        "Tỷ lệ hồ sơ qua một cửa điện tử",
        section="IX",
        domain="thu",
        reporters=Reporters(communes=True),
        measure=Measure.PERCENT,
    )
    assert rate.across_units is AcrossUnits.SUM  # the default a plugin author may leave
    plugin = FieldPlugin(
        domains=(Domain("thu", "Thử", "Thử", owner="noi_vu", slug="thu"),),
        sections=(Section("IX", "Mục thử", compiler="Phòng Nội vụ", order=90),),
        indicators=(rate,),
    )
    campaign = cchc_campaign(plugin_manager=cchc_manager(plugin))
    campaign.submit("tt_khe_sanh", {("ty_le_mot_cua_dt", Y2019): 90})
    campaign.submit("xa_huong_lap", {("ty_le_mot_cua_dt", Y2019): 80})
    figure = campaign.aggregate().total("ty_le_mot_cua_dt", Y2019)
    assert figure.value == 85  # not 170
    assert figure.method == AcrossUnits.MEAN.label


def test_a_unit_with_errors_is_left_out_of_the_totals_and_named(campaign):
    campaign.submit("xa_lia", {("cc_giao", Y2019): 20, ("cc_co_mat", Y2019): 25})  # 25 > 20
    dataset = campaign.aggregate()
    figure = dataset.total("cc_giao", Y2019)
    assert figure.value == 154
    assert figure.excluded == ("Xã Lìa",)
    assert not dataset.is_valid("xa_lia")


def test_empty_cells_are_named_not_counted_as_zero(campaign):
    figure = campaign.aggregate().total("hs_tiep_nhan_xa", "2018")
    assert figure.value is None
    assert set(figure.missing) == {"Thị trấn Khe Sanh", "Xã Hướng Lập"}


def test_phase_figures_flows_need_every_year_stocks_take_the_last(cchc_campaign):
    campaign = cchc_campaign()
    years = ("2015", "2016", "2017", "2018", "2019", Q2020)
    campaign.submit(
        "van_phong",
        {
            **{("pakn_tiep_nhan", y): v for y, v in zip(years, (1, 2, 3, 4, 5, 6), strict=True)},
            **{("tthc_cap_huyen", y): v for y, v in zip(years, (9, 9, 8, 8, 7, 7), strict=True)},
        },
    )
    dataset = campaign.aggregate()
    assert dataset.phase("pakn_tiep_nhan", "2016-2020").value == 2 + 3 + 4 + 5 + 6
    assert "31/3/2020" in dataset.phase("pakn_tiep_nhan", "2016-2020").note
    assert dataset.phase("pakn_tiep_nhan", "2011-2015").value is None
    assert dataset.phase("tthc_cap_huyen", "2011-2015").value == 9
    assert dataset.phase("tthc_cap_huyen", "2016-2020").value == 7


def test_explain_names_every_contribution_with_file_and_cell(campaign):
    explanation = campaign.explain("hs_ty_le_xa", 2019)
    [(label, figure)] = explanation.figures
    assert label == "Năm 2019"
    assert explanation.show(figure) == "97,3%"
    result = CliRunner().invoke(
        main, ["explain", str(campaign.root), "hs_ty_le_xa", "--year", "2019"]
    )
    assert result.exit_code == 0, result.output
    assert "97,3%" in result.output
    assert "tt_khe_sanh.xlsx" in result.output
    assert "III!I" in result.output  # the 2019 column of sheet III
    assert "Chưa nộp: Xã Lìa" in result.output


def test_explain_finds_an_indicator_by_a_piece_of_its_label(campaign):
    assert campaign.explain("4 tại chỗ").indicator.code == "mc_bon_tai_cho"
    result = CliRunner().invoke(main, ["explain", str(campaign.root), "hồ sơ"])
    assert result.exit_code == 2
    assert "hs_ty_le_xa" in result.output


def test_explain_json(campaign):
    result = CliRunner().invoke(main, ["explain", str(campaign.root), "cc_giao", "--json"])
    data = json.loads(result.output)
    assert data["code"] == "cc_giao"
    [y2019] = [f for f in data["figures"] if f["period"] == Y2019]
    assert y2019["value"] == 154


def test_appendix_workbook_has_every_row_totals_units_and_sources(campaign, tmp_path):
    target = write_appendix(campaign.aggregate(), tmp_path / "phu-luc-1.xlsx")
    workbook = load_workbook(target)
    assert workbook.sheetnames[:2] == ["Phụ lục 1", "Theo giai đoạn"]
    assert {"Thị trấn Khe Sanh", "Xã Hướng Lập", "Phòng Nội vụ", "Nguồn số liệu"} <= set(
        workbook.sheetnames
    )
    sheet = workbook["Phụ lục 1"]
    code_column = max(c.column for c in sheet[6] if c.value == "Mã chỉ tiêu")
    rows = {r[code_column - 1].value: r for r in sheet.iter_rows() if r[code_column - 1].value}
    catalogue = campaign.catalogue
    assert set(rows) >= {i.code for i in catalogue.indicators}
    rate = rows["hs_ty_le_xa"][8]  # column I: 2019, after "Đơn vị tính" in D
    assert rate.value == pytest.approx(1070 / 1100)
    assert rate.number_format == "[$-42A]0.0%"  # shown 97,3% whatever the computer's language
    assert rows["cc_giao"][8].value == 154
    assert rows["cc_giao"][3].value == "người"
    assert "Chưa nộp: xã Lìa" in rows["cc_giao"][10].value
    assert sheet.freeze_panes == "E7"
    sources = [[c.value for c in r] for r in workbook["Nguồn số liệu"].iter_rows(min_row=2)]
    assert any(r[1] == "Xã Lìa" and r[6] == "Chưa nộp" for r in sources)
    assert any(r[2] == "tt_khe_sanh.xlsx" and len(r[10]) == 64 for r in sources)


def test_text_from_a_unit_is_never_written_as_a_formula(cchc_campaign, tmp_path):
    campaign = cchc_campaign()
    path = campaign.submit("van_hoa_thong_tin", {}, notes={})
    workbook = load_workbook(path)
    sheet = workbook["I"]
    for row in sheet.iter_rows(min_row=7):
        if row[0].value == "cd_hinh_thuc_khac":
            cell = row[7]
            cell.value, cell.data_type = '=HYPERLINK("http://x","bấm")', "s"
            note = row[10]
            note.value, note.data_type = "@SUM(1+1)", "s"
    workbook.save(path)
    target = write_appendix(campaign.aggregate(), tmp_path / "phu-luc-1.xlsx")
    found = []
    for sheet in load_workbook(target).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=@":
                    found.append((cell.value, cell.data_type))
    assert ('=HYPERLINK("http://x","bấm")', "s") in found
    assert ("@SUM(1+1)", "s") in found
    assert all(kind == "s" for _, kind in found)


FILLED = {
    ("hs_tiep_nhan_xa", "2019"): 120
}  # a form with a figure in it (a blank one is no delivery)
WRITTEN = {"P1.I.1": [Paragraph("Đã ban hành kế hoạch và triển khai thực hiện.")]}


def _arrive(campaign, path, day):
    campaign.received_on(path, datetime(day.year, day.month, day.day, 16, 30, tzinfo=VIETNAM))


@pytest.mark.parametrize(
    ("arrival", "state", "late"),
    [
        (date(2020, 5, 19), State.ON_TIME, 0),
        (date(2020, 5, 20), State.ON_TIME, 0),
        (date(2020, 5, 21), State.LATE, 1),
        (date(2020, 5, 25), State.LATE, 5),
    ],
)
def test_status_around_the_deadline(cchc_campaign, arrival, state, late):
    campaign = cchc_campaign()
    for path in (campaign.submit("xa_lia", FILLED), campaign.submit_outline("xa_lia", WRITTEN)):
        _arrive(campaign, path, arrival)
    report = campaign.status(date(2020, 5, 26))
    [row] = [r for r in report.rows if r.unit == "xa_lia" and r.task == "2.1"]
    assert (row.state, row.days_late) == (state, late)


def test_status_before_and_after_the_deadline_for_a_unit_that_sent_nothing(cchc_campaign):
    campaign = cchc_campaign()
    before = campaign.status(date(2020, 5, 20))
    after = campaign.status(date(2020, 5, 21))
    [row] = [r for r in before.rows if r.unit == "xa_lia"]
    assert row.state is State.NOT_DUE
    [row] = [r for r in after.rows if r.unit == "xa_lia"]
    assert (row.state, row.days_late) == (State.MISSING, 1)


def test_status_uses_the_received_date_override_and_ignores_files_after_as_of(cchc_campaign):
    from cchc_core.testing import SAMPLE_CONFIG

    config = SAMPLE_CONFIG + (
        '\n[[received]]\nfile = "Lìa.xlsx"\ndate = 2020-05-18\n'
        '\n[[received]]\nfile = "Lìa đề cương.docx"\ndate = "18/5/2020"\n'
    )
    campaign = cchc_campaign(config)
    for path in (
        campaign.submit("xa_lia", FILLED, filename="Lìa.xlsx"),
        campaign.submit_outline("xa_lia", WRITTEN, filename="Lìa đề cương.docx"),
    ):
        path.touch()  # copied into the inbox later: its modification time says nothing
    [row] = [r for r in campaign.status(date(2020, 5, 26)).rows if r.unit == "xa_lia"]
    assert row.state is State.ON_TIME
    assert row.received.date() == date(2020, 5, 18)
    campaign.submit("xa_huong_lap", FILLED, filename="late.xlsx")
    _arrive(campaign, campaign.inbox_dir / "late.xlsx", date(2020, 5, 28))
    [row] = [r for r in campaign.status(date(2020, 5, 26)).rows if r.unit == "xa_huong_lap"]
    assert row.state is State.MISSING  # not yet received on 26/5


def test_a_unit_that_sent_only_its_form_is_incomplete(cchc_campaign):
    campaign = cchc_campaign()
    _arrive(campaign, campaign.submit("xa_lia", FILLED), date(2020, 5, 15))
    [row] = [r for r in campaign.status(date(2020, 5, 26)).rows if r.unit == "xa_lia"]
    assert row.state is State.INCOMPLETE
    assert row.missing_parts == ("báo cáo theo đề cương",)
    assert "thiếu báo cáo theo đề cương" in row.label


def test_reporting_rates_and_reminders_per_group(cchc_campaign):
    campaign = cchc_campaign()
    for unit, day in (("xa_lia", date(2020, 5, 15)), ("tt_khe_sanh", date(2020, 5, 22))):
        _arrive(campaign, campaign.submit(unit, FILLED), day)
        _arrive(campaign, campaign.submit_outline(unit, WRITTEN), day)
    report = campaign.status(date(2020, 5, 26))
    [communes] = [g for g in report.rates if g.task == "2.1"]
    assert (communes.expected, communes.submitted, communes.on_time) == (3, 2, 1)
    assert communes.reporting_rate == pytest.approx(200 / 3)
    reminders = {r.unit: r.state for r in report.reminders if r.task == "2.1"}
    assert reminders == {"tt_khe_sanh": State.LATE, "xa_huong_lap": State.MISSING}


def test_status_command_writes_the_workbook(cchc_campaign):
    campaign = cchc_campaign()
    result = CliRunner().invoke(main, ["status", str(campaign.root), "--as-of", "2020-05-21"])
    assert result.exit_code == 1  # units still to remind
    assert "Cần đôn đốc" in result.output
    workbook = load_workbook(campaign.output_dir / "tinh-hinh-nop-bao-cao.xlsx")
    assert workbook.sheetnames == ["Tình hình nộp", "Tỷ lệ nộp", "Cần đôn đốc", "Nhiệm vụ"]
    assert "21/5/2020" in workbook["Tình hình nộp"]["A1"].value
    tasks = [r[0].value for r in workbook["Nhiệm vụ"].iter_rows(min_row=5)]
    assert tasks == ["2.1", "2.2", "3.2", "3.9"]


def test_a_terminal_shows_the_first_rows_of_a_long_list_and_where_the_rest_is(
    cchc_campaign, monkeypatch
):
    from cchc_core import present

    campaign = cchc_campaign()
    shown = CliRunner().invoke(main, ["status", str(campaign.root), "--as-of", "2020-05-21"])
    owing = [line for line in shown.output.splitlines() if "\t20/5/2020\t" in line]
    assert len(owing) > 2
    monkeypatch.setattr(present, "ROWS_SHOWN", 2)
    piped = CliRunner().invoke(main, ["status", str(campaign.root), "--as-of", "2020-05-21"])
    assert piped.output == shown.output  # a script reading the output gets every row
    monkeypatch.setattr(present, "_on_terminal", lambda: True)
    result = CliRunner().invoke(main, ["status", str(campaign.root), "--as-of", "2020-05-21"])
    listed = result.output.split("Cần đôn đốc", 1)[1].split("dòng khác", 1)[0]
    assert len([line for line in listed.splitlines() if "20/5/2020" in line]) == 2
    assert (
        f"… và {len(owing) - 2} dòng khác: xem đủ trong tinh-hinh-nop-bao-cao.xlsx, trang “Cần "
        "đôn đốc”." in " ".join(result.output.split())
    )
    # the workbook still lists every one of them
    workbook = load_workbook(campaign.output_dir / "tinh-hinh-nop-bao-cao.xlsx")
    rows = [r for r in workbook["Cần đôn đốc"].iter_rows(min_row=7, values_only=True) if r[0]]
    assert len(rows) == len(owing)


def test_a_rate_of_two_end_of_year_counts_takes_the_last_year_for_the_phase(cchc_campaign):
    campaign = cchc_campaign()
    years = ("2016", "2017", "2018", "2019", Q2020)
    campaign.submit(
        "van_phong",
        {
            **{("hdh_dvctt", y): v for y, v in zip(years, (12, 25, 48, 96, 110), strict=True)},
            **{("hdh_dvctt_co_ho_so", y): v for y, v in zip(years, (1, 3, 6, 11, 9), strict=True)},
        },
    )
    figure = campaign.aggregate().phase("hdh_dvctt_ty_le_phat_sinh", "2016-2020")
    assert figure.value == pytest.approx(9 / 110 * 100)
    assert "cuối giai đoạn" in figure.method


def test_a_rate_of_nothing_over_nothing_is_stated_not_treated_as_missing(cchc_campaign):
    campaign = cchc_campaign()
    campaign.submit(
        "xa_lia",
        {
            **{("hs_tiep_nhan_xa", y): 0 for y in ("2016", "2017", "2018", "2019", Q2020)},
            **{("hs_da_giai_quyet_xa", y): 0 for y in ("2016", "2017", "2018", "2019", Q2020)},
            **{("hs_dung_han_xa", y): 0 for y in ("2016", "2017", "2018", "2019", Q2020)},
        },
    )
    campaign.submit(
        "tt_khe_sanh",
        {
            ("hs_tiep_nhan_xa", "2019"): 10,
            ("hs_da_giai_quyet_xa", "2019"): 10,
            ("hs_dung_han_xa", "2019"): 9,
        },
    )
    dataset = campaign.aggregate()
    assert "Mẫu số bằng 0" in dataset.total("hs_ty_le_xa", "2018").note
    assert campaign.explain("hs_ty_le_xa", 2018).show(dataset.total("hs_ty_le_xa", "2018")) == (
        "(Mẫu số bằng 0: không tính được tỷ lệ)"
    )


def test_counts_on_the_terminal_are_written_the_vietnamese_way(monkeypatch, capsys):
    from cchc_core import present

    monkeypatch.setattr(present, "_on_terminal", lambda: True)
    rows = [(f"Xã Thử {n:05d}", "2.1") for n in range(1_200)]
    present._table("Cần đôn đốc", ("Đơn vị", "Nhiệm vụ"), rows, full_list="tệp, trang")
    shown = capsys.readouterr().out
    assert "… và 1.050 dòng khác: xem đủ trong tệp, trang." in shown
    assert "Xã Thử 00149" in shown and "Xã Thử 00150" not in shown
