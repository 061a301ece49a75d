"""The fixtures a department tests its plugin with (``cchc_core.testing``) say what went wrong in
the department's terms: a plugin left out, a unit without a form, a code not in the form."""

from __future__ import annotations

import pytest

from cchc_core import Domain, FieldPlugin, Heading, Indicator, Paragraph, Reporters, Section
from cchc_core.testing import docx_text, sample_config


def environment_plugin(owner: str) -> FieldPlugin:
    """A new office's plugin, as the guide has one written: report 3.8, page VIII, II.7."""
    return FieldPlugin(
        domains=(
            Domain(
                key="moi_truong",
                title="Tài nguyên và môi trường",
                report_title="Báo cáo chuyên đề tài nguyên và môi trường",
                owner=owner,
                slug="moi-truong",
                report_number="3.8",
                outline="P1.II.7",
                sections=("VIII",),
            ),
        ),
        sections=(Section("VIII", "Tài nguyên và môi trường", compiler="Phòng TN-MT", order=95),),
        indicators=(
            Indicator(
                "mt_ho_so",
                "Số hồ sơ đất đai đã giải quyết",
                section="VIII",
                domain="moi_truong",
                reporters=Reporters(communes=True),
            ),
        ),
        headings=(Heading("P1.II.7", "Tài nguyên và môi trường", "moi_truong", parent="P1.II"),),
    )


def test_a_plugin_left_out_is_named_when_a_test_submits_a_form(cchc_campaign, cchc_manager):
    # the owner office is not one of the sample's six: the plugin is left out whole, and the
    # commune then has no form at all
    campaign = cchc_campaign(plugin_manager=cchc_manager(environment_plugin("tai_nguyen")))
    assert [f.plugin for f in campaign.plugin_failures] == ["moi_truong"]
    with pytest.raises(FileNotFoundError) as raised:
        campaign.submit("xa_lia", {("mt_ho_so", "2019"): 12})
    message = str(raised.value)
    assert "Đợt tổng kết mẫu không có biểu mẫu của “xa_lia”" in message
    assert "plugin bị tạm bỏ" in message and "tai_nguyen" in message
    assert "sample_config" in message

    # with the office added to the sample, the same test runs
    config = sample_config({"tai_nguyen": "Phòng Tài nguyên và Môi trường"})
    campaign = cchc_campaign(config, plugin_manager=cchc_manager(environment_plugin("tai_nguyen")))
    assert campaign.plugin_failures == ()
    assert campaign.submit("xa_lia", {("mt_ho_so", "2019"): 12}).exists()


def test_a_code_or_heading_not_in_the_unit_s_files_is_named_in_vietnamese(cchc_campaign):
    campaign = cchc_campaign()
    with pytest.raises(KeyError, match=r"không có ô cho \('hs_khong_co', '2019'\)"):
        campaign.submit("xa_lia", {("hs_khong_co", "2019"): 1})
    # a period written as a number is the most likely slip: the key is shown as written
    with pytest.raises(KeyError, match=r"\('hs_tiep_nhan_xa', 2019\).*là một chuỗi"):
        campaign.submit("xa_lia", {("hs_tiep_nhan_xa", 2019): 1})
    with pytest.raises(KeyError, match=r"Đề cương không có đề mục “P9\.X”"):
        campaign.submit_outline("xa_lia", {"P9.X": ["Văn bản."]})


def test_an_outline_part_may_be_written_as_plain_text(cchc_campaign):
    campaign = cchc_campaign()
    path = campaign.submit_outline(
        "xa_lia", {"P1.I.1": ["Đã ban hành kế hoạch.", Paragraph("Đã kiểm tra 12 cơ quan.")]}
    )
    lines = docx_text(path)
    start = lines.index("Đã ban hành kế hoạch.")
    assert lines[start + 1] == "Đã kiểm tra 12 cơ quan."
