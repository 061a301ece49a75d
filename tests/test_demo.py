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
        "phu-luc-1-thong-ke.xlsx",
        "tinh-hinh-nop-bao-cao.xlsx",
        "gui-cap-tren/huong_hoa.xlsx",
    ):
        assert load_workbook(output / name).sheetnames
    assert Document(str(output / "gui-cap-tren/huong_hoa-de-cuong.docx")).paragraphs
    assert len(list((folder / "forms").glob("*.xlsx"))) == 34  # 7 hold only nominations
    assert len(list((folder / "forms").glob("*-de-cuong.docx"))) == 34


def test_the_summary_names_late_missing_and_invalid_units(demo):
    _, output = demo
    assert "SỐ LIỆU MINH HỌA" in output
    assert "Xã Thanh: Muộn 2 ngày" in output
    assert "Xã Xy: Chưa nộp, quá hạn 6 ngày" in output
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
    assert rows[("2.1", "Xã Xy")] == "Chưa nộp, quá hạn 6 ngày"
    assert rows[("2.1", "Xã Hướng Phùng")] == "Đúng hạn, có lỗi"
    assert rows[("2.1", "Xã Hướng Lập")] == "Đúng hạn"


def test_planted_units_appear_in_the_report(demo):
    folder, _ = demo
    text = "\n".join(docx_text(folder / "output" / "bao-cao-tong-ket-cchc.docx"))
    assert "chưa tính Xã Hướng Phùng do báo cáo có lỗi" in text
    assert "Xã Xy chưa gửi biểu thống kê" in text
    assert "Xã Hướng Phùng | Có lỗi, chưa tính" in text
    assert "[Chưa có nội dung — đơn vị: Phòng Tư pháp]" in text
    assert "DỰ THẢO MINH HỌA" in text


def test_inbox_has_a_file_named_with_spaces_and_diacritics(demo):
    folder, _ = demo
    names = [p.name for p in (folder / "inbox").iterdir()]
    assert "Báo cáo CCHC xã Hướng Lập (bản cuối).xlsx" in names
    assert not any(name.startswith("xa_xy") or "Xã Xy" in name for name in names)
    unit, code, year = PLANTED["rule_error"]
    assert unit == "xa_huong_phung" and code == "hs_dung_han_xa" and year == "2018"


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


def test_a_rebuild_of_the_same_inbox_gives_the_same_bytes(demo, tmp_path):
    from cchc_core import Campaign

    folder, _ = demo
    copy = tmp_path / "copy"
    copy.mkdir()
    for part in ("cchc.toml", "forms", "inbox"):
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
