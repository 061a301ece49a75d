"""Targets as data: declared by the plugins, corrected and added to in cchc.toml, judged from the
same figures as the report, with the units that held a target back."""

from __future__ import annotations

import pytest

from cchc_core import Campaign, ConfigError, Narrator
from cchc_core.figures.targets import Verdict, judge_targets
from cchc_core.testing import SAMPLE_CONFIG, SampleCampaign, sample_campaign

YEARS = ("2015", "2016", "2017", "2018", "2019")
OWN_PLAN = """
[[targets]]
key = "nq30c_hai_long"
threshold = 90

[[targets]]
key = "huyen_dung_han_xa"
label = "Hồ sơ TTHC cấp xã giải quyết đúng hạn"
domain = "tthc"
source = "Kế hoạch CCHC năm 2019 của UBND huyện"
operator = ">="
threshold = 97
year = 2019
indicator = "hs_ty_le_xa"

[[targets]]
key = "huyen_kiem_tra"
label = "Cơ quan, đơn vị được kiểm tra CCHC trong năm"
domain = "chung"
source = "Kế hoạch kiểm tra CCHC của UBND huyện"
operator = ">="
threshold = 30
year = 2019
indicator = "cd_kiem_tra"
per = "@units"
"""


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    # the forms do not depend on targets: the sample's cached forms serve, then the plan is added
    sample = sample_campaign(
        tmp_path_factory.mktemp("targets") / "dot", lambda: tmp_path_factory.mktemp("forms")
    )
    (sample.root / "cchc.toml").write_text(SAMPLE_CONFIG + OWN_PLAN, encoding="utf-8")
    campaign = SampleCampaign(Campaign.open(sample.root))
    campaign.submit(
        "van_phong",
        {
            ("hl_muc_do", "2019"): 86.9,
            ("hdh_vb_dien_tu", "2019"): 85,
            ("hdh_vb_dien_tu", "2018"): 95,
        },
    )
    campaign.submit(
        "noi_vu", {("cd_kiem_tra", "2019"): 2, ("cc_giao", "2015"): 120, ("cc_giao", "2019"): 100}
    )
    # 96 + 95 of 200 dossiers on time: 95,5%, below the district's 97%
    for unit, on_time in (("tt_khe_sanh", 96), ("xa_huong_lap", 95)):
        campaign.submit(
            unit,
            {
                ("hs_tiep_nhan_xa", "2019"): 100,
                ("hs_da_giai_quyet_xa", "2019"): 100,
                ("hs_dung_han_xa", "2019"): on_time,
                ("cc_giao", "2015"): 20,
                ("cc_giao", "2019"): 20,
            },
        )
    return campaign


@pytest.fixture(scope="module")
def narrator(campaign):
    return Narrator(campaign.aggregate())


@pytest.fixture(scope="module")
def judged(narrator):
    return {r.target.key: r for r in narrator.targets}


def test_a_declared_target_corrected_in_cchc_toml(judged):
    satisfaction = judged["nq30c_hai_long"]
    assert satisfaction.target.threshold == 90  # the district's own figure replaces 80
    assert satisfaction.target.source.startswith("Nghị quyết số 30c/NQ-CP")  # the rest stays
    assert (satisfaction.verdict, satisfaction.value) == (Verdict.NOT_MET, 86.9)


def test_a_district_target_names_the_communes_that_held_it_back(judged, narrator):
    dossiers = judged["huyen_dung_han_xa"]
    assert (dossiers.verdict, dossiers.value) == (Verdict.NOT_MET, pytest.approx(95.5))
    assert dossiers.laggards == (("thị trấn Khe Sanh", 96.0), ("xã Hướng Lập", 95.0))
    sentences = [p.text for p in narrator.targets_assessment()]
    assert (
        "Hồ sơ TTHC cấp xã giải quyết đúng hạn: mục tiêu từ 97% trở lên vào năm 2019 (Kế hoạch CCHC "
        "năm 2019 của UBND huyện); năm 2019 đạt 95,5% (191/200), còn thiếu 1,5 điểm phần trăm; các "
        "đơn vị chưa đạt: thị trấn Khe Sanh (96,0%), xã Hướng Lập (95,0%)."
    ) in sentences
    assert sentences[0].startswith("Đối chiếu với 10 mục tiêu") and "1 mục tiêu đạt" in sentences[0]


def test_units_counted_from_the_campaign(judged):
    inspected = judged["huyen_kiem_tra"]
    # 2 inspected of the 10 units of the sample campaign in 2019 (Lìa counts as two former communes)
    assert inspected.detail == "2/10"
    assert inspected.verdict is Verdict.NOT_MET


def test_the_latest_year_with_a_value_is_judged_and_a_stock_may_use_the_part_year(judged):
    electronic = judged["nq30c_van_ban_dien_tu"]
    assert (electronic.value, electronic.when) == (85, "năm 2019")


def test_a_reduction_measured_at_the_district_level_only(judged):
    staff = judged["nq39_tinh_gian_cong_chuc"]
    # the district's own quota fell from 120 to 100; the communes' 20 each are left out
    assert staff.value == pytest.approx(100 / 6)
    assert staff.detail == "từ 120 xuống 100 người"
    assert staff.verdict is Verdict.MET


def test_targets_without_figures_are_said_to_lack_data(judged):
    assert judged["nq19_tu_chu_tai_chinh"].verdict is Verdict.NO_DATA
    assert judged["luat_xu_ly_vb_trai_phap_luat"].verdict is Verdict.NO_DATA


