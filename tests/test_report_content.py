"""What the chairman signs: the district speaks in its own voice, a figure is stated once, a merger
explains a fall, events add up in lượt, and a task is complete only when its content is."""

from __future__ import annotations

from datetime import date

import pytest

from cchc_core import Narrator, Paragraph
from cchc_core.documents.references import StatedOnce
from cchc_core.figures.status import State
from cchc_core.testing import sample_campaign

Q2020 = "2020-den-03-31"
LATER = date(2100, 1, 1)  # the test files arrive the day the test runs


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    campaign = sample_campaign(
        tmp_path_factory.mktemp("content") / "dot", lambda: tmp_path_factory.mktemp("forms")
    )
    campaign.submit("kinh_te_ha_tang", {("hdh_iso", "2019"): 4, ("hdh_iso", Q2020): 3})
    campaign.submit(
        "noi_vu",
        {("cd_kiem_tra", y): 5 for y in ("2016", "2017", "2018", "2019")}
        | {("cd_kiem_tra", Q2020): 0},
    )
    campaign.submit("xa_lia", {("cc_giao", "2019"): 20, ("cc_co_mat", "2019"): 25})  # an error
    campaign.submit_outline("xa_lia", {})
    campaign.submit_outline(
        "tu_phap",
        {
            "P1.II.1.1": [
                Paragraph("Phòng Tư pháp đã tham mưu UBND huyện ban hành kế hoạch rà soát."),
                Paragraph("Đơn vị chúng tôi đã thẩm định 12 dự thảo."),
            ],
            "P2.I.1": [Paragraph("Phòng Tư pháp đề xuất tập trung nâng cao chất lượng thẩm định.")],
        },
    )
    campaign.submit_outline(
        "van_phong",
        {"P1.II.2.1.a": [Paragraph("UBND huyện đã rà soát, đơn giản hóa TTHC hằng năm.")]},
    )
    return campaign


@pytest.fixture(scope="module")
def check(campaign):
    return campaign.check()


@pytest.fixture(scope="module")
def narrator(campaign, check):
    return Narrator(campaign.aggregate(check))


def test_an_office_speaking_in_its_own_name_is_warned_about(check):
    voices = [f for f in check.warnings if f.code == "narrative.office-voice"]
    assert [(f.unit, f.location.part) for f in voices] == [
        ("tu_phap", "II.1.1 Kết quả đạt được"),
        ("tu_phap", "Phần thứ hai, I.1 Về thể chế"),
    ]
    assert "“Đơn vị chúng tôi…”" in voices[0].message
    assert "“Phòng Tư pháp đề xuất…”" in voices[1].message
    assert "lời của huyện" in voices[1].message  # "đã tham mưu" describes, it is not flagged


def test_at_a_province_a_department_is_told_its_part_speaks_for_the_province(campaign):
    from cchc_core.check.narratives import office_voice

    unit = campaign.config.unit("tu_phap")
    [submission] = [
        s for s in campaign.collect().submissions if s.unit == "tu_phap" and s.narratives
    ]
    [first, _] = office_voice(campaign.catalogue, unit, submission, "tỉnh")
    assert "báo cáo của UBND tỉnh như lời của tỉnh" in first.message
    assert "“UBND tỉnh đã …”" in first.hint and "huyện" not in first.message + first.hint


def test_a_fall_across_the_merger_says_why(narrator):
    assert narrator.quarter("hdh_iso").text == (
        "Số cơ quan, đơn vị có bản công bố hệ thống quản lý chất lượng theo TCVN ISO 9001 năm 2020 "
        "(đến 31/3) là 3 cơ quan, đơn vị, giảm 1 cơ quan, đơn vị so với năm 2019 (4 cơ quan, đơn "
        "vị), do sáp nhập xã A Túc và xã A Xing thành xã Lìa từ ngày 01/01/2020."
    )


def test_units_counted_again_each_year_add_up_in_turns(narrator):
    text = narrator.phases("cd_kiem_tra").text
    assert text.startswith(
        "Số cơ quan, đơn vị được kiểm tra CCHC giai đoạn 2016-2020 (đến 31/3/2020) là 20 lượt cơ "
        "quan, đơn vị"
    )
    assert "giai đoạn 2011-2015 chưa có số liệu" in text


def test_a_narrative_task_with_an_empty_part_is_incomplete(campaign, check):
    report = campaign.status(LATER, check=check)
    [row] = [r for r in report.rows if r.task == "3.2"]
    assert row.state is State.INCOMPLETE
    assert "đề mục II.2.2" in row.label and "đề mục II.2.1.b" in row.label


def test_refused_data_is_not_on_time_and_complete(campaign, check):
    report = campaign.status(LATER, check=check)
    [lia] = [r for r in report.rows if r.task == "2.1" and r.unit == "xa_lia"]
    assert lia.has_errors and lia in report.reminders
    [communes] = [g for g in report.rates if g.task == "2.1"]
    assert communes.on_time == 0


def test_a_figure_is_stated_once_and_referred_to_after():
    stated = StatedOnce()
    said = Paragraph("Số dịch vụ … 96 dịch vụ.", figures=("hdh_dvctt:trend",), topic="Số dịch vụ")
    rate = Paragraph("Tỷ lệ … 11,5%.", figures=("hdh_ty_le:trend",), topic="Tỷ lệ có hồ sơ")
    assert stated.blocks([said, rate], "II.2.1.đ") == [said, rate]
    again = stated.blocks([Paragraph("Hạ tầng…"), said, rate], "II.6.1")
    assert [b.text for b in again] == [
        "Hạ tầng…",
        "Số dịch vụ và tỷ lệ có hồ sơ: đã nêu tại mục II.2.1.đ.",
    ]
