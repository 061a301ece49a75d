"""The reports a chairman signs, read back as Word shows them: outline, header block, formatting,
page, literal unit text, Vietnamese numbers, the chart, and atomic builds."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest
from docx import Document
from docx.shared import Pt
from docxtpl import DocxTemplate

from cchc_core import BuildError, Campaign, Paragraph, Table
from cchc_core.documents.district_report import part_title
from cchc_core.documents.template import APPENDIX_VARIABLES, VARIABLES, build_template
from cchc_core.testing import SAMPLE_CONFIG, SampleCampaign, docx_headings, docx_text

YEARS = ("2015", "2016", "2017", "2018", "2019", "2020-den-03-31")
MARKUP = "Đã rà soát <b>toàn bộ</b> thủ tục & quy trình {{ 7*7 }} {% if x %}có{% endif %}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    campaign = SampleCampaign(
        Campaign.new(tmp_path_factory.mktemp("reports") / "dot", config_text=SAMPLE_CONFIG)
    )
    campaign.forms()
    communes = {"tt_khe_sanh": (2900, 0.985), "xa_huong_lap": (650, 0.952)}
    for unit, (received, rate) in communes.items():
        campaign.submit(
            unit,
            {
                **{("hs_tiep_nhan_xa", y): received for y in YEARS},
                **{("hs_da_giai_quyet_xa", y): received - 10 for y in YEARS},
                **{("hs_dung_han_xa", y): round((received - 10) * rate) for y in YEARS},
            },
        )
    campaign.submit(
        "van_phong",
        {
            **{("hs_tiep_nhan_huyen", y): 1234 for y in YEARS},
            **{("hs_da_giai_quyet_huyen", y): 1200 for y in YEARS},
            ("hs_dung_han_huyen", "2015"): 1141,
            ("hs_dung_han_huyen", "2019"): 1183,
            ("hl_muc_do", "2019"): 86.9,
        },
    )
    campaign.submit_outline(
        "van_phong",
        {
            "P1.II.2.1.a": [Paragraph(MARKUP), Table(("Năm", "Ghi chú"), [("2019", "<i>x</i>")])],
        },
    )
    campaign.submit("xa_lia", {("cc_giao", "2019"): 20, ("cc_co_mat", "2019"): 25})
    result = campaign.build()
    return campaign, result


def digests(folder):
    """Every output file and its hash, to compare before and after a build."""
    return {
        p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.*") if p.is_file()
    }


def report(campaign):
    return campaign.output_dir / "bao-cao-tong-ket-cchc.docx"


def test_build_writes_every_output(built):
    campaign, result = built
    names = sorted(str(p.relative_to(campaign.output_dir)) for p in result.outputs)
    talking_back = [n for n in names if n.startswith("phan-hoi/") or n == "cong-van-don-doc.docx"]
    assert "cong-van-don-doc.docx" in talking_back and "phan-hoi/xa_lia.docx" in talking_back
    assert [n for n in names if n not in talking_back] == sorted(
        [
            "bao-cao-tong-ket-cchc.docx",
            "phu-luc-1-thong-ke.xlsx",
            "tinh-hinh-nop-bao-cao.xlsx",
            "gui-cap-tren/huong_hoa.xlsx",
            "gui-cap-tren/huong_hoa-de-cuong.docx",
            "chuyen-de/3.1-the-che.docx",
            "chuyen-de/3.2-tthc.docx",
            "chuyen-de/3.3-bo-may.docx",
            "chuyen-de/3.4-cong-chuc.docx",
            "chuyen-de/3.5-tai-chinh.docx",
            "chuyen-de/3.6-iso-9001.docx",
            "chuyen-de/3.7-hien-dai-hoa.docx",
        ]
    )
    assert result.invalid_units == ("Xã Lìa",)
    assert not list(campaign.output_dir.glob(".build-*"))


def test_the_district_report_follows_phu_luc_2_heading_by_heading(built):
    campaign, _ = built
    expected = []
    for heading, _ in campaign.catalogue.walk_outline():
        text = heading.district_display
        if heading.parent is None:
            text = f"{heading.number}\n{part_title(heading.district_title or heading.title)}"
        expected.append(text)
    assert docx_headings(report(campaign)) == expected
    assert "2. Kiến nghị với UBND tỉnh, các sở, ngành của tỉnh" in expected


def test_header_block_texts_and_formatting(built):
    campaign, _ = built
    document = Document(str(report(campaign)))
    left, right = document.tables[0].rows[0].cells
    number, dated = document.tables[0].rows[1].cells  # one row: "Số" and the date stay level
    texts = [p.text for p in left.paragraphs if p.text]
    assert texts == ["ỦY BAN NHÂN DÂN\nHUYỆN HƯỚNG HÓA"]
    assert number.text == "Số:        /BC-UBND"
    issuing = next(p for p in left.paragraphs if p.text.startswith("ỦY BAN"))
    assert issuing.runs[0].bold and issuing.runs[0].font.size == Pt(13)
    title, motto, *_ = [p for p in right.paragraphs if p.text]
    assert title.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert title.runs[0].bold and title.runs[0].font.size == Pt(12)
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert motto.runs[0].bold and motto.runs[0].font.size == Pt(13)
    place = next(p for p in dated.paragraphs if p.text.startswith("Hướng Hóa,"))
    assert place.text == "Hướng Hóa, ngày      tháng 5 năm 2020"
    assert place.runs[0].italic
    body = [p for p in document.paragraphs if p.text]
    assert body[0].text == "BÁO CÁO" and body[0].runs[0].bold
    assert body[1].text.startswith("Tổng kết Chương trình tổng thể")
    widths = [c.width for c in document.tables[0].rows[0].cells]
    assert widths[1] > widths[0]  # room for the national title on one line


def test_closing_block_recipients_and_signature(built):
    campaign, _ = built
    document = Document(str(report(campaign)))
    closing = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Nơi nhận"))
    left, right = closing.rows[0].cells
    lines = [p.text for p in left.paragraphs if p.text]
    assert lines == ["Nơi nhận:", "- Sở Nội vụ tỉnh Quảng Trị;", "- Lưu: VT, NV."]
    assert left.paragraphs[0].runs[0].bold and left.paragraphs[0].runs[0].italic
    assert [p.text for p in right.paragraphs if p.text] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Đặng Trọng Vân",
    ]


def test_page_a4_decree_30_margins_page_numbers_and_landscape_appendix(built):
    campaign, _ = built
    document = Document(str(report(campaign)))
    first, appendix = document.sections

    def mm(length):
        return round(length.mm, 1)

    assert (mm(first.page_width), mm(first.page_height)) == (210, 297)
    assert (mm(first.top_margin), mm(first.bottom_margin)) == (20, 20)
    assert (mm(first.left_margin), mm(first.right_margin)) == (30, 15)
    assert first.different_first_page_header_footer
    assert "PAGE" in first.header._element.xml
    assert appendix.page_width > appendix.page_height
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    assert normal.paragraph_format.first_line_indent is not None


def test_a_units_text_with_markup_appears_literally(built):
    campaign, _ = built
    text = "\n".join(docx_text(report(campaign)))
    assert MARKUP in text
    assert "2019 | <i>x</i>" in text
    assert "49" not in MARKUP and "{{ 7*7 }}" in text


def test_computed_sentences_use_vietnamese_numbers(built):
    campaign, _ = built
    text = "\n".join(docx_text(report(campaign)))
    # 1183 / 1200 = 98.58% in 2019, 1141 / 1200 = 95.08% in 2015
    assert (
        "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn năm 2019 đạt 98,6% (1.183/1.200 hồ sơ cấp "
        "huyện đã giải quyết), tăng 3,5 điểm phần trăm so với năm 2015 (95,1%)."
    ) in text
    # satisfaction 86,9% is above the 80% target of Nghị quyết 30c
    assert "trên 80% vào năm 2020 | Nghị quyết số 30c/NQ-CP" in text
    assert "86,9%\nnăm 2019 | Đạt" in text
    assert "chưa tính: xã Lìa (báo cáo có lỗi)" in text


def test_gaps_are_marked_visibly(built):
    campaign, result = built
    text = "\n".join(docx_text(report(campaign)))
    assert "[Chưa có nội dung — Phòng Tư pháp chưa gửi báo cáo theo đề cương]" in text
    assert any("Phòng Nội vụ" in gap for gap in result.gaps)


def test_the_chart_is_embedded(built):
    campaign, _ = built
    with zipfile.ZipFile(report(campaign)) as archive:
        images = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert images
    assert "Biểu đồ 1. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" in docx_text(report(campaign))


def test_phu_luc_1_is_attached_to_the_report(built):
    campaign, _ = built
    text = docx_text(report(campaign))
    assert "PHỤ LỤC 1" in text
    assert any(line.startswith("III. Lĩnh vực cải cách thủ tục hành chính") for line in text)


def test_specialist_report_is_issued_by_its_office(built):
    campaign, _ = built
    path = campaign.output_dir / "chuyen-de" / "3.2-tthc.docx"
    document = Document(str(path))
    left = document.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs if p.text][:2] == [
        "UBND HUYỆN HƯỚNG HÓA",
        "VĂN PHÒNG HĐND\nVÀ UBND HUYỆN",  # broken between word groups, not inside one
    ]
    text = "\n".join(docx_text(path))
    assert "Số:        /BC-VP" in text
    assert "CHÁNH VĂN PHÒNG" in text
    assert "Kết quả giải quyết hồ sơ TTHC của từng xã, thị trấn năm 2019" in text
    assert "Thị trấn Khe Sanh | 2.900 | 2.890 | 98,5%" in text
    assert "Xã Lìa | Có lỗi, chưa tính" in text
    assert "IV. ĐỀ XUẤT NHIỆM VỤ GIAI ĐOẠN 2021-2030" in text
    assert "6.2." not in text  # another domain's part stays out of 3.7, and out of 3.2


def test_template_declares_exactly_the_variables_the_renderer_supplies():
    plain = DocxTemplate(io.BytesIO(build_template(with_appendix=False)))
    assert plain.get_undeclared_template_variables() == VARIABLES
    full = DocxTemplate(io.BytesIO(build_template(with_appendix=True)))
    assert full.get_undeclared_template_variables() == APPENDIX_VARIABLES


def test_a_failed_build_leaves_the_previous_outputs(built, monkeypatch):
    campaign, _ = built
    before = digests(campaign.output_dir)

    def broken(*args, **kwargs):
        raise RuntimeError("đĩa đầy")

    monkeypatch.setattr("cchc_core.documents.specialist_report.render", broken)
    with pytest.raises(BuildError) as raised:
        campaign.build()
    assert "đĩa đầy" in raised.value.message
    after = digests(campaign.output_dir)
    assert after == before
    assert not list(campaign.output_dir.glob(".build-*"))


class _PluginsOwnError(Exception):
    """An exception as a plugin might define one: it cannot be rebuilt from its message alone,
    so it cannot come back as it is from a worker process."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")


