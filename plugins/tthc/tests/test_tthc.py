"""Văn phòng HĐND và UBND's plugin on its own: rates from counts, rules, satisfaction target."""

from __future__ import annotations

import cchc_tthc
from cchc_core import Narrator
from cchc_tthc import report


def test_loads_alone_and_adds_row_6_to_section_i(cchc_catalogue):
    catalogue = cchc_catalogue(cchc_tthc.plugin)
    section_i = [i.stt for i in catalogue.section_rows("I") if i.stt not in ("-", "")]
    assert section_i == ["1", "2", "3", "4", "5", "6"]
    rate = catalogue.indicator("hs_ty_le_xa")
    assert rate.is_derived and rate.reporters.communes


def test_resolved_cannot_exceed_received_for_complaints(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_tthc.plugin))
    campaign.submit("van_phong", {("pakn_tiep_nhan", "2017"): 2, ("pakn_da_giai_quyet", "2017"): 3})
    [error] = campaign.check().errors
    assert error.code == "rule.pakn_giai_quyet_le_tiep_nhan"


def test_on_time_rate_and_satisfaction_target(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_tthc.plugin))
    campaign.submit("van_phong", {("hl_muc_do", "2019"): 78.5})
    campaign.submit(
        "xa_lia",
        {
            ("hs_tiep_nhan_xa", "2019"): 500,
            ("hs_da_giai_quyet_xa", "2019"): 480,
            ("hs_dung_han_xa", "2019"): 470,
        },
    )
    narrator = Narrator(campaign.aggregate())
    blocks = report.context(narrator).blocks["P1.II.2.1.d"]
    texts = [getattr(b, "text", "") for b in blocks]
    assert (
        "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn năm 2019 đạt 97,9% (470/480 hồ sơ cấp xã đã "
        "giải quyết; chưa có số liệu của thị trấn Khe Sanh, xã Hướng Lập)." in texts
    )
    [satisfaction] = [r for r in narrator.targets if r.target.key == "nq30c_hai_long"]
    assert (satisfaction.verdict.value, satisfaction.value) == ("Chưa đạt", 78.5)
    assert (
        "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính: "
        "mục tiêu trên 80% vào năm 2020" in narrator.target_sentence(satisfaction).text
    )
