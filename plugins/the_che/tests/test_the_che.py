"""Phòng Tư pháp's plugin on its own: its rows, its rules, its sentences."""

from __future__ import annotations

import cchc_the_che
from cchc_core import Narrator
from cchc_the_che import report


def test_loads_alone_without_failures(cchc_manager, cchc_catalogue):
    assert cchc_manager(cchc_the_che.plugin).failures == []
    catalogue = cchc_catalogue(cchc_the_che.plugin)
    assert catalogue.domain("the_che").report_number == "3.1"
    assert [i.stt for i in catalogue.section_rows("II") if i.stt.isdigit()] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
    ]


def test_total_must_equal_the_two_kinds(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_the_che.plugin))
    campaign.submit(
        "tu_phap",
        {
            ("tc_vbqppl_tong", "2019"): 4,
            ("tc_nq_hdnd_huyen", "2019"): 1,
            ("tc_qd_ubnd_huyen", "2019"): 2,
        },
    )
    codes = [f.code for f in campaign.check().errors]
    assert codes == ["rule.tc_tong_bang_nq_cong_qd"]


def test_findings_illegal_cannot_exceed_those_checked(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_the_che.plugin))
    campaign.submit("tu_phap", {("tc_da_kiem_tra", "2018"): 3, ("tc_trai_phap_luat", "2018"): 4})
    [error] = campaign.check().errors
    assert error.code == "rule.tc_trai_pl_le_da_kiem_tra" and error.period == "2018"


def test_sentences_compare_the_last_year_with_the_first(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_the_che.plugin))
    campaign.submit(
        "tu_phap",
        {
            ("tc_vbqppl_tong", "2015"): 8,
            ("tc_nq_hdnd_huyen", "2015"): 2,
            ("tc_qd_ubnd_huyen", "2015"): 6,
            ("tc_vbqppl_tong", "2019"): 3,
            ("tc_nq_hdnd_huyen", "2019"): 1,
            ("tc_qd_ubnd_huyen", "2019"): 2,
        },
    )
    context = report.context(Narrator(campaign.aggregate()))
    texts = [getattr(b, "text", "") for b in context.blocks["P1.II.1.1"]]
    assert any(
        "năm 2019 là 3 văn bản, giảm 5 văn bản so với năm 2015 (8 văn bản)." in t for t in texts
    )