def test_an_output_that_fails_on_another_core_fails_the_build_with_its_reason(built, monkeypatch):
    campaign, _ = built
    before = digests(campaign.output_dir)

    def broken(*args, **kwargs):
        raise _PluginsOwnError("3.1-the-che.docx", "thiếu mẫu")

    monkeypatch.setattr("cchc_core.documents.specialist_report.render", broken)
    monkeypatch.setenv("CCHC_WORKERS", "2")
    with pytest.raises(BuildError) as raised:
        campaign.build()
    assert "_PluginsOwnError: 3.1-the-che.docx: thiếu mẫu" in raised.value.message
    assert digests(campaign.output_dir) == before
    assert not list(campaign.output_dir.glob(".build-*"))


def district_report_of(campaign, target):
    """Render only the district report of a test campaign (a whole build is tested once above)."""
    from cchc_core.documents.district_report import write_district_report

    return write_district_report(campaign.aggregate(), {}, target)


def test_dates_signer_and_number_come_from_the_campaign(cchc_campaign, tmp_path):
    config = SAMPLE_CONFIG.replace('number = ""', 'number = "05"\ndate = 2020-02-05').replace(
        'authority = "TM. ỦY BAN NHÂN DÂN"\ntitle = "CHỦ TỊCH"',
        'authority = "KT. CHỦ TỊCH"\ntitle = "PHÓ CHỦ TỊCH"',
    )
    path = district_report_of(cchc_campaign(config, forms=False), tmp_path / "bao-cao.docx")
    text = docx_text(path)
    assert "Hướng Hóa, ngày 05 tháng 02 năm 2020" in " ".join(text)
    document = Document(str(path))
    assert "Số: 05/BC-UBND" in document.tables[0].rows[1].cells[0].text
    closing = (
        next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Nơi nhận"))
        .rows[0]
        .cells[1]
        .text
    )
    assert "KT. CHỦ TỊCH" in closing and "PHÓ CHỦ TỊCH" in closing


