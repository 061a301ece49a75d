"""Task 4: the council's ranking on a small hand-checked campaign, the consolidated list and the Tờ
trình read back as a user sees them."""

from __future__ import annotations

import attrs
import pytest
from docx import Document
from openpyxl import load_workbook

from cchc_core.config import parse
from cchc_core.documents.commendation_submission import FILENAME as SUBMISSION
from cchc_core.documents.commendations_list import FILENAME as LIST
from cchc_core.figures.commendations import rank_group, rankings
from cchc_core.testing import docx_text


def ranked(ranking):
    return [(u.unit_name, u.rank, u.total, [s.points for s in u.scores]) for u in ranking.units]


def test_the_ranking_follows_the_method_in_cchc_toml(tasks_built):
    _, dataset, status, _ = tasks_built
    communes, offices = rankings(dataset, status)
    # 40 × 95%, on time, no error, conference by 15/5 | 40 × 100%, …, not held | error, late
    assert ranked(communes) == [
        ("Thị trấn Khe Sanh", 1, 98.0, [38.0, 30.0, 20.0, 10.0]),
        ("Xã Hướng Lập", 2, 90.0, [40.0, 30.0, 20.0, 0.0]),
        ("Xã Lìa", 3, 30.0, [0.0, 30.0, 0.0, 0.0]),
    ]
    assert [s.shown for s in communes.units[2].scores] == [
        "Có lỗi số liệu",
        "Đúng hạn, có lỗi",
        "Có lỗi",
        "Sau hạn: 18/5/2020",
    ]
    by_name = {u.unit_name: u for u in offices.units}
    assert (by_name["Phòng Nội vụ"].rank, by_name["Phòng Nội vụ"].total) == (1, 100.0)
    # sent its form but not its report: 20 of 50 points
    assert (
        by_name["Văn phòng HĐND và UBND huyện"].rank,
        by_name["Văn phòng HĐND và UBND huyện"].total,
    ) == (2, 40.0)
    # no statistics to get wrong: judged on its report alone (0 of 30), ranked with the others at 0
    assert by_name["Phòng Y tế"].possible == 30
    assert by_name["Phòng Y tế"].scores[1].points is None
    assert {u.rank for u in offices.units if u.total == 0} == {3}


def test_relative_and_threshold_scoring(tasks_built, tasks_config):
    _, dataset, status, _ = tasks_built
    criteria = """
[[commendations.criteria]]
label = "Số hồ sơ cấp xã đã tiếp nhận năm 2019"
groups = ["communes"]
indicator = "hs_tiep_nhan_xa"
period = "2019"
scoring = "relative"
points = 10

[[commendations.criteria]]
label = "Tỷ lệ đúng hạn từ 96%"
groups = ["communes"]
indicator = "hs_ty_le_xa"
period = "2019"
scoring = "at_least"
threshold = 96
points = 10
"""
    start = tasks_config.index("[[commendations.criteria]]")
    end = tasks_config.index("# ----- Nhiệm vụ 5")
    config = parse(tasks_config[:start] + criteria + tasks_config[end:])
    ranking = rank_group("communes", config.communes, attrs.evolve(dataset, config=config), status)
    # 10 × 200/200 + 0 (95% < 96%) | 10 × 100/200 + 10 | both left out for the error
    assert ranked(ranking) == [
        ("Xã Hướng Lập", 1, 75.0, [5.0, 10.0]),
        ("Thị trấn Khe Sanh", 2, 50.0, [10.0, 0.0]),
        ("Xã Lìa", 3, 0.0, [0.0, 0.0]),
    ]


@pytest.fixture(scope="module")
def submission(tasks_built):
    return tasks_built[3] / SUBMISSION


def test_the_to_trinh_is_a_decree_30_document_from_phong_noi_vu(submission):
    document = Document(str(submission))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 30
    lines = docx_text(submission)
    head = " | ".join(lines[:3])
    assert "UBND HUYỆN HƯỚNG HÓA" in head and "PHÒNG NỘI VỤ" in head and "/TTr-NV" in head
    assert "TỜ TRÌNH" in lines
    assert any(line.startswith("Về việc đề nghị khen thưởng tập thể, cá nhân") for line in lines)
    assert "Kính gửi: Hội đồng Thi đua - Khen thưởng huyện Hướng Hóa." in lines
    assert any(line.startswith("Căn cứ Nghị định số 91/2017/NĐ-CP") for line in lines)
    assert any("TRƯỞNG PHÒNG" in line for line in lines[-4:])
    body_tables = document.tables[1:-1]  # between the letterhead and the closing block
    assert len(body_tables) == 6 and all(t.style.name == "Table Grid" for t in body_tables)


def test_the_to_trinh_lists_every_nomination_by_form_with_who_proposed_it(submission):
    lines = docx_text(submission)
    text = "\n".join(lines)
    # the form list's order: province before district; collectives before individuals
    assert text.index("1. Bằng khen của Chủ tịch UBND tỉnh (1 tập thể, 1 cá nhân)") < text.index(
        "2. Giấy khen của Chủ tịch UBND huyện (2 cá nhân)"
    )
    assert (
        "1 | Bộ phận một cửa UBND thị trấn Khe Sanh |  | "
        "Giải quyết đúng hạn 95% hồ sơ năm 2019 {{ 7*7 }} <b>&</b> | Thị trấn Khe Sanh"
    ) in lines
    assert "Bằng khen của Chủ tịch UBND tỉnh | 1 | 1 | 2" in lines
    assert "Tổng cộng | 1 | 3 | 4" in lines
    # the same person from two units is printed twice, each saying who else proposed him
    assert sum("Hồ Văn Pả" in line for line in lines) == 2
    assert any("(Cũng được đề nghị bởi xã Lìa (Giấy khen" in line for line in lines)
    # the row left out is named for Phòng Nội vụ to chase
    assert "[Còn 1 dòng đề nghị của xã Lìa chưa đưa vào danh sách" in text


