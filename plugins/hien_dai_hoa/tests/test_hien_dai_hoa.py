"""The hiện đại hóa plugin: two reports (3.6 ISO, 3.7 IT), bounded unit counts, derived rate."""

from __future__ import annotations

import cchc_hien_dai_hoa
from cchc_core import Narrator
from cchc_hien_dai_hoa import report


def test_owns_reports_3_6_and_3_7_with_their_offices(cchc_catalogue):
    catalogue = cchc_catalogue(cchc_hien_dai_hoa.plugin)
    owners = {d.report_number: d.owner for d in catalogue.domains if d.report_number}
    assert owners == {"3.6": "kinh_te_ha_tang", "3.7": "van_hoa_thong_tin"}
    assert catalogue.indicator("hdh_iso").domain == "iso"
    assert catalogue.heading("P1.II.6.2").domain == "iso"


def test_online_services_with_dossiers_cannot_exceed_services(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_hien_dai_hoa.plugin))
    campaign.submit("van_phong", {("hdh_dvctt", "2019"): 5, ("hdh_dvctt_co_ho_so", "2019"): 6})
    [error] = campaign.check().errors
    assert error.code == "rule.hdh_dvctt_co_ho_so_le_dvctt"


def test_iso_context_belongs_to_report_3_6(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_hien_dai_hoa.plugin))
    campaign.submit("kinh_te_ha_tang", {("hdh_iso", "2015"): 1, ("hdh_iso", "2019"): 9})
    context = report.iso_context(Narrator(campaign.aggregate()))
    assert context.domain == "iso"
    assert "năm 2019 là 9 cơ quan, đơn vị, tăng 8 cơ quan, đơn vị so với năm 2015 (1 cơ quan, " in (
        context.blocks["P1.II.6.2"][0].text
    )
