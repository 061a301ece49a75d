"""Phòng Nội vụ's bộ máy plugin: the section IV the seed lacks, checked against the campaign."""

from __future__ import annotations

import cchc_bo_may
from cchc_bo_may import report
from cchc_core import Narrator


def test_defines_section_iv_and_says_so(cchc_catalogue):
    catalogue = cchc_catalogue(cchc_bo_may.plugin)
    assert "không có trong Phụ lục 1" in catalogue.section("IV").note
    assert catalogue.heading("P1.II.3.2").added


def test_commune_count_is_checked_against_the_units_and_the_merger(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_bo_may.plugin))
    # the sample campaign has a town and two communes, one merged from two on 01/01/2020
    campaign.submit(
        "noi_vu",
        {
            ("bm_dvhc_xa", "2019"): 4,
            ("bm_so_xa", "2019"): 3,
            ("bm_so_thi_tran", "2019"): 1,
            ("bm_dvhc_xa", "2020-den-03-31"): 4,
            ("bm_so_xa", "2020-den-03-31"): 3,
            ("bm_so_thi_tran", "2020-den-03-31"): 1,
        },
    )
    warnings = [f for f in campaign.check().warnings if f.code.startswith("rule.bm_dvhc")]
    assert [f.period for f in warnings] == ["2020-den-03-31"]


def test_merger_sentence_names_the_former_communes(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_bo_may.plugin))
    campaign.submit("noi_vu", {("bm_dvhc_xa", "2019"): 4, ("bm_dvhc_xa", "2020-den-03-31"): 3})
    blocks = report.context(Narrator(campaign.aggregate())).blocks["P1.II.3.1"]
    assert any(
        "xã A Túc và xã A Xing sáp nhập thành xã Lìa từ ngày 1/1/2020; số đơn vị hành "
        "chính cấp xã từ 4 (năm 2019) còn 3" in getattr(b, "text", "")
        for b in blocks
    )


def test_the_count_is_taken_before_the_merger_not_from_the_last_full_year(
    cchc_campaign, cchc_manager
):
    # a merger of 1/1/2019: 2018 is the last year before it (2019 already counts the new commune)
    from cchc_core.testing import SAMPLE_CONFIG

    earlier = SAMPLE_CONFIG.replace("merged_on = 2020-01-01", "merged_on = 2019-01-01")
    campaign = cchc_campaign(earlier, plugin_manager=cchc_manager(cchc_bo_may.plugin))
    campaign.submit(
        "noi_vu",
        {
            ("bm_dvhc_xa", "2018"): 4,
            ("bm_dvhc_xa", "2019"): 3,
            ("bm_dvhc_xa", "2020-den-03-31"): 3,
        },
    )
    blocks = report.context(Narrator(campaign.aggregate())).blocks["P1.II.3.1"]
    [merger] = [b.text for b in blocks if "sáp nhập thành" in getattr(b, "text", "")]
    assert "từ ngày 1/1/2019; số đơn vị hành chính cấp xã từ 4 (năm 2018) còn 3." in merger