def test_the_to_trinh_prints_the_method_and_the_ranking(submission, tasks_built):
    lines = docx_text(submission)
    assert any(
        line.startswith("- Tiêu chí 1: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn năm 2019 (tối đa 40")
        and "điểm = 40 × giá trị (%) / 100" in line
        for line in lines
    )
    assert any("đơn vị bằng điểm được xếp đồng hạng" in line for line in lines)
    assert "1 | Thị trấn Khe Sanh | 95,0%\n38,0 đ | Đúng hạn\n30,0 đ | Không có lỗi\n20,0 đ | " in (
        "\n".join(lines)
    )
    assert any(line.startswith("Mức độ hài lòng") and "năm 2019 | 86,9%" in line for line in lines)


def test_a_ranking_longer_than_a_table_holds_sends_the_list_workbook_for_the_rest(
    tasks_built, monkeypatch, tmp_path
):
    from cchc_core.documents import commendation_submission

    _, dataset, status, _ = tasks_built
    ranked_groups = rankings(dataset, status)
    monkeypatch.setattr(commendation_submission, "TABLE_ROWS_MAX", 2)
    path = commendation_submission.write_submission(dataset, ranked_groups, tmp_path / "tt.docx")
    text = "\n".join(docx_text(path))
    communes = ranked_groups[0]
    assert "1 | Thị trấn Khe Sanh |" in text and "2 | Xã Hướng Lập |" in text
    assert "3 | Xã Lìa |" not in text
    assert (
        f"gồm 2 đơn vị xếp đầu trong {len(communes.units)} đơn vị; thứ hạng và điểm của tất cả "
        "các đơn vị ở trang “Căn cứ xét” của danh sách kèm theo, tệp "
        "danh-sach-de-nghi-khen-thuong.xlsx.)" in text
    )


def test_the_list_workbook_groups_by_form_and_keeps_text_as_text(tasks_built):
    folder = tasks_built[3]
    workbook = load_workbook(folder / LIST)
    rows = [
        tuple(c.value for c in row) for row in workbook["Danh sách đề nghị"].iter_rows(min_row=5)
    ]
    labels = [r[0] for r in rows if isinstance(r[0], str)]
    assert labels == [
        "I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (1 tập thể, 1 cá nhân)",
        "A. Tập thể",
        "B. Cá nhân",
        "II. GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN (2 cá nhân)",
        "B. Cá nhân",
        "Tổng cộng: 1 tập thể, 3 cá nhân",
    ]
    noi_vu = next(r for r in rows if r[1] == "Hồ Văn Pả" and r[4] == "Phòng Nội vụ")
    assert noi_vu[3] == "- Chỉ đạo cải cách hành chính;"  # a leading "-" never starts a formula
    sheet = workbook["Danh sách đề nghị"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == noi_vu[3])
    assert cell.data_type == "s" and cell.quotePrefix
    assert "Cũng được đề nghị bởi xã Lìa" in noi_vu[5]
    evidence = [tuple(c.value for c in row) for row in workbook["Căn cứ xét"].iter_rows()]
    khe_sanh = next(r for r in evidence if r[1] == "Thị trấn Khe Sanh")
    assert khe_sanh[0] == 1 and khe_sanh[2:4] == ("95,0%", 38.0) and khe_sanh[-1] == 98.0


@pytest.mark.parametrize(
    ("path", "doc_type"),
    [
        ("to-trinh-khen-thuong.docx", "TỜ TRÌNH"),
        ("hoi-nghi/bao-cao-tom-tat.docx", "BÁO CÁO TÓM TẮT"),
        ("hoi-nghi/chuong-trinh.docx", "CHƯƠNG TRÌNH"),
        ("hoi-nghi/giay-moi.docx", "GIẤY MỜI"),
        ("ke-hoach-cchc-2021-2030.docx", "KẾ HOẠCH"),
    ],
)
def test_every_new_document_is_laid_out_as_decree_30_asks(tasks_built, path, doc_type):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document(str(tasks_built[3] / path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [30, 15]
    title = next(p for p in document.paragraphs if p.text == doc_type)
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and all(r.bold for r in title.runs)
    assert title.runs[0].font.size.pt == 14
    # page numbers at the top from page 2; "Nơi nhận:" bold italic in the closing block
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    closing = document.tables[-1].cell(0, 0).paragraphs
    received = next(p for p in closing if p.text == "Nơi nhận:")
    assert received.runs[0].bold and received.runs[0].italic


def test_the_list_workbook_prints_on_a4_with_its_header_repeated(tasks_built):
    sheet = load_workbook(tasks_built[3] / LIST)["Danh sách đề nghị"]
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows.replace("$", "") == "4:4"
