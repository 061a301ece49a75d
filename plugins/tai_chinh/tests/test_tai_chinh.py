"""Phòng Tài chính - Kế hoạch's plugin: autonomy counts and their breakdowns."""

from __future__ import annotations

import cchc_tai_chinh
from cchc_core import Narrator
from cchc_tai_chinh import report


def test_a_breakdown_cannot_exceed_its_total(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_tai_chinh.plugin))
    campaign.submit(
        "tai_chinh_ke_hoach",
        {
            ("tcc_dvsn_cmon", "2019"): 5,
            ("tcc_dvsn_cmon_chi_tx_dt", "2019"): 1,
            ("tcc_dvsn_cmon_chi_tx", "2019"): 2,
            ("tcc_dvsn_cmon_mot_phan", "2019"): 3,
        },
    )
    codes = [f.code for f in campaign.check().errors]
    assert codes == ["rule.tcc_dvsn_cmon_cac_loai_le_tong"]


def test_agencies_cannot_exceed_the_offices_of_the_campaign(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_tai_chinh.plugin))
    campaign.submit("tai_chinh_ke_hoach", {("tcc_cq_tu_chu", "2019"): 7})  # 6 offices
    [error] = campaign.check().errors
    assert "(6)" in error.message


def test_share_of_agencies_sentence(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_tai_chinh.plugin))
    campaign.submit("tai_chinh_ke_hoach", {("tcc_cq_tu_chu", "2019"): 5})
    blocks = report.context(Narrator(campaign.aggregate())).blocks["P1.II.5.1"]
    assert blocks[0].text.startswith("Năm 2019, 5/6 cơ quan hành chính")


def test_a_province_counts_its_agencies_without_setting_them_against_its_departments(
    cchc_campaign, cchc_manager
):
    from cchc_core.testing import SAMPLE_CONFIG

    text = SAMPLE_CONFIG.replace('name = "Hướng Hóa"', 'name = "Quảng Trị"\nlevel = "province"', 1)
    campaign = cchc_campaign(config_text=text, plugin_manager=cchc_manager(cchc_tai_chinh.plugin))
    campaign.submit("tai_chinh_ke_hoach", {("tcc_cq_tu_chu", "2019"): 5})
    blocks = report.context(Narrator(campaign.aggregate())).blocks["P1.II.5.1"]
    assert blocks[0].text.startswith("Năm 2019, 5 cơ quan hành chính trên địa bàn tỉnh thực hiện")