def test_the_targets_table_lists_every_target_with_its_source(narrator):
    table = narrator.targets_table()
    assert table.header == ("STT", "Mục tiêu", "Văn bản đặt mục tiêu", "Kết quả", "Đánh giá")
    rows = {row[1]: row for row in table.rows}
    row = rows[
        "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính: "
        "trên 90% vào năm 2020"
    ]
    assert row[3:] == ("86,9%\nnăm 2019", "Chưa đạt (mục tiêu đến năm 2020)")
    assert len(table.rows) == 10


def test_an_incomplete_new_target_in_cchc_toml_is_named_with_its_line(cchc_campaign):
    table = '[[targets]]\nkey = "moi"\nlabel = "x"\nindicator = "cd_kiem_tra"'
    campaign = cchc_campaign(SAMPLE_CONFIG + table, forms=False)
    with pytest.raises(ConfigError) as raised:
        judge_targets(campaign.aggregate())
    assert "mục tiêu mới cần đủ các khóa domain, source, operator, threshold, year" in (
        raised.value.message
    )
    assert "dòng" in raised.value.message


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            '[[targets]]\nkey = "nq30c_hai_long"\nindicator = "hl_muc_dox"',
            "không có chỉ tiêu mã “hl_muc_dox”",
        ),
        ('[[targets]]\nkey = "nq30c_hai_long"\ndomain = "khong"', "không có lĩnh vực “khong”"),
    ],
)
def test_a_target_reading_what_no_plugin_declares_is_left_out_with_a_warning(
    cchc_campaign, table, message
):
    # a misspelt code, or the code of a plugin disabled for an urgent build: never a stop; the
    # correction is not applied and the plugin's own target stays as declared
    campaign = cchc_campaign(SAMPLE_CONFIG + table, forms=False)
    check = campaign.check()
    results = {r.target.key: r.target for r in judge_targets(campaign.aggregate(check))}
    declared = {t.key: t for t in campaign.catalogue.targets}
    assert results["nq30c_hai_long"] == declared["nq30c_hai_long"]
    assert any(message in f.message for f in check.warnings)


def test_an_operator_cchc_does_not_know_is_refused_when_read(cchc_campaign):
    with pytest.raises(ConfigError) as raised:
        cchc_campaign(SAMPLE_CONFIG + '[[targets]]\nkey = "x"\noperator = "=>"', forms=False)
    assert "“=>” không hợp lệ" in raised.value.message


def test_a_target_written_with_the_signs_a_rule_uses_is_read_as_its_operator(cchc_campaign):
    from cchc_core.model.targets import Target

    # a plugin author who copies "≥" from a rule gets the same target as with ">="
    written = {"key": "t", "label": "x", "domain": "tthc", "source": "Kế hoạch", "threshold": 97}
    made = Target(operator=" ≥", year=2019, indicator="hs_ty_le_xa", **written)
    assert made == Target(operator=">=", year=2019, indicator="hs_ty_le_xa", **written)
    assert "từ 97" in made.wording()
    with pytest.raises(ValueError, match="Phép so sánh của mục tiêu “=>” không dùng được"):
        Target(operator="=>", year=2019, indicator="hs_ty_le_xa", **written)
    with pytest.raises(ValueError, match="over = “nam” không dùng được: chỉ nhận “year”, “phase”"):
        Target(operator=">=", year=2019, indicator="x", over="nam", **written)
    with pytest.raises(ValueError, match="Khóa mục tiêu “Ty-le” không dùng được"):
        Target(**{**written, "key": "Ty-le"}, operator=">=", year=2019, indicator="x")

    # and so does a district in cchc.toml
    table = OWN_PLAN.replace('operator = ">="', 'operator = "≥"')
    campaign = cchc_campaign(SAMPLE_CONFIG + table, forms=False)
    judged = {r.target.key: r.target for r in judge_targets(campaign.aggregate())}
    assert judged["huyen_dung_han_xa"].operator == ">="


def test_a_target_measured_from_a_year_the_campaign_lacks_is_said_and_never_stops_it(cchc_campaign):
    # a later review's [periods] (2021-2025) has no 2015, the year Nghị quyết 39's cuts count from
    later = SAMPLE_CONFIG.replace(
        "years = [2015, 2016, 2017, 2018, 2019]", "years = [2021, 2022, 2023, 2024]"
    ).replace("partial_until = 2020-03-31", "partial_until = 2025-03-31")
    later = later.replace('phases = ["2011-2015", "2016-2020"]', 'phases = ["2021-2025"]')
    campaign = cchc_campaign(later, forms=False)
    result = campaign.check()
    warned = {
        f.message.split("(khóa ")[1].split(")")[0]: f
        for f in result.findings
        if f.code == "config.target-base-year"
    }
    assert "nq39_tinh_gian_cong_chuc" in warned
    staff = warned["nq39_tinh_gian_cong_chuc"]
    assert "so với năm 2015, nhưng đợt tổng kết không có số liệu năm 2015" in staff.message
    assert 'key = "nq39_tinh_gian_cong_chuc", reduction_since = 2021' in staff.hint
    judged = {r.target.key: r for r in judge_targets(campaign.aggregate(result))}
    assert judged["nq39_tinh_gian_cong_chuc"].verdict is Verdict.NO_DATA
    # the year the district sets in cchc.toml is used, and the warning goes
    fixed = later + '\n[[targets]]\nkey = "nq39_tinh_gian_cong_chuc"\nreduction_since = 2021\n'
    (campaign.root / "cchc.toml").write_text(fixed, encoding="utf-8")
    again = Campaign.open(campaign.root).check()
    assert not any(
        "nq39_tinh_gian_cong_chuc" in f.message
        for f in again.findings
        if f.code == "config.target-base-year"
    )
