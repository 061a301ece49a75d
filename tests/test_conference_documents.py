"""Task 5: the conference's summary report, programme and invitation, read back."""

from __future__ import annotations

from docx import Document

from cchc_core.config import parse
from cchc_core.documents import conference
from cchc_core.testing import docx_text


def folder(tasks_built):
    return tasks_built[3] / conference.FOLDER


def test_the_summary_reads_the_key_figures_targets_conferences_and_proposals(tasks_built):
    lines = docx_text(folder(tasks_built) / conference.SUMMARY)
    text = "\n".join(lines)
    assert "BÁO CÁO TÓM TẮT" in lines
    assert "(Trình bày tại Hội nghị tổng kết Chương trình tổng thể" in text
    assert "ngày 25 tháng 5 năm 2020)" in text
    # a key figure, computed; a unit with an error is named, never silently left out
    assert any(
        line.startswith("- Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn năm 2019 đạt 96,7% (290/300")
        and "xã Lìa" in line
        for line in lines
    )
    assert (
        "Có 2/3 xã, thị trấn đã tổ chức hội nghị tổng kết (1 đơn vị tổ chức trước ngày "
        "15/5/2020; xã Lìa tổ chức sau ngày 15/5/2020); xã Hướng Lập chưa tổ chức."
    ) in lines
    met = lines.index("1. Các chỉ tiêu đã đạt")
    assert lines[met + 1].startswith("Mức độ hài lòng của người dân, tổ chức")
    assert lines[met + 1].endswith("năm 2019 đạt 86,9%.")
    field = lines.index("6. Về hiện đại hóa hành chính")
    assert lines[field + 1] == (
        "- Đầu tư đường truyền internet cho các xã vùng cao (đề xuất của thị trấn Khe Sanh, "
        "xã Lìa)."
    )
    assert "Có 3 cơ quan, đơn vị, xã, thị trấn đề nghị khen thưởng 1 tập thể, 3 cá nhân" in text
    assert any("CHỦ TỊCH" in line for line in lines[-4:])


def test_the_programme_is_the_table_of_cchc_toml(tasks_built):
    campaign = tasks_built[0]
    document = Document(str(folder(tasks_built) / conference.PROGRAMME))
    lines = docx_text(folder(tasks_built) / conference.PROGRAMME)
    assert "CHƯƠNG TRÌNH" in lines
    assert "Thời gian: 07 giờ 30 phút, ngày 25 tháng 5 năm 2020." in lines
    assert "Địa điểm: Hội trường UBND huyện Hướng Hóa." in lines
    table = document.tables[1]
    rows = [tuple(c.text for c in row.cells) for row in table.rows]
    programme = campaign.config.conference.programme
    assert rows[0] == ("Thời gian", "Nội dung", "Thực hiện")
    assert rows[1:] == [(i.time, i.item, i.by) for i in programme]
    assert any("TL. CHỦ TỊCH" in line for line in lines[-4:])


def test_the_invitation_names_every_participant(tasks_built):
    campaign = tasks_built[0]
    lines = docx_text(folder(tasks_built) / conference.INVITATION)
    assert "GIẤY MỜI" in lines
    for participant in campaign.config.conference.participants:
        assert f"- {participant};" in lines
    assert "Thời gian: 07 giờ 30 phút, ngày 25 tháng 5 năm 2020." in lines
    assert "- Như thành phần mời;" in lines[-1]


def test_an_undecided_date_leaves_blanks_to_fill(tasks_config, tmp_path):
    config = parse(
        tasks_config.replace("date = 2020-05-25", 'date = ""').replace(
            'time = "07 giờ 30 phút"', 'time = ""'
        )
    )
    target = conference.write_invitation(config, tmp_path / "giay-moi.docx")
    assert "Thời gian: …… giờ ……, ngày …… tháng …… năm 2020." in docx_text(target)
