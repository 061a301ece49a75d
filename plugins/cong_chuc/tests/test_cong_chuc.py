"""Phòng Nội vụ's CBCCVC plugin: rows reported at both levels, present within the quota."""

from __future__ import annotations

import cchc_cong_chuc
from cchc_cong_chuc import report
from cchc_core import Narrator


def test_staff_rows_are_reported_by_the_office_and_every_commune(cchc_catalogue):
    catalogue = cchc_catalogue(cchc_cong_chuc.plugin)
    giao = catalogue.indicator("cc_giao")
    assert giao.reporters.offices == ("noi_vu",) and giao.reporters.communes
    assert not catalogue.indicator("vc_giao").reporters.communes


def test_present_cannot_exceed_the_quota(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_cong_chuc.plugin))
    campaign.submit("xa_huong_lap", {("cc_giao", "2016"): 21, ("cc_co_mat", "2016"): 22})
    [error] = campaign.check().errors
    assert (error.code, error.unit, error.period) == (
        "rule.cc_co_mat_le_giao",
        "xa_huong_lap",
        "2016",
    )


def test_staff_sentence_splits_the_levels(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_cong_chuc.plugin))
    campaign.submit("noi_vu", {("cc_giao", "2019"): 110, ("cc_co_mat", "2019"): 104})
    campaign.submit("xa_huong_lap", {("cc_giao", "2019"): 21, ("cc_co_mat", "2019"): 20})
    blocks = report.context(Narrator(campaign.aggregate())).blocks["P1.II.4.1.a"]
    text = blocks[0].text
    assert "được giao là 131 người, có mặt 124 người" in text
    assert "cấp huyện 104/110, cấp xã 20/21 người" in text
    assert "(chưa có số liệu của thị trấn Khe Sanh, xã Lìa)" in text  # never silent
