"""The district's 2011-2015 figures from its earlier review: the blank workbook, the filled one read
back (typed by hand, and saved by LibreOffice), the phase figures and each commune's, and the
mistakes a clerk makes copying figures."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from cchc_core import Campaign, Narrator
from cchc_core.forms.filler import fill_form
from cchc_core.testing import SAMPLE_CONFIG, SampleCampaign, sample_campaign

SOURCE = "Báo cáo số 189/BC-UBND ngày 15/10/2015 của UBND huyện sơ kết 5 năm"
SETTING = f'\n[earlier_review]\nfile = "so-ket.xlsx"\nsource = "{SOURCE}"\n'
FIGURES = {
    ("cd_van_ban_chi_dao", "huyen"): 100,
    ("hs_dung_han_xa", "tt_khe_sanh"): 900,
    ("hs_da_giai_quyet_xa", "tt_khe_sanh"): 1000,
    ("hs_dung_han_xa", "xa_huong_lap"): 450,
    ("hs_da_giai_quyet_xa", "xa_huong_lap"): 500,
    ("hs_dung_han_xa", "xa_lia"): 280,
    ("hs_da_giai_quyet_xa", "xa_lia"): 300,
    # the clerk's slip: the district total does not add up to the communes' (1.800)
    ("hs_tiep_nhan_xa", "huyen"): 1850,
    ("hs_tiep_nhan_xa", "tt_khe_sanh"): 1000,
    ("hs_tiep_nhan_xa", "xa_huong_lap"): 500,
    ("hs_tiep_nhan_xa", "xa_lia"): 300,
    ("bm_co_quan_chuyen_mon", "huyen"): "mười ba",
}


def campaign_with(tmp_path_factory, figures, setting=SETTING):
    sample = sample_campaign(
        tmp_path_factory.mktemp("earlier") / "dot", lambda: tmp_path_factory.mktemp("forms")
    )
    (sample.root / "cchc.toml").write_text(SAMPLE_CONFIG + setting, encoding="utf-8")
    if figures is not None:
        fill_form(sample.forms_dir / "so-ket-2011-2015.xlsx", sample.root / "so-ket.xlsx", figures)
    return SampleCampaign(Campaign.open(sample.root))


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    campaign = campaign_with(tmp_path_factory, FIGURES)
    years = ("2016", "2017", "2018", "2019", "2020-den-03-31")
    campaign.submit(
        "tt_khe_sanh",
        {
            **{("hs_da_giai_quyet_xa", y): 400 for y in years},
            **{("hs_tiep_nhan_xa", y): 400 for y in years},
            **{("hs_dung_han_xa", y): 392 for y in years},
        },
    )
    return campaign


@pytest.fixture(scope="module")
def dataset(campaign):
    return campaign.aggregate()


def test_cchc_forms_writes_the_blank_for_the_phase_the_statistics_do_not_cover(campaign):
    sheet = load_workbook(campaign.forms_dir / "so-ket-2011-2015.xlsx")["Số liệu sơ kết"]
    header = [cell.value for cell in sheet[6]]
    assert header[1:5] == ["STT", "Chỉ tiêu", "Đơn vị tính", "Toàn huyện, giai đoạn 2011-2015"]
    assert "Xã Lìa (gồm Xã A Túc và Xã A Xing)" in header
    codes = [row[0].value for row in sheet.iter_rows(min_row=7)]
    assert "hs_dung_han_xa" in codes and "hs_ty_le_xa" not in codes  # rates come from counts


def test_the_first_phase_comes_from_the_earlier_review_and_says_so(dataset):
    figure = dataset.phase("cd_van_ban_chi_dao", "2011-2015")
    assert figure.value == 100
    assert figure.method == f"theo {SOURCE}"
    [source] = figure.contributions
    assert (source.file, source.sheet) == ("so-ket.xlsx", "Số liệu sơ kết")


def test_a_rate_of_the_first_phase_is_the_ratio_of_the_communes_counts(dataset):
    figure = dataset.phase("hs_ty_le_xa", "2011-2015")
    assert (figure.numerator, figure.denominator) == (1630, 1800)
    assert figure.value == pytest.approx(1630 / 1800 * 100)


def test_each_communes_phases_side_by_side(dataset):
    assert dataset.unit_phase("xa_lia", "hs_ty_le_xa", "2011-2015") == pytest.approx(280 / 3)
    assert dataset.unit_phase("tt_khe_sanh", "hs_ty_le_xa", "2016-2020") == pytest.approx(98.0)
    table = Narrator(dataset).units_phase_table("hs_ty_le_xa")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Thị trấn Khe Sanh"] == ("90,0%", "98,0%", "+8,0")
    assert rows["Xã Hướng Lập"] == ("90,0%", "Chưa nộp", "")  # the district's own figure stands
    assert f"Số liệu giai đoạn 2011-2015 theo {SOURCE}." in table.notes


def test_the_phase_sentence_compares_yearly_averages(dataset):
    text = Narrator(dataset).phases("hs_ty_le_xa").text
    assert text == (
        "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn giai đoạn 2016-2020 (đến 31/3/2020) đạt 98,0% "
        "(1.960/2.000 hồ sơ cấp xã đã giải quyết; chưa có số liệu của xã Hướng Lập, xã Lìa), tăng "
        "7,4 điểm phần trăm so với giai đoạn 2011-2015 (90,6%)."
    )


def test_the_clerks_mistakes_are_findings_on_the_cell(campaign):
    check = campaign.check()
    by_code = {f.code: f for f in check.findings if f.location.file == "so-ket.xlsx"}
    total = by_code["earlier.total"]
    assert "số toàn huyện (1.850) khác tổng các xã, thị trấn (1.800)" in total.message
    assert total.location.sheet == "Số liệu sơ kết" and total.unit is None
    bad = next(f for f in check.errors if f.location.file == "so-ket.xlsx")
    assert bad.message.startswith("Số cơ quan chuyên môn thuộc UBND huyện:")
    assert check.invalid_units == frozenset()  # the district's file leaves out no unit


def test_a_named_file_that_is_not_there_is_an_error(tmp_path_factory):
    campaign = campaign_with(tmp_path_factory, None)
    [error] = [f for f in campaign.check().errors if f.code == "earlier.missing"]
    assert "so-ket.xlsx" in error.message and "[earlier_review]" in error.message


def test_a_phase_that_is_not_in_the_campaign_is_refused(tmp_path_factory):
    from cchc_core import ConfigError

    with pytest.raises(ConfigError) as raised:
        campaign_with(tmp_path_factory, None, SETTING + 'phase = "2006-2010"\n')
    assert "“2006-2010” không phải một giai đoạn" in raised.value.message


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_reads_the_same(tmp_path_factory):
    campaign = campaign_with(tmp_path_factory, FIGURES)
    before = campaign.aggregate().phase("hs_ty_le_xa", "2011-2015").value
    out = tmp_path_factory.mktemp("lo")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{out}/profile",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(campaign.root / "so-ket.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shutil.copy(out / "so-ket.xlsx", campaign.root / "so-ket.xlsx")
    assert campaign.aggregate().phase("hs_ty_le_xa", "2011-2015").value == before