def test_a_control_character_in_a_units_text_does_not_break_the_reports(cchc_campaign, tmp_path):
    from cchc_core.documents.appendix_workbook import write_appendix

    campaign = cchc_campaign()
    # Excel escapes a control character as _x0007_; the reader decodes it back to \x07
    campaign.submit(
        "van_hoa_thong_tin",
        {("cd_hinh_thuc_khac", "2019"): "Pa nô_x0007_ áp phích"},
        notes={"cd_ban_tin": "ghi chú_x000B_ lạ"},
    )
    dataset = campaign.aggregate()
    assert dataset.total("cd_hinh_thuc_khac", "2019").value == "Pa nô áp phích"
    assert "Pa nô áp phích" in " ".join(
        docx_text(district_report_of(campaign, tmp_path / "r.docx"))
    )
    assert write_appendix(dataset, tmp_path / "pl1.xlsx").stat().st_size


def staged(tmp_path, names):
    """An output folder holding the previous outputs and a staging folder with new ones."""
    output, staging = tmp_path / "output", tmp_path / "output" / ".build-x"
    files = []
    for name in names:
        for folder, text in ((output, "cũ"), (staging, "mới")):
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(f"{text} {name}", encoding="utf-8")
        files.append(staging / name)
    return output, staging, files


NAMES = ("bao-cao-tong-ket-cchc.docx", "chuyen-de/3.5-tai-chinh.docx", "chuyen-de/3.7-hdh.docx")


