"""`cchc demo`: the whole Hướng Hóa review in one command, with its planted imperfections."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from click.testing import CliRunner
from docx import Document
from openpyxl import load_workbook

from cchc_core.cli import main
from cchc_core.demo.figures import PLANTED
from cchc_core.testing import docx_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "cchc-demo"
    result = CliRunner().invoke(main, ["demo", str(folder)])
    assert result.exit_code == 0, result.output
    return folder, result.output


def test_every_output_named_in_the_design_exists_and_opens(demo):
    folder, _ = demo
    output = folder / "output"
    for name in (
        "bao-cao-tong-ket-cchc.docx",
        *(
            f"chuyen-de/{n}"
            for n in (
                "3.1-the-che.docx",
                "3.2-tthc.docx",
                "3.3-bo-may.docx",
                "3.4-cong-chuc.docx",
                "3.5-tai-chinh.docx",
                "3.6-iso-9001.docx",
                "3.7-hien-dai-hoa.docx",
            )
        ),
    ):
        assert Document(str(output / name)).paragraphs
    for name in (
        "to-trinh-khen-thuong.docx",
        "hoi-nghi/bao-cao-tom-tat.docx",
        "hoi-nghi/chuong-trinh.docx",
        "hoi-nghi/giay-moi.docx",
        "ke-hoach-cchc-2021-2030.docx",
    ):
        assert Document(str(output / name)).paragraphs
    for name in (
        "phu-luc-1-thong-ke.xlsx",
        "tinh-hinh-nop-bao-cao.xlsx",
        "gui-cap-tren/huong_hoa.xlsx",
        "danh-sach-de-nghi-khen-thuong.xlsx",
    ):
        assert load_workbook(output / name).sheetnames
    assert Document(str(output / "gui-cap-tren/huong_hoa-de-cuong.docx")).paragraphs
    assert (
        len(list((folder / "forms").glob("*.xlsx"))) == 35
    )  # 7 hold only nominations; the 2011-2015 sheet
    assert len(list((folder / "forms").glob("*-de-cuong.docx"))) == 34


def test_the_summary_names_late_missing_and_invalid_units(demo):
    _, output = demo
    assert "SỐ LIỆU MINH HỌA" in output
    assert "Xã Thanh: Muộn 2 ngày" in output
    assert "Xã Xy: Gửi biểu mẫu trống, chưa điền (quá hạn 6 ngày)" in output
    # the counts are of the forms (2.1, 2.2): a specialist report's row says its task
    assert "0 nộp thiếu" in output
    assert "Phòng Tư pháp (nhiệm vụ 3.1): Nộp thiếu (thiếu đề mục II.1.2)" in output
    assert "Không đưa vào tổng hợp: Xã Hướng Phùng." in output


def test_planted_units_appear_as_such_in_the_status_workbook(demo):
    folder, _ = demo
    rows = {
        (r[0].value, r[1].value): r[5].value
        for r in load_workbook(folder / "output" / "tinh-hinh-nop-bao-cao.xlsx")[
            "Tình hình nộp"
        ].iter_rows(min_row=4)
    }
    assert rows[("2.1", "Xã Thanh")] == "Muộn 2 ngày"
    assert rows[("2.1", "Xã Xy")] == "Gửi biểu mẫu trống, chưa điền (quá hạn 6 ngày)"
    assert rows[("2.1", "Xã Hướng Phùng")] == "Đúng hạn, có lỗi"
    assert rows[("2.1", "Xã Hướng Lập")] == "Đúng hạn"


def test_planted_units_appear_in_the_report(demo):
    folder, _ = demo
    text = "\n".join(docx_text(folder / "output" / "bao-cao-tong-ket-cchc.docx"))
    assert "chưa tính: xã Hướng Phùng (báo cáo có lỗi), xã Xy (chưa gửi biểu thống kê)" in text
    assert "Xã Hướng Phùng | Có lỗi, chưa tính" in text
    assert "[Chưa có nội dung — đơn vị: Phòng Tư pháp]" in text
    assert "DỰ THẢO MINH HỌA" in text


def test_inbox_has_a_file_named_with_spaces_and_diacritics(demo):
    folder, _ = demo
    names = [p.name for p in (folder / "inbox").iterdir()]
    assert "Báo cáo CCHC xã Hướng Lập (bản cuối).xlsx" in names
    assert not any(name.startswith("xa_xy") or "Xã Xy - Phụ lục" in name for name in names)
    unit, code, year = PLANTED["rule_error"]
    assert unit == "xa_huong_phung" and code == "hs_dung_han_xa" and year == "2018"


def test_part_of_the_inbox_came_by_e_mail_and_every_date_has_a_source(demo):
    folder, _ = demo
    names = [p.name for p in (folder / "inbox").iterdir()]
    assert sum(name.endswith(".eml") for name in names) == 7  # 5 communes, a resend, Xã Xy
    assert "Hộp thư Phòng Nội vụ - xuất tháng 5.mbox" in names
    register = (folder / "so-nhan-tep.csv").read_text(encoding="utf-8-sig")
    assert register.startswith("Ngày nhận;Tệp;Đơn vị gửi;Nhận qua;Ghi chú;Mã SHA-256")
    sheet = load_workbook(folder / "output" / "tinh-hinh-nop-bao-cao.xlsx")["Tình hình nộp"]
    sources = {(r[0].value, r[1].value): r[9].value for r in sheet.iter_rows(min_row=4)}
    assert sources[("2.1", "Xã Thuận")] == "ngày của thư điện tử"
    assert sources[("2.1", "Xã Lìa")] == "ngày của thư điện tử"
    assert sources[("2.1", "Xã Thanh")].startswith("sổ nhận tệp, dòng ")
    assert not any(state == "Đã nộp, chưa rõ ngày nhận" for state in sources.values())


def digests(root):
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_the_demo_inbox_is_filled_the_same_every_run(demo, tmp_path):
    from cchc_core import Campaign
    from cchc_core.demo.inbox import fill_inbox

    folder, _ = demo
    campaign = Campaign.open(folder)
    fill_inbox(campaign.catalogue, campaign.config, campaign.forms_dir, tmp_path / "inbox")
    assert digests(tmp_path / "inbox") == digests(folder / "inbox")


def test_a_rebuild_of_the_same_inbox_gives_the_same_bytes(demo, tmp_path, monkeypatch):
    from cchc_core import Campaign

    monkeypatch.setenv("CCHC_WORKERS", "2")  # the demo was built in one process: the pool's match

    folder, _ = demo
    copy = tmp_path / "copy"
    copy.mkdir()
    for part in ("cchc.toml", "forms", "inbox", "so-ket-2011-2015.xlsx", "so-nhan-tep.csv"):
        (shutil.copytree if (folder / part).is_dir() else shutil.copy2)(folder / part, copy / part)
    Campaign.open(copy).build()
    assert digests(copy / "output") == digests(folder / "output")


def test_the_demo_refuses_to_overwrite_a_real_campaign(tmp_path):
    runner = CliRunner()
    runner.invoke(main, ["init", str(tmp_path / "that")])
    result = runner.invoke(main, ["demo", str(tmp_path / "that")])
    assert result.exit_code == 2
    assert "đợt tổng kết thật" in result.output
    assert (tmp_path / "that" / "cchc.toml").exists()


def test_the_demo_runs_with_the_plugins_that_are_installed(tmp_path, monkeypatch):
    from cchc_core.testing import SAMPLE_CONFIG

    # the sample campaign's nine units instead of the district's 34: the point is which plugins
    monkeypatch.setattr("cchc_core.demo.run.demo_config_text", lambda: SAMPLE_CONFIG)
    field_plugins = "the_che,tthc,bo_may,cong_chuc,tai_chinh"  # hien_dai_hoa alone is left
    result = CliRunner().invoke(
        main, ["demo", str(tmp_path / "demo")], env={"CCHC_DISABLE_PLUGINS": field_plugins}
    )
    assert result.exit_code == 0, result.output
    assert "chuyen-de/3.7-hien-dai-hoa.docx" in result.output
    assert "3.1-the-che.docx" not in result.output
    assert "không có plugin cchc-the-che, cchc-tthc, cchc-bo-may, cchc-cong-chuc" in result.output
    assert "hs_ty_le_xa" not in result.output  # the suggested explain names a figure that exists


def report_body(path):
    """A report's text up to its appendix (Phụ lục 1 keeps the plan's own labels)."""
    text = "\n".join(docx_text(path))
    return text.split("\nPHỤ LỤC 1\n")[0]


FORBIDDEN = {
    "a count compared without its unit": r"so với (năm|giai đoạn) \d{4}(-\d{4})? \(\d[\d.]*\)",
    "growth from zero as a difference": r"(tăng|giảm) [\d.,]+ [^.;]*so với năm \d{4} \(0",
    "no change as equality": r"\bbằng năm \d{4}",
    "a change of nothing": r"\b(tăng|giảm) 0(?![,\d])",
    "the part-year in nested brackets": r"\(năm \d{4} \((t|T)ính đến",
    "the plan's column as a label": r"\(đã tiếp nhận/đã trả đúng hạn\)",
    "a phase that can never be computed": r"chưa đủ để tính cả giai đoạn|Chưa đủ số liệu \|",
    "an office speaking in the district's report": r"Phòng [^.;,]{3,40} (đề xuất|tổng hợp kết quả)",
}


def test_the_district_report_reads_right_adds_up_and_answers_the_plan(demo):
    import re

    folder, _ = demo
    output = folder / "output"
    body = report_body(output / "bao-cao-tong-ket-cchc.docx")
    for name, pattern in FORBIDDEN.items():
        assert not re.search(pattern, body), (name, re.search(pattern, body))
    # no count of units in a year larger than the district has: sums over years are "lượt"
    for number in re.findall(r"(\d+) cơ quan, đơn vị\b", body):
        assert int(number) <= 35, number
    assert "50 lượt cơ quan, đơn vị" in body
    # the phases compared with the district's own 2011-2015 figures
    assert body.count("so với giai đoạn 2011-2015 (") >= 10
    assert "theo Báo cáo số 189/BC-UBND ngày 15/10/2015" in body
    assert "do sáp nhập xã A Túc và xã A Xing thành xã Lìa từ ngày 01/01/2020" in body
    assert "đã nêu tại mục II.2.1.đ." in body  # online services stated once
    assert "Chưa đạt mục tiêu" not in body and "Các mục tiêu chưa đạt:" in body


def test_every_field_has_a_target_in_the_table(demo):
    from cchc_core import Campaign, Narrator

    folder, _ = demo
    campaign = Campaign.open(folder)
    narrator = Narrator(campaign.aggregate())
    body = report_body(folder / "output" / "bao-cao-tong-ket-cchc.docx")
    assert "Kết quả thực hiện các mục tiêu" in body
    fields = {d.key for d in campaign.catalogue.domains}
    measured = {r.target.domain for r in narrator.targets}
    assert fields <= measured
    for result in narrator.targets:
        assert f"{result.target.label}: " in body, result.target.key


def test_the_coverage_sentence_is_the_same_everywhere(demo):
    folder, _ = demo
    output = folder / "output"
    sentence = (
        "Số liệu được tổng hợp từ biểu thống kê của 25/27 cơ quan, đơn vị và UBND xã, thị trấn; chưa "
        "tính: xã Hướng Phùng (báo cáo có lỗi), xã Xy (chưa gửi biểu thống kê)"
    )
    district = "\n".join(docx_text(output / "bao-cao-tong-ket-cchc.docx"))
    assert district.count(sentence) == 2  # the opening and Phụ lục 1 attached
    for report in (output / "chuyen-de").glob("*.docx"):
        assert sentence in "\n".join(docx_text(report)), report.name
    for name, sheet in (
        ("phu-luc-1-thong-ke.xlsx", "Phụ lục 1"),
        ("tinh-hinh-nop-bao-cao.xlsx", "Tình hình nộp"),
    ):
        cells = [
            c.value for row in load_workbook(output / name)[sheet].iter_rows(max_row=8) for c in row
        ]
        assert any(isinstance(v, str) and v.startswith(sentence) for v in cells), name


def test_an_office_whose_part_is_empty_has_not_delivered_it_in_full(demo):
    folder, _ = demo
    sheet = load_workbook(folder / "output" / "tinh-hinh-nop-bao-cao.xlsx")["Tình hình nộp"]
    rows = {(r[0].value, r[1].value): r[5].value for r in sheet.iter_rows(min_row=4)}
    assert rows[("3.1", "Phòng Tư pháp")] == "Nộp thiếu (thiếu đề mục II.1.2)"


def test_the_demo_shows_the_plan_tasks_with_their_planted_cases(demo):
    folder, _ = demo
    output = folder / "output"
    submission = "\n".join(docx_text(output / "to-trinh-khen-thuong.docx"))
    assert "Bộ phận tiếp nhận và trả kết quả huyện Hướng Hóa" in submission
    assert "Cũng được đề nghị bởi xã Lìa" in submission  # the chairman proposed twice
    assert "[Còn 1 dòng đề nghị của xã Hướng Sơn" in submission
    conferences = load_workbook(output / "tinh-hinh-nop-bao-cao.xlsx")["Hội nghị cấp xã"]
    states = {row[0].value: row[2].value for row in conferences.iter_rows(min_row=4)}
    assert states["Xã Thanh"] == "Đã tổ chức, sau hạn"
    assert states["Xã A Dơi"] == "Chưa tổ chức"
    assert states["Xã Xy"] == "Chưa nhận báo cáo"
    report = docx_text(output / "bao-cao-tong-ket-cchc.docx")
    merged = [line for line in report if line.startswith("- Bố trí kinh phí riêng cho công tác")]
    assert len(merged) == 1 and merged[0].count(", ") >= 2  # one line, several communes named


def test_the_demo_settings_never_stop_a_campaign_missing_a_plugin(monkeypatch):
    from cchc_core.check.config_refs import config_findings
    from cchc_core.config import parse
    from cchc_core.demo.run import demo_config_text
    from cchc_core.figures.targets import resolve
    from cchc_core.plugin.catalogue import build
    from cchc_core.plugin.manager import make_plugin_manager

    # the settings name figures of every field (targets, commendation criteria, key figures);
    # with the one-stop-shop plugin disabled they are left out with a warning, not a stop
    monkeypatch.setenv("CCHC_DISABLE_PLUGINS", "tthc")
    config = parse(demo_config_text())
    catalogue = build(make_plugin_manager(), units=[u.id for u in config.units])
    assert "hs_ty_le_xa" not in {code for t in resolve(catalogue, config) for code in t.codes}
    warnings = [f.message for f in config_findings(config, catalogue)]
    assert any("“hs_ty_le_xa”" in message for message in warnings)
    assert any("lĩnh vực “tthc”" in message for message in warnings)