def test_a_build_that_cannot_replace_one_output_replaces_none(tmp_path):
    from cchc_core.documents.build import _commit

    output, staging, files = staged(tmp_path, NAMES)
    blocked = output / "chuyen-de" / "3.7-hdh.docx"
    blocked.unlink()
    blocked.mkdir()  # as if the file could not be replaced
    before = digests(output)
    with pytest.raises(BuildError) as raised:
        _commit(files, staging, output)
    assert "3.7-hdh.docx" in raised.value.message
    assert digests(output) == before
    assert not list(output.rglob(".*.truoc"))


def test_status_command_explains_a_workbook_it_cannot_write(cchc_campaign):
    from click.testing import CliRunner

    from cchc_core.cli import main

    campaign = cchc_campaign()
    (campaign.output_dir / "tinh-hinh-nop-bao-cao.xlsx").mkdir()
    result = CliRunner().invoke(main, ["status", str(campaign.root)])
    assert result.exit_code == 2
    assert "là một thư mục, không phải tệp" in result.output  # the hint fits the error
    assert "Word" not in result.output
    assert "Traceback" not in result.output


def test_a_move_that_fails_midway_puts_back_what_was_already_replaced(tmp_path, monkeypatch):
    import os

    from cchc_core.documents.build import _commit

    output, staging, files = staged(tmp_path, NAMES)
    before = {p: h for p, h in digests(output).items() if ".build-" not in str(p)}
    real_replace = os.replace

    def locked(source, target):
        if str(target).endswith("3.5-tai-chinh.docx") and ".build-" in str(source):
            raise PermissionError(13, "Permission denied", str(target))  # as Windows does for Word
        return real_replace(source, target)

    monkeypatch.setattr("cchc_core.util.journal.os.replace", locked)
    with pytest.raises(BuildError) as raised:
        _commit(files, staging, output)
    assert "3.5-tai-chinh.docx" in raised.value.message
    # the system's words are English ("Permission denied"): the reason is given in Vietnamese
    assert raised.value.message.endswith(": không được phép đọc hoặc ghi.")
    assert "Word hoặc Excel" in raised.value.hint and "được giữ nguyên" in raised.value.hint
    after = {p: h for p, h in digests(output).items() if ".build-" not in str(p)}
    assert after == before
